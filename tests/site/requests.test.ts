/**
 * Privacy: a visitor's browser talks to the site's own host and no other,
 * on every page type, while the search and the map are used; each page
 * type stays within a request budget (printed, so a change shows in the
 * log). External links carry rel="noopener noreferrer" and send no referrer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { LANGUAGES, siteUrl, UNOFFERED_LOCALE, useBrowser } from './browser.ts';
import { firstIndicatorPeriod, visitsIn, type VisitKind } from './visit.ts';

const { newPage } = useBrowser();

/**
 * Requests a page of each type may make on a first visit (page, styles,
 * scripts, logo, icon, search index and WebAssembly, map data), with room
 * for a little growth. Measured with the sample catalogue (en): root 3,
 * home 4, practice 4, city 6, map 10, indicator 6, catalogue with one
 * search 30 (Pagefind's entry, WebAssembly, index chunks and one fragment
 * per result shown).
 */
const BUDGET: Record<VisitKind, number> = {
  root: 10,
  'root-not-found': 10,
  home: 12,
  // 40 until session 6: the search now also loads Pagefind's filter files (12 for the sample) to count practices.
  'catalogue+search': 56,
  practice: 12,
  city: 14,
  map: 20,
  indicators: 12,
  indicator: 14,
  'indicator-period': 14,
  browse: 12,
  'browse-value': 12,
  editors: 12,
  vocabularies: 12,
  'not-found': 12,
};

describe.each(LANGUAGES)('requests in %s', (lang) => {
  test('every page type asks only the site itself, within its budget', { timeout: 120_000 }, async () => {
    const origin = new URL(inject('siteUrl')).origin;
    const { page, context, thirdParty } = await newPage(UNOFFERED_LOCALE);
    const indicator = await firstIndicatorPeriod(page, siteUrl(`/${lang}/indicators/`));
    const visits = [
      ...(lang === LANGUAGES[0]
        ? [
            { kind: 'root' as const, path: '', status: 200 as const },
            { kind: 'root-not-found' as const, path: 'no-such-page/', status: 404 as const },
          ]
        : []),
      ...visitsIn(lang, indicator),
    ];
    const rows: string[] = [];
    const overBudget: string[] = [];
    const elsewhere: string[] = [];
    for (const visit of visits) {
      // A fresh page per visit; the browser cache of the context is shared, as a reader's would be.
      const tab = await context.newPage();
      const requests: string[] = [];
      tab.on('request', (request) => requests.push(request.url()));
      const response = await tab.goto(siteUrl(`/${visit.path}`));
      expect(response?.status(), visit.path).toBe(visit.status);
      if (visit.use) await visit.use(tab);
      await tab.waitForLoadState('networkidle');
      await tab.close();
      for (const url of requests) {
        const { protocol } = new URL(url);
        if (protocol !== 'data:' && protocol !== 'blob:' && new URL(url).origin !== origin)
          elsewhere.push(`${visit.kind}: ${url}`);
      }
      rows.push(`${visit.kind.padEnd(18)} ${String(requests.length).padStart(3)} / ${BUDGET[visit.kind]}`);
      if (requests.length > BUDGET[visit.kind])
        overBudget.push(
          `${visit.kind} made ${requests.length} requests (budget ${BUDGET[visit.kind]}):\n  ${requests.join('\n  ')}`,
        );
    }
    console.log(`Requests per page type in ${lang} (made / budget):\n${rows.join('\n')}`);
    expect(elsewhere).toEqual([]);
    // The whole context too: workers and service workers included.
    expect(thirdParty).toEqual([]);
    expect(overBudget).toEqual([]);
  });
});

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) yield* htmlFiles(join(dir, entry.name));
    else if (entry.name.endsWith('.html')) yield join(dir, entry.name);
  }
}

describe('external links', () => {
  test('every link to another host opens no window.opener and sends no referrer', () => {
    const origin = new URL(inject('siteUrl')).origin;
    const unsafe = new Set<string>();
    let external = 0;
    for (const file of htmlFiles(inject('distDir'))) {
      const html = readFileSync(file, 'utf8');
      for (const [tag] of html.matchAll(/<a\b[^>]*\bhref="(https?:)?\/\/[^"]*"[^>]*>/g)) {
        const href = /href="([^"]*)"/.exec(tag)![1]!;
        if (new URL(href, origin).origin === origin) continue;
        external++;
        const rel = /\brel="([^"]*)"/.exec(tag)?.[1]?.split(/\s+/) ?? [];
        // noreferrer: no Referer header and no window.opener, whatever the target.
        const ok = rel.includes('noopener') && rel.includes('noreferrer');
        if (!ok) unsafe.add(`${tag} (${file.slice(inject('distDir').length)})`);
      }
    }
    expect(external, 'the sample links to sources and the data licence').toBeGreaterThan(0);
    expect([...unsafe].slice(0, 20)).toEqual([]);
  });
});
