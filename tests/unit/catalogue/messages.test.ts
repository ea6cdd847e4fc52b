import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { formatIssueReport } from '../../../src/catalogue/issues.ts';
import { chooseMessageLanguage, languageOfLocale } from '../../../src/catalogue/messages/choose-language.ts';
import {
  FIELD_NOUNS,
  isFieldNoun,
  MESSAGE_CATALOGUES,
  MESSAGE_LANGUAGES,
  say,
  setMessageLanguage,
  type MessageKey,
} from '../../../src/catalogue/messages/index.ts';
import { editorZodError } from '../../../src/catalogue/messages/zod-errors.ts';
import { countryCode, nonEmptyText } from '../../../src/schemas/common.ts';
import { indicatorSchema } from '../../../src/schemas/kpi.ts';

afterEach(() => setMessageLanguage('en'));

/** Parameters that choose words rather than being printed, with a value each language knows. */
const CHOOSING_PARAMS: Record<string, unknown> = { kind: 'practice', other: 'city' };

/**
 * Calls a message with a recording stand-in for its parameters: every
 * parameter read is noted and given a marker that must appear in the text.
 */
function render(lang: (typeof MESSAGE_LANGUAGES)[number], key: MessageKey) {
  const read = new Set<string>();
  const params = new Proxy(
    {},
    {
      get(_, name) {
        if (typeof name !== 'string') return undefined;
        read.add(name);
        return name in CHOOSING_PARAMS ? CHOOSING_PARAMS[name] : `‹${name}›`;
      },
    },
  );
  const text = (MESSAGE_CATALOGUES[lang][key] as (p: unknown) => string)(params);
  return { read, text };
}

const KEYS = Object.keys(MESSAGE_CATALOGUES.en) as MessageKey[];

