import { describe, expect, test } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  parseState,
  serializeState,
  toggleValue,
  toPagefindFilters,
  toPagefindSort,
  emptyState,
} from '../../src/search/search-state.ts';

const known = { theme: new Set(['mobility', 'public-space']), country: new Set(['FR', 'TG']) };

describe('search state in the URL', () => {
  test('round-trips through the query string', () => {
    const state = {
      query: 'égalité',
      filters: { theme: ['mobility', 'public-space'], country: ['TG'] },
      sort: 'newest' as const,
      allLanguages: true,
      page: 3,
    };
    const url = serializeState(state);
    expect(url).toBe('?q=%C3%A9galit%C3%A9&theme=mobility&theme=public-space&country=TG&sort=newest&all=1&page=3');
    expect(parseState(url, known)).toEqual(state);
  });
  test('unknown facets, unknown values and a bad sort are ignored, the rest kept', () => {
    expect(parseState('?q=x&theme=nope&theme=mobility&colour=red&sort=random&country=FR&page=x', known)).toEqual({
      query: 'x',
      filters: { theme: ['mobility'], country: ['FR'] },
      sort: 'relevance',
      allLanguages: false,
      page: 1,
    });
  });
  test('a page number is a whole number from 1 to MAX_PAGE; a changed filter goes back to page 1', () => {
    for (const bad of ['0', '-2', '1.5', '01', '1e3', '99999', ''])
      expect(parseState(`?page=${bad}`, known).page).toBe(1);
    expect(parseState('?page=7', known).page).toBe(7);
    expect(serializeState({ ...emptyState(), page: 1 })).toBe('');
    expect(toggleValue({ ...emptyState(), page: 4 }, 'theme', 'mobility', true).page).toBe(1);
  });
  test('any characters in a query survive, and very long ones are cut', () => {
    const odd = '"<script>alert(1)</script>" 🌍 l\'égalité & co';
    expect(parseState(serializeState({ ...emptyState(), query: odd }), known).query).toBe(odd);
    expect(parseState(`?q=${'a'.repeat(2000)}`, known).query).toHaveLength(MAX_QUERY_LENGTH);
  });
  test('an empty state is an empty query string', () => {
    expect(serializeState(emptyState())).toBe('');
  });
});

describe('filters for Pagefind', () => {
  test('OR within a facet, AND across facets, optionally leaving one out for its own counts', () => {
    let state = toggleValue(emptyState(), 'theme', 'mobility', true);
    state = toggleValue(state, 'theme', 'public-space', true);
    state = toggleValue(state, 'country', 'FR', true);
    expect(toPagefindFilters(state)).toEqual({
      theme: { any: ['mobility', 'public-space'] },
      country: { any: ['FR'] },
    });
    expect(toPagefindFilters(state, 'theme')).toEqual({ country: { any: ['FR'] } });
    expect(toPagefindFilters(toggleValue(state, 'country', 'FR', false))).toEqual({
      theme: { any: ['mobility', 'public-space'] },
    });
  });
  test('sorting: relevance with a query, titles without one', () => {
    expect(toPagefindSort({ ...emptyState(), query: 'x' })).toBeUndefined();
    expect(toPagefindSort(emptyState())).toEqual({ title: 'asc' });
    expect(toPagefindSort({ ...emptyState(), sort: 'newest' })).toEqual({ date: 'desc' });
  });
});
