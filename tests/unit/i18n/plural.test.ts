import { describe, expect, test } from 'vitest';
import { CONTENT_LANGUAGES, type Lang } from '../../../src/i18n/languages.ts';
import { formatPlural } from '../../../src/i18n/plural.ts';
import { UI_STRINGS, interpolate, pluralForms, usePlural, type PluralKey, type UiKey } from '../../../src/i18n/t.ts';

const COUNTS = [0, 1, 2, 5, 21];
/** Written from the languages' grammar, not from Intl: which of COUNTS take the singular. */
const SINGULAR: Record<Lang, number[]> = { en: [1], es: [1], fr: [0, 1] };
const PLURAL_KEYS = Object.keys(UI_STRINGS.en)
  .filter((key) => key.endsWith('_other'))
  .map((key) => key.slice(0, -'_other'.length) as PluralKey);
/** Strings with a number but no noun that agrees with it ("Show 3 more", "Lyon: 2 practices"). */
const NUMBER_WITHOUT_NOUN = new Set([
  'search.moreValues',
  'map.cityMarker',
  'map.countryMarker',
  'chart.mapDescription',
  // Left to the helpers that own them (offline #14, dev preview #20); reported to the lead, not converted here.
  'offline.progress',
  'preview.problems',
]);
/** Where a language words the count without a noun ("… du classement sur {count}"), both forms may be one text. */
const SAME_FORMS = new Set(['fr:kpi.barsEdgesDescription', 'es:kpi.barsEdgesDescription']);
/** Plural nouns that must never follow "1". */
const PLURAL_NOUNS =
  /\b1 (practices|pratiques|prácticas|profiles|profils|perfiles|places|collectivités|entidades|values|valeurs|valores|periods|périodes|periodos|bytes|octets|lieux|lugares)\b/;

describe('counted strings', () => {
  test('the catalogue has counted strings, and every number in a string agrees with its noun', () => {
    expect(PLURAL_KEYS).toContain('practices.count');
    expect(PLURAL_KEYS.length).toBeGreaterThanOrEqual(15);
    for (const [key, text] of Object.entries(UI_STRINGS.en)) {
      if (/_(zero|one|two|few|many|other)$/.test(key)) continue;
      if (/\{(count|total|shown)\}/.test(text))
        expect(NUMBER_WITHOUT_NOUN, `${key} counts without plural forms`).toContain(key);
    }
  });

  for (const lang of CONTENT_LANGUAGES) {
    test(`${lang}: every counted string with ${COUNTS.join(', ')} reads right`, () => {
      const plural = usePlural(lang);
      for (const key of PLURAL_KEYS) {
        const one = UI_STRINGS[lang][`${key}_one` as UiKey];
        const other = UI_STRINGS[lang][`${key}_other` as UiKey];
        expect(one, `${lang}:${key}_one`).toBeTruthy();
        if (!SAME_FORMS.has(`${lang}:${key}`)) expect(one, `${lang}:${key} singular and plural differ`).not.toBe(other);
        for (const count of COUNTS) {
          const text = plural(key, count, {
            total: 40,
            edge: 10,
            year: 2024,
            period: '2024',
            first: '1',
            firstPeriod: '2020',
            last: '2',
            lastPeriod: '2024',
            indicator: 'X',
            unit: '%',
            country: 'Togo',
            network: 'AIMF',
            min: 2,
          });
          const form = SINGULAR[lang].includes(count) ? one! : other!;
          expect(text, `${lang}:${key} with ${count}`).toBe(
            interpolate(form, {
              total: 40,
              edge: 10,
              year: 2024,
              period: '2024',
              first: '1',
              firstPeriod: '2020',
              last: '2',
              lastPeriod: '2024',
              indicator: 'X',
              unit: '%',
              country: 'Togo',
              network: 'AIMF',
              min: 2,
              count,
            }),
          );
          expect(text, `${lang}:${key} with ${count}`).toContain(String(count));
          expect(text, `${lang}:${key} with ${count}`).not.toMatch(/[{}]|\[EN\]/);
          expect(text, `${lang}:${key} with ${count}`).not.toMatch(PLURAL_NOUNS);
        }
      }
    });
  }

  test('what a visitor reads, word for word', () => {
    const read = (lang: Lang, key: PluralKey) => COUNTS.map((count) => usePlural(lang)(key, count));
    expect(read('en', 'practices.count')).toEqual([
      '0 practices',
      '1 practice',
      '2 practices',
      '5 practices',
      '21 practices',
    ]);
    expect(read('fr', 'practices.count')).toEqual([
      '0 pratique',
      '1 pratique',
      '2 pratiques',
      '5 pratiques',
      '21 pratiques',
    ]);
    expect(read('es', 'practices.count')).toEqual([
      '0 prácticas',
      '1 práctica',
      '2 prácticas',
      '5 prácticas',
      '21 prácticas',
    ]);
    expect(read('fr', 'search.count').slice(0, 3)).toEqual([
      '0 pratique trouvée',
      '1 pratique trouvée',
      '2 pratiques trouvées',
    ]);
    expect(read('es', 'cities.count').slice(0, 3)).toEqual(['0 perfiles', '1 perfil', '2 perfiles']);
    expect(usePlural('en')('map.status', 1, { total: 5 })).toBe('1 practice of 5 matches the search.');
    expect(usePlural('fr')('map.status', 3, { total: 5 })).toBe('3 pratiques sur 5 correspondent à la recherche.');
  });

  test('large counts use the language digits and its other forms', () => {
    // French and Spanish have a "many" category (1,000,000) that the strings leave to "other".
    expect(usePlural('fr')('practices.count', 1_000_000)).toBe('1\u202f000\u202f000 pratiques');
    expect(usePlural('es')('practices.count', 1_000_000)).toBe('1.000.000 prácticas');
    expect(usePlural('en')('practices.count', 1200)).toBe('1,200 practices');
  });

  test('every count is written as Intl.NumberFormat writes it, also those below 1,000 written without it', () => {
    const forms = { other: '{count}' };
    for (const locale of ['fr', 'en', 'es', 'fr-FR', 'es-419', 'en-GB', 'ar-EG', 'hi-IN-u-nu-deva'])
      for (const count of [0, 1, 7, 21, 999, 1000, 1001, 9999, 10_000, 123_456, 1.5, -3])
        expect(formatPlural(forms, locale, count), `${locale}: ${count}`).toBe(
          new Intl.NumberFormat(locale).format(count),
        );
  });

  test('a language without the string takes the English forms, visibly marked', () => {
    const strings = {
      en: { 'practices.count_one': '{count} practice', 'practices.count_other': '{count} practices' },
      fr: {},
      es: {},
    };
    expect(pluralForms('fr', 'practices.count', strings)).toEqual({
      one: '[EN] {count} practice',
      other: '[EN] {count} practices',
    });
    expect(usePlural('es', strings)('practices.count', 1)).toBe('[EN] 1 practice');
  });

  test('client scripts get the forms from the build and pick with the same rules', () => {
    const forms = pluralForms('fr', 'search.count');
    expect(formatPlural(forms, 'fr', 0)).toBe('0 pratique trouvée');
    expect(formatPlural(forms, 'fr', 2)).toBe('2 pratiques trouvées');
  });
});
