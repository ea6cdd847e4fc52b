import { describe, expect, test } from 'vitest';
import { isShortTerm, queryTerms, requiredPrefix, termFoundIn } from '../../src/search/query-terms.ts';

describe('query terms', () => {
  test('are words without case, accents or punctuation', () => {
    expect(queryTerms('  Lomé, «Égalité» "femmes-hommes" ')).toEqual(['lome', 'egalite', 'femmes', 'hommes']);
    expect(queryTerms(' … ')).toEqual([]);
  });

  test('a short term must be whole; a longer one keeps at least 60 % and 3 letters', () => {
    expect(isShortTerm('lo')).toBe(true);
    expect(isShortTerm('onu')).toBe(true);
    expect(isShortTerm('lome')).toBe(false);
    expect(requiredPrefix('lo')).toBe(2);
    expect(requiredPrefix('lome')).toBe(3);
    expect(requiredPrefix('violences')).toBe(6);
  });

  test('a remnant of a word is not the word: "Lomé" is not in a text that only has "lo"', () => {
    const text = 'El proyecto lo lleva a cabo la Association Jean Monnet.';
    expect(termFoundIn('lome', text)).toBe(false);
    expect(termFoundIn('lome', 'Un atelier à Lomé, au Togo.')).toBe(true);
  });

  test('plurals, stems and a typo near the end still count as the word', () => {
    expect(termFoundIn('mujeres', 'la mujer y el municipio')).toBe(true);
    expect(termFoundIn('violense', 'contra la violencia')).toBe(true);
    expect(termFoundIn('femmes', 'égalité femmes-hommes')).toBe(true);
    expect(termFoundIn('budget', 'participatory budgeting')).toBe(true);
    expect(termFoundIn('budget', 'a bug in the text')).toBe(false);
  });
});
