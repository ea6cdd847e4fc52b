/**
 * The first search as a visitor on a fresh cache does it: /fr/practices/
 * opened (page, Pagefind bundle, first listing), then a first query typed.
 * Counts every finished request of the browser context, the search
 * worker's included. Used by `npm run bench:search` and `npm run bench`.
 */
import type { Browser } from 'playwright-core';

export interface FirstSearch {
  openBytes: number;
  openMs: number;
  queryBytes: number;
  queryRequests: number;
  queryMs: number;
  /** The status line the catalogue shows after the query ("12 practices"). */
  results: string;
}

export async function measureFirstSearch(browser: Browser, siteUrl: string, query: string): Promise<FirstSearch> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    let bytes = 0;
    let requests = 0;
    const pending: Promise<void>[] = [];
    context.on('requestfinished', (request) => {
      pending.push(
        request.sizes().then((sizes) => {
          bytes += sizes.responseBodySize + sizes.responseHeadersSize;
          requests++;
        }),
      );
    });
    const settled = () =>
      page.waitForFunction(() => {
        const root = document.querySelector('[data-catalogue-search]');
        return (
          root && !root.hasAttribute('aria-busy') && (root.querySelector('[data-status]')?.textContent ?? '') !== ''
        );
      });
    const opened = performance.now();
    await page.goto(`${siteUrl}fr/practices/`);
    await settled();
    const openMs = performance.now() - opened;
    await Promise.all(pending.splice(0));
    const openBytes = bytes;
    bytes = 0;
    requests = 0;
    const started = performance.now();
    await page.fill('#catalogue-query', query);
    await page.press('#catalogue-query', 'Enter');
    await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, query);
    await settled();
    const queryMs = performance.now() - started;
    await Promise.all(pending.splice(0));
    const results = ((await page.textContent('[data-status]')) ?? '').trim();
    return { openBytes, openMs, queryBytes: bytes, queryRequests: requests, queryMs, results };
  } finally {
    await context.close();
  }
}
