import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { copyFixture, type FixtureCatalogue } from '../helpers/fixture-catalogue.ts';
import { bodyText, descriptionLine, practiceFile, slugFromTitle } from '../../src/scaffold/entry-files.ts';

const CONTRIBUTING_FILES = ['CONTRIBUTING.md', 'CONTRIBUTING.fr.md', 'CONTRIBUTING.es.md'];

let fixture: FixtureCatalogue | undefined;
afterEach(() => {
  fixture?.dispose();
  fixture = undefined;
});

function scaffold(args: string[], input = '') {
  fixture ??= copyFixture();
  return spawnSync(process.execPath, ['scripts/new-entry.ts', '--content', fixture.dir, ...args], {
    input,
    encoding: 'utf8',
  });
}

const PRACTICE_FLAGS = [
  '--ui',
  'en',
  '--kind',
  'practice',
  '--lang',
  'fr',
  '--title',
  'Rues sûres : « la nuit », ça compte',
  '--summary',
  'Des marches "de nuit" : 20 rues.',
  '--promoter',
  'Ville de Villeneuve',
  '--country',
  'FR',
  '--cities',
  'villeneuve',
  '--scale',
  'local',
  '--themes',
  '1,mobility',
  '--source-types',
  'initiative-practice',
  '--status',
  'ongoing',
  '--languages',
  'fr',
  '--source',
  'Compte rendu: 2024',
];

/** The written file, as an editor finds it. */
const fileText = (path: string) => readFileSync(join(fixture!.dir, path), 'utf8');

