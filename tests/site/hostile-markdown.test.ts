/**
 * #13, "a page built from each accepted-but-escaped payload": text the
 * check accepts although it looks like an attack (code shown as code,
 * escaped tags, attributes of the allowed components holding markup,
 * addresses with quotes) is built into a practice page of a small catalogue,
 * which Chromium opens: no dialog, no page error, no request off the site,
 * no Content-Security-Policy report, and the text still shown (escaped,
 * never dropped). What the check refuses is proved in tests/unit/hostile/.
 * The other practice shows a picture whose file name an editor chose (space,
 * apostrophe, accent): the catalogue's drawn result cards show it as the
 * static cards do (#17, point 5).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer } from '../../scripts/serve.ts';
import { copyFixture, type FixtureCatalogue } from '../helpers/fixture-catalogue.ts';
import { DESKTOP, useBrowser } from './browser.ts';
import { cardsIn } from './cards.ts';
import { watchPolicy } from './visit.ts';

const { newPage } = useBrowser();

// Each accepted by `npm run check`; each must reach the page as inert text.
const PAYLOADS = [
  'Plain words: javascript:alert(1), 1 \\< 2, and \\<script>alert(1)\\</script> written escaped.',
  'Entities: &lt;img src=x onerror=alert(1)&gt; and &#60;svg onload=alert(1)&#62;.',
  'Code: `<script>alert(1)</script>` and `<img src=x onerror=alert(1)>`.',
  '```html\n<script>alert(1)</script>\n<iframe src="https://evil.example"></iframe>\n```',
  'A reference without definition: ![x][nowhere] and [y][nowhere].',
  '[A link with a title](https://example.org/a "x\\" onmouseover=\\"alert(1)") and [quotes](https://example.org/"><script>alert(1)</script>).',
  '[Mail](mailto:a@example.org?subject=%22%3E%3Cscript%3Ealert(1)%3C/script%3E)',
  '| a | b |\n| --- | --- |\n| \\<iframe src=x> | `<style>*{}</style>` |',
  'Footnote[^x].\n\n[^x]: With \\<script>alert(1)\\</script> inside.',
  '<Quote author="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" role="\' onmouseover=\'alert(1)">\nQuoted \\<img src=x onerror=alert(1)>.\n</Quote>',
  '<KeyFigure value="<img src=x onerror=alert(1)>" label="&lt;svg onload=alert(1)&gt;" />',
  // A bidirectional override (U+202E) is refused by the check itself (safe-file.ts), so it is not among these.
  'A zero-width\u200bjoiner.',
];
const MARK = 'hostile-payload-';
/** An editor's file name: a space, an apostrophe and an accent, all written into URLs and attributes. */
const PICTURE = "marche d'été.jpg";

let fixture: FixtureCatalogue;
let out: string;
let server: Server;
let siteAddress: string;

