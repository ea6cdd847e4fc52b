/**
 * `npm run dev`, the editors' live preview, on a copy of the sample:
 * its pages hold what the build publishes, it says what it leaves out, and
 * an edit shows in the open page without navigating; a mistake shows the
 * check's own message on the page, and fixing it clears it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCatalogue } from '../../src/catalogue/load-catalogue.ts';
import { setMessageLanguage } from '../../src/catalogue/messages/index.ts';
import { describeViolations, LANGUAGES, runAxe, siteUrl, useBrowser } from './browser.ts';
import { contentDir } from './content.ts';
import { copySampleContent, startPreview, type Preview } from './preview-server.ts';

const { newPage } = useBrowser();
/** On a copy of the sample, which the tests edit. */
let preview: Preview;
/** On the sample the site under test was built from (a copy has no git history, and pages show dates from it). */
let published: Preview;

/**
 * Opens a page and waits until it stops reloading: on a first visit, Vite
 * optimizes the pages' dependencies and reloads the page once.
 */
async function visit(page: Page, url: string): Promise<void> {
  let navigations = 0;
  const count = (frame: { parentFrame(): unknown }) => {
    if (!frame.parentFrame()) navigations += 1;
  };
  page.on('framenavigated', count);
  await page.goto(url);
  for (let seen = -1; seen !== navigations;) {
    seen = navigations;
    await page.waitForTimeout(1500);
  }
  page.off('framenavigated', count);
  await page.waitForLoadState('load');
}

/**
 * The page's main content, with what differs only by serving: asset
 * addresses (hashed in a build, source paths in dev) and scripts (inlined by
 * a build, linked by the dev server).
 */
async function mainContent(page: Page, url: string): Promise<string> {
  await visit(page, url);
  return page.evaluate(() => {
    const found = document.querySelector('main');
    if (!found) return `no <main> at ${location.href}: ${document.body?.innerText.slice(0, 2000)}`;
    const main = found.cloneNode(true) as HTMLElement;
    for (const script of main.querySelectorAll('script[type="module"]')) {
      script.removeAttribute('src');
      script.textContent = 'SCRIPT';
    }
    for (const element of main.querySelectorAll('[src], [href], [srcset]')) {
      for (const name of ['src', 'href', 'srcset']) {
        const value = element.getAttribute(name);
        if (value && /\/(_astro|@fs|@id|src)\//.test(value)) element.setAttribute(name, 'ASSET');
      }
    }
    return main.innerHTML.replace(/\s+/g, ' ');
  });
}

// One preview at a time: two dev servers of one project share its .astro/ folder.
describe('npm run dev on the sample', () => {
  beforeAll(async () => {
    published = await startPreview(contentDir, 'en', false);
  }, 180_000);
  afterAll(async () => {
    await published?.stop();
  });

  it('serves a practice, a city and the catalogue list as the build publishes them, in each language', async () => {
    // The pages as served, before any script: the build's search fills the catalogue's filters in, the preview's cannot.
    const { page } = await newPage({ javaScriptEnabled: false });
    for (const lang of LANGUAGES) {
      for (const route of ['practices/her-voice/', 'cities/barcelona/', 'practices/']) {
        const built = await mainContent(page, siteUrl(`${lang}/${route}`));
        const previewed = await mainContent(page, `${published.origin}${lang}/${route}`);
        // The one difference on purpose: search is not built in the preview, and its note says how to get it.
        const searchNote = (text: string) => text.replace(/"error":"[^"]*"/, '"error":"…"');
        expect(searchNote(previewed), `${lang}/${route}`).toBe(searchNote(built));
      }
    }
    // The dev server renders each route the first time it is asked (nine here).
  }, 240_000);
});

describe('npm run dev on a copy the editor changes', () => {
  beforeAll(async () => {
    preview = await startPreview(copySampleContent(), 'fr', true);
  }, 180_000);
  afterAll(async () => {
    await preview?.stop();
  });

  it("prints the home page's address in the editor's language", () => {
    expect(preview.home).toBe(`${preview.origin}fr/`);
    expect(preview.output()).toContain(`Aperçu du catalogue : ${preview.home}`);
  });

  it('says on screen what it leaves out, and how search is had', async () => {
    const { page } = await newPage();
    await visit(page, `${preview.origin}en/practices/`);
    await expect
      .poll(() => page.locator('[data-preview-notice]').innerText(), { timeout: 15_000 })
      .toContain('npm run build && npm run serve');
    await expect
      .poll(() => page.locator('[data-catalogue-search] [data-status]').innerText(), { timeout: 15_000 })
      .toContain('npm run build && npm run serve');
    // A build shows neither.
    await page.goto(siteUrl('en/practices/'));
    expect(await page.locator('[data-preview-notice]').count()).toBe(0);
  });

  it('shows an edit in the open page, then a mistake in the words of npm run check, then the fixed page', async () => {
    const { page } = await newPage();
    const file = join(preview.content, 'practices/her-voice/en.mdx');
    const original = readFileSync(file, 'utf8');
    await visit(page, `${preview.origin}en/practices/her-voice/`);
    const heading = page.locator('main h1');
    expect(await heading.innerText()).toBe('Her Voice');
    const visited = page.url();

    writeFileSync(file, original.replace(/^title: .*$/m, 'title: Her Voice, edited in the preview'));
    await expect.poll(() => heading.innerText(), { timeout: 15_000 }).toBe('Her Voice, edited in the preview');
    expect(page.url()).toBe(visited);

    writeFileSync(
      file,
      original
        .replace(/^title: .*$/m, 'title: Her Voice, edited in the preview')
        .replace(/^status: ongoing$/m, 'status: ongoign'),
    );
    const problems = page.locator('[data-preview-problems]');
    await expect.poll(() => problems.count(), { timeout: 15_000 }).toBe(1);
    // The check's own issue, in the editor's language (the preview was started with --lang fr).
    setMessageLanguage('fr');
    const { issues } = await checkCatalogue({ contentDir: preview.content, workers: 1 });
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    const shown = await problems.innerText();
    expect(shown).toContain(`${issue!.file}:${issue!.line}`);
    expect(shown).toContain(issue!.field!);
    expect(shown).toContain(issue!.message);
    expect(shown).toContain(issue!.suggestion!);
    expect(await problems.locator('ul').getAttribute('lang')).toBe('fr');
    expect(describeViolations(await runAxe(page))).toEqual([]);
    // The rest of the page still works: the last version without the problem.
    expect(await heading.innerText()).toBe('Her Voice, edited in the preview');

    writeFileSync(file, original);
    // The title first: while the page reloads, the list of problems can be missing for a moment too.
    await expect.poll(() => heading.innerText(), { timeout: 15_000 }).toBe('Her Voice');
    expect(await problems.count()).toBe(0);
    expect(page.url()).toBe(visited);
  });
});
