/**
 * Issue #16, points 5–7 for the KPI pages, as a visitor meets them in
 * Chromium, in fr, en and es, on a phone (390 px) and a desktop (1280 px):
 * a city's figure is compared with its country's own figure, labelled as
 * such, with the parity line drawn; a series with no comparison says why;
 * chart text is rendered at 12 px or more, never cut and never outside its
 * chart, dark enough on its background, figures written in the page's
 * language; the illustrative notice is on the page once and in every chart
 * image and CSV; the indicator map's circles do not hide each other and
 * carry a size legend and tooltips; axe finds nothing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DESKTOP, describeViolations, LANGUAGES, PHONE, runAxe, siteUrl, useBrowser, type Lang } from './browser.ts';

const { newPage } = useBrowser();
const VIEWPORTS = [
  ['390 px', PHONE],
  ['1280 px', DESKTOP],
] as const;
const PAGES = ['cities/ogou-1/', 'cities/luxembourg/', 'indicators/women-councillors-share/'];
const COUNTRY = { fr: 'Togo', en: 'Togo', es: 'Togo' } satisfies Record<Lang, string>;
const PARITY = { fr: 'Parité', en: 'Parity', es: 'Paridad' } satisfies Record<Lang, string>;

interface ChartText {
  text: string;
  px: number;
  inside: boolean;
  contrast: number;
  hidden: boolean;
}

/** Every text of every chart as rendered: its size on screen, whether it lies inside its SVG, its contrast on white. */
function chartTexts(page: Page): Promise<ChartText[]> {
  return page.evaluate(() => {
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((c) => {
        const v = c / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const parse = (color: string) => (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
    return [...document.querySelectorAll<SVGTextElement>('svg.chart text')].map((node) => {
      const svg = node.ownerSVGElement!;
      const matrix = svg.getScreenCTM()!;
      const style = getComputedStyle(node);
      const box = node.getBoundingClientRect();
      const frame = svg.getBoundingClientRect();
      const fill = luminance(parse(style.fill));
      // Chart text sits on white (the page, or a label's white halo on the map).
      const contrast = 1.05 / (fill + 0.05);
      return {
        text: node.textContent ?? '',
        px: parseFloat(style.fontSize) * Math.hypot(matrix.a, matrix.b),
        inside:
          box.left >= frame.left - 0.5 &&
          box.right <= frame.right + 0.5 &&
          box.top >= frame.top - 0.5 &&
          box.bottom <= frame.bottom + 0.5,
        contrast,
        hidden: node.closest('[aria-hidden="true"]') !== null && (node.textContent ?? '') === '…',
      };
    });
  });
}

describe.each(LANGUAGES)('KPI charts read on a phone and a desktop (%s)', (lang) => {
  describe.each(VIEWPORTS)('%s', (_, viewport) => {
    test.each(PAGES)(
      '%s: chart text ≥ 12 px, whole, inside its chart, contrast ≥ 4.5; notice once; axe clean',
      async (route) => {
        const { page, thirdParty } = await newPage(viewport);
        await page.goto(siteUrl(`/${lang}/${route}`));
        const texts = await chartTexts(page);
        expect(texts.length).toBeGreaterThan(10);
        const small = texts.filter((t) => t.px < 12).map((t) => `${t.text} (${t.px.toFixed(1)} px)`);
        expect(small, 'text smaller than 12 px').toEqual([]);
        expect(
          texts.filter((t) => !t.inside).map((t) => t.text),
          'text outside its chart',
        ).toEqual([]);
        expect(
          texts.filter((t) => t.text.includes('…') && !t.hidden).map((t) => t.text),
          'cut labels',
        ).toEqual([]);
        expect(texts.filter((t) => t.contrast < 4.5).map((t) => `${t.text} ${t.contrast.toFixed(2)}`)).toEqual([]);

        // The illustrative notice: once on the page, and in every chart's own image.
        expect(await page.locator('[data-illustrative]').count()).toBe(1);
        const charts = page.locator('svg.chart');
        const notices = page.locator('svg.chart .chart__notice');
        expect(await notices.count()).toBe(await charts.count());

        // A caption names its unit at most once.
        for (const caption of await page.locator('figure.kpi caption, table.ranking caption').allTextContents()) {
          for (const unit of ['100,000', '100 000', '100 000']) {
            expect(caption.split(unit).length - 1, caption).toBeLessThanOrEqual(1);
          }
        }
        const violations = await runAxe(page);
        expect(describeViolations(violations)).toEqual([]);
        expect(thirdParty).toEqual([]);
      },
    );
  });

  test('ogou-1 compares its figure with Togo’s national figure and the AIMF’s, with the parity line, in the page’s language', async () => {
    const { page } = await newPage(PHONE);
    await page.goto(siteUrl(`/${lang}/cities/ogou-1/`));
    const comparison = page.locator('figure.kpi--comparison[data-indicator="women-councillors-share"]');
    const rows = await comparison
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-key'), tr.querySelector('th')?.textContent ?? '']));
    expect(rows.map(([key]) => key)).toEqual(['ogou-1', 'country:TG', 'network:aimf']);
    expect(rows[1]![1]).toContain(COUNTRY[lang]);
    // Not an average of other places: the label says it is the country's own figure.
    expect(rows[1]![1]).not.toMatch(/average|moyenne|media/i);
    const chart = comparison.locator('svg.chart');
    expect(await chart.locator('.chart__reference-label').textContent()).toContain(PARITY[lang]);
    const values = await chart.locator('.chart__bar-value').allTextContents();
    // 17.4 written as the page's language writes it.
    expect(values[0]).toContain(lang === 'en' ? '17.4' : '17,4');
    const csv = await page.evaluate(
      async (href) => (await fetch(href)).text(),
      (await comparison.locator('a[data-kpi-csv]').getAttribute('href'))!,
    );
    expect(csv.split('\r\n')[0]).toBe('city,indicator,period,value,unit,source,illustrative');
    expect(csv).toContain('country:TG,women-councillors-share,2024,16,percent,');
    expect(csv.split('\r\n').filter((line) => line.endsWith(',true')).length).toBe(3);
  });

  test('a series with no comparison says why, naming the country and how many places it has', async () => {
    const { page } = await newPage(DESKTOP);
    await page.goto(siteUrl(`/${lang}/cities/luxembourg/`));
    const missing = page.locator('[data-no-comparison]');
    expect(await missing.count()).toBeGreaterThan(0);
    const text = (await missing.first().textContent()) ?? '';
    expect(text).toMatch(/Luxemb/);
    expect(text).toContain('2024');
    expect(text).toMatch(/\b0\b/);
  });

  test('the indicator map: no circle hides another, a size legend, names or tooltips for every place', async () => {
    const { page } = await newPage(PHONE);
    await page.goto(siteUrl(`/${lang}/indicators/women-councillors-share/`));
    const map = page.locator('[data-kpi-map] svg');
    const circles = await map.locator('.map__symbol').evaluateAll((nodes) =>
      nodes.map((n) => {
        const box = n.getBoundingClientRect();
        return {
          key: n.getAttribute('data-key'),
          x: box.x + box.width / 2,
          y: box.y + box.height / 2,
          r: box.width / 2,
        };
      }),
    );
    expect(circles.length).toBe(7);
    for (const a of circles)
      for (const b of circles)
        if (a !== b)
          expect(Math.hypot(a.x - b.x, a.y - b.y) + 0.5, `${a.key} over ${b.key}`).toBeGreaterThanOrEqual(a.r + b.r);
    expect(await map.locator('.map__legend-circle').count()).toBe(3);
    expect(await map.locator('.map__label').count()).toBeGreaterThan(0);
    // Names cover neither each other, nor the notice, nor another place's circle.
    const boxes = await map.locator('.map__label, .chart__notice, .map__symbol').evaluateAll((nodes) =>
      nodes.map((n) => {
        const { left, right, top, bottom } = n.getBoundingClientRect();
        return {
          kind: n.getAttribute('class') ?? '',
          text: n.textContent ?? n.getAttribute('data-key'),
          left,
          right,
          top,
          bottom,
        };
      }),
    );
    const texts = boxes.filter((b) => !b.kind.includes('map__symbol'));
    for (const a of texts)
      for (const b of boxes)
        if (a !== b) {
          // A pixel of slack: a glyph box and a circle's box may touch.
          const apart =
            a.right <= b.left + 1 || b.right <= a.left + 1 || a.bottom <= b.top + 1 || b.bottom <= a.top + 1;
          expect(apart, `${a.text} over ${b.text}`).toBe(true);
        }
    // Keyboard: the map takes focus and its tooltip names a place and its value.
    await map.focus();
    const tip = page.locator('[data-kpi-map] .chart-tooltip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/: \d/);
  });
});
