/**
 * The map as a visitor uses it, in Chromium on the built site, at 390 px
 * (touch) and 1280 px: finding practices near Lomé from the basemap's
 * names, counts of practices rather than places, places of one practice
 * marked together, one finger scrolling the page and two moving the map,
 * pop-ups clear of the controls, and the basemap drawn without artefacts
 * (pixels of screenshots compared with what land and sea must show).
 */
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { usePlural } from '../../src/i18n/t.ts';
import { DESKTOP, describeViolations, LANGUAGES, PHONE, runAxe, siteUrl, useBrowser, type Lang } from './browser.ts';
import { expectedHeading, readEntry, uiStrings } from './content.ts';

const { newPage } = useBrowser();

const TOGO_PRACTICE = 'centre-promotion-feminine-ogou-1';
const TOGO_COMMUNES = ['Ogou 1', 'Zio 1', 'Tchaoudjo 1', 'Kozah 1', 'Tône 1'];
const SIZES = [
  ['390 px', PHONE],
  ['1280 px', DESKTOP],
] as const;

async function openMap(lang: Lang, options: typeof PHONE, suffix = '') {
  const tracked = await newPage(options);
  const errors: string[] = [];
  tracked.page.on('pageerror', (error) => errors.push(error.message));
  await tracked.page.goto(siteUrl(`/${lang}/map/${suffix}`));
  await tracked.page.waitForSelector('[data-map-canvas][data-ready][data-labels]', { timeout: 20_000 });
  await settled(tracked.page);
  return { ...tracked, errors };
}

/**
 * Waits for the map to stand still: no Leaflet or markercluster animation,
 * and the view, markers and names where they were 200 ms before. A click's
 * zoom can start after a first look finds no animation, so one look is not enough.
 */