beforeAll(async () => {
  fixture = copyFixture();
  const file = 'practices/street-lighting-audit/fr.mdx';
  fixture.edit(file, (text) => `${text}\n${PAYLOADS.map((payload, i) => `## ${MARK}${i}\n\n${payload}\n`).join('\n')}`);
  const sharp = (await import('sharp')).default;
  const photo = await sharp({ create: { width: 900, height: 500, channels: 3, background: { r: 11, g: 92, b: 85 } } })
    .jpeg()
    .toBuffer();
  writeFileSync(join(fixture.dir, 'practices/safe-routes', PICTURE), photo);
  fixture.edit(
    'practices/safe-routes/es.mdx',
    (text) => `${text}\n<Figure src="./${PICTURE}" alt="Vecinas en la calle" caption="Recorrido" />\n`,
  );
  const check = spawnSync(process.execPath, ['scripts/check.ts', '--content', fixture.dir], { encoding: 'utf8' });
  expect(check.stderr + check.stdout, 'every payload of this test must be accepted by the check').toMatch(
    /Content is valid/,
  );
  out = mkdtempSync(join(tmpdir(), 'atlas-hostile-site-'));
  const build = spawnSync(
    process.execPath,
    ['scripts/build.ts', '--content', fixture.dir, '--out', join(out, 'dist')],
    {
      encoding: 'utf8',
      env: { ...process.env, ATLAS_CACHE_DIR: join(out, 'astro-cache'), ATLAS_RENDER_PROCESSES: '1' },
    },
  );
  expect(build.status, build.stderr + build.stdout).toBe(0);
  const started = await startServer({ dir: resolve(out, 'dist'), port: 0 });
  server = started.server;
  siteAddress = started.url;
}, 300_000);

afterAll(() => {
  server?.close();
  fixture?.dispose();
  if (out) rmSync(out, { recursive: true, force: true });
});

test(
  'the practice page with every accepted payload: nothing runs, loads from elsewhere or is reported',
  { timeout: 60_000 },
  async () => {
    const { page, thirdParty } = await newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const violations = await watchPolicy(page);
    const response = await page.goto(new URL('fr/practices/street-lighting-audit/', siteAddress).href);
    expect(response?.status()).toBe(200);
    // Let what could fire (lazy images, handlers on hover) have its chance.
    for (const heading of await page.locator(`h3:text-matches("${MARK}")`).all()) await heading.hover();
    await page.mouse.move(10, 10);
    await page.evaluate(() => new Promise((done) => setTimeout(done, 500)));

    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(thirdParty).toEqual([]);
    expect(await violations()).toEqual([]);
    // Nothing of the payloads became an element that can run or load.
    // The body's own element (practices/[id].astro): the page around it has its icons and scripts.
    const article = page.locator('section[aria-labelledby="description-heading"] > div');
    expect(await article.count()).toBe(1);
    expect(
      await article.locator('script, iframe, object, embed, svg, style, [onerror], [onload], [onmouseover]').count(),
    ).toBe(0);
    expect(await article.locator('img').count()).toBe(0);
    // And nothing was dropped: each payload's section is there, its text shown.
    const text = await article.innerText();
    for (let i = 0; i < PAYLOADS.length; i += 1) expect(text).toContain(`${MARK}${i}`);
    expect(text).toContain('javascript:alert(1)');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('"><script>alert(1)</script>');
  },
);

test(
  'a picture with an editor’s file name shows on the drawn result card as on the static one',
  { timeout: 60_000 },
  async () => {
    const catalogue = new URL('fr/practices/', siteAddress).href;
    // Without JavaScript: the static cards the build wrote.
    const { page: staticPage } = await newPage({ ...DESKTOP, javaScriptEnabled: false });
    await staticPage.goto(catalogue);
    const staticCards = await cardsIn(staticPage, '[data-static-list] .card');

    const { page, thirdParty } = await newPage(DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(catalogue);
    await page.locator('.catalogue-search[data-ready]').waitFor();
    await page.locator('[data-static-list]').waitFor({ state: 'hidden' });
    const drawn = await cardsIn(page, '[data-results] .card');

    expect(drawn.map((c) => c.id).sort()).toEqual(['safe-routes', 'street-lighting-audit']);
    const picture = drawn.find((c) => c.id === 'safe-routes')!;
    expect(decodeURIComponent(new URL(picture.visual).pathname)).toBe(`/media/practices/safe-routes/${PICTURE}`);
    expect(picture.loaded, 'the picture loads').toBe(true);
    expect(drawn.find((c) => c.id === 'street-lighting-audit')!.visual, 'no picture: the placeholder').toBe(
      'placeholder',
    );
    // Each drawn card is its static card: the same picture or placeholder, the same height of picture.
    for (const card of drawn) {
      const same = staticCards.find((c) => c.id === card.id)!;
      expect({ ...card, loaded: true }).toEqual({ ...same, loaded: true });
    }
    expect(errors).toEqual([]);
    expect(thirdParty).toEqual([]);
  },
);
