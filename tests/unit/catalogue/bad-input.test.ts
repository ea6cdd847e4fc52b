/**
 * Issue #5, "Bad input", case by case, with real files through the same
 * loader as `npm run check`: each case is either accepted with its meaning
 * and nothing lost, or reported with file, line, field and a fix in the
 * editor's language.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { setMessageLanguage } from '../../../src/catalogue/messages/index.ts';
import { cityFile, practiceFile } from '../../../src/scaffold/entry-files.ts';
import { copyFixture, type FixtureCatalogue } from '../../helpers/fixture-catalogue.ts';

const PRACTICE = 'practices/street-lighting-audit/fr.mdx';
const C = 'content/';

let fixture: FixtureCatalogue | undefined;
afterEach(() => {
  fixture?.dispose();
  fixture = undefined;
  setMessageLanguage('en');
});

function load(change: (f: FixtureCatalogue) => void) {
  fixture = copyFixture();
  change(fixture);
  return fixture.load();
}

const practiceIn = (result: ReturnType<typeof load>, id = 'street-lighting-audit') => {
  expect(result.issues).toEqual([]);
  return result.catalogue!.practices.find((p) => p.id === id)!;
};

/** The practice's French file with one line replaced. */
const replaceLine = (from: string, to: string) => (f: FixtureCatalogue) =>
  f.edit(PRACTICE, (t) => {
    expect(t).toContain(from);
    return t.replace(from, to);
  });

/** Uncomments every commented field of a scaffold, as an editor in a hurry would, leaving the marks. */
const uncommentAll = (text: string) => text.replace(/^(\s*)#\s?(\s*(?:[A-Za-z]+:|- ))/gm, '$1$2');

const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.trimStart().startsWith(start)) + 1;