async function settled(page: Page): Promise<void> {
  let last = '';
  for (let look = 0; look < 50; look++) {
    await page.waitForTimeout(200);
    const now = await page.evaluate(() => {
      if (document.querySelector('.leaflet-zoom-anim, .leaflet-cluster-anim')) return 'moving';
      const boxes = [...document.querySelectorAll('.leaflet-marker-icon, .map-label')].map((node) => {
        const box = node.getBoundingClientRect();
        return `${Math.round(box.x)},${Math.round(box.y)}`;
      });
      return `${document.querySelector('[data-map-canvas]')?.getAttribute('data-view')}|${boxes.join(';')}`;
    });
    if (now !== 'moving' && now === last) return;
    last = now;
  }
  throw new Error('The map kept moving for 10 s.');
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Positions of the marker and cluster icons, relative to the map, by accessible name. */
const iconPositions = (page: Page) =>
  page.$$eval('.leaflet-marker-icon', (icons) => {
    const frame = icons[0]?.closest('[data-map-canvas]')?.getBoundingClientRect();
    return icons.map((icon) => {
      const r = icon.getBoundingClientRect();
      return { label: icon.getAttribute('aria-label'), x: r.x - frame!.x, y: r.y - frame!.y };
    });
  });

/** The southernmost cluster or marker: Togo's, on a catalogue whose other places are in Europe. */
async function togoIcon(page: Page) {
  const icons = page.locator('.leaflet-marker-icon');
  let best = -1;
  let lowest = -Infinity;
  for (let i = 0; i < (await icons.count()); i++) {
    const box = (await icons.nth(i).boundingBox())!;
    if (box.y > lowest) [lowest, best] = [box.y, i];
  }
  return icons.nth(best);
}

/** Barcelona's marker put 30 px from the map's top-left corner, under the zoom buttons; its pop-up opened from the keyboard. */
async function popupInTheCorner(lang: Lang, options: typeof PHONE): Promise<void> {
  const zoom = 6;
  const { page } = await openMap(lang, options, `#map=${zoom}/41.3874/2.1686`);
  const frame = (await page.locator('[data-map-canvas]').boundingBox())!;
  const at = project({ lat: 41.3874, lon: 2.1686 }, zoom);
  const corner = unproject({ x: at.x + frame.width / 2 - 30, y: at.y + frame.height / 2 - 30 }, zoom);
  await page.evaluate(
    (hash) => {
      location.hash = hash;
      location.reload();
    },
    `#map=${zoom}/${corner.lat.toFixed(4)}/${corner.lon.toFixed(4)}`,
  );
  await page.waitForSelector('[data-map-canvas][data-ready][data-labels]');
  await settled(page);
  const marker = page.locator('.map-marker--city');
  const controls = (await page.locator('.leaflet-control-zoom').boundingBox())!;
  expect(intersects((await marker.boundingBox())!, controls)).toBe(true);
  await marker.focus();
  await page.keyboard.press('Enter');
  const popup = page.locator('.leaflet-popup-content-wrapper');
  await popup.waitFor();
  await settled(page);
  const box = (await popup.boundingBox())!;
  const map = (await page.locator('[data-map-canvas]').boundingBox())!;
  const credits = (await page.locator('.leaflet-control-attribution').boundingBox())!;
  expect(intersects(box, controls)).toBe(false);
  expect(intersects(box, credits)).toBe(false);
  expect(box.x).toBeGreaterThanOrEqual(map.x);
  expect(box.y).toBeGreaterThanOrEqual(map.y);
  expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
}

describe.each(LANGUAGES)('in %s', (lang) => {
  const one = usePlural(lang)('practices.count', 1);
  const title = expectedHeading(readEntry('practices', TOGO_PRACTICE), lang).text;

  describe.each(SIZES)('at %s', (_size, options) => {
    test('find practices near Lomé: zoom to Togo, read "Lomé" on the map, open the marker next to it', async () => {
      const { page, errors, thirdParty } = await openMap(lang, options);
      // Togo's five communes hold one practice: the cluster says 1, not 5.
      const togo = await togoIcon(page);
      expect(await togo.getAttribute('aria-label')).toBe(one);
      expect((await togo.textContent())!.trim()).toBe('1');
      await togo.click();
      await settled(page);

      const lome = page.locator('.map-label', { hasText: /^Lomé$/ });
      expect(await lome.count()).toBe(1);
      expect(await lome.isVisible()).toBe(true);
      const canvas = (await page.locator('[data-map-canvas]').boundingBox())!;
      const label = (await lome.boundingBox())!;
      expect(intersects(label, canvas)).toBe(true);
      // The country's name is there too, in the page's language (the same word in all three).
      expect(await page.locator('.map-label--country', { hasText: /^Togo$/ }).count()).toBe(1);

      // The marker nearest Lomé is a commune of the practice; no label lies under any marker.
      const markers = page.locator('.map-marker--city');
      expect(await markers.count()).toBe(TOGO_COMMUNES.length);
      const labelBoxes = await page.$$eval('.map-label, .map-dot', (nodes) =>
        nodes.map((n) => n.getBoundingClientRect().toJSON() as Rect),
      );
      let nearest = 0;
      let distance = Infinity;
      for (let i = 0; i < TOGO_COMMUNES.length; i++) {
        const box = (await markers.nth(i).boundingBox())!;
        for (const other of labelBoxes) expect(intersects(box, other)).toBe(false);
        const d = Math.hypot(centre(box).x - centre(label).x, centre(box).y - centre(label).y);
        if (d < distance) [distance, nearest] = [d, i];
      }
      expect(distance).toBeLessThan(80);
      await markers.nth(nearest).click();
      const popup = page.locator('.leaflet-popup .map-popup');
      await popup.waitFor();
      // The pop-up fades in while the map pans to make room for it: axe reads colours once both are done.
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.leaflet-popup')!).opacity === '1');
      await settled(page);
      expect(await popup.locator(`a[href$="/${lang}/practices/${TOGO_PRACTICE}/"]`).textContent()).toBe(title);
      // The practice's other places are named: it is one practice in five communes.
      const also = (await popup.locator('.map-popup__also').textContent())!;
      expect(TOGO_COMMUNES.filter((name) => also.includes(name))).toHaveLength(TOGO_COMMUNES.length - 1);

      expect(errors).toEqual([]);
      expect(thirdParty).toEqual([]);
      expect(describeViolations(await runAxe(page))).toEqual([]);
    });
  });

  test('at 390 px with touch, a pop-up never lies under the zoom buttons or the credits, even for a marker in the corner', () =>
    popupInTheCorner(lang, PHONE));

  test('at 1280 px, pointing at one commune of the practice marks the four others', async () => {
    const { page } = await openMap(lang, DESKTOP, '#map=7/8.6698/0.9728');
    const markers = page.locator('.map-marker--city');
    expect(await markers.count()).toBe(TOGO_COMMUNES.length);
    expect(await page.locator('.map-icon--linked').count()).toBe(0);
    await markers.first().hover();
    expect(await page.locator('.map-marker--city.map-icon--linked').count()).toBe(TOGO_COMMUNES.length - 1);
    expect(await markers.first().evaluate((icon) => icon.classList.contains('map-icon--linked'))).toBe(false);
    await page.mouse.move(5, 5);
    expect(await page.locator('.map-icon--linked').count()).toBe(0);
  });

  test('at 390 px with touch, one finger scrolls the page (with a hint) and two fingers move the map', async () => {
    const { page, context } = await openMap(lang, PHONE);
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: [number, number][]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
    const box = (await page.locator('[data-map-canvas]').boundingBox())!;
    const before = await iconPositions(page);
    const x = box.x + box.width / 2;
    const y = Math.min(box.y + box.height / 2, 700);
    await touch('touchStart', [[x, y]]);
    for (let step = 1; step <= 10; step++) await touch('touchMove', [[x, y - step * 20]]);
    expect(await page.locator('.map-touch-hint').isVisible()).toBe(true);
    expect(await page.locator('.map-touch-hint').textContent()).toBe(uiStrings(lang)['map.touchHint']);
    await touch('touchEnd', []);
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    expect(await iconPositions(page)).toEqual(before);
    await expect.poll(() => page.locator('.map-touch-hint').isVisible(), { timeout: 3000 }).toBe(false);

    // The swipe's fling may carry the page past the map (seen under load): once it stops, the map is brought back.
    await expect
      .poll(async () => {
        const from = await page.evaluate(() => window.scrollY);
        await page.waitForTimeout(150);
        return (await page.evaluate(() => window.scrollY)) === from;
      })
      .toBe(true);
    await page
      .locator('[data-map-canvas]')
      .evaluate((canvas) => canvas.scrollIntoView({ block: 'center', behavior: 'instant' }));

    // Two fingers moving together by (80, 60) move the map, and every marker with it, by as much.
    const frame = (await page.locator('[data-map-canvas]').boundingBox())!;
    const cx = frame.x + frame.width / 2;
    const cy = frame.y + frame.height / 2;
    expect(cy).toBeGreaterThan(0);
    const start = await iconPositions(page);
    await touch('touchStart', [
      [cx - 40, cy],
      [cx + 40, cy],
    ]);
    for (let step = 1; step <= 10; step++)
      await touch('touchMove', [
        [cx - 40 + step * 8, cy + step * 6],
        [cx + 40 + step * 8, cy + step * 6],
      ]);
    await touch('touchEnd', []);
    await settled(page);
    const after = await iconPositions(page);
    expect(after.map((icon) => icon.label)).toEqual(start.map((icon) => icon.label));
    after.forEach((icon, i) => {
      expect(icon.x - start[i]!.x).toBeCloseTo(80, -1);
      expect(icon.y - start[i]!.y).toBeCloseTo(60, -1);
    });
  });
});

// Where the room is ample the pop-up's place does not depend on the language: one visit, not three.
test('at 1280 px, a pop-up never lies under the zoom buttons or the credits, even for a marker in the corner', () =>
  popupInTheCorner('en', DESKTOP));

test('at 1280 px, a mouse still drags the map', async () => {
  const { page } = await openMap('en', DESKTOP);
  const before = await iconPositions(page);
  const box = (await page.locator('[data-map-canvas]').boundingBox())!;
  await page.mouse.move(box.x + 300, box.y + 300);
  await page.mouse.down();
  await page.mouse.move(box.x + 360, box.y + 340, { steps: 8 });
  await page.mouse.up();
  await settled(page);
  const after = await iconPositions(page);
  // By the mouse's move at least (Leaflet's inertia may carry it a little further).
  after.forEach((icon, i) => {
    expect(icon.x - before[i]!.x).toBeGreaterThanOrEqual(55);
    expect(icon.y - before[i]!.y).toBeGreaterThanOrEqual(35);
  });
});

/** Web Mercator, in Leaflet's pixels at a zoom (256 px for the world at zoom 0). */
function project({ lat, lon }: { lat: number; lon: number }, zoom: number) {
  const scale = 256 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return { x: ((lon + 180) / 360) * scale, y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale };
}
function unproject({ x, y }: { x: number; y: number }, zoom: number) {
  const scale = 256 * 2 ** zoom;
  const lon = (x / scale) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / scale))) * 180) / Math.PI;
  return { lat, lon };
}

