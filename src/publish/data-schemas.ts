/**
 * The shape of every published data record, written as Zod schemas built
 * from the content schemas (src/schemas/), and their JSON Schema
 * (`z.toJSONSchema`, draft 2020-12). Facts are the content schema's output:
 * what the loader validated, with defaults filled in; the schema adds what
 * publishing adds (id, URL, languages, last change).
 *
 * The schemas are made for one site (`publishedSchemas`): labels and texts
 * in its published languages only, and what the content schemas check in
 * code written as JSON Schema can say it, so that the files are checked as
 * strictly as the content was: ISO 3166 country codes in capitals, each
 * vocabulary's ids (and the indicators') as enums, dates as patterns.
 * A real calendar date is still only checked by the loader.
 */
import countries from 'i18n-iso-countries';
import { z } from 'astro/zod';
import type { Taxonomies } from '../catalogue/model.ts';
import type { Lang } from '../i18n/languages.ts';
import { cityOriginalSchema } from '../schemas/city.ts';
import { contentLanguage, SLUG_PATTERN } from '../schemas/common.ts';
import { datasetSchema, indicatorSchema } from '../schemas/kpi.ts';
import { practiceOriginalSchema } from '../schemas/practice.ts';
import { taxonomyEntrySchema, VOCABULARIES, type Vocabulary } from '../schemas/taxonomy.ts';

/** Ids are the content's slugs. */
const entryId = z.string().regex(SLUG_PATTERN);
const isoDateTime = z.string().describe('Date and time in ISO 8601 (UTC)');
const lastChanged = isoDateTime
  .nullable()
  .describe('Last change of the entry’s files in the catalogue’s git history; null when unknown');
const absoluteUrl = z.string().describe('Absolute URL of the page');
const descriptionHtml = z.string().describe('The description as sanitized HTML');

/** What a site's schemas depend on: its published languages and its vocabularies' and indicators' ids. */
export interface SchemaSite {
  languages: readonly Lang[];
  taxonomies: Taxonomies;
  indicatorIds: readonly string[];
}

/** One of the given values; none (an empty vocabulary) accepts nothing. */
const oneOf = (values: readonly string[]) => (values.length > 0 ? z.enum(values as [string, ...string[]]) : z.never());

const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** ISO 3166-1 alpha-2, in capitals, as the content schema requires. */
const countryCode = z
  .enum(Object.keys(countries.getAlpha2Codes()) as [string, ...string[]])
  .describe('ISO 3166-1 alpha-2 country code, in capitals');
const isoDate = z.string().regex(ISO_DATE_PATTERN).describe('YYYY-MM-DD');
const languageCode = z
  .string()
  .regex(/^[a-z]{2}$/)
  .describe('ISO 639-1 language code');

