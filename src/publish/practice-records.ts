/**
 * Practices as open data: one record per practice, in one language
 * (practices.<lang>.json/.csv, text falling back to the original, with the
 * language the text is in) or with every language's own text
 * (practices.json/.csv). Facts keep the content files' field names and
 * vocabulary ids, so src/schemas/practice.ts describes them; CSV adds the
 * labels a spreadsheet reader needs.
 */
import type { Catalogue, PracticeFactFields, PracticeRecord, PracticeText, Taxonomies } from '../catalogue/model.ts';
import { localizeCity, localizePractice } from '../domain/localize.ts';
import { countryName, termLabel } from '../domain/names.ts';
import { placeRolesOf } from '../domain/place-roles.ts';
import type { Lang } from '../i18n/languages.ts';
import type { Vocabulary } from '../schemas/taxonomy.ts';
import { isoOrNull, practiceUrl, type PublishContext } from './context.ts';
import { joinCell, type CsvRow } from './csv.ts';

export interface PublishedPracticeText {
  title: string;
  summary: string;
  keywords: string[];
  results: string[];
  machineTranslated: boolean;
  /** The sanitized HTML of the description, as the page shows it. */
  descriptionHtml: string;
}

export type PublishedPractice = PracticeFactFields &
  PublishedPracticeText & {
    id: string;
    url: string;
    /** The language of the file (the page's language). */
    language: Lang;
    /** The language the text is written in: the original's when not yet translated. */
    textLanguage: Lang;
    originalLanguage: Lang;
    /** Last change of the practice's files in git (ISO 8601), null when unknown. */
    lastChanged: string | null;
  };

export type PublishedPracticeAllLanguages = PracticeFactFields & {
  id: string;
  originalLanguage: Lang;
  lastChanged: string | null;
  /** Only the languages the practice has its own text in. */
  texts: Partial<Record<Lang, PublishedPracticeText & { url: string }>>;
};

export function practiceFiles(practice: PracticeRecord): string[] {
  return Object.values(practice.texts).map((t) => t!.file);
}

function ownText(text: PracticeText, original: PracticeText): PublishedPracticeText {
  return {
    title: text.title,
    summary: text.summary,
    keywords: text.keywords ?? original.keywords ?? [],
    results: text.results ?? original.results ?? [],
    machineTranslated: text.machineTranslated,
    descriptionHtml: text.html,
  };
}

export function practiceRecord(practice: PracticeRecord, lang: Lang, context: PublishContext): PublishedPractice {
  const localized = localizePractice(practice, lang);
  return {
    id: practice.id,
    url: practiceUrl(context, lang, practice.id),
    language: lang,
    textLanguage: localized.textLang,
    originalLanguage: practice.originalLanguage,
    title: localized.text.title,
    summary: localized.text.summary,
    keywords: localized.keywords.values,
    results: localized.results.values,
    machineTranslated: localized.text.machineTranslated,
    descriptionHtml: localized.text.html,
    ...practice.facts,
    lastChanged: isoOrNull(context.changedAt(practiceFiles(practice))),
  };
}

export function practiceRecordAllLanguages(
  practice: PracticeRecord,
  context: PublishContext,
): PublishedPracticeAllLanguages {
  const original = practice.texts[practice.originalLanguage]!;
  const texts: PublishedPracticeAllLanguages['texts'] = {};
  for (const lang of context.languages) {
    const text = practice.texts[lang];
    if (text) texts[lang] = { ...ownText(text, original), url: practiceUrl(context, lang, practice.id) };
  }
  return {
    id: practice.id,
    originalLanguage: practice.originalLanguage,
    ...practice.facts,
    lastChanged: isoOrNull(context.changedAt(practiceFiles(practice))),
    texts,
  };
}

/* ---------- CSV ---------- */

const labels = (taxonomies: Taxonomies, vocabulary: Vocabulary, ids: readonly string[], lang: Lang) =>
  joinCell(ids.map((id) => termLabel(taxonomies, vocabulary, id, lang)));

/** Fact columns, the same in every CSV of practices; labels in `lang`. */
export const PRACTICE_FACT_COLUMNS = [
  'original_language',
  'promoter',
  'promoter_website',
  'country',
  'country_name',
  'region',
  'cities',
  'city_names',
  'city_roles',
  'scale',
  'scale_label',
  'status',
  'status_label',
  'start',
  'end',
  'themes',
  'theme_labels',
  'methods',
  'method_labels',
  'power_domains',
  'sdgs',
  'networks',
  'network_labels',
  'source_types',
  'languages',
  'partners',
  'funders',
  'budget_amount',
  'budget_currency',
  'links',
  'sources',
  'last_reviewed',
  'last_changed',
] as const;

