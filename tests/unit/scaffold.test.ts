import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { copyFixture, type FixtureCatalogue } from '../helpers/fixture-catalogue.ts';
import { practiceFile, slugFromTitle } from '../../scripts/lib/scaffold.ts';

let fixture: FixtureCatalogue | undefined;
afterEach(() => {
  fixture?.dispose();
  fixture = undefined;
});

function scaffold(args: string[], input = '') {
  fixture ??= copyFixture();
  return spawnSync(process.execPath, ['scripts/new-entry.ts', '--content', fixture.dir, ...args], { input, encoding: 'utf8' });
}

const PRACTICE_FLAGS = ['--ui', 'en', '--kind', 'practice', '--lang', 'fr', '--title', 'Rues sûres : « la nuit », ça compte', '--summary', 'Des marches "de nuit" : 20 rues.', '--promoter', 'Ville de Villeneuve', '--country', 'FR', '--cities', 'villeneuve', '--scale', 'local', '--themes', '1,mobility', '--source-types', 'initiative-practice', '--status', 'ongoing', '--languages', 'fr', '--source', 'Compte rendu: 2024'];

// Each test starts the script in its own Node process: generous timeouts for busy machines.
describe('npm run new', { timeout: 60_000 }, () => {
  test('with flags only, writes a practice whose only unfilled place is its text, listed as the check reports it', () => {
    const run = scaffold(PRACTICE_FLAGS);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const file = 'practices/rues-sures-la-nuit-ca-compte/fr.mdx';
    expect(run.stdout).toMatch(/Still to fill in, in .*rues-sures-la-nuit-ca-compte\/fr\.mdx:\n.*fr\.mdx:37 This is the example sentence left by npm run new/);
    expect(run.stdout).toContain('then run npm run check');
    const left = fixture!.load().issues;
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ line: 37, unfilled: true });
    expect(left[0]!.file.endsWith(file)).toBe(true);
    fixture!.edit(file, (t) => t.replace(/Décrivez ici la pratique.*\n/, '## Approach\n\nNight walks.\n'));
    const { catalogue, issues } = fixture!.load();
    expect(issues).toEqual([]);
    const practice = catalogue!.practices.find((p) => p.id === 'rues-sures-la-nuit-ca-compte')!;
    expect(practice.texts.fr!.title).toBe('Rues sûres : « la nuit », ça compte');
    expect(practice.facts.themes).toEqual(['public-space', 'mobility']);
  });

  test('asks in the editor’s language, re-asks a wrong answer, and writes a valid city', () => {
    const answers = ['es', 'city', '', 'Villa Prueba', '', 'España', 'ES', '9', '1', '40.2', '-3.5', 'Ficha municipal'].join('\n');
    const run = scaffold([], `${answers}\n`);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('¿Nombre oficial de la ciudad');
    expect(run.stdout).toContain('(escriba "ES")');
    expect(run.stdout).toContain('No está en la lista: 9.');
    expect(run.stdout).toContain('Queda por completar');
    expect(run.stdout).toContain('Esta es la frase de ejemplo que dejó npm run new');
    expect(existsSync(join(fixture!.dir, 'cities', 'villa-prueba', 'es.mdx'))).toBe(true);
    fixture!.edit('cities/villa-prueba/es.mdx', (t) => t.replace(/Presente aquí.*/, 'Un municipio de prueba.'));
    expect(fixture!.load().issues).toEqual([]);
  });

  test('checks answers and reports in the language chosen for the questions', () => {
    const flags = PRACTICE_FLAGS.map((v) => (v === 'en' ? 'fr' : v === 'FR' ? 'France' : v));
    const run = scaffold(flags);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/--country "France": "France" n’est pas un code de pays ISO 3166-1 .*\(écrivez "FR"\)/);
    const written = scaffold(['--ui', 'es', '--kind', 'translation', '--of', 'practice', '--id', 'safe-routes', '--lang', 'fr']);
    expect(written.stdout).toMatch(/safe-routes\/fr\.mdx:\d+ El texto sigue siendo, palabra por palabra, el del original \(es\.mdx\)/);
  });

  test('scaffolds a translation of an existing practice: its text is to translate, then it passes the check', () => {
    const run = scaffold(['--ui', 'fr', '--kind', 'translation', '--of', 'practice', '--id', 'safe-routes', '--lang', 'fr']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Reste à remplir.*\n.*safe-routes\/fr\.mdx:\d+ Le texte est encore mot pour mot celui de l’original \(es\.mdx\)/);
    fixture!.edit('practices/safe-routes/fr.mdx', (t) => t.replace('Ahora camino tranquila.', 'Maintenant je marche tranquille.').replace('## Método', '## Méthode'));
    const { catalogue } = fixture!.load();
    expect(catalogue!.practices.find((p) => p.id === 'safe-routes')!.texts.fr).toMatchObject({ title: 'Rutas seguras' });
  });

  test('refuses an id already taken and a language already translated', () => {
    expect(scaffold([...PRACTICE_FLAGS, '--id', 'safe-routes']).stderr).toMatch(/already used/);
    expect(scaffold(['--ui', 'en', '--kind', 'translation', '--of', 'practice', '--id', 'street-lighting-audit', '--lang', 'en']).stderr).toMatch(/already exists/);
  });

  test('a half-filled run stops with the question it needed, writing nothing', () => {
    const run = scaffold(['--ui', 'en', '--kind', 'practice', '--lang', 'fr', '--title', 'Half']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Summary .*needed.*--summary/);
    expect(existsSync(join(fixture!.dir, 'practices', 'half'))).toBe(false);
  });
});

describe('scaffold text', () => {
  test('ids from titles', () => {
    expect(slugFromTitle('Égalité dans les communes !')).toBe('egalite-dans-les-communes');
  });
  test('values with colons and quotes stay valid YAML', () => {
    const text = practiceFile({ lang: 'en', title: 'a: "b"', summary: '- c', promoter: '#d', country: 'FR', cities: [], scale: 'local', themes: ['x'], sourceTypes: ['y'], status: 'z', languages: ['fr'], source: 's: t', today: '2026-01-01' });
    expect(text).toContain('title: "a: \\"b\\""');
    expect(text).toContain('summary: "- c"');
  });
});
