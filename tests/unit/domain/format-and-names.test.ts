import { describe, expect, test } from 'vitest';
import { formatList, formatMoney, formatNumber, formatPartialDate, formatPeriod } from '../../../src/domain/format.ts';
import { compareText, countryName, languageName } from '../../../src/domain/names.ts';

describe('formats per locale', () => {
  test('partial dates', () => {
    expect(formatPartialDate('2023', 'fr')).toBe('2023');
    expect(formatPartialDate('2023-05', 'fr')).toBe('mai 2023');
    expect(formatPartialDate('2023-05-13', 'es')).toBe('13 de mayo de 2023');
    expect(formatPartialDate('2023-05-13', 'en')).toBe('13 May 2023');
  });
  test('numbers and money', () => {
    expect(formatNumber(1234.5, 'fr')).toBe('1\u202f234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatMoney(390000, 'EUR', 'fr')).toBe('390\u202f000\u00a0€');
    expect(formatMoney(390000, 'EUR', 'en')).toBe('€390,000');
  });
  test('quarters are written by the caller’s wording', () => {
    expect(formatPeriod('2023-Q2', 'en', (q, y) => `Q${q} ${y}`)).toBe('Q2 2023');
    expect(formatPeriod('2023-05', 'es', () => '')).toBe('mayo de 2023');
  });
  test('lists', () => {
    expect(formatList(['a', 'b', 'c'], 'fr')).toBe('a, b et c');
    expect(formatList(['a', 'b'], 'es')).toBe('a y b');
  });
});

describe('names in the page language', () => {
  test('countries come from the ISO library', () => {
    expect(countryName('TG', 'fr')).toBe('Togo');
    expect(countryName('ES', 'en')).toBe('Spain');
    expect(countryName('ES', 'es')).toBe('España');
    expect(countryName('LU', 'es')).toBe('Luxemburgo');
  });
  test('languages, standalone or inside a sentence', () => {
    expect(languageName('fr', 'es')).toBe('Francés');
    expect(languageName('fr', 'es', { standalone: false })).toBe('francés');
    expect(languageName('nl', 'fr')).toBe('Néerlandais');
  });
  test('sorting follows the language', () => {
    expect(['Zio', 'Égalité', 'eau'].sort(compareText('fr'))).toEqual(['eau', 'Égalité', 'Zio']);
  });
});
