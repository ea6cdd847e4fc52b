/**
 * Issue #17 point 4: the texts within a practice's facts (budget note and
 * period, partners', funders' names, link labels) and a dataset's texts can
 * exist per language, and fall back to the original's with a notice.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { en } from '../../../src/catalogue/messages/en.ts';
import jsYaml from 'js-yaml';
import { localizePracticeFacts, originalText, textFor } from '../../../src/domain/localize.ts';
import { translatedFactLines, translationFile } from '../../../src/scaffold/entry-files.ts';
import { copyFixture, type FixtureCatalogue } from '../../helpers/fixture-catalogue.ts';

const ORIGINAL = 'practices/street-lighting-audit/fr.mdx';
const TRANSLATION = 'practices/street-lighting-audit/en.mdx';

const withFacts = (fixture: FixtureCatalogue) =>
  fixture.edit(ORIGINAL, (t) =>
    t.replace(
      'budget: { amount: 12000, currency: EUR }',
      [
        'budget: { amount: 12000, currency: EUR, period: "2021-2022", note: "dont 2 000 € pour les lampes" }',
        'partners:',
        '  - name: Association des habitantes',
        'funders:',
        '  - name: Conseil départemental',
        '    url: https://departement.example',
        '  - name: Fondation locale',
        'links:',
        '  - url: https://villeneuve.example/carte',
        '    label: La carte des rues',
      ].join('\n'),
    ),
  );
const translate = (fixture: FixtureCatalogue, lines: string) =>
  fixture.edit(TRANSLATION, (t) => t.replace('\n---\n', `\n${lines}\n---\n`));

describe('a practice translation gives the texts of its facts', () => {
  let fixture: FixtureCatalogue | undefined;
  afterEach(() => fixture?.dispose());

  test('its own where given; the original’s, marked as a fallback on its page, where not', () => {
    fixture = copyFixture();
    withFacts(fixture);
    translate(
      fixture,
      'promoter: { name: Town of Villeneuve }\nbudget: { note: "of which €2,000 for the lamps" }\nfunders:\n  - name: County council\n  - name: Local foundation',
    );
    const { issues, catalogue } = fixture.load();
    expect(issues).toEqual([]);
    const practice = catalogue!.practices.find((p) => p.id === 'street-lighting-audit')!;
    const english = localizePracticeFacts(practice, 'en');
    expect(english.budgetNote).toEqual({ text: 'of which €2,000 for the lamps', lang: 'en', isFallback: false });
    expect(english.budgetPeriod).toEqual({ text: '2021-2022', lang: 'fr', isFallback: true });
    expect(english.funders.map((f) => f.text)).toEqual(['County council', 'Local foundation']);
    expect(english.partners).toEqual([{ text: 'Association des habitantes', lang: 'fr', isFallback: true }]);
    expect(english.links).toEqual([{ text: 'La carte des rues', lang: 'fr', isFallback: true }]);
    expect(english.promoter).toEqual({ text: 'Town of Villeneuve', lang: 'en', isFallback: false });
    expect(localizePracticeFacts(practice, 'fr').promoter).toEqual({
      text: 'Ville de Villeneuve',
      lang: 'fr',
      isFallback: false,
    });
    // The address stays the original's fact.
    expect(practice.facts.funders[0]!.url).toBe('https://departement.example');
    // The original's page: its own texts; a page with no translation at all: the original's, with the page's one notice.
    expect(localizePracticeFacts(practice, 'fr').budgetNote).toEqual({
      text: 'dont 2 000 € pour les lampes',
      lang: 'fr',
      isFallback: false,
    });
    expect(localizePracticeFacts(practice, 'es').funders[0]).toEqual({
      text: 'Conseil départemental',
      lang: 'fr',
      isFallback: false,
    });
  });

  test('a list of another length, an amount or an address in a translation: each refused at its line with the fix', () => {
    fixture = copyFixture();
    withFacts(fixture);
    translate(
      fixture,
      'budget: { amount: 12000 }\nfunders:\n  - name: County council\n    url: https://departement.example\npartners:\n  - name: A\n  - name: B',
    );
    const { issues } = fixture.load();
    const mine = issues.filter((i) => i.file.endsWith(TRANSLATION));
    expect(mine.map((i) => [i.field, i.line])).toEqual(
      expect.arrayContaining([
        ['budget.amount', 7],
        ['funders[0].url', 10],
      ]),
    );
    fixture.edit(TRANSLATION, (t) => t.replace('budget: { amount: 12000 }\n', '').replace(/ {4}url: .*\n/, ''));
    const second = fixture.load().issues.filter((i) => i.file.endsWith(TRANSLATION));
    expect(second).toHaveLength(2);
    expect(second.map((i) => i.field).sort()).toEqual(['funders', 'partners']);
    expect(second.find((i) => i.field === 'partners')!.message).toBe(
      en.parallelListLength({ list: 'partners', mine: 2, theirs: 1, lang: 'fr' }),
    );
  });
});

describe('npm run new offers a translation the texts of its original’s facts', () => {
  let fixture: FixtureCatalogue | undefined;
  afterEach(() => fixture?.dispose());

  test('as commented lines that pass as written, and once uncommented and filled', () => {
    fixture = copyFixture();
    withFacts(fixture);
    const front = fixture.read(ORIGINAL).split('---')[1]!;
    const lines = translatedFactLines(jsYaml.load(front) as Record<string, unknown>, 'es');
    expect(lines[0]).toMatch(/^# Los textos de los datos del original/);
    expect(lines).toContain('#   note: "…" # dont 2 000 € pour les lampes');
    expect(lines).toContain('#   - name: "…" # Fondation locale');
    const file = 'practices/street-lighting-audit/es.mdx';
    const write = (factLines: string[]) =>
      fixture!.write(
        file,
        translationFile({
          lang: 'es',
          originalLanguage: 'fr',
          fields: [
            { name: 'title', value: 'Auditoría del alumbrado' },
            { name: 'summary', value: 'Vecinas recorren la ciudad de noche.' },
          ],
          description: 'Vecinas recorren la ciudad.',
          factLines,
        }),
      );
    write(lines);
    expect(fixture.load().issues).toEqual([]);
    // Uncommented but not filled: each "…" is reported.
    const uncommented = lines.slice(1).map((line) => line.replace(/^# /, ''));
    write(uncommented);
    expect(
      fixture
        .load()
        .issues.filter((i) => i.file.endsWith(file))
        .every((i) => i.unfilled),
    ).toBe(true);
    // Filled: the Spanish page shows them.
    let n = 0;
    write(uncommented.map((line) => line.replace('"…"', () => `"texto ${(n += 1)}"`)));
    const { issues, catalogue } = fixture.load();
    expect(issues).toEqual([]);
    const spanish = localizePracticeFacts(
      catalogue!.practices.find((p) => p.id === 'street-lighting-audit')!,
      'es',
    );
    expect(spanish.budgetNote?.text).toMatch(/^texto \d$/);
    expect(spanish.funders.map((f) => f.lang)).toEqual(['es', 'es']);
  });
});

describe('a text written once or per language', () => {
  test('the page’s own language, else the original’s, else the first given; a text written once is the original’s', () => {
    expect(textFor({ fr: 'a', es: 'b' }, 'fr', 'es')).toEqual({ text: 'b', lang: 'es', isFallback: false });
    expect(textFor({ fr: 'a', es: 'b' }, 'es', 'en')).toEqual({ text: 'b', lang: 'es', isFallback: true });
    expect(textFor({ en: 'c', es: 'b' }, undefined, 'fr')).toEqual({ text: 'c', lang: 'en', isFallback: true });
    expect(textFor('Stadt Wien', 'en', 'es')).toEqual({ text: 'Stadt Wien', lang: 'en', isFallback: true });
    expect(textFor('Stadt Wien', 'en', 'en')).toEqual({ text: 'Stadt Wien', lang: 'en', isFallback: false });
    expect(originalText({ en: 'c', es: 'b' }, 'es')).toBe('b');
    expect(originalText({ es: 'b', en: 'c' }, undefined)).toBe('c');
  });
});
