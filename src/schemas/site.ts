/**
 * content/site.yaml: what a network changes to make the catalogue its own.
 */
import { z } from 'astro/zod';
import { contentLanguage, email, localizedLabel, webUrl } from './common.ts';

export const siteSchema = z.strictObject({
  name: localizedLabel('site name'),
  tagline: localizedLabel('tagline'),
  defaultLanguage: contentLanguage,
  repository: webUrl.optional(),
  contact: email.optional(),
});

export type SiteSettings = z.infer<typeof siteSchema>;