describe('a half-filled scaffold', () => {
  const scaffolded = practiceFile({
    lang: 'fr',
    title: 'Rues sûres',
    summary: 'Des marches de nuit.',
    promoter: 'Ville de Villeneuve',
    country: 'FR',
    cities: ['villeneuve'],
    scale: 'local',
    themes: ['public-space'],
    sourceTypes: ['initiative-practice'],
    status: 'ongoing',
    languages: ['fr'],
    source: 'Compte rendu',
    today: '2026-01-01',
    description: '',
  });

  test('as written, it passes the check', () => {
    expect(load((f) => f.write('practices/rues-sures/fr.mdx', scaffolded)).issues).toEqual([]);
  });

  test('every optional line uncommented without being filled is reported at its line, with what to write; nothing else is', () => {
    const text = uncommentAll(scaffolded);
    const { issues, catalogue } = load((f) => f.write('practices/rues-sures/fr.mdx', text));
    expect(catalogue).toBeUndefined();
    expect(issues.every((i) => i.unfilled && i.file === `${C}practices/rues-sures/fr.mdx`)).toBe(true);
    const fields = issues.map((i) => i.field ?? '(text)').sort();
    expect(fields).toEqual(
      [
        'budget.amount',
        'dates.end',
        'dates.start',
        'funders[0].name',
        'keywords[0]',
        'keywords[1]',
        'links[0].label',
        'links[0].url',
        'methods[0]',
        'networks[0]',
        'partners[0].name',
        'powerDomains[0]',
        'promoter.email',
        'promoter.website',
        'region',
        'results[0]',
        'sdgs[0]',
      ].sort(),
    );
    const at = (field: string) => issues.find((i) => i.field === field)!;
    expect(at('region').line).toBe(lineOf(text, 'region:'));
    expect(at('budget.amount')).toMatchObject({
      line: lineOf(text, 'budget:'),
      message: expect.stringContaining('The mark "…" left by npm run new'),
    });
    // Where the schema knows the form, the fix says it.
    expect(at('budget.amount').suggestion).toMatch(
      /^write the value, or remove the line if it does not apply\. Write the amount as a plain number/,
    );
    expect(at('dates.start').suggestion).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(at('promoter.email').suggestion).toMatch(/e-mail address/);
    expect(issues.every((i) => i.field)).toBe(true);
  });

  test('a city scaffold is checked the same way', () => {
    const text = uncommentAll(
      cityFile({
        lang: 'es',
        name: 'Villa',
        country: 'ES',
        type: 'municipality',
        lat: 40,
        lon: -3,
        source: 'Ficha',
        today: '2026-01-01',
        description: 'Un municipio.',
      }),
    );
    const { issues } = load((f) => f.write('cities/villa/es.mdx', text));
    expect(issues.map((i) => i.field ?? '(text)').sort()).toEqual(
      [
        'genderEqualityPlan.status',
        'genderEqualityPlan.title',
        'genderEqualityPlan.year',
        'networks[0]',
        'population.source',
        'population.value',
        'population.year',
        'region',
        'website',
      ].sort(),
    );
    expect(issues.every((i) => i.unfilled)).toBe(true);
  });

  test('the marks are reported in the editor’s language', () => {
    setMessageLanguage('fr');
    const { issues } = load(replaceLine('country: FR', 'country: FR\nregion: "…"'));
    expect(issues).toEqual([
      expect.objectContaining({
        file: `${C}${PRACTICE}`,
        line: 19,
        field: 'region',
        message: 'La marque "…" laissée par npm run new est toujours là : cet emplacement n’est pas rempli.',
        suggestion: 'écrivez la valeur, ou supprimez la ligne si elle ne s’applique pas',
      }),
    ]);
  });

  test('a required field left empty is reported with its line', () => {
    const { issues } = load(replaceLine('title: Audit de l’éclairage des rues', 'title:'));
    expect(issues).toEqual([
      expect.objectContaining({
        file: `${C}${PRACTICE}`,
        line: 2,
        field: 'title',
        message: 'Write the title as text.',
      }),
    ]);
  });

  test('a translation whose text is still the original’s is reported, and accepted once translated', () => {
    const copy = (f: FixtureCatalogue) => {
      const original = f.read(PRACTICE).split('---\n').slice(2).join('---\n');
      f.write(
        'practices/street-lighting-audit/es.mdx',
        `---\ntranslationOf: fr\ntitle: Auditoría\nsummary: Paseos nocturnos.\n---\n${original}`,
      );
    };
    const { issues } = load(copy);
    expect(issues).toEqual([
      expect.objectContaining({
        file: `${C}practices/street-lighting-audit/es.mdx`,
        line: 7,
        unfilled: true,
        message: "The text is still the original's (fr.mdx) word for word: it has not been translated yet.",
      }),
    ]);
    fixture!.edit('practices/street-lighting-audit/es.mdx', (t) =>
      t.replace('## Démarche', '## Enfoque').replace(/Des \*\*habitantes\*\*.*/, 'Vecinas recorren la ciudad.'),
    );
    expect(fixture!.load().issues).toEqual([]);
  });
});