const SEA = [0xdb, 0xe7, 0xf0];
const LAND = [0xf4, 0xf1, 0xea];

/**
 * The basemap alone (names, markers and controls hidden) at a view, as
 * pixels: colourAt(lat, lon) is the colour drawn there.
 */
async function basemapPixels(options: typeof PHONE, hash: string) {
  const { page } = await openMap('en', options, hash);
  // Through the CSSOM: the site's Content-Security-Policy refuses a <style> added by the test.
  await page.$$eval('.leaflet-labels-pane, .leaflet-marker-pane, .leaflet-control-container', (nodes) => {
    for (const node of nodes) (node as HTMLElement).style.visibility = 'hidden';
  });
  const [zoom, lat, lon] = (await page.getAttribute('[data-map-canvas]', 'data-view'))!.split('/').map(Number) as [
    number,
    number,
    number,
  ];
  const frame = (await page.locator('[data-map-canvas]').boundingBox())!;
  const png = await page.locator('[data-map-canvas]').screenshot();
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const ratio = info.width / frame.width;
  const middle = project({ lat, lon }, zoom);
  return {
    zoom,
    width: frame.width,
    colourAt(at: { lat: number; lon: number }): number[] | undefined {
      const p = project(at, zoom);
      const x = Math.round((p.x - middle.x + frame.width / 2) * ratio);
      const y = Math.round((p.y - middle.y + frame.height / 2) * ratio);
      // The frame's 1 px border is not the basemap: points within 2 px of the edge are not read.
      const edge = Math.ceil(2 * ratio);
      if (x < edge || y < edge || x >= info.width - edge || y >= info.height - edge) return undefined;
      const i = (y * info.width + x) * 3;
      return [data[i]!, data[i + 1]!, data[i + 2]!];
    },
  };
}

