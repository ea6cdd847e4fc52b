/**
 * A practice is a folder under content/practices/<id>/ with one MDX file per
 * language. The file in the practice's original language carries the facts;
 * the others are translations and carry translated text only, so they can
 * never contradict the facts (see docs/content-model.md).
 */
import { z } from 'astro/zod';
import {
  contentLanguage,
  countryCode,
  currencyCode,
  email,
  isoDate,
  languageCode,
  listOf,
  nonEmptyText,
  partialDate,
  slug,
  sourceReference,
  webUrl,
} from './common.ts';
import { taxonomyRef } from './taxonomy.ts';

const organisation = (what: string) =>
  z.strictObject(
    { name: nonEmptyText(`${what} name`), url: webUrl.optional() },
    { error: `Describe each ${what} as { name: "…", url: "https://…" } (the url may be left out).` },
  );

const promoter = z.strictObject(
  {
    name: nonEmptyText('promoter name'),
    email: email.optional(),
    website: webUrl.optional(),
  },
  { error: 'Describe the promoter as { name: "…", email: "…", website: "https://…" }.' },
);

/** Either end may be open; a practice with no known dates leaves both out. */
const dates = z
  .strictObject(
    { start: partialDate.nullable().optional(), end: partialDate.nullable().optional() },
    { error: 'Write the dates as { start: "2023", end: "2025-06" }; leave out an end that is not known.' },
  )
  .superRefine((value, ctx) => {
    if (value.start && value.end && value.end < value.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `The end (${value.end}) comes before the start (${value.start}).`,
        params: { suggestion: 'swap the two dates, or correct the one that is wrong' },
      });
    }
  });

const budget = z.strictObject(
  {
    amount: z
      .number({ error: 'Write the amount as a plain number without spaces or currency sign, for example 390000.' })
      .positive({ error: 'The amount must be greater than zero.' }),
    currency: currencyCode,
    period: nonEmptyText('budget period').optional(),
    note: nonEmptyText('budget note').optional(),
  },
  { error: 'Describe the budget as { amount: 390000, currency: EUR }.' },
);

const link = z.strictObject(
  { url: webUrl, label: nonEmptyText('link label').optional() },
  { error: 'Write each link as { url: "https://…", label: "…" }.' },
);

/** Text that a translation gives again in its own language. */
export const TRANSLATABLE_PRACTICE_FIELDS = ['title', 'summary', 'keywords', 'results'] as const;

export const practiceOriginalSchema = z.strictObject({
  title: nonEmptyText('title'),
  summary: nonEmptyText('summary').max(600, {
    error: 'The summary is longer than 600 characters: keep two or three sentences here and put the rest in the body.',
  }),
  keywords: listOf(nonEmptyText('keyword'), 'keywords').default([]),
  results: listOf(nonEmptyText('result'), 'results').default([]),
  promoter,
  dates: dates.default({}),
  status: taxonomyRef('status'),
  themes: listOf(taxonomyRef('theme'), 'themes').min(1, { error: 'Name at least one theme.' }),
  powerDomains: listOf(taxonomyRef('power domain'), 'power domains').default([]),
  methods: listOf(taxonomyRef('method'), 'methods').default([]),
  sourceTypes: listOf(taxonomyRef('source type'), 'source types').min(1, { error: 'Name at least one source type.' }),
  sdgs: listOf(taxonomyRef('SDG'), 'SDGs').default([]),
  country: countryCode,
  region: nonEmptyText('region').optional(),
  cities: listOf(slug('city id'), 'cities').default([]),
  scale: taxonomyRef('scale'),
  languages: listOf(languageCode, 'languages').min(1, { error: 'Name at least one language the practice works in.' }),
  networks: listOf(taxonomyRef('network'), 'networks').default([]),
  partners: listOf(organisation('partner'), 'partners').default([]),
  funders: listOf(organisation('funder'), 'funders').default([]),
  budget: budget.optional(),
  links: listOf(link, 'links').default([]),
  sources: listOf(sourceReference, 'sources').min(1, {
    error: 'Name at least one source the facts were read from, so that readers can check them.',
  }),
  lastReviewed: isoDate,
});

export const practiceTranslationSchema = z.strictObject({
  translationOf: contentLanguage,
  title: nonEmptyText('title'),
  summary: practiceOriginalSchema.shape.summary,
  keywords: listOf(nonEmptyText('keyword'), 'keywords').optional(),
  results: listOf(nonEmptyText('result'), 'results').optional(),
  machineTranslated: z.boolean({ error: 'Write true or false.' }).default(false),
});

export type PracticeFacts = z.infer<typeof practiceOriginalSchema>;
export type PracticeTranslationFields = z.infer<typeof practiceTranslationSchema>;
