/**
 * KPI charts, CSV downloads and indicator pages in Chromium: every chart
 * has one mark per row of its table, its CSV (fetched inside the page)
 * holds those rows (a city's CSV: its whole series, of which the table
 * lists the last value of each year; the sample's yearly series are whole),
 * illustrative figures carry a visible badge, rankings follow
 * higherIsBetter, the map has one symbol per ranked place, years are
 * static pages, no request leaves 127.0.0.1, and axe finds nothing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { describeViolations, LANGUAGES, runAxe, siteUrl, useBrowser } from './browser.ts';

const { newPage } = useBrowser();
const CITIES = ['luxembourg', 'ogou-1'];
const INDICATOR = 'women-councillors-share';

interface Row {
  key: string;
  period: string;
  value: number;
}

/** Parses the CSV a chart links to, from inside the page (same origin, as a visitor's browser fetches it). */
async function csvRows(page: Page, href: string): Promise<{ header: string; rows: Row[] }> {
  const text = await page.evaluate(async (url) => (await fetch(url)).text(), href);
  const [header, ...lines] = text.replace(/\r\n$/, '').split('\r\n');
  return {
    header: header ?? '',
    rows: lines.map((line) => {
      const [city, , period, value] = line.split(',');
      return { key: city!, period: period!, value: Number(value) };
    }),
  };
}

describe.each(LANGUAGES)('city KPI charts (%s)', (lang) => {
  test.each(CITIES)('%s: marks, table, CSV and badge agree', async (city) => {
    const { page, thirdParty } = await newPage();
    await page.goto(siteUrl(`/${lang}/cities/${city}/`));
    const figures = page.locator('figure[data-kpi-chart]');
    const count = await figures.count();
    expect(count, 'charts on the page').toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      const svg = figure.locator('svg.chart');
      expect(await svg.getAttribute('role')).toBe('img');
      expect((await svg.locator('title').textContent())?.trim()).not.toBe('');
      const marks = await svg.locator('.chart__mark').evaluateAll((els) =>
        els.map((e) => ({
          key: e.getAttribute('data-key') ?? e.getAttribute('data-period'),
          value: Number(e.getAttribute('data-value')),
        })),
      );
      const rows = await figure.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          key: tr.getAttribute('data-key'),
          period: tr.getAttribute('data-period')!,
          value: Number(tr.getAttribute('data-value')),
        })),
      );
      expect(marks.length, 'one mark per table row').toBe(rows.length);
      expect(marks).toEqual(rows.map((r) => ({ key: r.key ?? r.period, value: r.value })));

      const href = await figure.locator('a[data-kpi-csv]').getAttribute('href');
      expect(href).toMatch(/\.csv$/);
      const csv = await csvRows(page, href!);
      expect(csv.header).toBe('city,indicator,period,value,unit,source,illustrative');
      const shown = rows.map((r) => ({ key: r.key ?? city, period: r.period, value: r.value }));
      const series = await figure.getAttribute('data-values');
      if (series === null) {
        // A comparison: its CSV is its table.
        expect(csv.rows).toEqual(shown);
      } else {
        // A series: the CSV has every value, the table the last of each year (all of them for yearly data).
        expect(csv.rows).toHaveLength(Number(series));
        expect(csv.rows.filter((r) => shown.some((s) => s.period === r.period))).toEqual(shown);
        const years = new Set(csv.rows.map((r) => r.period.slice(0, 4)));
        expect(shown.map((r) => r.period.slice(0, 4))).toEqual([...years]);
        if (years.size === csv.rows.length) expect(csv.rows).toEqual(shown);
      }

      // Every dataset of the sample is illustrative: each chart's image says so (the page's notice is once, above).
      expect(await figure.locator('svg.chart .chart__notice').count()).toBe(1);
    }
    await expect.poll(() => page.locator('[data-illustrative]').isVisible()).toBe(true);
    expect(thirdParty).toEqual([]);
  });

  test('ogou-1 compares its latest value with the national figure of Togo and the AIMF’s', async () => {
    const { page } = await newPage();
    await page.goto(siteUrl(`/${lang}/cities/ogou-1/`));
    const comparison = page.locator(`figure.kpi--comparison[data-indicator="${INDICATOR}"]`);
    expect(
      await comparison.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key'))),
    ).toEqual(['ogou-1', 'country:TG', 'network:aimf']);
    expect(await comparison.locator('.chart__mark').count()).toBe(3);
  });
});

