/**
 * Cities and local governments as open data, shaped like the practices:
 * per language (name falling back to the original, with its language) and
 * with every language's own name and description.
 */
import type { CityFactFields, CityRecord, Taxonomies } from '../catalogue/model.ts';
import { localizeCity } from '../domain/localize.ts';
import { countryName, termLabel } from '../domain/names.ts';
import type { Lang } from '../i18n/languages.ts';
import { cityUrl, isoOrNull, type PublishContext } from './context.ts';
import { joinCell, type CsvRow } from './csv.ts';

export type PublishedCity = CityFactFields & {
  id: string;
  url: string;
  language: Lang;
  textLanguage: Lang;
  originalLanguage: Lang;
  name: string;
  machineTranslated: boolean;
  descriptionHtml: string;
  lastChanged: string | null;
};

export type PublishedCityAllLanguages = CityFactFields & {
  id: string;
  originalLanguage: Lang;
  lastChanged: string | null;
  texts: Partial<Record<Lang, { name: string; machineTranslated: boolean; descriptionHtml: string; url: string }>>;
};

const cityFiles = (city: CityRecord) => Object.values(city.texts).map((t) => t!.file);

export function cityRecord(city: CityRecord, lang: Lang, context: PublishContext): PublishedCity {
  const { text, textLang } = localizeCity(city, lang);
  return {
    id: city.id,
    url: cityUrl(context, lang, city.id),
    language: lang,
    textLanguage: textLang,
    originalLanguage: city.originalLanguage,
    name: text.name,
    machineTranslated: text.machineTranslated,
    descriptionHtml: text.html,
    ...city.facts,
    lastChanged: isoOrNull(context.changedAt(cityFiles(city))),
  };
}

export function cityRecordAllLanguages(city: CityRecord, context: PublishContext): PublishedCityAllLanguages {
  const texts: PublishedCityAllLanguages['texts'] = {};
  for (const lang of context.languages) {
    const text = city.texts[lang];
    if (text)
      texts[lang] = {
        name: text.name,
        machineTranslated: text.machineTranslated,
        descriptionHtml: text.html,
        url: cityUrl(context, lang, city.id),
      };
  }
  return {
    id: city.id,
    originalLanguage: city.originalLanguage,
    ...city.facts,
    lastChanged: isoOrNull(context.changedAt(cityFiles(city))),
    texts,
  };
}

const CITY_FACT_COLUMNS = [
  'original_language',
  'country',
  'country_name',
  'type',
  'type_label',
  'region',
  'lat',
  'lon',
  'population',
  'population_year',
  'population_source',
  'networks',
  'plan_status',
  'plan_title',
  'plan_year',
  'website',
  'last_reviewed',
  'last_changed',
] as const;

function factCells(city: CityRecord, taxonomies: Taxonomies, lang: Lang, lastChanged: string | null): CsvRow {
  const { facts } = city;
  return {
    original_language: city.originalLanguage,
    country: facts.country,
    country_name: countryName(facts.country, lang),
    type: facts.type,
    type_label: termLabel(taxonomies, 'authority-types', facts.type, lang),
    region: facts.region,
    lat: facts.coordinates.lat,
    lon: facts.coordinates.lon,
    population: facts.population?.value,
    population_year: facts.population?.year,
    population_source: facts.population?.source,
    networks: joinCell(facts.networks),
    plan_status: facts.genderEqualityPlan.status,
    plan_title: facts.genderEqualityPlan.title,
    plan_year: facts.genderEqualityPlan.year,
    website: facts.website,
    last_reviewed: facts.lastReviewed,
    last_changed: lastChanged ?? '',
  };
}

export const CITY_CSV_COLUMNS = ['id', 'url', 'language', 'text_language', 'name', ...CITY_FACT_COLUMNS];

export function cityCsvRow(record: PublishedCity, city: CityRecord, taxonomies: Taxonomies): CsvRow {
  return {
    id: record.id,
    url: record.url,
    language: record.language,
    text_language: record.textLanguage,
    name: record.name,
    ...factCells(city, taxonomies, record.language, record.lastChanged),
  };
}

export const cityAllLanguagesCsvColumns = (languages: readonly Lang[]) => [
  'id',
  ...languages.flatMap((l) => [`name_${l}`, `url_${l}`]),
  ...CITY_FACT_COLUMNS,
];

export function cityAllLanguagesCsvRow(
  record: PublishedCityAllLanguages,
  city: CityRecord,
  taxonomies: Taxonomies,
  labelLang: Lang,
  languages: readonly Lang[],
): CsvRow {
  const row: CsvRow = { id: record.id };
  for (const lang of languages) {
    row[`name_${lang}`] = record.texts[lang]?.name ?? '';
    row[`url_${lang}`] = record.texts[lang]?.url ?? '';
  }
  return { ...row, ...factCells(city, taxonomies, labelLang, record.lastChanged) };
}
