/**
 * The publishing context of this build: Astro's site URL and base path, and
 * the content's git history (read once per build by src/site/file-history.ts).
 */
import { contentHistory, lastChanged } from '../site/file-history.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { publishedLanguagesOf, type PublishContext } from './context.ts';

let cached: PublishContext | undefined;

export function publishContext(site: SiteSettings): PublishContext {
  if (!cached) {
    const history = contentHistory();
    cached = {
      site: import.meta.env.SITE ?? 'http://127.0.0.1:4321',
      base: import.meta.env.BASE_URL,
      languages: publishedLanguagesOf(site),
      changedAt: (files) => lastChanged(history, files),
    };
  }
  return cached;
}
