import { describe, expect, test } from 'vitest';
import { practiceOriginalSchema, practiceTranslationSchema } from '../../../src/schemas/practice.ts';

const valid = {
  title: 'Égalité dans les communes',
  summary: 'A platform for municipalities.',
  promoter: { name: 'Ministère', email: 'communes@mega.etat.lu', website: 'http://www.megacommunes.lu' },
  status: 'ongoing',
  themes: ['gender-mainstreaming'],
  sourceTypes: ['initiative-practice'],
  sdgs: [5],
  country: 'LU',
  scale: 'national',
  languages: ['nl', 'fr'],
  sources: [{ title: 'Catalogue entry' }],
  lastReviewed: '2026-11-21',
};

describe('practice original', () => {
  test('accepts a complete entry and fills the optional lists', () => {
    const parsed = practiceOriginalSchema.parse(valid);
    expect(parsed.sdgs).toEqual(['5']);
    expect(parsed.methods).toEqual([]);
    expect(parsed.dates).toEqual({});
  });

  test('an unknown field is an error, never silently dropped', () => {
    const result = practiceOriginalSchema.safeParse({ ...valid, contry: 'LU' });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toContainEqual(
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['contry'] }),
    );
  });

  test('reports every missing required field at once', () => {
    const result = practiceOriginalSchema.safeParse({ title: 'Only a title' });
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'summary',
        'promoter',
        'status',
        'themes',
        'sourceTypes',
        'country',
        'scale',
        'languages',
        'sources',
        'lastReviewed',
      ]),
    );
  });

  test('refuses a javascript: website and an end before the start', () => {
    const result = practiceOriginalSchema.safeParse({
      ...valid,
      promoter: { name: 'X', website: 'javascript:alert(1)' },
      dates: { start: '2024', end: '2023-06' },
    });
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['promoter.website', 'dates.end']));
  });

  test('a budget needs a positive amount and a real currency', () => {
    expect(practiceOriginalSchema.safeParse({ ...valid, budget: { amount: 390000, currency: 'EUR' } }).success).toBe(
      true,
    );
    const bad = practiceOriginalSchema.safeParse({ ...valid, budget: { amount: '390 000 €', currency: 'euros' } });
    expect(bad.error!.issues.map((i) => i.path.join('.'))).toEqual(['budget.amount', 'budget.currency']);
  });

  test('the summary stays short', () => {
    expect(practiceOriginalSchema.safeParse({ ...valid, summary: 'x'.repeat(601) }).success).toBe(false);
  });
});

describe('practice translation', () => {
  test('carries translated text only', () => {
    expect(practiceTranslationSchema.parse({ translationOf: 'en', title: 'T', summary: 'S' })).toMatchObject({
      machineTranslated: false,
    });
    const withFact = practiceTranslationSchema.safeParse({
      translationOf: 'en',
      title: 'T',
      summary: 'S',
      country: 'FR',
    });
    expect(withFact.error!.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['country'] });
  });
  test('names one of the catalogue languages as its original', () => {
    expect(practiceTranslationSchema.safeParse({ translationOf: 'de', title: 'T', summary: 'S' }).success).toBe(false);
  });
});
