/**
 * The validated catalogue as the build hands it to pages: plain, serializable
 * records. Pages never read content files; they read these.
 */
import type { Lang } from '../i18n/languages.ts';
import type { CityFacts } from '../schemas/city.ts';
import type { DatasetMeta, Indicator } from '../schemas/kpi.ts';
import type { PracticeFacts } from '../schemas/practice.ts';
import type { SiteSettings } from '../schemas/site.ts';
import type { TaxonomyEntry, Vocabulary } from '../schemas/taxonomy.ts';

/** One language version of an entry's text. */
export interface TextVersion {
  lang: Lang;
  /** Source file, relative to the project root. */
  file: string;
  /** Sanitized HTML of the body. */
  html: string;
  machineTranslated: boolean;
}

export interface PracticeText extends TextVersion {
  title: string;
  summary: string;
  /** Absent in a translation that did not translate them: the original's apply. */
  keywords?: string[];
  results?: string[];
  /** A translation's own texts of the facts (h15-texts); what it leaves out falls back to the original's. */
  factTexts?: PracticeFactTexts;
}

/** The texts within a practice's facts, as a translation gives them: lists as long as the original's, in its order. */
export interface PracticeFactTexts {
  promoter?: { name: string };
  budget?: { note?: string; period?: string };
  partners?: { name: string }[];
  funders?: { name: string }[];
  links?: { label?: string }[];
}

export type PracticeFactFields = Omit<PracticeFacts, 'title' | 'summary' | 'keywords' | 'results' | 'cities'> & {
  /** Ids of the cities the practice names, in its order. */
  cities: string[];
  /**
   * How each of those cities takes part (ids of place-roles), by city id;
   * a city written as a plain id has ["location"]. Records made by hand may
   * leave it out: src/domain/place-roles.ts then reads the default.
   */
  cityRoles?: Record<string, string[]>;
};

export interface PracticeRecord {
  id: string;
  originalLanguage: Lang;
  facts: PracticeFactFields;
  texts: Partial<Record<Lang, PracticeText>>;
  /** Image files of the folder that the bodies show, published under media/. */
  images: string[];
}

export interface CityText extends TextVersion {
  name: string;
}

export type CityFactFields = Omit<CityFacts, 'name'>;

export interface CityRecord {
  id: string;
  originalLanguage: Lang;
  facts: CityFactFields;
  texts: Partial<Record<Lang, CityText>>;
  images: string[];
}

export interface Observation {
  dataset: string;
  city: string;
  indicator: string;
  period: string;
  value: number;
  /** The row's own source; the dataset's applies when absent. */
  source?: string;
  /** A remark on this value (a change of method, a provisional figure…). */
  note?: string;
}

/**
 * A figure for a whole country or network (a `place` cell written TG or
 * network:aimf): what a city's figure is compared with, never ranked
 * among the cities.
 */
export interface GroupObservation {
  dataset: string;
  kind: 'country' | 'network';
  /** ISO 3166-1 alpha-2 code, or an id of the networks vocabulary. */
  group: string;
  indicator: string;
  period: string;
  value: number;
  source?: string;
  note?: string;
}

export interface DatasetRecord {
  id: string;
  meta: DatasetMeta;
  /** CSV path relative to the project root. */
  file: string;
  observations: Observation[];
  /** Country and network figures of the file, when it has a `place` column. */
  groupObservations?: GroupObservation[];
}

export type Taxonomies = Record<Vocabulary, TaxonomyEntry[]>;

export interface Catalogue {
  site: SiteSettings;
  taxonomies: Taxonomies;
  practices: PracticeRecord[];
  cities: CityRecord[];
  indicators: Indicator[];
  datasets: DatasetRecord[];
}
