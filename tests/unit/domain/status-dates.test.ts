import { describe, expect, test } from 'vitest';
import { comparePeriod, statusAgreeingWithDates, statusConflicts } from '../../../src/domain/status-dates.ts';

describe('a status and its dates', () => {
  test('a period is before, after or around a day at its own precision', () => {
    expect(comparePeriod('2023', '2024-01-01')).toBe('before');
    expect(comparePeriod('2024', '2024-06-30')).toBe('around');
    expect(comparePeriod('2024-07', '2024-06-30')).toBe('after');
    expect(comparePeriod('2024-06-30', '2024-06-30')).toBe('around');
  });

  test.each([
    ['planned', '2020', '2022', 'ended', 'completed'],
    ['ongoing', '2020', '2022', 'ended', 'completed'],
    ['planned', '2020', undefined, 'started', 'ongoing'],
    ['ongoing', '2030', undefined, 'notStarted', 'planned'],
    ['completed', '2030', '2031', 'notStarted', 'planned'],
    ['completed', '2020', '2030', 'notEnded', 'ongoing'],
  ] as const)('%s from %s to %s contradicts the dates (%s): %s agrees', (status, start, end, kind, agreeing) => {
    expect(statusConflicts(status, start, end, '2024-06-30').map((c) => c.kind)).toEqual([kind]);
    expect(statusAgreeingWithDates(status, start, end, '2024-06-30')).toBe(agreeing);
  });

  test('a period that holds the reference day, or a status that fits, is left alone', () => {
    expect(statusConflicts('ongoing', '2024', '2024', '2024-06-30')).toEqual([]);
    expect(statusConflicts('planned', '2024', undefined, '2024-06-30')).toEqual([]);
    expect(statusConflicts('completed', '2019', '2021', '2024-06-30')).toEqual([]);
    expect(statusAgreeingWithDates('ongoing', '2020', undefined, '2024-06-30')).toBe('ongoing');
  });
});
