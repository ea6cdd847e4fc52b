/**
 * What `npm run new` writes: files from an editor's answers, valid but for
 * the places still to fill. Optional fields are present as comments, so an
 * editor sees what else the catalogue can hold without having to look it
 * up; each place to fill holds the mark "…" (an example sentence in the
 * text), which the check reports line by line while it is left as written
 * (src/catalogue/unfilled.ts), so nothing half-filled is published.
 */
import { toSlug } from '../../src/catalogue/suggest.ts';
import { SCAFFOLD_BODY_HINTS } from '../../src/catalogue/unfilled.ts';
import type { Lang } from '../../src/i18n/languages.ts';

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
}

export interface TranslationAnswers {
  lang: Lang;
  originalLanguage: Lang;
  /** The name field and its value in the original ("title" or "name"). */
  fields: { name: string; value: string }[];
  body: string;
}

/** A YAML scalar that survives colons, quotes and leading symbols. */
export function yamlText(value: string): string {
  return JSON.stringify(value.replace(/\s+/g, ' ').trim());
}

const list = (values: readonly string[]) => `[${values.join(', ')}]`;

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
    SCAFFOLD_BODY_HINTS.practice[a.lang],
    '',
  ].join('\n');
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
    SCAFFOLD_BODY_HINTS.city[a.lang],
    '',
  ].join('\n');
}

const TRANSLATE_HINT: Record<Lang, string> = {
  fr: '# Traduisez le texte ci-dessous (il est encore dans la langue d’origine).',
  en: '# Translate the text below (it is still in the original language).',
  es: '# Traduzca el texto de abajo (aún está en el idioma original).',
};

export function translationFile(a: TranslationAnswers): string {
  return ['---', TRANSLATE_HINT[a.lang], `translationOf: ${a.originalLanguage}`, ...a.fields.map((f) => `${f.name}: ${yamlText(f.value)}`), '---', '', a.body.trim(), ''].join('\n');
}
