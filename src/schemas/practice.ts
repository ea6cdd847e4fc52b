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
import { fieldNoun, say } from '../catalogue/messages/index.ts';
import { VOCABULARY_EXAMPLE } from './field-examples.ts';
import { taxonomyRef } from './taxonomy.ts';

const organisation = (what: 'partner' | 'funder') =>
  z.strictObject(
    { name: nonEmptyText(`${what} name`), url: webUrl.optional() },
    { error: () => say.organisationShape({ what: fieldNoun(what) }) },
  );

const promoter = z.strictObject(
  {
    name: nonEmptyText('promoter name'),
    email: email.optional(),
    website: webUrl.optional(),
  },
  { error: () => say.promoterShape() },
);

/** Either end may be open; a practice with no known dates leaves both out. */
const dates = z
  .strictObject(
    { start: partialDate.nullable().optional(), end: partialDate.nullable().optional() },
    { error: () => say.datesShape() },
  )
  .superRefine((value, ctx) => {
    if (value.start && value.end && value.end < value.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: say.datesReversed({ start: value.start, end: value.end }),
        params: { suggestion: say.datesReversedFix() },
      });
    }
  });

const budget = z.strictObject(
  {
    amount: z.number({ error: () => say.amountNotNumber() }).positive({ error: () => say.amountNotPositive() }),
    currency: currencyCode,
    period: nonEmptyText('budget period').optional(),
    note: nonEmptyText('budget note').optional(),
  },
  { error: () => say.budgetShape() },
);

/** The role of a city written as a plain id: the practice happens there. */
export const DEFAULT_PLACE_ROLE = 'location';

const placeRole = taxonomyRef('place role');

/** One role (`role: partner`) or several (`role: [location, lead]`); whether each exists is checked against place-roles. */
const placeRoles = z.union(
  [placeRole, listOf(placeRole, 'place roles').min(1, { error: () => say.placeRolesEmpty() })],
  { error: () => say.placeRoleShape({ example: VOCABULARY_EXAMPLE['place-roles']! }) },
);

/**
 * A city of the practice: its id alone (the practice happens there), or
 * `{ city: zio-1, role: partner }` to say how it takes part. Both read as
 * `{ city, roles }`, so every place has at least one role.
 */
const place = z
  .union(
    [
      slug('city id'),
      z.strictObject(
        { city: slug('city id'), role: placeRoles.optional() },
        { error: () => say.placeShape({ example: VOCABULARY_EXAMPLE['place-roles']! }) },
      ),
    ],
    { error: () => say.placeShape({ example: VOCABULARY_EXAMPLE['place-roles']! }) },
  )
  .transform((written) =>
    typeof written === 'string'
      ? { city: written, roles: [DEFAULT_PLACE_ROLE] }
      : { city: written.city, roles: written.role === undefined ? [DEFAULT_PLACE_ROLE] : [written.role].flat() },
  );

const link = z.strictObject(
  { url: webUrl, label: nonEmptyText('link label').optional() },
  { error: () => say.linkShape() },
);

/** Text that a translation gives again in its own language. */
export const TRANSLATABLE_PRACTICE_FIELDS = [
  'title',
  'summary',
  'keywords',
  'results',
  // The texts within the facts (h15-texts): see translatedFactTexts below.
  'promoter',
  'budget',
  'partners',
  'funders',
  'links',
] as const;

export const practiceOriginalSchema = z.strictObject({
  title: nonEmptyText('title'),
  summary: nonEmptyText('summary').max(600, {
    error: () => say.summaryTooLong(),
  }),
  keywords: listOf(nonEmptyText('keyword'), 'keywords').default([]),
  results: listOf(nonEmptyText('result'), 'results').default([]),
  promoter,
  dates: dates.default({}),
  status: taxonomyRef('status'),
  themes: listOf(taxonomyRef('theme'), 'themes').min(1, { error: () => say.atLeastOneTheme() }),
  powerDomains: listOf(taxonomyRef('power domain'), 'power domains').default([]),
  methods: listOf(taxonomyRef('method'), 'methods').default([]),
  sourceTypes: listOf(taxonomyRef('source type'), 'source types').min(1, { error: () => say.atLeastOneSourceType() }),
  sdgs: listOf(taxonomyRef('SDG'), 'SDGs').default([]),
  country: countryCode,
  region: nonEmptyText('region').optional(),
  cities: listOf(place, 'cities').default([]),
  scale: taxonomyRef('scale'),
  languages: listOf(languageCode, 'languages').min(1, { error: () => say.atLeastOneLanguage() }),
  networks: listOf(taxonomyRef('network'), 'networks').default([]),
  partners: listOf(organisation('partner'), 'partners').default([]),
  funders: listOf(organisation('funder'), 'funders').default([]),
  budget: budget.optional(),
  links: listOf(link, 'links').default([]),
  sources: listOf(sourceReference, 'sources').min(1, {
    error: () => say.atLeastOneSource(),
  }),
  lastReviewed: isoDate,
});

// The texts within a practice's facts that a translation gives in its own language (issues #15, #17; h15-texts).
/**
 * A translation's `promoter` holds its name only, its `budget` its note and period only; its `partners`,
 * `funders` and `links` list the names or labels, as many and in the same
 * order as the original's (checked in load-entries.ts, like `results`).
 * Amounts, currencies and addresses are facts: they stay in the original.
 */
function translatedFactTexts() {
  const shape = (what: Parameters<typeof fieldNoun>[0], example: string) => () =>
    say.translatedFactsShape({ what: fieldNoun(what), example });
  const organisation = (what: 'partner' | 'funder') =>
    z.strictObject({ name: nonEmptyText(`${what} name`) }, { error: shape(what, '{ name: "…" }') });
  const linkLabel = z.strictObject(
    { label: nonEmptyText('link label').optional() },
    { error: shape('links', '{ label: "…" }') },
  );
  return {
    promoter: z
      .strictObject({ name: nonEmptyText('promoter name') }, { error: shape('promoter name', '{ name: "…" }') })
      .optional(),
    budget: z
      .strictObject(
        { period: nonEmptyText('budget period').optional(), note: nonEmptyText('budget note').optional() },
        { error: shape('budget', '{ note: "…", period: "…" }') },
      )
      .optional(),
    partners: listOf(organisation('partner'), 'partners').optional(),
    funders: listOf(organisation('funder'), 'funders').optional(),
    links: listOf(linkLabel, 'links').optional(),
  };
}

export const practiceTranslationSchema = z.strictObject({
  translationOf: contentLanguage,
  title: nonEmptyText('title'),
  summary: practiceOriginalSchema.shape.summary,
  keywords: listOf(nonEmptyText('keyword'), 'keywords').optional(),
  results: listOf(nonEmptyText('result'), 'results').optional(),
  machineTranslated: z.boolean({ error: () => say.trueOrFalse() }).default(false),
  ...translatedFactTexts(),
});

export type PracticeFacts = z.infer<typeof practiceOriginalSchema>;
export type PracticeTranslationFields = z.infer<typeof practiceTranslationSchema>;
