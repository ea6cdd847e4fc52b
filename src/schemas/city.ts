/**
 * A city profile is a folder under content/cities/<id>/ with one MDX file per
 * language, organised like a practice: the original carries the facts, the
 * translations carry the name and the description.
 */
import { z } from 'astro/zod';
import { contentLanguage, countryCode, isoDate, listOf, nonEmptyText, sourceReference, webUrl } from './common.ts';
import { say } from '../catalogue/messages/index.ts';
import { taxonomyRef } from './taxonomy.ts';

const coordinates = z.strictObject(
  {
    lat: z
      .number({ error: () => say.latitudeNotNumber() })
      .min(-90, { error: () => say.latitudeRange() })
      .max(90, { error: () => say.latitudeRange() }),
    lon: z
      .number({ error: () => say.longitudeNotNumber() })
      .min(-180, { error: () => say.longitudeRange() })
      .max(180, { error: () => say.longitudeRange() }),
  },
  { error: () => say.coordinatesShape() },
);

const currentYear = new Date().getUTCFullYear();

const population = z.strictObject(
  {
    value: z
      .number({ error: () => say.populationNotNumber() })
      .int({ error: () => say.populationNotWhole() })
      .positive({ error: () => say.populationNotPositive() }),
    year: z
      .number({ error: () => say.countYearNotNumber() })
      .int()
      .min(1800, { error: () => say.countYearTooOld() })
      .max(currentYear, { error: () => say.countYearFuture() }),
    source: nonEmptyText('population source'),
    url: webUrl.optional(),
  },
  { error: () => say.populationShape() },
);

const genderEqualityPlan = z.strictObject(
  {
    status: taxonomyRef('plan status'),
    title: nonEmptyText('plan title').optional(),
    year: z
      .number({ error: () => say.planYearNotNumber() })
      .int()
      .optional(),
    url: webUrl.optional(),
  },
  { error: () => say.planShape() },
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
    error: () => say.atLeastOneSource(),
  }),
  lastReviewed: isoDate,
});

export const cityTranslationSchema = z.strictObject({
  translationOf: contentLanguage,
  name: nonEmptyText('name'),
  machineTranslated: z.boolean({ error: () => say.trueOrFalse() }).default(false),
});

export type CityFacts = z.infer<typeof cityOriginalSchema>;
export type CityTranslationFields = z.infer<typeof cityTranslationSchema>;
