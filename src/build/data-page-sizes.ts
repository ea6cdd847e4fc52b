/**
 * Fills in the sizes on the data page of each language (/<lang>/data/),
 * once the render processes' output is merged, from the files actually
 * written under /data/ (generated or copied from the last build): the page
 * is rendered with a placeholder per file (src/publish/data-sizes.ts), so
 * that no file body is generated only to be measured, and so that the page
 * itself can be copied from the last build when what it lists is unchanged.
 * Runs before Pagefind and the offline step, which hash the pages as they
 * will be served.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillDataSizes } from '../publish/data-sizes.ts';
import { isLang } from '../i18n/languages.ts';

export interface FilledSizes {
  /** Data pages filled in (one per published language). */
  pages: number;
  /** Size cells filled in, over all pages. */
  cells: number;
}

export function fillDataPageSizes(siteDir: string): FilledSizes {
  const sizes = new Map<string, number | undefined>();
  const sizeOf = (name: string) => {
    // /data/<name> (dataPath of src/publish/data-files.ts, not imported: it would load every file builder here).
    if (!sizes.has(name)) sizes.set(name, statSync(join(siteDir, 'data', name), { throwIfNoEntry: false })?.size);
    return sizes.get(name);
  };
  const result: FilledSizes = { pages: 0, cells: 0 };
  // The output holds a folder per published language at its root (the base path is not part of it).
  for (const lang of readdirSync(siteDir).filter(isLang)) {
    const page = join(siteDir, lang, 'data', 'index.html');
    if (!existsSync(page)) continue;
    const { html, filled } = fillDataSizes(readFileSync(page, 'utf8'), lang, sizeOf, `/${lang}/data/`);
    if (filled === 0) continue;
    // A new file, never written through a link into the last site (src/site/page-reuse.ts).
    rmSync(page);
    writeFileSync(page, html);
    result.pages += 1;
    result.cells += filled;
  }
  return result;
}
