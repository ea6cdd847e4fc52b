/**
 * Issue #15, what must hold 1: a body the MDX parser cannot read is
 * reported construct by construct, in the editor's language and in the
 * catalogue's words only, every independent problem at once, with a fix
 * that makes the body pass when applied.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { parseBody } from '../../../src/catalogue/body/parse-body.ts';
import { renderBody } from '../../../src/catalogue/body/render-body.ts';
import type { ContentIssue } from '../../../src/catalogue/issues.ts';
import { MESSAGE_LANGUAGES, setMessageLanguage, type MessageLanguage } from '../../../src/catalogue/messages/index.ts';
import {
  CATALOGUE_PATTERNS,
  expectCatalogueOnly as expectCatalogueMessages,
} from '../../helpers/catalogue-messages.ts';
import { copyFixture, type FixtureCatalogue } from '../../helpers/fixture-catalogue.ts';

const context = { file: 'content/practices/x/fr.mdx', firstLine: 20, folderFiles: new Set(['fr.mdx', 'photo.jpg']) };

afterEach(() => setMessageLanguage('en'));

function check(body: string, lang: MessageLanguage = 'en') {
  setMessageLanguage(lang);
  const issues: ContentIssue[] = [];
  const tree = parseBody(body, context, issues);
  return { tree, issues };
}

/** Words of the MDX parser's own messages, which must never be shown. */
const PARSER_WORDS = /`|oxc|acorn|JSX|MDX|mdx-|U\+00|expected a|Unexpected|Could not parse|before name/;

function expectCatalogueOnly(issues: ContentIssue[], lang: MessageLanguage) {
  expectCatalogueMessages(issues, lang, PARSER_WORDS);
}

/**
 * Broken bodies an editor writes, each with the line reported (body line 1
 * is file line 20), what the English message names, the fix it gives, and
 * the body corrected by following that fix to the letter.
 */
const CORPUS: { name: string; body: string; line: number; message: RegExp; fix: RegExp; fixed: string }[] = [
  {
    name: 'an HTML line break without its slash',
    body: 'Première ligne<br>deuxième ligne',
    line: 20,
    message: /"<br>" is written without its closing slash/,
    fix: /<br \/>/,
    fixed: 'Première ligne<br />deuxième ligne',
  },
  {
    name: 'a <br> alone on its line after text',
    body: 'Adresse : mairie\n<br>\nPlace centrale',
    line: 21,
    message: /"<br>"/,
    fix: /empty line/,
    fixed: 'Adresse : mairie\n\nPlace centrale',
  },
  {
    name: 'a number between braces',
    body: 'Un budget de {1.500.000} euros.',
    line: 20,
    message: /curly brace "\{"/,
    fix: /write \\\{1\.500\.000\\\} to show the braces, or 1\.500\.000 without them/,
    fixed: 'Un budget de \\{1.500.000\\} euros.',
  },
  {
    name: 'a brace never closed',
    body: 'Texte.\n\nUne accolade { ouverte.',
    line: 22,
    message: /curly brace "\{"/,
    fix: /\\\{/,
    fixed: 'Texte.\n\nUne accolade \\{ ouverte.',
  },
  {
    name: 'a "<" before a digit',
    body: 'Les enfants (<10 ans) sont accueillis.',
    line: 20,
    message: /A "<" followed by "1" is read as the start of a tag/,
    fix: /&lt;10/,
    fixed: 'Les enfants (&lt;10 ans) sont accueillis.',
  },
  {
    name: 'a "<=" comparison',
    body: 'Un ratio <=2 est visé.',
    line: 20,
    message: /A "<" followed by "="/,
    fix: /&lt;/,
    fixed: 'Un ratio &lt;=2 est visé.',
  },
  {
    name: 'an HTML comment',
    body: 'Texte.\n\n<!-- à relire -->\n\nSuite.',
    line: 22,
    message: /HTML comments/,
    fix: /remove the comment/,
    fixed: 'Texte.\n\nSuite.',
  },
  {
    name: 'an HTML comment inside a sentence',
    body: 'Texte <!-- note --> suite.',
    line: 20,
    message: /HTML comments/,
    fix: /remove the comment/,
    fixed: 'Texte suite.',
  },
  {
    name: 'a Quote never closed',
    body: 'Intro.\n\n<Quote author="Ada Colau">\nLes mots cités.',
    line: 22,
    message: /<Quote>, opened on line 22, is never closed/,
    fix: /add <\/Quote> on a line of its own/,
    fixed: 'Intro.\n\n<Quote author="Ada Colau">\nLes mots cités.\n\n</Quote>',
  },
  {
    name: 'a Figure without its slash',
    body: '<Figure src="./photo.jpg" alt="Une rue éclairée">',
    line: 20,
    message: /<Figure>, opened on line 20, is never closed/,
    fix: /end the tag with "\/>"/,
    fixed: '<Figure src="./photo.jpg" alt="Une rue éclairée" />',
  },
  {
    name: 'a Quote closed by another tag',
    body: '<Quote author="Ada Colau">\nLes mots.\n</Figure>',
    line: 22,
    message: /<\/Figure> closes <Quote>, which was opened on line 20/,
    fix: /write <\/Quote>/,
    fixed: '<Quote author="Ada Colau">\nLes mots.\n</Quote>',
  },
  {
    name: 'a closing tag with no opening',
    body: 'Texte.\n\n</Quote>',
    line: 22,
    message: /<\/Quote> closes a tag that was never opened/,
    fix: /remove it/,
    fixed: 'Texte.',
  },
  {
    name: 'an e-mail address between angle brackets',
    body: 'Écrire à <egalite@ville.example>.',
    line: 20,
    message: /<egalite@ville\.example> between angle brackets/,
    fix: /\[egalite@ville\.example\]\(mailto:egalite@ville\.example\)/,
    fixed: 'Écrire à [egalite@ville.example](mailto:egalite@ville.example).',
  },
  {
    name: 'a web address between angle brackets',
    body: 'Voir <https://ville.example/plan>.',
    line: 20,
    message: /<https:\/\/ville\.example\/plan> between angle brackets/,
    fix: /\[https:\/\/ville\.example\/plan\]\(https:\/\/ville\.example\/plan\)/,
    fixed: 'Voir [https://ville.example/plan](https://ville.example/plan).',
  },
  {
    name: 'an attribute with quotes inside its text',
    body: '<Figure src="./photo.jpg" alt="La rue "Haute" la nuit" />',
    line: 20,
    message: /The tag <Figure …> is not written correctly/,
    fix: /name="text"/,
    fixed: '<Figure src="./photo.jpg" alt="La rue “Haute” la nuit" />',
  },
  {
    name: 'an attribute without quotes',
    body: '<Figure src=./photo.jpg alt="Une rue" />',
    line: 20,
    message: /The tag <Figure …> is not written correctly/,
    fix: /name="text"/,
    fixed: '<Figure src="./photo.jpg" alt="Une rue" />',
  },
  {
    name: 'an HTML tag never closed',
    body: 'Un mot en <b>gras.',
    line: 20,
    message: /<b> is an HTML tag/,
    fix: /\*\*bold\*\*/,
    fixed: 'Un mot en **gras**.',
  },
];

describe('a body the parser cannot read', () => {
  test.each(CORPUS)('$name: named, placed, and fixed by its own advice', ({ body, line, message, fix, fixed }) => {
    const { tree, issues } = check(body);
    expect(tree).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: context.file, line, field: 'body' });
    expect(issues[0]!.message).toMatch(message);
    expect(issues[0]!.suggestion).toMatch(fix);
    const after = check(fixed);
    expect(after.issues).toEqual([]);
    expect(after.tree).toBeDefined();
  });

  test.each(MESSAGE_LANGUAGES)('in %s, every message and fix of the corpus comes from the catalogue', (lang) => {
    for (const { body, line } of CORPUS) {
      const { issues } = check(body, lang);
      expect(
        issues.map((i) => i.line),
        body,
      ).toEqual([line]);
      expectCatalogueOnly(issues, lang);
    }
  });

  test('the catalogue patterns do reject a parser message', () => {
    expect(
      CATALOGUE_PATTERNS.en.some((p) =>
        p.test('Could not parse expression with oxc: Expected `,` or `)` but found `float`'),
      ),
    ).toBe(false);
    expect(
      CATALOGUE_PATTERNS.fr.some((p) =>
        p.test('"<br>" is written without its closing slash, so the text after it is read as inside it.'),
      ),
    ).toBe(false);
  });

  test.each(MESSAGE_LANGUAGES)(
    'in %s, every independent problem of one body is reported at once, each at its line',
    (lang) => {
      const body = [
        'Ligne<br>suivante', // 20
        '',
        'Budget {1.500.000} €.', // 22
        '',
        'Enfants (<10 ans).', // 24
        '',
        '<!-- à relire -->', // 26
        '',
        '[lien](javascript:alert(1))', // 28
        '',
        '# Titre', // 30
        '',
        '<Quote author="X">', // 32
        'Des mots.',
        '',
        '![](./absente.png)', // 35
      ].join('\n');
      const { tree, issues } = check(body, lang);
      expect(tree).toBeUndefined();
      expect(issues.map((i) => i.line)).toEqual([20, 22, 24, 26, 28, 30, 32, 35, 35]);
      expectCatalogueOnly(issues, lang);
    },
  );

  test('a body with a thousand stray "<" is reported without hanging, up to a bound', () => {
    const { issues } = check(Array.from({ length: 1000 }, (_, i) => `Ligne ${i} <${i % 10}`).join('\n\n'));
    expect(issues.length).toBeGreaterThanOrEqual(10);
    expect(issues.length).toBeLessThanOrEqual(50);
  });

  test('the fixes render as the editor meant: <br /> breaks the line, \\{ and &lt; show their character', () => {
    const html = (body: string) => renderBody(check(body).tree!, { mediaBase: '/m/' }).html;
    expect(html('Ligne<br />suivante')).toBe('<p>Ligne<br>suivante</p>');
    expect(html('Budget \\{1.500.000\\} €')).toBe('<p>Budget {1.500.000} €</p>');
    expect(html('Enfants (&lt;10 ans)')).toBe('<p>Enfants (&#x3C;10 ans)</p>');
  });

  test('<br /> with attributes or between paragraphs is still refused', () => {
    expect(check('Ligne<br class="x" />suite').issues).toHaveLength(1);
    expect(check('Texte.\n\n<br />\n\nSuite.').issues[0]!.suggestion).toMatch(/empty line/);
  });
});

describe('through the loader, a body that cannot be parsed hides nothing else of its file', () => {
  let fixture: FixtureCatalogue | undefined;
  afterEach(() => fixture?.dispose());

  test.each(MESSAGE_LANGUAGES)('in %s: front matter, references and the rest of the body are all reported', (lang) => {
    setMessageLanguage(lang);
    fixture = copyFixture();
    fixture.edit('practices/street-lighting-audit/fr.mdx', (text) =>
      text
        .replace('status: ongoing', 'status: going-on')
        .replace('cities: [villeneuve]', 'cities: [villeneuv]')
        .replace(
          'Des **habitantes** parcourent la ville.',
          'Des habitantes<br>parcourent {1.500.000} rues (<10 ans).\n\n<!-- note -->\n\n# Titre',
        ),
    );
    const { issues } = fixture.load();
    const mine = issues.filter((i) => i.file.endsWith('street-lighting-audit/fr.mdx'));
    const fields = mine.map((i) => i.field);
    expect(fields).toContain('status');
    expect(fields).toContain('cities[0]');
    expect(mine.filter((i) => i.field === 'body').map((i) => i.message)).toHaveLength(5);
    expectCatalogueOnly(
      mine.filter((i) => i.field === 'body'),
      lang,
    );
  });
});