describe('a file saved by a word processor', () => {
  test('a value wrapped in curly quotes is read as the value, as straight quotes would be', () => {
    const practice = practiceIn(
      load((f) => {
        replaceLine('title: Audit de l’éclairage des rues', 'title: “Her Voice”')(f);
        replaceLine('status: ongoing', 'status: ‘ongoing’')(f);
        replaceLine('themes: [public-space]', 'themes: [“public-space”]')(f);
      }),
    );
    expect(practice.texts.fr!.title).toBe('Her Voice');
    expect(practice.facts.status).toBe('ongoing');
    expect(practice.facts.themes).toEqual(['public-space']);
  });

  test('a curly-quoted value holding ": " is read whole, where YAML alone would refuse the line', () => {
    const practice = practiceIn(load(replaceLine('title: Audit de l’éclairage des rues', 'title: „Plan: 2024“')));
    expect(practice.texts.fr!.title).toBe('Plan: 2024');
  });

  test('curly apostrophes and quotes inside text are kept as written', () => {
    const title = 'L’audit “de nuit” des rues';
    expect(
      practiceIn(load(replaceLine('title: Audit de l’éclairage des rues', `title: ${title}`))).texts.fr!.title,
    ).toBe(title);
  });

  test('when the line cannot be read for another reason, curly quotes get a message with the line to write', () => {
    const { issues } = load((f) => {
      replaceLine('title: Audit de l’éclairage des rues', 'title: “Plan: 2024”')(f);
      replaceLine('status: ongoing', 'status: ongoing\nstatus: ended')(f);
    });
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: `${C}${PRACTICE}`,
        line: 2,
        message: 'Curly quotes “ ” ‘ ’, as word processors type them, do not count as quotes in the fields.',
        suggestion: 'write the line with straight quotes: title: "Plan: 2024"',
      }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ line: 13, message: 'This field is written twice.' }));
  });

  test('non-breaking spaces where the structure needs a space are read as spaces', () => {
    const practice = practiceIn(
      load((f) => {
        replaceLine('status: ongoing', 'status:\u00a0ongoing')(f);
        replaceLine('  name: Ville de Villeneuve', '\u00a0\u00a0name: Ville de Villeneuve')(f);
        replaceLine('country: FR', 'country\u202f:\u00a0FR')(f);
        replaceLine('  - Vingt rues mieux éclairées', '\u00a0 -\u00a0Vingt rues mieux éclairées')(f);
      }),
    );
    expect(practice.facts).toMatchObject({
      status: 'ongoing',
      country: 'FR',
      promoter: { name: 'Ville de Villeneuve' },
    });
    expect(practice.texts.fr!.results).toEqual(['Vingt rues mieux éclairées']);
  });

  test('non-breaking spaces inside text are kept, French " : " and " ?" included', () => {
    const title = 'Pourquoi\u00a0? Audit\u00a0: les rues';
    const summary = 'Objectif\u00a0: des rues sûres\u202f; la nuit\u00a0!';
    const practice = practiceIn(
      load((f) => {
        replaceLine('title: Audit de l’éclairage des rues', `title: ${title}`)(f);
        replaceLine(/^summary: .*$/m.exec(f.read(PRACTICE))![0], `summary: >-\n  ${summary}`)(f);
      }),
    );
    expect(practice.texts.fr!.title).toBe(title);
    expect(practice.texts.fr!.summary).toBe(summary);
  });

  test('a French " : " in a list item, which YAML reads as a field, is reported with the quoted text to write', () => {
    const { issues } = load(replaceLine('  - Vingt rues mieux éclairées', '  - Résultat\u00a0: vingt rues'));
    expect(issues).toEqual([
      expect.objectContaining({
        file: `${C}${PRACTICE}`,
        line: 6,
        field: 'results[0]',
        suggestion:
          'the ": " in this line is read as the start of a field: put the whole text in quotes, for example "Résultat\u00a0: vingt rues"',
      }),
    ]);
  });

  test('Windows line ends and a BOM are accepted, and later messages keep their lines', () => {
    const { issues } = load((f) =>
      f.edit(PRACTICE, (t) => `\uFEFF${t.replace('status: ongoing', 'status: ongoin')}`.replace(/\n/g, '\r\n')),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        file: `${C}${PRACTICE}`,
        line: 12,
        field: 'status',
        suggestion: 'did you mean "ongoing"?',
      }),
    ]);
  });

  test('old Mac line ends (a lone CR) are accepted, with their lines', () => {
    const { issues } = load((f) =>
      f.edit(PRACTICE, (t) => t.replace('status: ongoing', 'status: ongoin').replace(/\n/g, '\r')),
    );
    expect(issues).toEqual([expect.objectContaining({ line: 12, field: 'status' })]);
  });

  test('zero-width spaces and soft hyphens are dropped from ids, and kept in text', () => {
    const title = 'Audit de l’éclai\u00adrage';
    const practice = practiceIn(
      load((f) => {
        replaceLine('status: ongoing', 'status: ongo\u200bing')(f);
        replaceLine('cities: [villeneuve]', 'cities: [ville\u00adneuve]')(f);
        replaceLine('themes: [public-space]', 'themes: [public-space\u200b]')(f);
        replaceLine('title: Audit de l’éclairage des rues', `title: ${title}`)(f);
      }),
    );
    expect(practice.facts).toMatchObject({ status: 'ongoing', cities: ['villeneuve'], themes: ['public-space'] });
    expect(practice.texts.fr!.title).toBe(title);
  });

  test('an invisible character in a folder name is named, with the folder name to use', () => {
    const { issues } = load((f) => {
      f.write('practices/her\u200b-voice/fr.mdx', f.read('practices/safe-routes/es.mdx'));
    });
    expect(issues).toEqual([
      expect.objectContaining({
        file: `${C}practices/her\u200b-voice`,
        message: expect.stringContaining('contains invisible characters (U+200B)'),
        suggestion: 'rename the folder "her-voice"',
      }),
    ]);
  });
});

