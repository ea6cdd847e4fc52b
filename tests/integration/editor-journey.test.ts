/**
 * Issue #15, what must hold 7: an editor's journey, scripted. With the
 * scaffolder, in the language it asks in: a city, practices whose originals
 * are in French, Spanish and English (one national, without a city), a
 * translation, then a dataset saved by Excel. Each mistake an editor makes
 * is fixed from the check's message alone — the code below only applies
 * what the message says — and the build's pages show the new entries.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copyFixture } from '../helpers/fixture-catalogue.ts';

const fixture = copyFixture(resolve('content'));
const out = mkdtempSync(join(tmpdir(), 'atlas-journey-'));
afterAll(() => {
  fixture.dispose();
  rmSync(out, { recursive: true, force: true });
});

const node = (script: string, args: string[]) =>
  spawnSync(process.execPath, [script, '--content', fixture.dir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
const scaffold = (...args: string[]) => {
  const run = node('scripts/new-entry.ts', args);
  expect(run.stderr, run.stdout).toBe('');
  return run;
};

interface Reported {
  file: string;
  line: number;
  field: string;
  message: string;
  fix: string;
}

/** The report of npm run check, read as an editor reads it: file:line field: message, then → fix. */
function check(lang: 'fr' | 'en' | 'es'): { status: number | null; problems: Reported[] } {
  const run = node('scripts/check.ts', ['--lang', lang]);
  const problems: Reported[] = [];
  const lines = run.stderr.split('\n');
  lines.forEach((text, index) => {
    const at = /^ {2}(\S+?):(\d+)(?::\d+)?(?: ([\w.[\]]+):)? (.*)$/.exec(text);
    if (!at) return;
    const fix = /^ {4}→ (.*)$/.exec(lines[index + 1] ?? '')?.[1] ?? '';
    problems.push({
      file: at[1]!.replace(/^.*?content\//, ''),
      line: Number(at[2]),
      field: at[3] ?? '',
      message: at[4]!,
      fix,
    });
  });
  return { status: run.status, problems };
}

const FR = 'practices/rues-sures-luxembourg/fr.mdx';
const ES = 'practices/sistema-cuidados-viena/es.mdx';
const EN = 'practices/gender-budgeting-iceland/en.mdx';
const EN_ES = 'practices/gender-budgeting-iceland/es.mdx';
const DATASET = 'kpis/datasets/viena-concejo';

describe('an editor, from nothing to built pages', { timeout: 300_000 }, () => {
  test('scaffolds a city and three practices in their own languages, and a translation', () => {
    scaffold(
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
      '48.2082',
      '--lon',
      '16.3738',
      '--source',
      'Ficha municipal de Viena',
    );
    scaffold(
      '--ui',
      'fr',
      '--kind',
      'pratique',
      '--lang',
      'fr',
      '--title',
      'Rues sûres à Luxembourg',
      '--summary',
      'Des marches exploratoires de nuit.',
      '--promoter',
      'Ville de Luxembourg',
      '--country',
      'LU',
      '--cities',
      'luxembourg',
      '--scale',
      'local',
      '--themes',
      'public-space',
      '--source-types',
      'initiative-practice',
      '--status',
      'ongoing',
      '--languages',
      'fr',
      '--source',
      'Rapport annuel 2024',
    );
    scaffold(
      '--ui',
      'es',
      '--kind',
      'práctica',
      '--lang',
      'es',
      '--title',
      'Sistema de cuidados de Viena',
      '--summary',
      'Un sistema municipal de cuidados.',
      '--promoter',
      'Ciudad de Viena',
      '--country',
      'AT',
      '--cities',
      'viena',
      '--scale',
      'local',
      '--themes',
      'public-space',
      '--source-types',
      'initiative-practice',
      '--status',
      'ongoing',
      '--languages',
      'es',
      '--source',
      'Informe municipal',
    );
    // A national law: no city at all.
    scaffold(
      '--ui',
      'en',
      '--kind',
      'practice',
      '--lang',
      'en',
      '--title',
      "Gender budgeting in Iceland's Public Finance Act",
      '--summary',
      'A national law makes every budget gender-assessed.',
      '--promoter',
      'Government of Iceland',
      '--country',
      'IS',
      '--cities',
      '',
      '--scale',
      'national',
      '--themes',
      'public-space',
      '--source-types',
      'initiative-practice',
      '--status',
      'ongoing',
      '--languages',
      'en',
      '--source',
      'Public Finance Act 123/2015',
    );
    scaffold(
      '--ui',
      'es',
      '--kind',
      'traducción',
      '--of',
      'práctica',
      '--id',
      'gender-budgeting-iceland',
      '--lang',
      'es',
      '--title',
      'Presupuestos con perspectiva de género en Islandia',
      '--summary',
      'Una ley nacional evalúa cada presupuesto según el género.',
    );
    // A funder, and its name in the Spanish translation (the address stays in the original).
    const beforeClosing = (file: string, lines: string) =>
      fixture.edit(file, (t) => t.replace(/\n---\n/, `\n${lines}---\n`));
    beforeClosing(
      EN,
      'funders:\n  - name: Ministry of Finance and Economic Affairs\n    url: https://www.government.is/\n',
    );
    beforeClosing(EN_ES, 'funders:\n  - name: Ministerio de Finanzas y Asuntos Económicos\n');
    expect(check('en').status).toBe(0);
  });

  test('writes the mistakes the issue lists, and fixes each from its message alone', () => {
    // The French editor pastes HTML and a number in braces; the Spanish one forgets the status; the English one writes a label.
    fixture.edit(
      FR,
      (t) => `${t}Des marches<br>de nuit, pour un budget de {1.500.000} €, avec les enfants (<10 ans).\n`,
    );
    fixture.edit(ES, (t) => t.replace(/^status: .*\n/m, ''));
    fixture.edit(EN, (t) => t.replace('themes: [public-space]', 'themes: [Public space]'));
    // A dataset saved by a Spanish Excel, one value typed with a point; its source titled in two languages,
    // its note written once in Spanish without saying so.
    fixture.write(
      `${DATASET}/observations.csv`,
      'city;indicator;period;value;source\r\nviena;women-councillors-share;2015;38,5;\r\nviena;women-councillors-share;2020;41.2;\r\n',
    );
    fixture.write(
      `${DATASET}/dataset.yaml`,
      [
        'title: { fr: Conseil de Vienne, en: Vienna council, es: Concejo de Viena }',
        'note: Cifras del día de constitución del concejo.',
        'source:',
        '  title:',
        '    en: City of Vienna, council after each election',
        '    es: Ciudad de Viena, concejo tras cada elección',
        '  url: https://www.wien.gv.at/',
        'licence: CC BY 4.0',
        'retrieved: "2026-11-20"',
        'illustrative: false',
        '',
      ].join('\n'),
    );

    for (const lang of ['fr', 'es', 'en'] as const) {
      const { status, problems } = check(lang);
      expect(status).toBe(1);
      // Every problem at once: seven, in five files.
      expect(problems.map((p) => `${p.file}:${p.field}`).sort()).toEqual(
        [
          `${DATASET}/observations.csv:value`,
          `${DATASET}/dataset.yaml:note`,
          `${EN}:themes[0]`,
          `${ES}:status`,
          `${FR}:body`,
          `${FR}:body`,
          `${FR}:body`,
        ].sort(),
      );
      for (const problem of problems) expect(problem.fix, problem.message).not.toBe('');
    }

    const { problems } = check('fr');
    for (const problem of problems) {
      if (problem.file === FR && problem.message.includes('<br>')) {
        expect(problem.fix).toContain('<br />');
        fixture.edit(FR, (t) => t.replace('<br>', '<br />'));
      } else if (problem.file === FR && problem.message.includes('{')) {
        const escaped = /écrivez (\S+) pour afficher/.exec(problem.fix)![1]!;
        fixture.edit(FR, (t) => t.replace('{1.500.000}', escaped));
      } else if (problem.file === FR) {
        const escaped = /\((&lt;\S+)\)/.exec(problem.fix)![1]!;
        fixture.edit(FR, (t) => t.replace('<10', escaped));
      } else if (problem.field === 'status') {
        const line = /: (status: \S+)$/.exec(problem.fix)![1]!;
        fixture.edit(ES, (t) => {
          const lines = t.split('\n');
          expect(lines[problem.line - 1]).toBe('---');
          lines.splice(problem.line - 1, 0, line);
          return lines.join('\n');
        });
      } else if (problem.field === 'note') {
        // The message asks which language the text is in; the editor wrote it in Spanish.
        expect(problem.fix).toMatch(/« ?language: fr ?»/);
        expect(problem.fix).toMatch(/fr, en ou es/);
        fixture.edit(`${DATASET}/dataset.yaml`, (t) => `language: es\n${t}`);
      } else if (problem.field === 'themes[0]') {
        const meant = /« ?(\S+?) ?»|"(\S+)"/.exec(problem.fix)!;
        fixture.edit(EN, (t) => t.replace('[Public space]', `[${meant[1] ?? meant[2]}]`));
      } else {
        const corrected = /écrivez (\S+),/.exec(problem.fix)![1]!;
        fixture.edit(`${DATASET}/observations.csv`, (t) => t.replace('41.2', corrected));
      }
    }
    const after = check('fr');
    expect(after.problems).toEqual([]);
    expect(after.status).toBe(0);
  });

  test('builds a site whose pages show the new entries in every language', () => {
    const build = node('scripts/build.ts', ['--out', out]);
    expect(build.status, build.stderr).toBe(0);
    const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
    expect(page('fr/practices/rues-sures-luxembourg')).toContain('Rues sûres à Luxembourg');
    expect(page('fr/practices/rues-sures-luxembourg')).toContain(
      'Des marches<br>de nuit, pour un budget de {1.500.000} €, avec les enfants (&#x3C;10 ans).',
    );
    expect(page('es/practices/sistema-cuidados-viena')).toContain('Sistema de cuidados de Viena');
    expect(page('es/practices/gender-budgeting-iceland')).toContain(
      'Presupuestos con perspectiva de género en Islandia',
    );
    // English is the original; French has none yet and says it shows the original.
    expect(page('en/practices/gender-budgeting-iceland')).toContain('Gender budgeting in Iceland');
    expect(page('fr/practices/gender-budgeting-iceland')).toMatch(/lang="en"[^>]*>Gender budgeting in Iceland/);
    const city = page('es/cities/viena');
    expect(city).toContain('Ciudad de Viena');
    expect(city).toContain('Sistema de cuidados de Viena');
    // The dataset's texts in each page's language, else in Spanish with a notice saying so.
    const source = (lang: string) => /<p class="kpi__source"[^]*?<\/p>/.exec(page(`${lang}/cities/viena`))![0];
    expect(source('es')).toContain('Ciudad de Viena, concejo tras cada elección');
    expect(source('es')).toContain('Concejo de Viena');
    expect(source('es')).toContain('Cifras del día de constitución del concejo.');
    expect(source('es')).not.toContain('data-text-fallback');
    expect(source('en')).toContain('City of Vienna, council after each election');
    expect(source('en')).toMatch(
      /<span lang="es">Cifras del día de constitución del concejo\.<\/span> <span class="text-fallback" data-text-fallback="es"[^>]*>\(not yet translated into English, shown in Spanish\)/,
    );
    expect(source('fr')).toMatch(
      /lang="es">Ciudad de Viena, concejo tras cada elección<\/a> <span class="text-fallback" data-text-fallback="es"[^>]*>\(pas encore traduit en français, affiché en espagnol\)/,
    );
    // The funder's name in the translation's language; the original's on the untranslated French page.
    expect(page('es/practices/gender-budgeting-iceland')).toContain('Ministerio de Finanzas y Asuntos Económicos</a>');
    expect(page('fr/practices/gender-budgeting-iceland')).toMatch(
      /lang="en">Ministry of Finance and Economic Affairs<\/a>/,
    );
  });
});
