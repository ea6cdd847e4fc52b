/**
 * What `npm run new` writes: files from an editor's answers, which pass the
 * check as written. Nothing is invented: the text below the fields is the
 * editor's own description, or nothing yet (the page then shows the
 * summary alone). Optional fields are present as comments, so an editor
 * sees what else the catalogue can hold without having to look it up; each
 * holds the mark "…", which the check reports if the line is uncommented
 * and left unfilled (src/catalogue/unfilled.ts).
 */
import { toSlug } from '../catalogue/suggest.ts';
import type { Lang } from '../i18n/languages.ts';

export interface PracticeAnswers {
  lang: Lang;
  title: string;
  summary: string;
  promoter: string;
  country: string;
  cities: string[];
  scale: string;
  themes: string[];
  sourceTypes: string[];
  status: string;
  languages: string[];
  source: string;
  today: string;
  /** The editor's description, in Markdown; empty when they will write it later. */
  description: string;
}

export interface CityAnswers {
  lang: Lang;
  name: string;
  country: string;
  type: string;
  lat: number;
  lon: number;
  source: string;
  today: string;
  description: string;
}

export interface TranslationAnswers {
  lang: Lang;
  originalLanguage: Lang;
  /** The translated fields and their values ("title" and "summary", or "name"). */
  fields: { name: string; value: string }[];
  /** The translated description; empty when it will come later. */
  description: string;
}

/** A YAML scalar that survives colons, quotes and leading symbols. */
export function yamlText(value: string): string {
  return JSON.stringify(value.replace(/\s+/g, ' ').trim());
}

const list = (values: readonly string[]) => `[${values.join(', ')}]`;

/**
 * The editor's description as the text below the fields. Braces and "<"
 * would be read as MDX code, which the check refuses in a body: escaped,
 * they are shown as typed.
 */
export function bodyText(description: string): string {
  const text = description.replace(/\r\n?/g, '\n').trim();
  return text === '' ? '' : `${text.replace(/[{}<]/g, (c) => `\\${c}`)}\n`;
}

/** 1-based line where the description starts, or, while there is none, the blank line below the fields where it goes. */
export function descriptionLine(fileText: string): number {
  const lines = fileText.split('\n');
  const below = lines.indexOf('---', 1) + 1;
  const first = lines.findIndex((line, index) => index >= below && line.trim() !== '');
  return (first === -1 ? below : first) + 1;
}

/** A suggested id from a title, short enough for a web address. */
export function slugFromTitle(title: string): string {
  return toSlug(title).slice(0, 60).replace(/-$/, '');
}

export function practiceFile(a: PracticeAnswers): string {
  return [
    '---',
    `title: ${yamlText(a.title)}`,
    `summary: ${yamlText(a.summary)}`,
    '# keywords: ["…", "…"]',
    '# results:',
    '#   - "…"',
    'promoter:',
    `  name: ${yamlText(a.promoter)}`,
    '  # email: "…"   # name@organisation.org',
    '  # website: "https://…"',
    '# dates: { start: "…", end: "…" }   # "2023", "2023-05" or "2023-05-13"; leave out an unknown end',
    `status: ${a.status}`,
    `themes: ${list(a.themes)}`,
    '# powerDomains: ["…"]   # ids from taxonomies/power-domains.yaml',
    '# methods: ["…"]   # ids from taxonomies/methods.yaml',
    `sourceTypes: ${list(a.sourceTypes)}`,
    '# sdgs: ["…"]   # goal numbers, for example 5, 11',
    `country: ${a.country}`,
    '# region: "…"',
    `cities: ${list(a.cities)}`,
    `scale: ${a.scale}`,
    `languages: ${list(a.languages)}`,
    '# networks: ["…"]   # ids from taxonomies/networks.yaml',
    '# partners:',
    '#   - name: "…"',
    '# funders:',
    '#   - name: "…"',
    '# budget: { amount: …, currency: EUR }   # amount as a plain number, for example 10000',
    '# links:',
    '#   - url: "https://…"',
    '#     label: "…"',
    'sources:',
    `  - title: ${yamlText(a.source)}`,
    `lastReviewed: "${a.today}"`,
    '---',
    '',
    '',
  ].join('\n') + bodyText(a.description);
}

export function cityFile(a: CityAnswers): string {
  return [
    '---',
    `name: ${yamlText(a.name)}`,
    `country: ${a.country}`,
    `type: ${a.type}`,
    '# region: "…"',
    `coordinates: { lat: ${a.lat}, lon: ${a.lon} }`,
    '# population: { value: …, year: …, source: "…" }   # for example 10000, 2023',
    '# networks: ["…"]   # ids from taxonomies/networks.yaml',
    '# genderEqualityPlan: { status: …, title: "…", year: … }   # status from taxonomies/plan-statuses.yaml',
    '# website: "https://…"',
    'sources:',
    `  - title: ${yamlText(a.source)}`,
    `lastReviewed: "${a.today}"`,
    '---',
    '',
    '',
  ].join('\n') + bodyText(a.description);
}

/**
 * A translation holds the translated fields and description only. The
 * original's text is not copied in: left untranslated by mistake, it would
 * be published under the wrong language.
 */
export function translationFile(a: TranslationAnswers): string {
  return ['---', `translationOf: ${a.originalLanguage}`, ...a.fields.map((f) => `${f.name}: ${yamlText(f.value)}`), '---', '', ''].join('\n') + bodyText(a.description);
}
