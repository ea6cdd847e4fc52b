/**
 * content/site.yaml: what a network changes to make the catalogue its own.
 */
import { z } from 'astro/zod';
import { contentLanguage, email, isWebUrl, localizedLabel, webUrl } from './common.ts';

export const siteSchema = z.strictObject({
  name: localizedLabel('site name'),
  tagline: localizedLabel('tagline'),
  defaultLanguage: contentLanguage,
  repository: webUrl.optional(),
  /**
   * Where an editor can propose a change to a file: a web address with
   * "{path}" standing for the file's path in the repository, e.g.
   * "https://github.com/org/atlas/edit/main/{path}".
   */
  editUrl: z
    .string({ error: 'Write the edit address as text, with {path} where the file path goes.' })
    .refine((v) => v.includes('{path}') && isWebUrl(v.replace('{path}', 'x')), {
      error: 'Expected a web address containing {path}, for example "https://github.com/org/atlas/edit/main/{path}".',
    })
    .optional(),
  contact: email.optional(),
});

export type SiteSettings = z.infer<typeof siteSchema>;
