import { describe, expect, test } from 'vitest';
import { en } from '../../../src/catalogue/messages/en.ts';
import { cityOriginalSchema, cityTranslationSchema } from '../../../src/schemas/city.ts';
import { datasetSchema, indicatorSchema, PERIOD_PATTERN } from '../../../src/schemas/kpi.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { taxonomyFileSchema } from '../../../src/schemas/taxonomy.ts';

const city = {
  name: 'Barcelona',
  country: 'ES',
  type: 'municipality',
  coordinates: { lat: 41.3874, lon: 2.1686 },
  sources: [{ title: 'Metropolis' }],
  lastReviewed: '2026-11-21',
};

describe('city', () => {
  test('accepts a profile and defaults the plan status to unknown', () => {
    expect(cityOriginalSchema.parse(city).genderEqualityPlan).toEqual({ status: 'unknown' });
  });
  test('coordinates stay on the globe', () => {
    const result = cityOriginalSchema.safeParse({ ...city, coordinates: { lat: 141.3, lon: 2.1 } });
    expect(result.error!.issues[0]!.path).toEqual(['coordinates', 'lat']);
  });
  test('a population is never given without its year and source', () => {
    const result = cityOriginalSchema.safeParse({ ...city, population: { value: 1600000 } });
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['population.year', 'population.source']);
  });
  test('a translation names the city and nothing else', () => {
    expect(cityTranslationSchema.safeParse({ translationOf: 'es', name: 'Barcelone' }).success).toBe(true);
    expect(cityTranslationSchema.safeParse({ translationOf: 'es', name: 'Barcelone', country: 'FR' }).success).toBe(
      false,
    );
  });
});

describe('taxonomy', () => {
  test('every entry has a label in each language', () => {
    expect(
      taxonomyFileSchema.safeParse([{ id: 'mobility', label: { fr: 'Mobilité', en: 'Mobility', es: 'Movilidad' } }])
        .success,
    ).toBe(true);
    const missing = taxonomyFileSchema.safeParse([{ id: 'mobility', label: { fr: 'Mobilité', en: 'Mobility' } }]);
    expect(missing.error!.issues[0]!.path).toEqual([0, 'label', 'es']);
  });
  test('numbered ids such as SDGs are read as text', () => {
    expect(taxonomyFileSchema.parse([{ id: 5, label: { fr: 'a', en: 'b', es: 'c' } }])[0]!.id).toBe('5');
  });
  test('ids are slugs', () => {
    expect(taxonomyFileSchema.safeParse([{ id: 'Public Space', label: { fr: 'a', en: 'b', es: 'c' } }]).success).toBe(
      false,
    );
  });
});

describe('KPI', () => {
  const indicator = {
    id: 'women-councillors-share',
    label: { fr: 'a', en: 'b', es: 'c' },
    description: { fr: 'a', en: 'b', es: 'c' },
    unit: 'percent',
    higherIsBetter: true,
  };
  test('an indicator in money needs its currency', () => {
    expect(indicatorSchema.safeParse(indicator).success).toBe(true);
    const money = indicatorSchema.safeParse({ ...indicator, unit: 'currency' });
    expect(money.error!.issues[0]!.path).toEqual(['currency']);
  });
  test('a dataset says whether its figures are illustrative', () => {
    const meta = {
      title: { fr: 'a', en: 'b', es: 'c' },
      language: 'en',
      source: { title: 'S' },
      licence: 'CC0',
      retrieved: '2026-01-01',
    };
    expect(datasetSchema.safeParse(meta).success).toBe(false);
    expect(datasetSchema.safeParse({ ...meta, illustrative: false }).success).toBe(true);
  });
  describe('the texts a visitor reads: written once in the dataset language, or per language', () => {
    const base = { licence: 'CC0', retrieved: '2026-01-01', illustrative: false };
    test.each([
      [
        'all three languages, as before',
        { title: { fr: 'a', en: 'b', es: 'c' }, source: { title: { fr: 'S', en: 'S', es: 'S' } } },
      ],
      ['some languages only', { title: { en: 'b' }, source: { title: { en: 'S', es: 'F' } }, note: { fr: 'n' } }],
      [
        'written once, with the language',
        { language: 'es', title: 't', description: 'd', note: 'n', source: { title: 'S' } },
      ],
    ])('%s is accepted', (_, meta) => expect(datasetSchema.safeParse({ ...base, ...meta }).success).toBe(true));

    test('a text written once without the language: each such field is refused with the line to add', () => {
      const result = datasetSchema.safeParse({ ...base, title: { en: 'b' }, note: 'n', source: { title: 'S' } });
      expect(result.error!.issues.map((i) => i.path)).toEqual([['note'], ['source', 'title']]);
      const issue = result.error!.issues[0]!;
      expect(issue.message).toBe(en.datasetLanguageNeeded({ what: 'the note on the dataset' }));
      expect((issue as { params?: { suggestion?: string } }).params?.suggestion).toMatch(/language: en/);
    });

    test.each([
      ['no language at all', { title: {} }, ['title'], en.textInLanguagesEmpty({ what: 'the title' })],
      ['a language the catalogue is not written in', { title: { de: 'x' } }, ['title'], undefined],
      ['a number', { title: 3 }, ['title'], undefined],
    ])('%s is refused at its field', (_, meta, path, message) => {
      const result = datasetSchema.safeParse({ ...base, source: { title: { en: 'S' } }, ...meta });
      expect(result.success).toBe(false);
      expect(result.error!.issues[0]!.path).toEqual(path);
      if (message) expect(result.error!.issues[0]!.message).toBe(message);
    });
  });
  test.each([
    ['2023', true],
    ['2023-05', true],
    ['2023-Q4', true],
    ['2023-Q5', false],
    ['2023-13', false],
    ['23', false],
  ])('period %s valid: %s', (period, ok) => expect(PERIOD_PATTERN.test(period)).toBe(ok));
});

describe('site settings', () => {
  test('the default language is one of the catalogue languages', () => {
    const site = { name: { fr: 'a', en: 'b', es: 'c' }, tagline: { fr: 'a', en: 'b', es: 'c' }, defaultLanguage: 'fr' };
    expect(siteSchema.safeParse(site).success).toBe(true);
    expect(siteSchema.safeParse({ ...site, defaultLanguage: 'de' }).success).toBe(false);
  });
});
