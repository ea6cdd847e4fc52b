/**
 * The Content-Security-Policy every page carries (Astro's <meta>, from
 * src/hosting/csp.ts): strict enough to refuse an injected script, and
 * still letting Pagefind (WebAssembly, worker) and the map work on every
 * page type, with no violation reported.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { policyInPage } from '../../src/hosting/csp.ts';
import { siteUrl, UNOFFERED_LOCALE, useBrowser } from './browser.ts';
import { drawMap, firstIndicatorPeriod, searchCatalogue, visitsIn, watchPolicy } from './visit.ts';

const { newPage } = useBrowser();

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) yield* htmlFiles(join(dir, entry.name));
    else if (entry.name.endsWith('.html')) yield join(dir, entry.name);
  }
}

describe('the policy in the built pages', () => {
  test('every page has one, without unsafe-inline or unsafe-eval, allowing only its own host', () => {
    let pages = 0;
    for (const file of htmlFiles(inject('distDir'))) {
      const policy = policyInPage(readFileSync(file, 'utf8'));
      expect(policy, file).toBeDefined();
      expect(policy).toMatch(/default-src 'self'/);
      expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(policy).toMatch(/connect-src 'self'/);
      expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
      pages++;
    }
    expect(pages).toBeGreaterThan(100);
  });
});

describe('in Chromium', () => {
  test('an injected inline script is refused, and reported', async () => {
    const { page } = await newPage();
    const violations = await watchPolicy(page);
    await page.goto(siteUrl('/en/'));
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.head.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    await expect
      .poll(violations)
      .toEqual(expect.arrayContaining([expect.stringMatching(/^script-src-elem blocked inline/)]));
  });

  test('every page type, the search and the map work with no violation', { timeout: 120_000 }, async () => {
    // A locale the site does not offer: the root stays on its chooser, whose own script is checked too.
    const { page, thirdParty, failed } = await newPage(UNOFFERED_LOCALE);
    const indicator = await firstIndicatorPeriod(page, siteUrl('/en/indicators/'));
    expect(indicator, 'the sample should have an indicator with a period').toBeDefined();
    const report: string[] = [];
    const visits = [
      { kind: 'root', path: '', status: 200 as const },
      { kind: 'root-not-found', path: 'no-such-page/', status: 404 as const },
      ...visitsIn('en', indicator),
    ];
    for (const visit of visits) {
      const tab = await page.context().newPage();
      const violations = await watchPolicy(tab);
      const response = await tab.goto(siteUrl(`/${visit.path}`));
      expect(response?.status(), visit.path).toBe(visit.status);
      if ('use' in visit && visit.use) await visit.use(tab);
      // Let late work (a worker's first message, a lazy image) report too.
      await tab.waitForLoadState('networkidle');
      for (const v of await violations()) report.push(`${visit.kind} ${visit.path}: ${v}`);
      await tab.close();
    }
    expect(report).toEqual([]);
    expect(thirdParty).toEqual([]);
    // A request cut short by closing the tab (Chromium's favicon fetch, say) is not a failure of the site.
    expect(failed.filter((f) => !/ERR_ABORTED/.test(f))).toEqual([]);
  });

  test('search results and map markers really appear under the policy', async () => {
    const { page } = await newPage();
    const violations = await watchPolicy(page);
    await page.goto(siteUrl('/fr/practices/'));
    expect(await searchCatalogue(page, 'violences')).toBeGreaterThan(0);
    await page.goto(siteUrl('/fr/map/'));
    expect(await drawMap(page)).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
  });
});