// Each test starts the script in its own Node process: generous timeouts for busy machines.
describe('npm run new', { timeout: 60_000 }, () => {
  test('with flags only, writes a practice that passes the check as written, and says in the editor’s language where its description goes', () => {
    const run = scaffold(PRACTICE_FLAGS);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const file = 'practices/rues-sures-nuit/fr.mdx';
    // Nothing invented below the fields: no description was given.
    expect(fileText(file).endsWith('lastReviewed: "' + new Date().toISOString().slice(0, 10) + '"\n---\n\n')).toBe(
      true,
    );
    const { catalogue, issues } = fixture!.load();
    expect(issues).toEqual([]);
    const practice = catalogue!.practices.find((p) => p.id === 'rues-sures-nuit')!;
    expect(practice.texts.fr!.title).toBe('Rues sûres : « la nuit », ça compte');
    expect(practice.texts.fr!.html).toBe('');
    expect(practice.facts.themes).toEqual(['public-space', 'mobility']);
    const line = fileText(file).split('\n').length - 1;
    expect(run.stdout).toMatch(
      new RegExp(
        `Still to fill in, in .*${file}:\\n  - .*${file}:${line} the description, below the fields: the page shows the summary until it is written`,
      ),
    );
    expect(run.stdout).toContain('the optional lines starting with "#" that you know');
    expect(run.stdout).toContain('The catalogue passes the check.');
  });

  test('writes the editor’s description as the text, shown as typed', () => {
    const run = scaffold([...PRACTICE_FLAGS, '--description', 'Des marches de nuit {chaque mois} à 3 < 4 rues.']);
    expect(run.status).toBe(0);
    const file = 'practices/rues-sures-nuit/fr.mdx';
    const lines = fileText(file).split('\n');
    const line = lines.findIndex((l) => l.startsWith('Des marches')) + 1;
    expect(run.stdout).toContain(`${file}:${line} your description: complete it if you wish`);
    const { catalogue, issues } = fixture!.load();
    expect(issues).toEqual([]);
    expect(catalogue!.practices.find((p) => p.id === 'rues-sures-nuit')!.texts.fr!.html).toBe(
      '<p>Des marches de nuit {chaque mois} à 3 &#x3C; 4 rues.</p>',
    );
  });

  test('asks in the editor’s language, re-asks a wrong answer, and writes a city that passes the check as written', () => {
    const answers = [
      'es',
      'city',
      '',
      'Villa Prueba',
      '',
      'España',
      'ES',
      '9',
      '1',
      '40.2',
      '-3.5',
      'Ficha municipal',
      '',
    ].join('\n');
    const run = scaffold([], `${answers}\n`);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('¿Nombre oficial de la ciudad');
    expect(run.stdout).toContain('(escriba "ES")');
    expect(run.stdout).toContain('No está en la lista: 9.');
    expect(run.stdout).toContain('¿Qué hace este gobierno local por la igualdad de género');
    expect(run.stdout).toMatch(
      /Queda por completar, en .*villa-prueba\/es\.mdx:\n {2}- .*villa-prueba\/es\.mdx:\d+ la descripción, debajo de los campos: la página solo muestra los datos/,
    );
    expect(run.stdout).toContain('El catálogo pasa la comprobación.');
    expect(existsSync(join(fixture!.dir, 'cities', 'villa-prueba', 'es.mdx'))).toBe(true);
    expect(fixture!.load().issues).toEqual([]);
  });

  test('checks answers and reports in the language chosen for the questions', () => {
    const flags = PRACTICE_FLAGS.map((v) => (v === 'en' ? 'fr' : v === 'FR' ? 'France' : v));
    const run = scaffold(flags);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/--country "France": "France" n’est pas un code de pays ISO 3166-1 .*\(écrivez "FR"\)/);
    const untitled = scaffold([
      '--ui',
      'es',
      '--kind',
      'translation',
      '--of',
      'practice',
      '--id',
      'safe-routes',
      '--lang',
      'fr',
    ]);
    expect(untitled.status).toBe(1);
    expect(untitled.stderr).toBe('¿Título en fr (original: "Rutas seguras")? Esta respuesta es necesaria. (--title)\n');
    expect(existsSync(join(fixture!.dir, 'practices', 'safe-routes', 'fr.mdx'))).toBe(false);
  });

  test('with flags, a translation holds the translated title and summary, never the original’s text, and passes the check as written', () => {
    const run = scaffold([
      '--ui',
      'fr',
      '--kind',
      'translation',
      '--of',
      'practice',
      '--id',
      'safe-routes',
      '--lang',
      'fr',
      '--title',
      'Trajets sûrs',
      '--summary',
      'Des trajets à pied accompagnés.',
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const file = 'practices/safe-routes/fr.mdx';
    expect(fileText(file)).toBe(
      [
        '---',
        'translationOf: es',
        'title: "Trajets sûrs"',
        'summary: "Des trajets à pied accompagnés."',
        // The original's fact texts to translate, as comments (h15-texts).
        '# Les textes des faits de l’original, à donner dans cette langue si vous le pouvez : retirez le "# " et remplacez chaque "…" (les mots de l’original suivent chaque ligne).',
        '# promoter:',
        '#   name: "…" # Ayuntamiento de Puerto Claro',
        '---',
        '',
        '',
      ].join('\n'),
    );
    expect(run.stdout).toMatch(
      /Reste à remplir, dans .*safe-routes\/fr\.mdx :\n {2}- .*safe-routes\/fr\.mdx:9 la description, traduite depuis es\.mdx : la page affiche le résumé traduit/,
    );
    expect(run.stdout).toContain('Le catalogue passe la vérification.');
    const { catalogue, issues } = fixture!.load();
    expect(issues).toEqual([]);
    expect(catalogue!.practices.find((p) => p.id === 'safe-routes')!.texts.fr).toMatchObject({
      title: 'Trajets sûrs',
      summary: 'Des trajets à pied accompagnés.',
      html: '',
    });
  });

  test('interactively, a translation shows the original’s values to translate and takes a description', () => {
    const answers = [
      'en',
      'translation',
      'practice',
      'safe-routes',
      'fr',
      'Trajets sûrs',
      'Des trajets accompagnés.',
      'Maintenant je marche tranquille.',
    ].join('\n');
    const run = scaffold([], `${answers}\n`);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Title in fr (original: "Rutas seguras")?');
    expect(run.stdout).toContain('Description in fr (optional');
    expect(run.stdout).toMatch(/safe-routes\/fr\.mdx:10 your description/);
    const { catalogue, issues } = fixture!.load();
    expect(issues).toEqual([]);
    expect(catalogue!.practices.find((p) => p.id === 'safe-routes')!.texts.fr!.html).toBe(
      '<p>Maintenant je marche tranquille.</p>',
    );
  });

  test('refuses an id already taken and a language already translated', () => {
    expect(scaffold([...PRACTICE_FLAGS, '--id', 'safe-routes']).stderr).toMatch(/already used/);
    expect(
      scaffold([
        '--ui',
        'en',
        '--kind',
        'translation',
        '--of',
        'practice',
        '--id',
        'street-lighting-audit',
        '--lang',
        'en',
      ]).stderr,
    ).toMatch(/already exists/);
  });

  test('a half-filled run stops with the question it needed, writing nothing', () => {
    const run = scaffold(['--ui', 'en', '--kind', 'practice', '--lang', 'fr', '--title', 'Half']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Summary .*needed.*--summary/);
    expect(existsSync(join(fixture!.dir, 'practices', 'half'))).toBe(false);
  });
});

describe('npm run new in the editor’s language (issue #15)', { timeout: 60_000 }, () => {
  /** Every flag new-entry.ts reads, from its source: the help must name each. */
  const flagsRead = () => {
    const source = readFileSync('scripts/new-entry.ts', 'utf8');
    const names = [...source.matchAll(/(?:flag|ask|choose)\(\s*'([a-z-]+)'/g)].map((m) => m[1]!);
    return [...new Set([...names, 'content', 'help'])];
  };

  test.each([
    ['fr', /ajoute une pratique/],
    ['en', /adds a practice/],
    ['es', /añade una práctica/],
  ] as const)('--help in %s prints every flag in that language, and asks nothing', (ui, intro) => {
    const run = scaffold(['--ui', ui, '--help'], 'practice\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(intro);
    expect(run.stdout).not.toMatch(/Langue \/ Language|\?\s*$/);
    const flags = flagsRead();
    expect(flags).toEqual(expect.arrayContaining(['type', 'lat', 'lon', 'of', 'kind', 'ui']));
    for (const name of flags) expect(run.stdout, name).toContain(`--${name}`);
  });

  test('--help without --ui speaks the system language', () => {
    fixture ??= copyFixture();
    const run = spawnSync(process.execPath, ['scripts/new-entry.ts', '--help'], {
      encoding: 'utf8',
      env: { ...process.env, ATLAS_LANG: '', LC_ALL: 'es_ES.UTF-8' },
    });
    expect(run.stdout).toMatch(/añade una práctica/);
  });

  test.each(CONTRIBUTING_FILES)('%s documents every flag of npm run new', (file) => {
    const text = readFileSync(file, 'utf8');
    for (const name of flagsRead()) expect(text, `${file}: --${name}`).toContain(`--${name}`);
  });

  test('answers in the language of the questions: ciudad, ville, traducción', () => {
    const city = scaffold([
      '--ui',
      'es',
      '--kind',
      'ciudad',
      '--lang',
      'es',
      '--name',
      'Ciudad de Viena',
      '--country',
      'AT',
      '--type',
      'municipality',
      '--lat',
      '48.2',
      '--lon',
      '16.37',
      '--source',
      'Ficha',
    ]);
    expect(city.stderr).toBe('');
    // A short id, proposed from the name.
    expect(existsSync(join(fixture!.dir, 'cities', 'viena', 'es.mdx'))).toBe(true);
    const translation = scaffold([
      '--ui',
      'es',
      '--kind',
      'traducción',
      '--of',
      'ciudad',
      '--id',
      'viena',
      '--lang',
      'fr',
      '--name',
      'Ville de Vienne',
    ]);
    expect(translation.stderr).toBe('');
    expect(fileText('cities/viena/fr.mdx')).toContain('name: "Ville de Vienne"');
    const answers = ['fr', 'ville', '', 'Montréal', '', 'CA', '1', '45.5', '-73.56', 'Fiche', ''].join('\n');
    const interactive = scaffold([], `${answers}\n`);
    expect(interactive.stdout).toContain('Que voulez-vous ajouter : pratique, ville ou traduction ? [pratique]');
    expect(interactive.stdout).not.toContain('Répondez pratique');
    expect(existsSync(join(fixture!.dir, 'cities', 'montreal', 'fr.mdx'))).toBe(true);
    expect(fixture!.load().issues).toEqual([]);
  });

  test('the comments of the written file are in the language of the questions', () => {
    const run = scaffold(PRACTICE_FLAGS.map((v) => (v === 'en' ? 'es' : v)));
    expect(run.status).toBe(0);
    const text = fileText('practices/rues-sures-nuit/fr.mdx');
    expect(text).toContain('# powerDomains: ["…"]   # identificadores de taxonomies/power-domains.yaml');
    expect(text).toContain('números de los objetivos');
    expect(text).not.toMatch(/ids from|for example/);
  });

  test('a term not in the list says how to propose one, as the check does', () => {
    const run = scaffold(PRACTICE_FLAGS.map((v) => (v === '1,mobility' ? 'housing' : v)));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /Not in the list: housing\. If no term fits, .*taxonomies\/themes\.yaml with its label in fr, en and es; reviewers decide/,
    );
  });
});

describe('scaffold text', () => {
  test('ids from titles', () => {
    expect(slugFromTitle('Égalité dans les communes !')).toBe('egalite-communes');
    expect(slugFromTitle("Gender budgeting in Iceland's Public Finance Act")).toBe('gender-budgeting-iceland');
    expect(slugFromTitle('City of Vienna')).toBe('vienna');
    expect(slugFromTitle('Sistema Nacional de Cuidados del Uruguay')).toBe('sistema-nacional-cuidados');
    expect(slugFromTitle('Ville de Montréal')).toBe('montreal');
    // Nothing but small words: the id keeps them rather than being empty.
    expect(slugFromTitle('La Ville')).toBe('la-ville');
  });
  test('values with colons and quotes stay valid YAML', () => {
    const text = practiceFile({
      lang: 'en',
      title: 'a: "b"',
      summary: '- c',
      promoter: '#d',
      country: 'FR',
      cities: [],
      scale: 'local',
      themes: ['x'],
      sourceTypes: ['y'],
      status: 'z',
      languages: ['fr'],
      source: 's: t',
      today: '2026-01-01',
      description: '',
    });
    expect(text).toContain('title: "a: \\"b\\""');
    expect(text).toContain('summary: "- c"');
  });
  test('a description is the text, with MDX code characters escaped; none leaves the text empty', () => {
    expect(bodyText('  a {b} <c>\r\nd  ')).toBe('a \\{b\\} \\<c>\nd\n');
    expect(bodyText(' ')).toBe('');
    expect(descriptionLine('---\na: 1\n---\n\n')).toBe(4);
    expect(descriptionLine('---\na: 1\n---\n\nText\n')).toBe(5);
  });
});