describe('frontmatter with a tab', () => {
  test('a tab after the colon is read as a space', () => {
    expect(practiceIn(load(replaceLine('status: ongoing', 'status:\tongoing'))).facts.status).toBe('ongoing');
  });

  test('a tab used as indentation is one message at its line, in the editor’s language', () => {
    setMessageLanguage('fr');
    const { issues } = load(replaceLine('  name: Ville de Villeneuve', '\tname: Ville de Villeneuve'));
    expect(issues).toEqual([
      expect.objectContaining({
        file: `${C}${PRACTICE}`,
        line: 8,
        message: expect.stringMatching(/tabulation/),
        suggestion: expect.stringMatching(/deux espaces/),
      }),
    ]);
  });
});

describe('a duplicate id', () => {
  test('two folders whose names differ only by case: the fix does not send the editor into the other folder', () => {
    const { issues } = load((f) => f.write('practices/Street-Lighting-Audit/fr.mdx', f.read(PRACTICE)));
    expect(issues).toEqual([
      expect.objectContaining({
        file: `${C}practices/Street-Lighting-Audit`,
        line: 1,
        message: expect.stringContaining(
          'The folder name "Street-Lighting-Audit" is the practice\'s id in web addresses',
        ),
        suggestion: expect.stringContaining(
          'the id "street-lighting-audit" is already the folder of another practice: if this is the same practice, move these files into street-lighting-audit/',
        ),
      }),
    ]);
  });

  test('a folder name with accents is given its id, or told that id is taken', () => {
    expect(load((f) => f.write('practices/égalité/fr.mdx', f.read(PRACTICE))).issues).toEqual([
      expect.objectContaining({ file: `${C}practices/égalité`, suggestion: 'rename the folder "egalite"' }),
    ]);
    fixture!.write('practices/egalite/fr.mdx', fixture!.read(PRACTICE));
    expect(fixture!.load().issues).toEqual([
      expect.objectContaining({
        file: `${C}practices/égalité`,
        suggestion: expect.stringContaining('the id "egalite" is already the folder of another practice'),
      }),
    ]);
  });

  test('a city and a practice may share an id: their addresses differ', () => {
    const { catalogue, issues } = load((f) => {
      f.write('cities/safe-routes/fr.mdx', f.read('cities/villeneuve/fr.mdx'));
      f.write('cities/safe-routes/es.mdx', f.read('cities/villeneuve/es.mdx'));
    });
    expect(issues).toEqual([]);
    expect(
      catalogue!.cities.some((c) => c.id === 'safe-routes') && catalogue!.practices.some((p) => p.id === 'safe-routes'),
    ).toBe(true);
  });

  test('an id used twice in a vocabulary is reported at the second, naming the first', () => {
    const { issues } = load((f) =>
      f.edit(
        'taxonomies/statuses.yaml',
        (t) => `${t.trimEnd()}\n- id: ongoing\n  label: { fr: En cours, en: Ongoing, es: En curso }\n`,
      ),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        file: `${C}taxonomies/statuses.yaml`,
        message: expect.stringMatching(/The id "ongoing" is used twice in statuses \(first on line \d+\)/),
      }),
    ]);
  });

  test('the same id twice in a list is reported at the second', () => {
    const { issues } = load(replaceLine('themes: [public-space]', 'themes:\n  - public-space\n  - public-space'));
    expect(issues).toEqual([
      expect.objectContaining({
        line: 15,
        field: 'themes[1]',
        message: '"public-space" is listed twice in themes.',
        suggestion: 'remove the second one',
      }),
    ]);
  });

  test('the same field twice in one file is reported', () => {
    const { issues } = load(replaceLine('status: ongoing', 'status: ongoing\nstatus: ended'));
    expect(issues).toEqual([expect.objectContaining({ line: 13, message: 'This field is written twice.' })]);
  });
});

