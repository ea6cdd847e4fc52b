import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyFixture, MINIMAL_FIXTURE, type FixtureCatalogue } from '../helpers/fixture-catalogue.ts';

/** The environment of the test run without any language setting, so each test sets only its own. */
function environment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['ATLAS_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) delete env[name];
  return { ...env, ...extra };
}

function runCheck(contentDir: string, args: string[] = [], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['scripts/check.ts', '--content', contentDir, ...args], {
    encoding: 'utf8',
    env: environment(env),
  });
}

let fixture: FixtureCatalogue;
let lineOf: (needle: string) => number;
const PRACTICE = 'practices/street-lighting-audit/fr.mdx';

beforeAll(() => {
  fixture = copyFixture();
  fixture.edit(PRACTICE, (t) =>
    t.replace('country: FR', 'country: France').replace('themes: [public-space]', 'themes: [public-spaces]'),
  );
  fixture.edit('cities/villeneuve/fr.mdx', (t) => t.replace('lat: 45.5', 'lat: 145.5'));
  const text = fixture.read(PRACTICE);
  lineOf = (needle) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
});
afterAll(() => fixture.dispose());

// Each test starts the check in one or more Node processes: generous timeouts for busy machines.
describe('npm run check speaks the editor’s language', { timeout: 30_000 }, () => {
  test('--lang fr: French messages and fixes, each with file:line and field, a heading per file with its count', () => {
    const run = runCheck(fixture.dir, ['--lang', 'fr']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `practices/street-lighting-audit/fr.mdx:${lineOf('country:')} country: "France" n’est pas un code de pays ISO 3166-1 à deux lettres`,
    );
    expect(run.stderr).toContain('\n    → écrivez "FR"\n');
    expect(run.stderr).toMatch(
      new RegExp(
        `fr\\.mdx:${lineOf('themes:')} themes\\[0\\]: "public-spaces" n’est pas dans le vocabulaire themes .*\\n    → vouliez-vous dire "public-space" \\?`,
      ),
    );
    expect(run.stderr).toMatch(
      /cities\/villeneuve\/fr\.mdx:\d+ coordinates\.lat: Une latitude est comprise entre -90 et 90\./,
    );
    expect(run.stderr).toMatch(/^\S*content\/cities\/villeneuve\/fr\.mdx \(1 problème\)$/m);
    expect(run.stderr).toMatch(/^\S*content\/practices\/street-lighting-audit\/fr\.mdx \(2 problèmes\)$/m);
    expect(run.stderr).toContain('3 problèmes dans 2 fichiers.');
    expect(run.stderr).toContain('Corrigez ces problèmes, puis relancez npm run check.');
    expect(run.stderr).not.toMatch(/is not|did you mean|problems in/);
  });

  test('--lang es: Spanish messages and fixes, with file:line', () => {
    const run = runCheck(fixture.dir, ['--lang', 'es']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `practices/street-lighting-audit/fr.mdx:${lineOf('country:')} country: "France" no es un código de país ISO 3166-1`,
    );
    expect(run.stderr).toContain('\n    → escriba "FR"\n');
    expect(run.stderr).toContain('    → ¿quiso decir "public-space"?');
    expect(run.stderr).toMatch(/^\S*content\/practices\/street-lighting-audit\/fr\.mdx \(2 problemas\)$/m);
    expect(run.stderr).toContain('3 problemas en 2 archivos.');
    expect(run.stderr).not.toMatch(/is not|did you mean|problems in/);
  });

  test('LANG=fr_FR.UTF-8 picks French, ATLAS_LANG overrides the locale, and --lang overrides both', () => {
    expect(runCheck(fixture.dir, [], { LANG: 'fr_FR.UTF-8' }).stderr).toContain('3 problèmes dans 2 fichiers.');
    expect(runCheck(fixture.dir, [], { LANG: 'fr_FR.UTF-8', ATLAS_LANG: 'es' }).stderr).toContain(
      '3 problemas en 2 archivos.',
    );
    expect(runCheck(fixture.dir, ['--lang', 'en'], { LANG: 'fr_FR.UTF-8', ATLAS_LANG: 'es' }).stderr).toContain(
      '3 problems in 2 files.',
    );
  });

  test('without any language setting, or with a locale the check does not speak, it stays in English', () => {
    const run = runCheck(fixture.dir, [], { LANG: 'de_DE.UTF-8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('    → did you mean "public-space"?');
    expect(run.stderr).toContain('3 problems in 2 files.');
  });

  test('a valid catalogue is reported valid in the language', () => {
    const run = runCheck(MINIMAL_FIXTURE, ['--lang', 'es']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^El contenido es válido: 2 prácticas, 2 ciudades, 1 indicador, 3 observaciones \(\d+\.\d s\)\.$/m,
    );
  });

  test.each([
    [
      'fr',
      [
        'Le chemin de base "atlas/" doit commencer par "/".',
        '→ écrivez basePath: "/atlas/"',
        'La couleur accent rend le texte trop difficile à lire : accent #9b7ec0 sur paper #ffffff (liens) donne 3.42:1',
        'blanc #ffffff sur accent #9b7ec0 (l’en-tête et les boutons)',
        '"de" n’est pas une langue que cet atlas prend en charge',
        'Le slogan en "en" manque : le site est publié en fr, en.',
      ],
    ],
    [
      'es',
      [
        'La ruta base "atlas/" debe empezar por "/".',
        '→ escriba basePath: "/atlas/"',
        'El color accent hace el texto demasiado difícil de leer: accent #9b7ec0 sobre paper #ffffff (enlaces) da 3.42:1',
        'blanco #ffffff sobre accent #9b7ec0 (la cabecera y los botones)',
        '"de" no es un idioma que este atlas admita',
        'Falta el lema en "en": el sitio se publica en fr, en.',
      ],
    ],
  ] as const)(
    '--lang %s: a broken site.yaml is reported in that language, with file:line and field',
    (lang, expected) => {
      const network = copyFixture();
      try {
        network.write(
          'site.yaml',
          'name: { fr: Atlas, en: Atlas }\ntagline: { fr: Un atlas }\nlanguages: [fr, en, de]\ndefaultLanguage: fr\nbasePath: atlas/\ncolours:\n  accent: "#9b7ec0"\n',
        );
        const run = runCheck(network.dir, ['--lang', lang]);
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/site\.yaml:5 basePath: /);
        expect(run.stderr).toMatch(/site\.yaml:7 colours\.accent: /);
        expect(run.stderr).toMatch(/site\.yaml:3 languages\[2\]: /);
        expect(run.stderr).toMatch(/site\.yaml:2 tagline\.en: /);
        for (const text of expected) expect(run.stderr).toContain(text);
        expect(run.stderr).not.toMatch(/must start|too hard to read|is missing|not a language this atlas/);
      } finally {
        network.dispose();
      }
    },
  );

  test('--lang xx fails before reading anything, naming the choices', () => {
    const run = runCheck(fixture.dir, ['--lang', 'xx']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('--lang "xx" is not a language the check speaks: choose one of fr, en, es.');
    const french = runCheck(fixture.dir, ['--lang', 'xx'], { LANG: 'fr_FR.UTF-8' });
    expect(french.stderr.trim()).toBe(
      '--lang "xx" n’est pas une langue de la vérification : choisissez parmi fr, en, es.',
    );
  });
});
