import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

test('the TypeScript sources type-check in strict mode', { timeout: 120_000 }, () => {
  const run = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.'], {
    encoding: 'utf8',
  });
  expect(run.stdout + run.stderr).toBe('');
  expect(run.status).toBe(0);
});
