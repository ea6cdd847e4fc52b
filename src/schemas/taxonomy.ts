/**
 * Controlled vocabularies: one YAML file per vocabulary under
 * content/taxonomies/, each a list of entries with labels in every language.
 * Practices and cities refer to entries by id.
 */
import { z } from 'astro/zod';
import { SLUG_PATTERN, localizedLabel, webUrl } from './common.ts';

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
] as const;

export type Vocabulary = (typeof VOCABULARIES)[number];

/**
 * Ids are slugs; SDGs are numbered, and YAML reads `5` as a number, so a
 * whole number is taken as its decimal text.
 */
export const taxonomyId = (what: string) =>
  z.preprocess(
    (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? String(v) : v),
    z
      .string({ error: `Write the ${what} as an id from its vocabulary, for example "public-space".` })
      .regex(SLUG_PATTERN, {
        error: `A ${what} uses lowercase letters, digits and single hyphens only (for example "public-space").`,
      }),
  );

/**
 * A reference to a vocabulary entry from a practice or city. Only its form is
 * checked here; whether the id exists is checked against the vocabulary
 * (src/catalogue/integrity.ts), which can also suggest the intended id.
 */
export const taxonomyRef = (what: string) =>
  z.preprocess(
    (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? String(v) : v),
    z
      .string({ error: `Write the ${what} as an id from its vocabulary, for example "public-space".` })
      .trim()
      .min(1, { error: `The ${what} is empty: write an id from its vocabulary.` }),
  );

export const taxonomyEntrySchema = z.strictObject(
  {
    id: taxonomyId('id'),
    label: localizedLabel('label'),
    description: localizedLabel('description').optional(),
    url: webUrl.optional(),
  },
  { error: 'Each entry needs an id and a label in each language: { id: …, label: { fr: …, en: …, es: … } }.' },
);

export const taxonomyFileSchema = z
  .array(taxonomyEntrySchema, {
    error: 'A vocabulary file is a list of entries, each starting with "- id: …".',
  })
  .min(1, { error: 'This vocabulary has no entries: add at least one.' });

export type TaxonomyEntry = z.infer<typeof taxonomyEntrySchema>;
