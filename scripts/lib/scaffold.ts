/**
 * What `npm run new` writes: complete, valid files from an editor's answers.
 * Optional fields are present as comments, so an editor sees what else the
 * catalogue can hold without having to look it up.
 */
import { toSlug } from '../../src/catalogue/suggest.ts';
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

const BODY_HINT: Record<Lang, string> = {
  fr: 'Décrivez ici la pratique : contexte, démarche, résultats. Commencez les sections par « ## ».',
  en: 'Describe the practice here: context, approach, results. Start sections with "##".',
  es: 'Describa aquí la práctica: contexto, enfoque, resultados. Empiece las secciones con «##».',
};

const CITY_BODY_HINT: Record<Lang, string> = {
  fr: 'Présentez ici l’action de la collectivité pour l’égalité femmes-hommes.',
  en: 'Describe here what this local government does for gender equality.',
  es: 'Presente aquí la acción de este gobierno local por la igualdad de género.',
};

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
    '# keywords: [word, word]',
    '# results:',
    '#   - "One result per line"',
    'promoter:',
    `  name: ${yamlText(a.promoter)}`,
    '  # email: contact@example.org',
    '  # website: https://www.example.org',
    '# dates: { start: "2023", end: "2025-06" }',
    `status: ${a.status}`,
    `themes: ${list(a.themes)}`,
    '# powerDomains: [political]',
    '# methods: [networking]',
    `sourceTypes: ${list(a.sourceTypes)}`,
    '# sdgs: [5, 11]',
    `country: ${a.country}`,
    '# region: "…"',
    `cities: ${list(a.cities)}`,
    `scale: ${a.scale}`,
    `languages: ${list(a.languages)}`,
    '# networks: []',
    '# partners:',
    '#   - name: "…"',
    '# funders:',
    '#   - name: "…"',
    '# budget: { amount: 10000, currency: EUR }',
    '# links:',
    '#   - url: https://…',
    '#     label: "…"',
    'sources:',
    `  - title: ${yamlText(a.source)}`,
    `lastReviewed: "${a.today}"`,
    '---',
    '',
    BODY_HINT[a.lang],
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
    '# population: { value: 10000, year: 2023, source: "…" }',
    '# networks: []',
    '# genderEqualityPlan: { status: adopted, title: "…", year: 2021 }',
    '# website: https://…',
    'sources:',
    `  - title: ${yamlText(a.source)}`,
    `lastReviewed: "${a.today}"`,
    '---',
    '',
    CITY_BODY_HINT[a.lang],
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
