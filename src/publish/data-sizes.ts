/**
 * The sizes the data page (/<lang>/data/) shows. The page does not know
 * them when it is rendered: generating a file's body only to measure it
 * is costly on a large catalogue, and the files may be
 * copied from the last build instead of generated. So the page renders a
 * placeholder cell per file, and the build script, once every file is
 * written, replaces each with the file's real size
 * (src/build/data-page-sizes.ts). Pure: HTML text in, HTML text out.
 */
import { LOCALE_TAGS, type Lang } from '../i18n/languages.ts';
import { usePlural } from '../i18n/t.ts';

/** The attribute of a placeholder cell, naming the file under /data/ whose size it stands for. */
export const SIZE_OF_ATTRIBUTE = 'data-size-of';

/** What a placeholder shows if it is never filled (`astro build` run without the build script). */
export const SIZE_UNKNOWN = '—';

const kilobytes = new Map<Lang, Intl.NumberFormat>();

/** "850 bytes", "1.2 kB", "1,2 ko": bytes below a kilobyte, then kilobytes with one decimal, in the page's language. */
export function byteSizeText(bytes: number, lang: Lang): string {
  if (bytes < 1000) return usePlural(lang)('publish.data.bytes', bytes);
  let format = kilobytes.get(lang);
  if (!format)
    kilobytes.set(
      lang,
      (format = new Intl.NumberFormat(LOCALE_TAGS[lang], {
        style: 'unit',
        unit: 'kilobyte',
        maximumFractionDigits: 1,
      })),
    );
  return format.format(bytes / 1000);
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// A placeholder cell as the page renders it: <td data-size-of="observations.csv">—</td>, other attributes kept.
const PLACEHOLDER = new RegExp(`<td([^>]*?) ${SIZE_OF_ATTRIBUTE}="([^"]+)"([^>]*)>[^<]*</td>`, 'g');

/**
 * The page with each placeholder replaced by the cell of a known size,
 * `<td data-bytes="1234">1.2 kB</td>`, the same as a page rendered with the
 * size in hand. `sizeOf` gives a file's size in bytes, or undefined if the
 * build wrote no such file, which is an error in the build (the page and
 * the /data/ endpoint read the same list), not in the content.
 */
export function fillDataSizes(
  html: string,
  lang: Lang,
  sizeOf: (name: string) => number | undefined,
  page = 'the data page',
): { html: string; filled: number } {
  let filled = 0;
  const out = html.replace(PLACEHOLDER, (_whole, before: string, name: string, after: string) => {
    const bytes = sizeOf(name);
    if (bytes === undefined)
      throw new Error(
        `${page} lists data/${name}, which the build did not write: the data page and src/pages/data/[file].ts should list the same files (src/publish/data-files.ts).`,
      );
    filled += 1;
    return `<td${before} data-bytes="${bytes}"${after}>${escapeText(byteSizeText(bytes, lang))}</td>`;
  });
  if (out.includes(`${SIZE_OF_ATTRIBUTE}=`)) {
    throw new Error(
      `${page} has a size placeholder (${SIZE_OF_ATTRIBUTE}) that is not a table cell "<td ${SIZE_OF_ATTRIBUTE}="…">…</td>": change src/pages/[lang]/data.astro and src/publish/data-sizes.ts together.`,
    );
  }
  return { html: out, filled };
}