function factCells(
  practice: PracticeRecord,
  catalogue: Pick<Catalogue, 'taxonomies' | 'cities'>,
  lang: Lang,
  lastChanged: string | null,
): CsvRow {
  const { facts } = practice;
  const { taxonomies } = catalogue;
  const cityNames = facts.cities.map((id) => {
    const city = catalogue.cities.find((c) => c.id === id);
    return city ? localizeCity(city, lang).text.name : id;
  });
  return {
    original_language: practice.originalLanguage,
    promoter: facts.promoter.name,
    promoter_website: facts.promoter.website,
    country: facts.country,
    country_name: countryName(facts.country, lang),
    region: facts.region,
    cities: joinCell(facts.cities),
    city_names: joinCell(cityNames),
    // Parallel to cities: each city's roles (ids of place-roles) joined by "+", e.g. "location+lead; partner".
    city_roles: joinCell(facts.cities.map((id) => placeRolesOf(practice, id).join('+'))),
    scale: facts.scale,
    scale_label: termLabel(taxonomies, 'scales', facts.scale, lang),
    status: facts.status,
    status_label: termLabel(taxonomies, 'statuses', facts.status, lang),
    start: facts.dates.start ?? '',
    end: facts.dates.end ?? '',
    themes: joinCell(facts.themes),
    theme_labels: labels(taxonomies, 'themes', facts.themes, lang),
    methods: joinCell(facts.methods),
    method_labels: labels(taxonomies, 'methods', facts.methods, lang),
    power_domains: joinCell(facts.powerDomains),
    sdgs: joinCell(facts.sdgs),
    networks: joinCell(facts.networks),
    network_labels: labels(taxonomies, 'networks', facts.networks, lang),
    source_types: joinCell(facts.sourceTypes),
    languages: joinCell(facts.languages),
    partners: joinCell(facts.partners.map((p) => p.name)),
    funders: joinCell(facts.funders.map((p) => p.name)),
    budget_amount: facts.budget?.amount,
    budget_currency: facts.budget?.currency,
    links: joinCell(facts.links.map((l) => l.url)),
    sources: joinCell(facts.sources.map((s) => (s.url ? `${s.title} <${s.url}>` : s.title))),
    last_reviewed: facts.lastReviewed,
    last_changed: lastChanged ?? '',
  };
}

export const PRACTICE_CSV_COLUMNS = [
  'id',
  'url',
  'language',
  'text_language',
  'title',
  'summary',
  'keywords',
  'results',
  'machine_translated',
  ...PRACTICE_FACT_COLUMNS,
] as const;

/** One CSV row of a practice in one language (from its published record). */
export function practiceCsvRow(
  record: PublishedPractice,
  practice: PracticeRecord,
  catalogue: Pick<Catalogue, 'taxonomies' | 'cities'>,
): CsvRow {
  return {
    id: record.id,
    url: record.url,
    language: record.language,
    text_language: record.textLanguage,
    title: record.title,
    summary: record.summary,
    keywords: joinCell(record.keywords),
    results: joinCell(record.results),
    machine_translated: record.machineTranslated,
    ...factCells(practice, catalogue, record.language, record.lastChanged),
  };
}

/** Columns of practices.csv: facts once, then title, summary and URL per language. */
export const practiceAllLanguagesCsvColumns = (languages: readonly Lang[]) => [
  'id',
  ...languages.flatMap((lang) => [`title_${lang}`, `summary_${lang}`, `url_${lang}`]),
  ...PRACTICE_FACT_COLUMNS,
];

/** Labels in the all-languages CSV are in the site's default language. */
export function practiceAllLanguagesCsvRow(
  record: PublishedPracticeAllLanguages,
  practice: PracticeRecord,
  catalogue: Pick<Catalogue, 'taxonomies' | 'cities'>,
  labelLang: Lang,
  languages: readonly Lang[],
): CsvRow {
  const row: CsvRow = { id: record.id };
  for (const lang of languages) {
    const text = record.texts[lang];
    row[`title_${lang}`] = text?.title ?? '';
    row[`summary_${lang}`] = text?.summary ?? '';
    row[`url_${lang}`] = text?.url ?? '';
  }
  return { ...row, ...factCells(practice, catalogue, labelLang, record.lastChanged) };
}
