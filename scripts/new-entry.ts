/**
 * `npm run new`: scaffolds a practice, a city profile or a translation,
 * asking in the editor's language and offering vocabulary ids with their
 * labels. Every question can also be answered with a flag, so it runs
 * without a terminal too:
 *
 *   npm run new -- --ui en --kind practice --title "Safe streets" --summary "…" \
 *     --promoter "City of X" --country FR --cities "" --scale local --themes public-space \
 *     --source-types initiative-practice --status ongoing --languages fr --source "Report" --lang fr
 *
 * What it writes passes the check as written: the text below the fields is
 * the editor's own description (--description, optional) or nothing yet,
 * and a translation holds the translated title and summary (or name) and
 * description, never a copy of the original's text. It then prints, in the
 * editor's language, where to write the description and the optional lines,
 * and checks the whole catalogue as `npm run check` does.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parse as parseYaml } from 'yaml';
import { formatIssueReport } from '../src/catalogue/issues.ts';
import { loadCatalogue } from '../src/catalogue/load-catalogue.ts';
import { setMessageLanguage } from '../src/catalogue/messages/index.ts';
import { normalizeText, splitFrontmatter } from '../src/catalogue/source-text.ts';
import { CONTENT_LANGUAGES, isLang, type Lang } from '../src/i18n/languages.ts';
import { countryCode, languageCode, SLUG_PATTERN } from '../src/schemas/common.ts';
import { contentDirFromEnv } from './content-dir.ts';
import {
  cityFile,
  descriptionLine,
  practiceFile,
  slugFromTitle,
  translationFile,
  translatedFactLines,
} from '../src/scaffold/entry-files.ts';
import { chooseMessageLanguage } from '../src/catalogue/messages/choose-language.ts';
import { KIND_WORDS, kindOf, PROMPTS, type PromptKey } from '../src/scaffold/prompts.ts';

const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? (argv[index + 1] ?? '') : undefined;
};
const contentDir = resolve(contentDirFromEnv(argv));
const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) });
const lines = rl[Symbol.asyncIterator]();

/** The next answer, or undefined when standard input has ended (flags-only runs). */
async function readAnswer(question: string): Promise<string | undefined> {
  process.stdout.write(`${question} `);
  const next = await lines.next();
  if (next.done) {
    process.stdout.write('\n');
    return undefined;
  }
  return next.value.trim();
}