describe('the message catalogue', () => {
  test('has the same messages in every language', () => {
    expect(KEYS.length).toBeGreaterThan(150);
    for (const lang of MESSAGE_LANGUAGES)
      expect(Object.keys(MESSAGE_CATALOGUES[lang]).sort(), lang).toEqual([...KEYS].sort());
  });

  test('each message reads the same parameters in every language and prints each of them', () => {
    for (const key of KEYS) {
      const english = render('en', key);
      for (const lang of MESSAGE_LANGUAGES) {
        const { read, text } = render(lang, key);
        expect([...read].sort(), `${lang}.${key} parameters`).toEqual([...english.read].sort());
        for (const name of read) {
          if (!(name in CHOOSING_PARAMS)) expect(text, `${lang}.${key} prints ${name}`).toContain(`‹${name}›`);
        }
        expect(text, `${lang}.${key}`).not.toMatch(/undefined|\[object/);
        expect(text.trim(), `${lang}.${key}`).not.toBe('');
      }
    }
  });

  test.each(['fr', 'es'] as const)('every %s message is translated, not a copy of the English', (lang) => {
    const copies = KEYS.filter((key) => render(lang, key).text === render('en', key).text);
    expect(copies).toEqual([]);
  });

  test('every named field has a noun in each language', () => {
    for (const lang of MESSAGE_LANGUAGES)
      expect(Object.keys(FIELD_NOUNS[lang]).sort(), lang).toEqual(Object.keys(FIELD_NOUNS.en).sort());
    // The schemas whose messages live in the catalogue name their fields with nouns it knows.
    const named =
      /(?:nonEmptyText|slug|taxonomyRef|taxonomyId|localizedLabel)\('([^']+)'\)|listOf\([^;]*?, '([^']+)'\)/g;
    const schemas = readdirSync('src/schemas').filter((f) => f.endsWith('.ts'));
    const nouns = schemas.flatMap((file) =>
      [...readFileSync(`src/schemas/${file}`, 'utf8').matchAll(named)].map((m) => m[1] ?? m[2]!),
    );
    expect(nouns.length).toBeGreaterThan(30);
    expect(nouns.filter((noun) => !isFieldNoun(noun))).toEqual([]);
  });
});

describe('messages follow the language set when a problem is found', () => {
  test('a schema message is written at parse time, with its suggestion', () => {
    setMessageLanguage('es');
    const spanish = countryCode.safeParse('tg').error!.issues[0] as {
      message: string;
      params?: { suggestion?: string };
    };
    expect(spanish.message).toMatch(/^"tg" no es un código de país ISO 3166-1/);
    expect(spanish.params?.suggestion).toBe('escriba "TG"');
    setMessageLanguage('fr');
    expect(nonEmptyText('title').safeParse('  ').error!.issues[0]!.message).toBe(
      'Ce champ est vide : écrivez le titre, ou supprimez la ligne.',
    );
    setMessageLanguage('en');
    expect(countryCode.safeParse('tg').error!.issues[0]!.message).toMatch(
      /^"tg" is not a two-letter ISO 3166-1 country code/,
    );
  });

  test("Zod's own checks get editor messages in the language, not Zod's", () => {
    const indicator = {
      id: 'x',
      label: { fr: 'a', en: 'b', es: 'c' },
      description: { fr: 'a', en: 'b', es: 'c' },
      unit: 'percent',
      higherIsBetter: true,
    };
    setMessageLanguage('fr');
    const tooMany = indicatorSchema.safeParse({ ...indicator, decimals: 7 }, { error: editorZodError });
    expect(tooMany.error!.issues[0]!.message).toBe('Le nombre doit être inférieur ou égal à 4.');
    setMessageLanguage('es');
    const notWhole = indicatorSchema.safeParse({ ...indicator, decimals: 1.5 }, { error: editorZodError });
    expect(notWhole.error!.issues[0]!.message).toBe('Aquí se espera un número entero, sin decimales.');
  });

  test('the report frame counts per file and in all, in each language', () => {
    const issues = [
      { file: 'b.mdx', line: 3, message: 'M3', suggestion: 'S3' },
      { file: 'a.mdx', line: 9, message: 'M9' },
      { file: 'b.mdx', line: 1, message: 'M1' },
    ];
    setMessageLanguage('fr');
    expect(formatIssueReport(issues).split('\n')).toEqual([
      'a.mdx (1 problème)',
      '  a.mdx:9 M9',
      '',
      'b.mdx (2 problèmes)',
      '  b.mdx:1 M1',
      '  b.mdx:3 M3',
      '    → S3',
      '',
      '3 problèmes dans 2 fichiers.',
    ]);
    expect(formatIssueReport([])).toBe('Aucun problème trouvé.');
    setMessageLanguage('es');
    expect(formatIssueReport(issues)).toMatch(
      /^a\.mdx \(1 problema\)\n[\s\S]*\nb\.mdx \(2 problemas\)\n[\s\S]*\n3 problemas en 2 archivos\.$/,
    );
    expect(say.reportNoProblems()).toBe('No se ha encontrado ningún problema.');
  });
});

describe('choosing the language', () => {
  test.each([
    ['fr_FR.UTF-8', 'fr'],
    ['es_AR', 'es'],
    ['en_GB.utf8', 'en'],
    ['fr', 'fr'],
    ['es-MX', 'es'],
    ['C.UTF-8', undefined],
    ['POSIX', undefined],
    ['de_DE.UTF-8', undefined],
    ['', undefined],
  ])('the locale %s speaks %s', (locale, lang) => {
    expect(languageOfLocale(locale)).toBe(lang);
  });

  test('--lang, then ATLAS_LANG, then LC_ALL, LC_MESSAGES and LANG, then English', () => {
    const env = { ATLAS_LANG: 'es', LC_ALL: 'en_US.UTF-8', LANG: 'fr_FR.UTF-8' };
    expect(chooseMessageLanguage(['--lang', 'fr'], env)).toEqual({ ok: true, lang: 'fr' });
    expect(chooseMessageLanguage(['--content', 'x', '--lang=FR'], env)).toEqual({ ok: true, lang: 'fr' });
    expect(chooseMessageLanguage([], env)).toEqual({ ok: true, lang: 'es' });
    expect(chooseMessageLanguage([], { LC_ALL: 'en_US.UTF-8', LANG: 'fr_FR.UTF-8' })).toEqual({ ok: true, lang: 'en' });
    expect(chooseMessageLanguage([], { LC_ALL: '', LC_MESSAGES: 'es_ES.UTF-8', LANG: 'fr_FR.UTF-8' })).toEqual({
      ok: true,
      lang: 'es',
    });
    expect(chooseMessageLanguage([], { LANG: 'fr_FR.UTF-8' })).toEqual({ ok: true, lang: 'fr' });
    expect(chooseMessageLanguage([], { LANG: 'de_DE.UTF-8' })).toEqual({ ok: true, lang: 'en' });
    expect(chooseMessageLanguage([], {})).toEqual({ ok: true, lang: 'en' });
  });

  test('an unknown choice is refused with the choices, in the language the environment speaks', () => {
    expect(chooseMessageLanguage(['--lang', 'xx'], {})).toEqual({
      ok: false,
      lang: 'en',
      error: '--lang "xx" is not a language the check speaks: choose one of fr, en, es.',
    });
    expect(chooseMessageLanguage(['--lang'], { LANG: 'fr_FR.UTF-8' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^--lang "" n’est pas une langue .* fr, en, es\.$/),
    });
    expect(chooseMessageLanguage([], { ATLAS_LANG: 'german' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('ATLAS_LANG "german"'),
    });
  });
});