describe.each(LANGUAGES)('indicator pages (%s)', (lang) => {
  test('the list links to every indicator', async () => {
    const { page } = await newPage();
    await page.goto(siteUrl(`/${lang}/indicators/`));
    expect(await page.locator(`a[href$="/${lang}/indicators/${INDICATOR}/"]`).count()).toBe(1);
  });

  test('ranking follows higherIsBetter, the bars and the map have one mark per ranked place, the CSV repeats the ranking', async () => {
    const { page, thirdParty } = await newPage();
    await page.goto(siteUrl(`/${lang}/indicators/${INDICATOR}/`));
    const ranking = page.locator('[data-ranking]');
    expect(await ranking.getAttribute('data-period'), 'the latest period by default').toBe('2024');
    const higherIsBetter = (await ranking.getAttribute('data-higher-is-better')) === 'true';
    const rows = await ranking.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        key: tr.getAttribute('data-city')!,
        period: tr.getAttribute('data-period')!,
        value: Number(tr.getAttribute('data-value')),
        rank: Number(tr.getAttribute('data-rank')),
      })),
    );
    expect(rows.length).toBeGreaterThan(2);
    for (let i = 1; i < rows.length; i++) {
      const [before, after] = [rows[i - 1]!, rows[i]!];
      expect(
        higherIsBetter ? before.value >= after.value : before.value <= after.value,
        `${before.key} before ${after.key}`,
      ).toBe(true);
      expect(after.rank).toBe(after.value === before.value ? before.rank : i + 1);
    }
    const bars = await page
      .locator('svg.chart--bar .chart__mark')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(bars).toEqual(rows.map((r) => r.key));
    const symbols = await page
      .locator('[data-kpi-map] svg .map__symbol')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(symbols.sort()).toEqual(rows.map((r) => r.key).sort());
    expect(await page.locator('[data-kpi-map] svg').getAttribute('role')).toBe('img');

    const csv = await csvRows(page, (await ranking.locator('a[data-kpi-csv]').getAttribute('href'))!);
    expect(csv.rows).toEqual(rows.map(({ key, period, value }) => ({ key, period, value })));
    expect(await page.locator('[data-illustrative]').first().isVisible()).toBe(true);
    expect(thirdParty).toEqual([]);
  });

  test('an earlier year is a link to a static page, whose CSV repeats its ranking', async () => {
    const { page } = await newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl(`/${lang}/indicators/${INDICATOR}/`));
    // One link per year (the sample is yearly: 2020 to 2024), the latest being this page.
    expect(await page.locator('nav.periods a').evaluateAll((as) => as.map((a) => a.textContent?.trim()))).toEqual([
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
    expect(await page.locator('nav.periods a[aria-current="page"]').textContent()).toContain('2024');
    await page.locator(`nav.periods a[href$="/${INDICATOR}/2021/"]`).click();
    await page.waitForURL(/\/2021\/$/);
    const ranking = page.locator('[data-ranking]');
    expect(await ranking.getAttribute('data-period')).toBe('2021');
    expect(await page.locator('nav.periods a[aria-current="page"]').textContent()).toContain('2021');
    const rows = await ranking.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        key: tr.getAttribute('data-city')!,
        period: tr.getAttribute('data-period')!,
        value: Number(tr.getAttribute('data-value')),
      })),
    );
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.every((r) => r.period === '2021')).toBe(true);
    const href = await ranking.locator('a[data-kpi-csv]').getAttribute('href');
    expect(href).toMatch(new RegExp(`/data/kpi/indicators/${INDICATOR}/2021\\.csv$`));
    const text = await page
      .context()
      .request.get(new URL(href!, page.url()).href)
      .then((r) => r.text());
    const csv = text
      .replace(/\r\n$/, '')
      .split('\r\n')
      .slice(1)
      .map((line) => {
        const [key, , period, value] = line.split(',');
        return { key: key!, period: period!, value: Number(value) };
      });
    expect(csv).toEqual(rows);
  });
});

describe('tooltips', () => {
  test('keyboard: the chart takes focus, arrows move between marks and the tooltip says the value', async () => {
    const { page } = await newPage();
    await page.goto(siteUrl('/en/cities/luxembourg/'));
    const svg = page.locator('figure[data-kpi-chart] svg.chart').first();
    await svg.focus();
    const tip = page.locator('figure[data-kpi-chart] .chart-tooltip').first();
    await expect.poll(() => tip.isVisible()).toBe(true);
    const last = await svg.locator('.chart__mark').last().getAttribute('data-label');
    expect(await tip.textContent()).toBe(last);
    await page.keyboard.press('Home');
    expect(await tip.textContent()).toBe(await svg.locator('.chart__mark').first().getAttribute('data-label'));
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
  });
});

describe.each(LANGUAGES)('accessibility (%s)', (lang) => {
  test.each([
    `cities/luxembourg/`,
    `cities/ogou-1/`,
    `indicators/`,
    `indicators/${INDICATOR}/`,
    `indicators/gbv-support-places-per-100000/2021/`,
  ])('%s has no axe violations', async (route) => {
    const { page, thirdParty } = await newPage();
    await page.goto(siteUrl(`/${lang}/${route}`));
    const violations = await runAxe(page);
    expect(describeViolations(violations)).toEqual([]);
    expect(thirdParty).toEqual([]);
  });
});