let ui: Lang = 'en';
const say = (key: PromptKey, values: Record<string, string> = {}) =>
  PROMPTS[ui][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** Asks until `check` accepts the answer; a flag's value is checked the same way and never asked. */
async function ask(
  name: string,
  key: PromptKey,
  check: (value: string) => string | undefined,
  fallback?: string,
  values: Record<string, string> = {},
): Promise<string> {
  const given = flag(name);
  if (given !== undefined) {
    const problem = check(given);
    if (problem) throw new Error(`--${name} ${JSON.stringify(given)}: ${problem}`);
    return given;
  }
  const question = say(key, values);
  for (;;) {
    const read = await readAnswer(`${question}${fallback !== undefined && fallback !== '' ? ` [${fallback}]` : ''}`);
    if (read === undefined && fallback === undefined) throw new Error(`${question} ${say('required')} (--${name})`);
    const answer = read || fallback || '';
    const problem = check(answer);
    if (problem && read === undefined) throw new Error(`--${name}: ${problem}`);
    if (!problem) return answer;
    console.log(`  ✗ ${problem}`);
  }
}

const required = (value: string) => (value.trim() ? undefined : say('required'));
const summaryCheck = (value: string) => required(value) ?? (value.length > 600 ? say('tooLong') : undefined);
/** An optional answer: Enter, or the end of standard input, leaves it empty. */
const optional = () => undefined;

function zodCheck(schema: typeof countryCode | typeof languageCode) {
  return (value: string) => {
    const result = schema.safeParse(value);
    if (result.success) return undefined;
    const issue = result.error.issues[0] as { message: string; params?: { suggestion?: string } };
    return `${issue.message}${issue.params?.suggestion ? ` (${issue.params.suggestion})` : ''}`;
  };
}

interface Term {
  id: string;
  label: Record<Lang, string>;
}

function vocabulary(name: string): Term[] {
  const terms = parseYaml(readFileSync(join(contentDir, 'taxonomies', `${name}.yaml`), 'utf8')) as {
    id: string | number;
    label: Record<Lang, string>;
  }[];
  return terms.map((t) => ({ id: String(t.id), label: t.label }));
}

/** Offers numbered choices with labels; accepts numbers or ids, several when `many`. */
async function choose(
  name: string,
  key: PromptKey,
  vocabularyName: string,
  many: boolean,
  fallback?: string,
): Promise<string[]> {
  const terms = vocabulary(vocabularyName);
  if (flag(name) === undefined) {
    console.log(say(key));
    terms.forEach((t, i) => console.log(`  ${String(i + 1).padStart(2)}) ${t.id} — ${t.label[ui]}`));
  }
  const answer = await ask(
    name,
    many ? 'pickMany' : 'pickOne',
    (value) => {
      const picked = value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
      if (picked.length === 0 && !many) return say('required');
      if (!many && picked.length > 1) return say('onlyOne');
      const unknown = picked.filter((v) => !terms.some((t, i) => t.id === v || String(i + 1) === v));
      if (unknown.length === 0) return undefined;
      const file = relative(process.cwd(), join(contentDir, 'taxonomies', `${vocabularyName}.yaml`))
        .split(sep)
        .join('/');
      return `${say('unknownChoice', { values: unknown.join(', ') })} ${say('newTerm', { file })}`;
    },
    fallback,
  );
  return answer
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
    .map((v) => terms.find((t, i) => t.id === v || String(i + 1) === v)!.id);
}

function entryIds(kind: 'practices' | 'cities'): string[] {
  const dir = join(contentDir, kind);
  return existsSync(dir) ? readdirSync(dir).filter((n) => SLUG_PATTERN.test(n)) : [];
}

function newId(kind: 'practices' | 'cities') {
  return (value: string) => {
    if (!SLUG_PATTERN.test(value)) return say('badId');
    if (entryIds(kind).includes(value)) return say('idTaken', { id: value });
    return undefined;
  };
}

function originalOf(kind: 'practices' | 'cities', id: string): { lang: Lang; fields: Record<string, unknown> } {
  for (const lang of CONTENT_LANGUAGES) {
    const file = join(contentDir, kind, id, `${lang}.mdx`);
    if (!existsSync(file)) continue;
    const split = splitFrontmatter(normalizeText(readFileSync(file, 'utf8')));
    if (!split.ok) continue;
    const fields = (parseYaml(split.value.frontmatter ?? '') ?? {}) as Record<string, unknown>;
    if (fields.translationOf === undefined) return { lang, fields };
  }
  throw new Error(`No original file found in ${kind}/${id}.`);
}

interface Written {
  /** Path as the check names it (relative, with forward slashes). */
  file: string;
  /** file:line where the description starts or is to be written. */
  place: string;
  described: boolean;
}

function write(path: string, text: string, described: boolean): Written {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  const file = relative(process.cwd(), path).split(sep).join('/');
  console.log(say('written', { file }));
  return { file, place: `${file}:${descriptionLine(text)}`, described };
}

async function main(): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    // Help in the language asked for, else the system's: it is read before any question.
    const asked = flag('ui');
    ui = asked !== undefined && isLang(asked) ? asked : chooseMessageLanguage([], process.env).lang;
    console.log(say('help'));
    return;
  }
  const uiAnswer = flag('ui') ?? (await readAnswer('Langue / Language / Idioma (fr, en, es) [en]')) ?? 'en';
  ui = isLang(uiAnswer) ? uiAnswer : 'en';
  // Answers are checked by the schemas, and the new file by the check: both then speak the editor's language.
  setMessageLanguage(ui);
  const today = new Date().toISOString().slice(0, 10);
  const kind = kindOf(
    await ask('kind', 'kind', (v) => (kindOf(v) ? undefined : say('kindChoices')), KIND_WORDS[ui].practice),
  );

  let written: Written;
  // What the page shows while the description is still to write: the advice says it.
  let later: PromptKey;
  let originalFile = '';
  // Whether the file holds optional lines as comments (a translation only when its original has fact texts).
  let withComments = kind !== 'translation';
  if (kind === 'practice') {
    const lang = (await ask('lang', 'textLanguage', (v) => (isLang(v) ? undefined : say('langChoices')), ui)) as Lang;
    const title = await ask('title', 'title', required);
    const id = await ask('id', 'id', newId('practices'), slugFromTitle(title));
    const summary = await ask('summary', 'summary', summaryCheck);
    const promoter = await ask('promoter', 'promoter', required);
    const country = await ask('country', 'country', zodCheck(countryCode));
    const known = entryIds('cities');
    const cities = (
      await ask(
        'cities',
        'cities',
        (v) => {
          const unknown = v
            .split(',')
            .map((c) => c.trim())
            .filter((c) => c && !known.includes(c));
          return unknown.length ? say('unknownCity', { ids: unknown.join(', ') }) : undefined;
        },
        '',
      )
    )
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    const [scale] = await choose('scale', 'scale', 'scales', false);
    const themes = await choose('themes', 'themes', 'themes', true);
    const sourceTypes = await choose('source-types', 'sourceTypes', 'source-types', true);
    const [status] = await choose('status', 'status', 'statuses', false);
    const languages = (
      await ask(
        'languages',
        'languages',
        (v) =>
          v
            .split(',')
            .map((l) => zodCheck(languageCode)(l.trim()))
            .find(Boolean),
        lang,
      )
    )
      .split(',')
      .map((l) => l.trim());
    const source = await ask('source', 'source', required);
    const description = await ask('description', 'description', optional, '');
    written = write(
      join(contentDir, 'practices', id, `${lang}.mdx`),
      practiceFile({
        lang,
        comments: ui,
        title,
        summary,
        promoter,
        country,
        cities,
        scale: scale!,
        themes,
        sourceTypes,
        status: status!,
        languages,
        source,
        today,
        description,
      }),
      description.trim() !== '',
    );
    later = 'describeLater';
  } else if (kind === 'city') {
    const lang = (await ask('lang', 'textLanguage', (v) => (isLang(v) ? undefined : say('langChoices')), ui)) as Lang;
    const name = await ask('name', 'cityName', required);
    const id = await ask('id', 'id', newId('cities'), slugFromTitle(name));
    const country = await ask('country', 'country', zodCheck(countryCode));
    const [type] = await choose('type', 'authorityType', 'authority-types', false);
    const number = (min: number, max: number) => (v: string) =>
      Number.isFinite(Number(v)) && Number(v) >= min && Number(v) <= max && v.trim() !== ''
        ? undefined
        : say('badNumber', { min: String(min), max: String(max) });
    const lat = Number(await ask('lat', 'lat', number(-90, 90)));
    const lon = Number(await ask('lon', 'lon', number(-180, 180)));
    const source = await ask('source', 'source', required);
    const description = await ask('description', 'cityDescription', optional, '');
    written = write(
      join(contentDir, 'cities', id, `${lang}.mdx`),
      cityFile({ lang, comments: ui, name, country, type: type!, lat, lon, source, today, description }),
      description.trim() !== '',
    );
    later = 'describeCityLater';
  } else {
    const isPracticeOrCity = (v: string) => kindOf(v) === 'practice' || kindOf(v) === 'city';
    const of =
      kindOf(
        await ask(
          'of',
          'translationKind',
          (v) => (isPracticeOrCity(v) ? undefined : say('ofChoices')),
          KIND_WORDS[ui].practice,
        ),
      ) === 'city'
        ? 'cities'
        : 'practices';
    const ids = entryIds(of);
    const id = await ask('id', 'existingId', (v) => (ids.includes(v) ? undefined : say('unknownEntry', { id: v })));
    const original = originalOf(of, id);
    const lang = (await ask('lang', 'targetLanguage', (v) => {
      if (!isLang(v)) return say('langChoices');
      if (existsSync(join(contentDir, of, id, `${v}.mdx`))) return say('exists', { lang: v });
      return undefined;
    })) as Lang;
    // The editor writes each translated field; the original's value is shown to translate from.
    const questions: [string, PromptKey, (value: string) => string | undefined][] =
      of === 'practices'
        ? [
            ['title', 'translatedTitle', required],
            ['summary', 'translatedSummary', summaryCheck],
          ]
        : [['name', 'translatedName', required]];
    const fields: { name: string; value: string }[] = [];
    for (const [name, key, check] of questions) {
      fields.push({
        name,
        value: await ask(name, key, check, undefined, {
          lang,
          value: JSON.stringify(String(original.fields[name] ?? '')),
        }),
      });
    }
    const description = await ask('description', 'translatedDescription', optional, '', { lang });
    const factLines = of === 'practices' ? translatedFactLines(original.fields, ui) : [];
    withComments = factLines.length > 0;
    written = write(
      join(contentDir, of, id, `${lang}.mdx`),
      translationFile({ lang, originalLanguage: original.lang, fields, description, factLines }),
      description.trim() !== '',
    );
    later = of === 'practices' ? 'translateLater' : 'translateCityLater';
    originalFile = `${original.lang}.mdx`;
  }

  // Advice, not errors: what the editor may add next, in their language.
  const indent = (text: string) => `  - ${text}`;
  console.log(say('toFill', { file: written.file }));
  console.log(
    indent(say(written.described ? 'describeMore' : later, { place: written.place, original: originalFile })),
  );
  if (withComments) console.log(indent(say('commentedLines')));
  console.log(say('thenCheck'));

  // The new file passes the check as written; anything the check reports is a real problem.
  const { issues } = loadCatalogue({ contentDir });
  if (issues.length > 0) {
    console.log(formatIssueReport(issues));
    console.log(say('invalid'));
    process.exitCode = 1;
  } else {
    console.log(say('valid'));
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  rl.close();
}
