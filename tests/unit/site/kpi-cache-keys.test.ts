/**
 * Cache keys of the KPI pages and city profiles: they change with every
 * datum the page shows (values, names, the cards of its practices, the
 * averages it is compared with) and stay put for what it does not show (a
 * practice's body), so that Astro's incremental build re-renders exactly
 * the pages a change touches.
 */
import { describe, expect, test } from 'vitest';
import type { Catalogue, CityRecord } from '../../../src/catalogue/model.ts';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.ts';
import { indicatorPlan } from '../../../src/domain/indicator-pages.ts';
import { indicatorValues } from '../../../src/domain/kpis/indicator-values.ts';
import { cityCacheKey, rankingCacheKey } from '../../../src/site/kpi-cache-keys.ts';
import { MINIMAL_FIXTURE } from '../../helpers/fixture-catalogue.ts';

const original = loadCatalogue({ contentDir: MINIMAL_FIXTURE }).catalogue!;
/** A fresh catalogue (new arrays, so no index built over another copy applies), edited before any key is computed. */
const edited = (edit: (c: Catalogue) => void = () => {}): Catalogue => {
  const copy = structuredClone(original);
  edit(copy);
  return copy;
};
const villeneuve = (c: Catalogue) => c.cities.find((city) => city.id === 'villeneuve')!;
const rows = (c: Catalogue) => c.datasets[0]!.observations;

function latestRankingKey(c: Catalogue): string {
  const indicator = c.indicators[0]!;
  const values = indicatorValues(c.datasets, indicator.id);
  const plan = indicatorPlan(values.years);
  return rankingCacheKey(c, indicator, plan, [...values.byPeriod.get(plan.latest!)!.values()]);
}

describe('city profile key', () => {
  const key = cityCacheKey(edited(), villeneuve(edited()));

  test('the same for equal data', () => {
    const c = edited();
    expect(cityCacheKey(c, villeneuve(c))).toBe(key);
  });

  test.each<[string, (c: Catalogue) => void]>([
    ['one of its values', (c) => void (rows(c).find((o) => o.city === 'villeneuve')!.value += 1)],
    [
      'a new period of its series',
      (c) => void rows(c).push({ ...rows(c).find((o) => o.city === 'villeneuve')!, period: '2023' }),
    ],
    ['its name', (c) => void (villeneuve(c).texts.fr!.name = 'Villeneuve-la-Neuve')],
    ['its description', (c) => void (villeneuve(c).texts.fr!.html = '<p>Autre texte.</p>')],
    [
      'the title of a practice it lists',
      (c) => void (c.practices.find((p) => p.id === 'street-lighting-audit')!.texts.fr!.title = 'Nouveau titre'),
    ],
    [
      'the themes of a practice it lists',
      (c) =>
        void c.practices
          .find((p) => p.id === 'street-lighting-audit')!
          .facts.themes.reverse()
          .push('mobility'),
    ],
  ])('changes with %s', (_, edit) => {
    const c = edited(edit);
    expect(cityCacheKey(c, villeneuve(c))).not.toBe(key);
  });

  test('does not change with the body of a practice it lists, or a city it does not show', () => {
    const c = edited((c) => {
      c.practices.find((p) => p.id === 'street-lighting-audit')!.texts.fr!.html = '<p>Un autre corps.</p>';
      c.cities.find((city) => city.id === 'puerto-claro')!.texts.es!.name = 'Puerto Oscuro';
    });
    expect(cityCacheKey(c, villeneuve(c))).toBe(key);
  });

  test('changes with the value of another place it is compared with', () => {
    // Two more French places make a country average for villeneuve's latest period.
    const withNeighbours = (value: number) =>
      edited((c) => {
        const latest = rows(c)
          .filter((o) => o.city === 'villeneuve')
          .at(-1)!;
        for (const [id, v] of [
          ['x1', 10],
          ['x2', value],
        ] as const) {
          c.cities.push({ ...structuredClone(villeneuve(c)), id } as CityRecord);
          rows(c).push({ ...latest, city: id, value: v });
        }
      });
    const a = withNeighbours(20);
    const b = withNeighbours(30);
    expect(cityCacheKey(a, villeneuve(a))).not.toBe(cityCacheKey(b, villeneuve(b)));
  });
});

describe('indicator page key', () => {
  const key = latestRankingKey(edited());

  test.each<[string, (c: Catalogue) => void]>([
    ['a value it ranks', (c) => void (rows(c).at(-1)!.value += 1)],
    [
      'the name of a place it ranks',
      (c) => void c.cities.forEach((city) => Object.values(city.texts).forEach((t) => (t!.name += '!'))),
    ],
    ['a new year in its period list', (c) => void rows(c).unshift({ ...rows(c)[0]!, period: '2019' })],
  ])('changes with %s', (_, edit) => {
    expect(latestRankingKey(edited(edit))).not.toBe(key);
  });

  test('does not change with a practice', () => {
    expect(
      latestRankingKey(edited((c) => (c.practices[0]!.texts[c.practices[0]!.originalLanguage]!.title = 'Autre'))),
    ).toBe(key);
  });
});
