/**
 * A city profile is a folder under content/cities/<id>/ with one MDX file per
 * language, organised like a practice: the original carries the facts, the
 * translations carry the name and the description.
 */
import { z } from 'astro/zod';
import {
  contentLanguage,
  countryCode,
  isoDate,
  listOf,
  nonEmptyText,
  sourceReference,
  webUrl,
} from './common.ts';
import { taxonomyRef } from './taxonomy.ts';

const coordinates = z.strictObject(
  {
    lat: z
      .number({ error: 'Write the latitude as a decimal number, for example 41.3874.' })
      .min(-90, { error: 'A latitude lies between -90 and 90.' })
      .max(90, { error: 'A latitude lies between -90 and 90.' }),
    lon: z
      .number({ error: 'Write the longitude as a decimal number, for example 2.1686.' })
      .min(-180, { error: 'A longitude lies between -180 and 180.' })
      .max(180, { error: 'A longitude lies between -180 and 180.' }),
  },
  { error: 'Write the coordinates as { lat: 41.3874, lon: 2.1686 } (decimal degrees, north and east positive).' },
);

const currentYear = new Date().getUTCFullYear();

const population = z.strictObject(
  {
    value: z
      .number({ error: 'Write the population as a whole number without spaces, for example 1660122.' })
      .int({ error: 'The population is a whole number.' })
      .positive({ error: 'The population must be greater than zero.' }),
    year: z
      .number({ error: 'Write the year of the count, for example 2023.' })
      .int()
      .min(1800, { error: 'The year of the count looks wrong.' })
      .max(currentYear, { error: 'The year of the count is in the future.' }),
    source: nonEmptyText('population source'),
    url: webUrl.optional(),
  },
  { error: 'A population needs its year and its source: { value: 1660122, year: 2023, source: "…" }.' },
);

const genderEqualityPlan = z.strictObject(
  {
    status: taxonomyRef('plan status'),
    title: nonEmptyText('plan title').optional(),
    year: z.number({ error: 'Write the year the plan was adopted, for example 2021.' }).int().optional(),
    url: webUrl.optional(),
  },
  { error: 'Describe the plan as { status: adopted, title: "…", year: 2021 }; use status "unknown" when not known.' },
);

export const cityOriginalSchema = z.strictObject({
  name: nonEmptyText('name'),
  country: countryCode,
  type: taxonomyRef('authority type'),
  region: nonEmptyText('region').optional(),
  coordinates,
  population: population.optional(),
  networks: listOf(taxonomyRef('network'), 'networks').default([]),
  genderEqualityPlan: genderEqualityPlan.default({ status: 'unknown' }),
  website: webUrl.optional(),
  sources: listOf(sourceReference, 'sources').min(1, {
    error: 'Name at least one source the facts were read from, so that readers can check them.',
  }),
  lastReviewed: isoDate,
});

export const cityTranslationSchema = z.strictObject({
  translationOf: contentLanguage,
  name: nonEmptyText('name'),
  machineTranslated: z.boolean({ error: 'Write true or false.' }).default(false),
});

export type CityFacts = z.infer<typeof cityOriginalSchema>;
export type CityTranslationFields = z.infer<typeof cityTranslationSchema>;
