/**
 * A merge once committed both sides of a conflict into README.md, and
 * Prettier's check let it through: no tracked text file may hold a marker.
 */
import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';

test('no tracked file holds a merge conflict marker', () => {
  let found = '';
  try {
    // The markers are spelt with a character class so this file does not match itself.
    found = execFileSync('git', ['grep', '-n', '-I', '-E', '^(<{7} |>{7} |={7}$)'], { encoding: 'utf8' });
  } catch (error) {
    // git grep exits 1 when nothing matches.
    if ((error as { status?: number }).status !== 1) throw error;
  }
  expect(found).toBe('');
});
