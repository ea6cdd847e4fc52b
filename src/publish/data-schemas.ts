/**
 * The shape of every published data record, written as Zod schemas built
 * from the content schemas (src/schemas/), and their JSON Schema
 * (`z.toJSONSchema`, draft 2020-12). Facts are the content schema's output:
 * what the loader validated, with defaults filled in; the schema adds only
 * what publishing adds (id, URL, languages, last change). Refinements that
 * JSON Schema cannot express (a real calendar date, an existing country)
 * were checked by the loader before anything was published.
 */
import { z } from 'astro/zod';
import { cityOriginalSchema } from '../schemas/city.ts';
import { contentLanguage, SLUG_PATTERN } from '../schemas/common.ts';
import { datasetSchema, indicatorSchema } from '../schemas/kpi.ts';
import { practiceOriginalSchema } from '../schemas/practice.ts';
import { taxonomyEntrySchema, VOCABULARIES } from '../schemas/taxonomy.ts';

/** Ids are the content's slugs. */
const entryId = z.string().regex(SLUG_PATTERN);
const isoDateTime = z.string().describe('Date and time in ISO 8601 (UTC)');
const lastChanged = isoDateTime.nullable().describe('Last change of the entry’s files in the catalogue’s git history; null when unknown');
const absoluteUrl = z.string().describe('Absolute URL of the page');
const descriptionHtml = z.string().describe('The description as sanitized HTML');

const practiceText = z.object({
  title: practiceOriginalSchema.shape.title,
  summary: practiceOriginalSchema.shape.summary,
  keywords: z.array(z.string()),
  results: z.array(z.string()),
  machineTranslated: z.boolean(),
  descriptionHtml,
});

const practiceFacts = practiceOriginalSchema.omit({ title: true, summary: true, keywords: true, results: true });

export const publishedPracticeSchema = practiceFacts
  .extend(practiceText.shape)
  .extend({
    id: entryId,
    url: absoluteUrl,
    language: contentLanguage.describe('Language of the file'),
    textLanguage: contentLanguage.describe('Language the text is written in: the original’s when not yet translated'),
    originalLanguage: contentLanguage,
    lastChanged,
  })
  .meta({ title: 'Practice (one language)', description: 'One practice in practices.<lang>.json' });

export const publishedPracticeAllLanguagesSchema = practiceFacts
  .extend({
    id: entryId,
    originalLanguage: contentLanguage,
    lastChanged,
    texts: z.partialRecord(contentLanguage, practiceText.extend({ url: absoluteUrl })),
  })
  .meta({ title: 'Practice (all languages)', description: 'One practice in practices.json, with the text of every language it is written in' });

const cityFacts = cityOriginalSchema.omit({ name: true });
const cityText = z.object({ name: cityOriginalSchema.shape.name, machineTranslated: z.boolean(), descriptionHtml });

export const publishedCitySchema = cityFacts
  .extend(cityText.shape)
  .extend({
    id: entryId,
    url: absoluteUrl,
    language: contentLanguage,
    textLanguage: contentLanguage,
    originalLanguage: contentLanguage,
    lastChanged,
  })
  .meta({ title: 'City or local government (one language)', description: 'One city in cities.<lang>.json' });

export const publishedCityAllLanguagesSchema = cityFacts
  .extend({
    id: entryId,
    originalLanguage: contentLanguage,
    lastChanged,
    texts: z.partialRecord(contentLanguage, cityText.extend({ url: absoluteUrl })),
  })
  .meta({ title: 'City or local government (all languages)', description: 'One city in cities.json' });

export const publishedObservationSchema = z
  .strictObject({
    dataset: entryId,
    city: entryId,
    indicator: entryId,
    period: z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])|-Q[1-4])?$/).describe('YYYY, YYYY-MM or YYYY-Qn'),
    value: z.number(),
    unit: z.string().describe('percent, count, per-1000, per-100000, years, days, or an ISO 4217 currency code'),
    source: z.string().min(1),
    sourceUrl: z.string().nullable(),
    licence: datasetSchema.shape.licence,
    licenceUrl: z.string().nullable(),
    retrieved: datasetSchema.shape.retrieved,
    illustrative: datasetSchema.shape.illustrative.describe('True for figures that are not real measurements'),
    note: z.string().nullable(),
  })
  .meta({ title: 'KPI observation', description: 'One row of observations.json' });

export const publishedIndicatorSchema = indicatorSchema.meta({ title: 'KPI indicator', description: 'One indicator in indicators.json' });

export const publishedVocabulariesSchema = z
  .strictObject(Object.fromEntries(VOCABULARIES.map((v) => [v, z.array(taxonomyEntrySchema)])) as Record<(typeof VOCABULARIES)[number], z.ZodArray<typeof taxonomyEntrySchema>>)
  .meta({ title: 'Vocabularies', description: 'vocabularies.json: every controlled vocabulary, with labels in every language' });

/** Each published schema, by the name of its file (/data/<name>.schema.json). */
export const DATA_SCHEMAS = {
  practice: publishedPracticeSchema,
  'practice-all-languages': publishedPracticeAllLanguagesSchema,
  city: publishedCitySchema,
  'city-all-languages': publishedCityAllLanguagesSchema,
  observation: publishedObservationSchema,
  indicator: publishedIndicatorSchema,
  vocabularies: publishedVocabulariesSchema,
} as const;

export type DataSchemaName = keyof typeof DATA_SCHEMAS;

/** The JSON Schema of one record type, with its own address as `$id`. */
export function jsonSchemaOf(name: DataSchemaName, id: string): Record<string, unknown> {
  // "output": what the files hold (defaults filled in); preprocessors (SDG numbers read as text) are unrepresentable and become "any".
  const schema = z.toJSONSchema(DATA_SCHEMAS[name], { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
  return { $schema: schema.$schema, $id: id, ...schema };
}
