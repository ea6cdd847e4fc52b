/**
 * Controlled vocabularies: one YAML file per vocabulary under
 * content/taxonomies/, each a list of entries with labels in every language.
 * Practices and cities refer to entries by id.
 */
import { z } from 'astro/zod';
import { fieldNoun, say, type FieldNoun } from '../catalogue/messages/index.ts';
import { SLUG_PATTERN, idExample, localizedLabel, webUrl, withoutInvisible } from './common.ts';
import { VOCABULARY_EXAMPLE, VOCABULARY_OF } from './field-examples.ts';

/** Every vocabulary the catalogue knows, with the file it lives in. */
export const VOCABULARIES = [
  'themes',
  'methods',
  'power-domains',
  'source-types',
  'scales',
  'networks',
  'statuses',
  'sdgs',
  'authority-types',
  'plan-statuses',
  'place-roles',
] as const;

export type Vocabulary = (typeof VOCABULARIES)[number];

/** "Write the status as an id from the vocabulary statuses, for example "ongoing"." */
function idNotText(what: FieldNoun): string {
  const vocabulary = VOCABULARY_OF[what];
  if (!vocabulary) return say.slugNotText({ what: fieldNoun(what), example: idExample(what) });
  return say.taxonomyIdNotText({
    what: fieldNoun(what),
    vocabulary,
    example: VOCABULARY_EXAMPLE[vocabulary] ?? vocabulary,
  });
}

/**
 * Ids are slugs; SDGs are numbered, and YAML reads `5` as a number, so a
 * whole number is taken as its decimal text.
 */
export const taxonomyId = (what: FieldNoun) =>
  z.preprocess(
    (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? String(v) : v),
    z.string({ error: () => idNotText(what) }).regex(SLUG_PATTERN, {
      error: (issue) => say.slugFormat({ what: fieldNoun(what), example: idExample(what, issue.input) }),
    }),
  );

/**
 * A reference to a vocabulary entry from a practice or city. Only its form is
 * checked here; whether the id exists is checked against the vocabulary
 * (src/catalogue/integrity.ts), which can also suggest the intended id.
 */
export const taxonomyRef = (what: FieldNoun) =>
  z.preprocess(
    (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? String(v) : withoutInvisible(v)),
    z
      .string({ error: () => idNotText(what) })
      .trim()
      .min(1, { error: () => say.taxonomyIdEmpty({ what: fieldNoun(what) }) }),
  );

export const taxonomyEntrySchema = z.strictObject(
  {
    id: taxonomyId('id'),
    label: localizedLabel('label'),
    description: localizedLabel('description').optional(),
    url: webUrl.optional(),
  },
  { error: () => say.taxonomyEntryShape() },
);

export const taxonomyFileSchema = z
  .array(taxonomyEntrySchema, { error: () => say.taxonomyFileShape() })
  .min(1, { error: () => say.taxonomyFileEmpty() });

export type TaxonomyEntry = z.infer<typeof taxonomyEntrySchema>;