export function publishedSchemas(site: SchemaSite) {
  const published = oneOf(site.languages);
  const idsOf = (vocabulary: Vocabulary) => oneOf((site.taxonomies[vocabulary] ?? []).map((entry) => entry.id));
  const listOf = (vocabulary: Vocabulary) => z.array(idsOf(vocabulary));
  /** A text in each published language (the content has every language; the site publishes these). */
  /** An entry in one language's file: its facts, its text in that language, and where the text comes from. */
  const inOneLanguage = <F extends z.ZodObject, T extends z.ZodObject>(
    facts: F,
    text: T,
    meta: { title: string; description: string },
  ) =>
    facts
      .extend(text.shape)
      .extend({
        id: entryId,
        url: absoluteUrl,
        language: published.describe('Language of the file'),
        textLanguage: contentLanguage.describe(
          'Language the text is written in: the original’s when not yet translated',
        ),
        originalLanguage: contentLanguage,
        lastChanged,
      })
      .meta(meta);
  /** An entry in the all-languages file: its facts once, its own text in each published language it has. */
  const inAllLanguages = <F extends z.ZodObject, T extends z.ZodObject>(
    facts: F,
    text: T,
    meta: { title: string; description: string },
  ) =>
    facts
      .extend({
        id: entryId,
        originalLanguage: contentLanguage,
        lastChanged,
        texts: z.partialRecord(published, text.extend({ url: absoluteUrl })),
      })
      .meta(meta);
  const labels = z.strictObject(
    Object.fromEntries(site.languages.map((lang) => [lang, z.string().min(1)])) as Record<Lang, z.ZodString>,
  );

  const practiceText = z.object({
    title: practiceOriginalSchema.shape.title,
    summary: practiceOriginalSchema.shape.summary,
    keywords: z.array(z.string()),
    results: z.array(z.string()),
    machineTranslated: z.boolean(),
    descriptionHtml,
  });

  const practiceFacts = practiceOriginalSchema
    .omit({ title: true, summary: true, keywords: true, results: true })
    .extend({
      status: idsOf('statuses'),
      themes: listOf('themes').min(1),
      powerDomains: listOf('power-domains'),
      methods: listOf('methods'),
      sourceTypes: listOf('source-types').min(1),
      sdgs: listOf('sdgs'),
      scale: idsOf('scales'),
      networks: listOf('networks'),
      country: countryCode,
      languages: z.array(languageCode).min(1),
      lastReviewed: isoDate,
      // The content's places ({ city, role } or an id) are published as ids, with their roles beside them.
      cities: z.array(entryId).describe('Ids of the city profiles the practice names'),
      cityRoles: z
        .record(entryId, listOf('place-roles').min(1))
        .describe('How each city takes part, by city id (ids of place-roles; "location": where it happens)'),
    });

  const practice = inOneLanguage(practiceFacts, practiceText, {
    title: 'Practice (one language)',
    description: 'One practice in practices.<lang>.json',
  });
  const practiceAllLanguages = inAllLanguages(practiceFacts, practiceText, {
    title: 'Practice (all languages)',
    description: 'One practice in practices.json, with the text of every published language it is written in',
  });

  const cityFacts = cityOriginalSchema.omit({ name: true }).extend({
    country: countryCode,
    type: idsOf('authority-types'),
    networks: listOf('networks'),
    genderEqualityPlan: cityOriginalSchema.shape.genderEqualityPlan.unwrap().extend({ status: idsOf('plan-statuses') }),
    lastReviewed: isoDate,
  });
  const cityText = z.object({ name: cityOriginalSchema.shape.name, machineTranslated: z.boolean(), descriptionHtml });

  const city = inOneLanguage(cityFacts, cityText, {
    title: 'City or local government (one language)',
    description: 'One city in cities.<lang>.json',
  });
  const cityAllLanguages = inAllLanguages(cityFacts, cityText, {
    title: 'City or local government (all languages)',
    description: 'One city in cities.json',
  });

  const observation = z
    .strictObject({
      dataset: entryId,
      city: entryId,
      indicator: oneOf(site.indicatorIds),
      period: z
        .string()
        .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])|-Q[1-4])?$/)
        .describe('YYYY, YYYY-MM or YYYY-Qn'),
      value: z.number(),
      unit: z.string().describe('percent, count, per-1000, per-100000, years, days, or an ISO 4217 currency code'),
      source: z.string().min(1),
      sourceUrl: z.string().nullable(),
      licence: datasetSchema.shape.licence,
      licenceUrl: z.string().nullable(),
      retrieved: isoDate,
      illustrative: datasetSchema.shape.illustrative.describe('True for figures that are not real measurements'),
      note: z.string().nullable(),
    })
    .meta({ title: 'KPI observation', description: 'One row of observations.json' });

  const countryNetworkObservation = observation
    .omit({ city: true })
    .extend({
      placeKind: z.enum(['country', 'network']),
      place: z
        .string()
        .regex(/^(?:[A-Z]{2}|[a-z0-9]+(?:-[a-z0-9]+)*)$/)
        .describe('An ISO 3166-1 alpha-2 code (placeKind "country") or an id of the networks vocabulary'),
    })
    .meta({
      title: 'KPI observation of a country or network',
      description: 'One row of country-network-observations.json',
    });

  // The content schema's own check (a currency for a currency unit) is code: the shape is rebuilt without it.
  const indicator = z
    .strictObject({
      ...indicatorSchema.shape,
      id: oneOf(site.indicatorIds),
      label: labels,
      description: labels,
      reference: z
        .strictObject({ value: z.number(), label: labels })
        .describe('A value the indicator is read against (parity, a target), with its label')
        .optional(),
      currency: z
        .string()
        .regex(/^[A-Z]{3}$/)
        .describe('ISO 4217 currency code')
        .optional(),
    })
    .meta({ title: 'KPI indicator', description: 'One indicator in indicators.json' });

  const vocabularies = z
    .strictObject(
      Object.fromEntries(
        VOCABULARIES.map((v) => [
          v,
          z.array(taxonomyEntrySchema.extend({ id: idsOf(v), label: labels, description: labels.optional() })),
        ]),
      ) as unknown as Record<Vocabulary, z.ZodType>,
    )
    .meta({
      title: 'Vocabularies',
      description: 'vocabularies.json: every controlled vocabulary, with labels in every published language',
    });

  return {
    practice,
    'practice-all-languages': practiceAllLanguages,
    city,
    'city-all-languages': cityAllLanguages,
    observation,
    'country-network-observation': countryNetworkObservation,
    indicator,
    vocabularies,
  } as const;
}

/** The name of each published schema's file (/data/<name>.schema.json). */
export const DATA_SCHEMA_NAMES = [
  'practice',
  'practice-all-languages',
  'city',
  'city-all-languages',
  'observation',
  'country-network-observation',
  'indicator',
  'vocabularies',
] as const;

export type DataSchemaName = (typeof DATA_SCHEMA_NAMES)[number];

/** The JSON Schema of one record type for a site, with its own address as `$id`. */
export function jsonSchemaOf(name: DataSchemaName, id: string, site: SchemaSite): Record<string, unknown> {
  // "output": what the files hold (defaults filled in); preprocessors left are unrepresentable and become "any".
  const schema = z.toJSONSchema(publishedSchemas(site)[name], { io: 'output', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return { $schema: schema.$schema, $id: id, ...schema };
}
