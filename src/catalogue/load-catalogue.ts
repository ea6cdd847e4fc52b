/**
 * The one entry point from content files to the validated catalogue. Both
 * `npm run check` and the Astro content loader call it, so an editor sees
 * the same verdict everywhere.
 */
import { join, relative, resolve, sep } from 'node:path';
import { cityOriginalSchema, cityTranslationSchema, type CityFacts } from '../schemas/city.ts';
import { practiceOriginalSchema, practiceTranslationSchema, TRANSLATABLE_PRACTICE_FIELDS, type PracticeFacts } from '../schemas/practice.ts';
import { checkIntegrity } from './integrity.ts';
import type { ContentIssue } from './issues.ts';
import { loadEntries, type LoadedEntry } from './load-entries.ts';
import { loadKpis } from './load-kpis.ts';
import { loadSiteConfig } from './load-site-config.ts';
import { loadTaxonomies } from './load-taxonomies.ts';
import { Locations } from './locations.ts';
import type { Catalogue, CityRecord, PracticeRecord } from './model.ts';

export interface LoadCatalogueOptions {
  /** Folder holding site.yaml, practices/, cities/, taxonomies/ and kpis/. */
  contentDir: string;
  /** Folder that paths in messages are relative to; the current directory by default. */
  projectRoot?: string;
  /** Public URL prefix of the site (Astro's base), ending with "/". */
  base?: string;
  /** The network's configuration file; `<contentDir>/site.yaml` by default (`npm run build -- --config`). */
  siteFile?: string;
}

export interface LoadCatalogueResult {
  /** Undefined when any issue was found: invalid content never reaches a page. */
  catalogue?: Catalogue;
  issues: ContentIssue[];
}

export function loadCatalogue(options: LoadCatalogueOptions): LoadCatalogueResult {
  const contentDir = resolve(options.contentDir);
  const contentLabel = relative(resolve(options.projectRoot ?? '.'), contentDir).split(sep).join('/') || '.';
  const issues: ContentIssue[] = [];
  const locations = new Locations();
  const mediaBase = `${options.base ?? '/'}media/`;

  const siteFile = resolve(options.siteFile ?? join(contentDir, 'site.yaml'));
  const siteLabel = relative(resolve(options.projectRoot ?? '.'), siteFile).split(sep).join('/');
  const site = loadSiteConfig({ path: siteFile, label: siteLabel }, issues, locations);
  const taxonomies = loadTaxonomies(contentDir, contentLabel, issues, locations);
  const entryOptions = { contentDir, contentLabel, mediaBase };
  const practices = loadEntries(
    {
      dir: 'practices',
      noun: 'practice',
      originalSchema: practiceOriginalSchema,
      translationSchema: practiceTranslationSchema,
      translatedFields: TRANSLATABLE_PRACTICE_FIELDS,
      parallelLists: ['results'],
      otherKind: { noun: 'city', dir: 'cities', fields: Object.keys(cityOriginalSchema.shape) },
    },
    entryOptions,
    issues,
    locations,
  );
  const cities = loadEntries(
    {
      dir: 'cities',
      noun: 'city',
      originalSchema: cityOriginalSchema,
      translationSchema: cityTranslationSchema,
      translatedFields: ['name'],
      parallelLists: [],
      otherKind: { noun: 'practice', dir: 'practices', fields: Object.keys(practiceOriginalSchema.shape) },
    },
    entryOptions,
    issues,
    locations,
  );
  const kpis = loadKpis(contentDir, contentLabel, issues, locations);
  checkIntegrity(
    {
      taxonomies,
      practices: practices.originals,
      cities: cities.originals,
      indicators: kpis.indicators,
      datasets: kpis.datasets,
      observationLines: kpis.observationLines,
      contentLabel,
    },
    issues,
    locations,
  );

  if (issues.length > 0 || !site) return { issues };
  return {
    issues,
    catalogue: {
      site,
      taxonomies,
      practices: practices.entries.map(toPracticeRecord),
      cities: cities.entries.map(toCityRecord),
      indicators: kpis.indicators,
      datasets: kpis.datasets,
    },
  };
}

function toPracticeRecord(entry: LoadedEntry<PracticeFacts, Record<string, unknown>>): PracticeRecord {
  const { title, summary, keywords, results, ...facts } = entry.original.data;
  const { lang, file, html, images } = entry.original;
  const record: PracticeRecord = {
    id: entry.id,
    originalLanguage: lang,
    facts,
    texts: { [lang]: { lang, file, html, title, summary, keywords, results, machineTranslated: false } },
    images: [...images],
  };
  for (const t of entry.translations) {
    const data = t.data as { title: string; summary: string; keywords?: string[]; results?: string[]; machineTranslated: boolean };
    record.texts[t.lang] = {
      lang: t.lang,
      file: t.file,
      html: t.html,
      title: data.title,
      summary: data.summary,
      keywords: data.keywords,
      results: data.results,
      machineTranslated: data.machineTranslated,
    };
    record.images.push(...t.images);
  }
  record.images = [...new Set(record.images)];
  return record;
}

function toCityRecord(entry: LoadedEntry<CityFacts, Record<string, unknown>>): CityRecord {
  const { name, ...facts } = entry.original.data;
  const { lang, file, html, images } = entry.original;
  const record: CityRecord = {
    id: entry.id,
    originalLanguage: lang,
    facts,
    texts: { [lang]: { lang, file, html, name, machineTranslated: false } },
    images: [...images],
  };
  for (const t of entry.translations) {
    const data = t.data as { name: string; machineTranslated: boolean };
    record.texts[t.lang] = { lang: t.lang, file: t.file, html: t.html, name: data.name, machineTranslated: data.machineTranslated };
    record.images.push(...t.images);
  }
  record.images = [...new Set(record.images)];
  return record;
}