const near = (colour: number[] | undefined, expected: number[]) =>
  colour !== undefined && colour.every((value, i) => Math.abs(value - expected[i]!) <= 6);

describe('the basemap is drawn without artefacts', () => {
  // Open sea at 60–66°N (where a land-coloured band crossed the world view), and land that must be there.
  const sea = [
    { lat: 63, lon: -35 },
    { lat: 61, lon: -30 },
    { lat: 64, lon: -3 },
    { lat: 66, lon: -1 },
    { lat: 60, lon: -175 },
    { lat: 62, lon: -176 },
    { lat: 0, lon: -140 },
    { lat: -40, lon: 0 },
  ];
  const land = [
    { lat: 64.9, lon: -18.6 },
    { lat: 60, lon: 100 },
    { lat: 66.5, lon: 178 },
    { lat: 66.5, lon: -174 },
    { lat: 15, lon: 20 },
  ];

  test.each([
    ['the world at 1280 px, filling the map', DESKTOP, '#map=0/30/0'],
    ['the world at 390 px, filling the map', PHONE, '#map=0/30/0'],
    ['the North Atlantic at zoom 3', DESKTOP, '#map=3/63/-20'],
    ['the Bering Strait at zoom 3', DESKTOP, '#map=3/63/-178'],
    ['Europe at zoom 5', DESKTOP, '#map=5/63/-10'],
  ])('%s: sea where there is sea, land where there is land', async (_view, options, hash) => {
    const { colourAt, zoom, width } = await basemapPixels(options, hash);
    if (hash === '#map=0/30/0') {
      // Zoom 0 is below the smallest zoom, which shows the world once from edge to edge: no empty sea beside it.
      expect(256 * 2 ** zoom).toBeGreaterThanOrEqual(width);
      expect(256 * 2 ** zoom).toBeLessThan(width * 1.2);
    }
    let checked = 0;
    for (const at of sea) {
      const colour = colourAt(at);
      if (colour === undefined) continue;
      checked++;
      expect(near(colour, SEA), `sea at ${at.lat}, ${at.lon}: ${colour}`).toBe(true);
    }
    for (const at of land) {
      const colour = colourAt(at);
      if (colour === undefined) continue;
      checked++;
      expect(near(colour, LAND), `land at ${at.lat}, ${at.lon}: ${colour}`).toBe(true);
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });
});
