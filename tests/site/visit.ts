/**
 * Visiting every page type of a built site as a reader would, for the
 * privacy, policy and hosting tests (requests.test.ts, csp.test.ts,
 * nginx.test.ts): each page type once, the catalogue with a search, the map
 * until its markers are drawn, and a watch on Content-Security-Policy
 * violations in the page and in its workers.
 */
import type { Page } from 'playwright-core';
import { entryIds } from './content.ts';

export type VisitKind =
  | 'root'
  | 'home'
  | 'catalogue+search'
  | 'practice'
  | 'city'
  | 'map'
  | 'indicators'
  | 'indicator'
  | 'indicator-period'
  | 'browse'
  | 'browse-value'
  | 'editors'
  | 'vocabularies'
  | 'not-found'
  | 'root-not-found';

export interface Visit {
  kind: VisitKind;
  /** Path inside the site, without the base path ("en/practices/"). */
  path: string;
  /** What the reader does once the page has loaded. */
  use?: (page: Page) => Promise<void>;
  status: 200 | 404;
}

/** A word found in the sample in every language. */
export const SEARCH_WORD = 'violence';

export async function searchCatalogue(page: Page, query = SEARCH_WORD): Promise<number> {
  await page.waitForSelector('[data-catalogue-search]:not([hidden])');
  await page.fill('#catalogue-query', query);
  await page.press('#catalogue-query', 'Enter');
  await page.waitForFunction(() => {
    const root = document.querySelector('[data-catalogue-search]');
    return (
      root &&
      !root.hasAttribute('aria-busy') &&
      new URLSearchParams(location.search).has('q') &&
      (root.querySelector('[data-status]')?.textContent ?? '') !== ''
    );
  });
  return page.locator('[data-results] [data-result]').count();
}

export async function drawMap(page: Page): Promise<number> {
  await page.waitForSelector('[data-map-canvas][data-ready]', { timeout: 20_000 });
  return page.locator('.leaflet-marker-icon').count();
}

/**
 * Every page type in one language. The indicator period is found from the
 * indicator page's links, the rest from the content folder.
 */
export function visitsIn(lang: string, indicator: { id: string; period: string } | undefined): Visit[] {
  const practice = entryIds('practices')[0]!;
  const city = entryIds('cities')[0]!;
  const visits: Visit[] = [
    { kind: 'home', path: `${lang}/`, status: 200 },
    {
      kind: 'catalogue+search',
      path: `${lang}/practices/`,
      use: async (page) => void (await searchCatalogue(page)),
      status: 200,
    },
    { kind: 'practice', path: `${lang}/practices/${practice}/`, status: 200 },
    { kind: 'city', path: `${lang}/cities/${city}/`, status: 200 },
    { kind: 'map', path: `${lang}/map/`, use: async (page) => void (await drawMap(page)), status: 200 },
    { kind: 'indicators', path: `${lang}/indicators/`, status: 200 },
    { kind: 'browse', path: `${lang}/browse/theme/`, status: 200 },
    { kind: 'editors', path: `${lang}/editors/translations/`, status: 200 },
    { kind: 'vocabularies', path: `${lang}/editors/vocabularies/`, status: 200 },
    { kind: 'not-found', path: `${lang}/no-such-page/`, status: 404 },
  ];
  if (indicator) {
    visits.push({ kind: 'indicator', path: `${lang}/indicators/${indicator.id}/`, status: 200 });
    visits.push({
      kind: 'indicator-period',
      path: `${lang}/indicators/${indicator.id}/${indicator.period}/`,
      status: 200,
    });
  }
  return visits;
}

/** The first indicator and one of its periods, read from the built indicators page. */
export async function firstIndicatorPeriod(
  page: Page,
  indicatorsUrl: string,
): Promise<{ id: string; period: string } | undefined> {
  await page.goto(indicatorsUrl);
  const href = await page.$$eval('main a[href*="/indicators/"]', (links) =>
    links
      .map((a) => new URL((a as HTMLAnchorElement).href).pathname)
      .find((p) => /\/indicators\/[^/]+\/[^/]+\/$/.test(p)),
  );
  let match = href ? /\/indicators\/([^/]+)\/([^/]+)\/$/.exec(href) : null;
  if (!match) {
    const indicator = await page.$$eval('main a[href*="/indicators/"]', (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname).find((p) => /\/indicators\/[^/]+\/$/.test(p)),
    );
    if (!indicator) return undefined;
    await page.goto(new URL(indicator, indicatorsUrl).href);
    const period = await page.$$eval('main a[href*="/indicators/"]', (links) =>
      links
        .map((a) => new URL((a as HTMLAnchorElement).href).pathname)
        .find((p) => /\/indicators\/[^/]+\/[^/]+\/$/.test(p)),
    );
    match = period ? /\/indicators\/([^/]+)\/([^/]+)\/$/.exec(period) : null;
  }
  return match ? { id: match[1]!, period: match[2]! } : undefined;
}

/**
 * Records Content-Security-Policy violations: the page's
 * `securitypolicyviolation` events, and Chromium's console reports (which
 * also cover workers, such as Pagefind's).
 */
export async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) fromConsole.push(`console: ${message.text()}`);
  });
  page
    .context()
    .on('serviceworker', (worker) =>
      worker.on(
        'console',
        (message) =>
          void (/Content[- ]Security[- ]Policy/i.test(message.text()) && fromConsole.push(`worker: ${message.text()}`)),
      ),
    );
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __policyViolations: string[] }).__policyViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} (${event.sample})`,
      );
    });
  });
  return async () => {
    const inPage = await page
      .evaluate(() => (window as unknown as { __policyViolations?: string[] }).__policyViolations ?? [])
      .catch(() => []);
    return [...inPage, ...fromConsole];
  };
}
