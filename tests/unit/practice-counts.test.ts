import { describe, expect, test } from 'vitest';
import { countPractices } from '../../src/search/practice-counts.ts';

describe('facet counts in every language', () => {
  test('translations of one practice count once', () => {
    const results = [
      { practice: 'a', filters: { theme: ['violence', 'work'], country: ['FR'] } },
      { practice: 'a', filters: { theme: ['violence', 'work'], country: ['FR'] } },
      { practice: 'a', filters: { theme: ['violence', 'work'], country: ['FR'] } },
      { practice: 'b', filters: { theme: ['violence'], country: ['ES'] } },
      { practice: 'b', filters: { theme: ['violence'], country: ['ES'] } },
    ];
    expect(countPractices(results)).toEqual({ theme: { violence: 2, work: 1 }, country: { FR: 1, ES: 1 } });
  });
  test('no results, no counts', () => {
    expect(countPractices([])).toEqual({});
  });
});
