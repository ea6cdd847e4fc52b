import { describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.ts';
import {
  availableLanguages,
  localizeCity,
  localizePractice,
  placeNames,
  sortByTitle,
} from '../../../src/domain/localize.ts';
import { citySeries, practicesInCity } from '../../../src/domain/relations.ts';
import { MINIMAL_FIXTURE } from '../../helpers/fixture-catalogue.ts';

const { catalogue } = loadCatalogue({ contentDir: MINIMAL_FIXTURE });
const audit = catalogue!.practices.find((p) => p.id === 'street-lighting-audit')!;
const routesPractice = catalogue!.practices.find((p) => p.id === 'safe-routes')!;

describe('choosing the text of a page language', () => {
  test('a translated language shows its own text', () => {
    const en = localizePractice(audit, 'en');
    expect(en).toMatchObject({ textLang: 'en', isFallback: false });
    expect(en.text.title).toBe('Street lighting audit');
    expect(en.results).toEqual({ values: ['Twenty streets better lit'], lang: 'en' });
  });
  test('untranslated keywords fall back to the original, marked with its language', () => {
    expect(localizePractice(audit, 'en').keywords).toEqual({ values: ['éclairage', 'sécurité'], lang: 'fr' });
  });
  test('a missing language falls back to the original and says so', () => {
    const es = localizePractice(audit, 'es');
    expect(es).toMatchObject({ textLang: 'fr', isFallback: true });
    expect(es.text.title).toBe('Audit de l’éclairage des rues');
    expect(localizePractice(routesPractice, 'fr')).toMatchObject({ textLang: 'es', isFallback: true });
    const city = catalogue!.cities.find((c) => c.id === 'villeneuve')!;
    expect(localizeCity(city, 'en')).toMatchObject({ textLang: 'fr', isFallback: true });
    expect(localizeCity(city, 'es')).toMatchObject({ textLang: 'es', isFallback: false });
  });
  test('the original language comes first among those available', () => {
    expect(availableLanguages(audit)).toEqual(['fr', 'en']);
  });
});

describe('relations', () => {
  test('a city lists the practices that name it', () => {
    expect(practicesInCity(catalogue!.practices, 'villeneuve').map((p) => p.id)).toEqual(['street-lighting-audit']);
    expect(practicesInCity(catalogue!.practices, 'nowhere')).toEqual([]);
  });
  test("a city's KPI series are grouped by indicator and ordered by period", () => {
    const series = citySeries(catalogue!, 'villeneuve');
    expect(series).toHaveLength(1);
    expect(series[0]!.observations.map((o) => [o.period, o.value])).toEqual([
      ['2021', 40.5],
      ['2022', 55],
    ]);
  });
});

describe('lists in the reader’s language', () => {
  test('practices sort by the title the reader sees, once per list and language', () => {
    expect(sortByTitle(catalogue!.practices, 'en').map((p) => p.id)).toEqual(['safe-routes', 'street-lighting-audit']);
    expect(sortByTitle(catalogue!.practices, 'fr').map((p) => p.id)).toEqual(['street-lighting-audit', 'safe-routes']);
    expect(sortByTitle(catalogue!.practices, 'fr')).toBe(sortByTitle(catalogue!.practices, 'fr'));
    expect(catalogue!.practices.map((p) => p.id)).toEqual(['safe-routes', 'street-lighting-audit']);
  });
  test('a practice’s places are its cities, then its country', () => {
    expect(placeNames(audit, catalogue!.cities, 'es')).toEqual(['Villeneuve', 'Francia']);
    expect(placeNames({ ...audit, facts: { ...audit.facts, cities: [] } }, catalogue!.cities, 'en')).toEqual([
      'France',
    ]);
  });
});
