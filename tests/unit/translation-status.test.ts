import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load-catalogue.ts';
import { readFileHistory } from '../../src/editorial/git-history.ts';
import { translationStatus } from '../../src/editorial/translation-status.ts';
import { changeDates } from '../../src/editorial/translation-report.ts';
import { MINIMAL_FIXTURE } from '../helpers/fixture-catalogue.ts';

let repo: string;

function git(args: string[], when?: string) {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Editor',
    GIT_AUTHOR_EMAIL: 'editor@example.org',
    GIT_COMMITTER_NAME: 'Editor',
    GIT_COMMITTER_EMAIL: 'editor@example.org',
  };
  if (when) Object.assign(env, { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when });
  const run = spawnSync('git', args, { cwd: repo, env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
}

function status() {
  const { catalogue } = loadCatalogue({ contentDir: join(repo, 'content'), projectRoot: repo });
  return translationStatus(catalogue!, readFileHistory(repo, 'content'));
}

const row = (rows: ReturnType<typeof status>, id: string, lang: string) =>
  rows.find((r) => r.id === id && r.lang === lang)!;
const ORIGINAL = 'content/practices/street-lighting-audit/fr.mdx';
const TRANSLATION = 'content/practices/street-lighting-audit/en.mdx';

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'atlas-git-'));
  cpSync(MINIMAL_FIXTURE, join(repo, 'content'), { recursive: true });
  git(['init', '-q']);
  git(['add', '.']);
  git(['commit', '-qm', 'first'], '2026-01-01T10:00:00Z');
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('translation status from git history', { timeout: 60_000 }, () => {
  test('lists missing translations and current ones', () => {
    const rows = status();
    expect(row(rows, 'street-lighting-audit', 'en').state).toBe('current');
    expect(row(rows, 'street-lighting-audit', 'es').state).toBe('missing');
    expect(row(rows, 'safe-routes', 'fr')).toMatchObject({ state: 'missing', originalLanguage: 'es' });
  });

  test('a translation is out of date once its original is changed after it', () => {
    appendFileSync(join(repo, ORIGINAL), '\nUne phrase de plus.\n');
    git(['commit', '-qam', 'original changed'], '2026-03-01T10:00:00Z');
    const rows = status();
    expect(row(rows, 'street-lighting-audit', 'en')).toMatchObject({
      state: 'outdated',
      originalChanged: new Date('2026-03-01T10:00:00Z'),
      translationChanged: new Date('2026-01-01T10:00:00Z'),
    });

    appendFileSync(join(repo, TRANSLATION), '\nOne more sentence.\n');
    git(['commit', '-qam', 'translation updated'], '2026-03-02T10:00:00Z');
    expect(row(status(), 'street-lighting-audit', 'en').state).toBe('current');
  });

  test('an original edited but not yet committed makes its translations out of date', () => {
    appendFileSync(join(repo, ORIGINAL), '\nEn cours de rédaction.\n');
    expect(row(status(), 'street-lighting-audit', 'en').state).toBe('outdated');
  });

  test('without git history the state is unknown, never guessed', () => {
    rmSync(join(repo, '.git'), { recursive: true, force: true });
    const rows = status();
    expect(row(rows, 'street-lighting-audit', 'en').state).toBe('unknown');
    expect(row(rows, 'street-lighting-audit', 'es').state).toBe('missing');
  });
});

describe("npm run translations, in the editor's language (issue #15)", { timeout: 60_000 }, () => {
  const SCRIPT = resolve('scripts/translations.ts');
  const run = (args: string[]) =>
    spawnSync(process.execPath, [SCRIPT, '--content', 'content', ...args], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, ATLAS_LANG: '', LC_ALL: 'C' },
    });

  test.each([
    [
      'fr',
      /^es : 1 manquante, 0 à mettre à jour$/m,
      /manquante +pratique street-lighting-audit \(original fr : content\/practices\/street-lighting-audit\/fr\.mdx\)/,
    ],
    ['en', /^es: 1 missing, 0 out of date$/m, /missing +practice street-lighting-audit \(original fr: /],
    ['es', /^es: 1 pendiente, 0 desactualizadas$/m, /pendiente +práctica street-lighting-audit \(original fr: /],
  ])('--lang %s reports in that language', (lang, heading, line) => {
    const out = run(['--lang', lang]);
    expect(out.stderr).toBe('');
    expect(out.stdout).toMatch(heading);
    expect(out.stdout).toMatch(line);
  });

  test('--into limits the report to one language; an unknown one is refused', () => {
    expect(run(['--lang', 'en', '--into', 'es']).stdout.trim().split('\n')[0]).toBe('es: 1 missing, 0 out of date');
    expect(run(['--lang', 'en', '--into', 'de']).status).toBe(2);
  });

  test('an original and a translation changed the same day are told apart by their time', () => {
    appendFileSync(join(repo, ORIGINAL), '\nUne phrase de plus.\n');
    git(['commit', '-qam', 'original changed'], '2026-01-01T15:30:00Z');
    const out = run(['--lang', 'en', '--into', 'en']).stdout;
    expect(out).toContain(
      'out of date   practice street-lighting-audit (original changed 2026-01-01 15:30 UTC, translation 2026-01-01 10:00 UTC)',
    );
  });

  test('an original not committed yet says so instead of a date', () => {
    appendFileSync(join(repo, ORIGINAL), '\nEn cours.\n');
    const out = run(['--lang', 'fr', '--into', 'en']).stdout;
    expect(out).toContain(
      'à mettre à jour pratique street-lighting-audit (original modifié le pas encore enregistré (commit), traduction le 2026-01-01)',
    );
  });

  test('dates on different days stay days', () => {
    expect(changeDates(new Date('2026-03-01T10:00:00Z'), new Date('2026-01-01T10:00:00Z'))).toEqual({
      original: '2026-03-01',
      translation: '2026-01-01',
    });
  });
});