describe('a practice moved to another folder', () => {
  const move = (from: string, to: string) => (f: FixtureCatalogue) => {
    for (const name of ['fr.mdx', 'en.mdx', 'es.mdx']) {
      try {
        f.write(`${to}/${name}`, f.read(`${from}/${name}`));
      } catch {
        // Not every entry has every language.
      }
    }
    f.remove(from);
  };

  test('into content/cities: one message saying where it belongs', () => {
    const { issues } = load(move('practices/safe-routes', 'cities/safe-routes'));
    expect(issues).toEqual([
      expect.objectContaining({
        file: `${C}cities/safe-routes/es.mdx`,
        line: 2,
        message:
          'This file describes a practice (it has title, summary, promoter, status), but it is in the city folders.',
        suggestion: 'move its folder to content/practices/safe-routes/',
      }),
    ]);
  });

  test('a city moved among the practices, in French', () => {
    setMessageLanguage('fr');
    const { issues } = load(move('cities/puerto-claro', 'practices/puerto-claro'));
    const misplaced = issues.filter((i) => i.file.startsWith(`${C}practices/puerto-claro`));
    expect(misplaced).toEqual([
      expect.objectContaining({
        file: `${C}practices/puerto-claro/es.mdx`,
        message: expect.stringContaining('Ce fichier décrit une fiche ville (il contient name, type, coordinates'),
        suggestion: 'déplacez son dossier vers content/cities/puerto-claro/',
      }),
    ]);
  });

  test('nested one level deeper: where to move it, and no complaint about the folder around it', () => {
    const { issues } = load(move('practices/safe-routes', 'practices/archive/safe-routes'));
    expect(issues).toEqual([
      expect.objectContaining({
        file: `${C}practices/archive/safe-routes`,
        message:
          'content/practices/archive/safe-routes holds a practice, but it is inside another folder: only folders directly in content/practices/ are read.',
        suggestion: 'move it to content/practices/safe-routes/',
      }),
    ]);
  });

  test('a folder inside a practice folder is reported as not read', () => {
    const { issues } = load((f) => f.write('practices/safe-routes/photos/walk.jpg', 'x'));
    expect(issues).toEqual([
      expect.objectContaining({
        file: `${C}practices/safe-routes/photos`,
        message: expect.stringContaining('"photos" is a folder'),
      }),
    ]);
  });

  test('a renamed city folder: references to the old id are caught, pointing to the new one', () => {
    const { issues } = load(move('cities/villeneuve', 'cities/villeneuve-sur-mer'));
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues)
      expect(issue).toMatchObject({
        field: expect.stringMatching(/^(cities\[0\]|city)$/),
        suggestion: 'did you mean "villeneuve-sur-mer"?',
      });
    expect(issues.map((i) => i.file)).toContain(`${C}${PRACTICE}`);
    expect(issues.map((i) => i.file)).toContain(`${C}kpis/datasets/sample/observations.csv`);
  });

  test('a translation left behind in another folder is told which file to become', () => {
    const { issues } = load((f) => {
      f.write('practices/street-lighting/en.mdx', f.read('practices/street-lighting-audit/en.mdx'));
      f.remove('practices/street-lighting-audit/en.mdx');
    });
    expect(issues).toEqual([
      expect.objectContaining({
        file: `${C}practices/street-lighting/en.mdx`,
        message:
          'The files of "street-lighting" are all translations of fr.mdx, and there is no fr.mdx here: the original is in another folder or missing.',
        suggestion: 'if it translates that entry, move this file to content/practices/street-lighting-audit/en.mdx',
      }),
    ]);
  });

  test('a translation with no original anywhere is told both ways out', () => {
    const { issues } = load((f) =>
      f.write('practices/lonely/en.mdx', f.read('practices/street-lighting-audit/en.mdx')),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        file: `${C}practices/lonely/en.mdx`,
        suggestion: expect.stringContaining('or make it the original: remove "translationOf"'),
      }),
    ]);
  });
});
