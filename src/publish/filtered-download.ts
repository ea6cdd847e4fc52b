/**
 * The catalogue's download links, in the browser. Without JavaScript they
 * download the full per-language files. Once the search runs, and while a
 * query or a facet narrows the results, a click cuts the matched practices
 * out of the same file (src/publish/download-files.ts) and saves them under
 * a name that says what was filtered.
 */
import { formatPlural, type PluralForms } from '../i18n/plural.ts';
import type { SearchState } from '../search/search-state.ts';
import {
  downloadFileName,
  pickCsvLines,
  pickRecords,
  withTrailingNewline,
  type DownloadFormat,
} from './download-files.ts';

export interface ResultDownloads {
  /** The current search; `resultIds` is undefined when nothing narrows the catalogue. */
  update(state: SearchState, resultIds: (() => Promise<string[]>) | undefined): void;
}

const MIME: Record<DownloadFormat, string> = { csv: 'text/csv;charset=utf-8', json: 'application/json' };

function save(body: string, format: DownloadFormat, name: string): void {
  const url = URL.createObjectURL(new Blob([body], { type: MIME[format] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download by then; the address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Moves the download box into `slot` (beside the results) and takes over its links. */
export function attachDownloads(box: HTMLElement | null, slot: HTMLElement | null): ResultDownloads | undefined {
  if (!box) return undefined;
  if (slot) slot.append(box);
  const label = box.querySelector<HTMLElement>('[data-download-label]');
  const status = box.querySelector<HTMLElement>('[data-download-status]');
  const strings = box.dataset;
  // The build writes every plural form of the message; this only picks one.
  const readyForms = JSON.parse(strings.ready ?? '{"other":""}') as PluralForms;
  const files = new Map<string, Promise<string>>();
  let current: { state: SearchState; ids: () => Promise<string[]> } | undefined;

  const fetchText = (url: string) => {
    let text = files.get(url);
    if (!text) {
      text = fetch(url).then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.text();
      });
      files.set(url, text);
      text.catch(() => files.delete(url));
    }
    return text;
  };

  for (const link of box.querySelectorAll<HTMLAnchorElement>('a[data-download-format]')) {
    link.addEventListener('click', (event) => {
      if (!current) return;
      event.preventDefault();
      const { state, ids } = current;
      const format = link.dataset.downloadFormat as DownloadFormat;
      if (status) status.textContent = strings.preparing ?? '';
      Promise.all([ids(), fetchText(link.href)])
        .then(([matched, text]) => {
          const body =
            format === 'json'
              ? withTrailingNewline(pickRecords(JSON.parse(text) as { id: string }[], matched))
              : pickCsvLines(text, matched);
          save(body, format, downloadFileName(strings.lang ?? '', state, format));
          if (status) status.textContent = formatPlural(readyForms, strings.lang ?? '', matched.length);
        })
        .catch(() => {
          if (status) status.textContent = strings.error ?? '';
        });
    });
  }

  return {
    update(state, resultIds) {
      let ids: Promise<string[]> | undefined;
      // The ids are read once per search, and only when a download asks for them.
      current = resultIds ? { state, ids: () => (ids ??= resultIds()) } : undefined;
      if (label) label.textContent = (current ? strings.resultsLabel : strings.allLabel) ?? '';
      if (status) status.textContent = '';
    },
  };
}
