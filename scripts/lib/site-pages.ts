/**
 * The pages a design review looks at: every page type of the browser tests
 * (tests/site/page-types.ts) and the ones they do not list (map, open data,
 * saving for offline), in each language, filtered by kind and language.
 */
import type { BrowserContextOptions } from 'playwright-core';
import { LANGUAGES } from '../../tests/site/content.ts';
import { pageTypes } from '../../tests/site/page-types.ts';

export interface SitePage {
  kind: string;
  lang: string;
  path: string;
  /** Browser context options the page needs (the root: a visitor the chooser keeps). */
  contextOptions: BrowserContextOptions;
}

export function sitePages(kinds: readonly string[] = [], langs: readonly string[] = []): SitePage[] {
  const listed = pageTypes().map(({ kind, lang, path, contextOptions }) => ({ kind, lang, path, contextOptions }));
  const extra = LANGUAGES.flatMap((lang) =>
    ['map', 'data', 'offline'].map((kind) => ({ kind, lang, path: `/${lang}/${kind}/`, contextOptions: {} })),
  );
  return [...listed, ...extra].filter(
    (page) => (!kinds.length || kinds.includes(page.kind)) && (!langs.length || langs.includes(page.lang)),
  );
}
