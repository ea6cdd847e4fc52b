/**
 * Field types shared by every content schema. Each carries the message an
 * editor reads when the value is wrong, so the wording matters as much as
 * the rule. Messages come from the catalogue in src/catalogue/messages/ and
 * are given to Zod as functions, so they are written in the editor's
 * language when the value is checked.
 */
import { z } from 'astro/zod';
import countries from 'i18n-iso-countries';
import { fieldNoun, isFieldNoun, say, type FieldNoun } from '../catalogue/messages/index.ts';
import { toSlug } from '../catalogue/suggest.ts';
import { CONTENT_LANGUAGES } from '../i18n/languages.ts';
import { ID_EXAMPLE, LIST_EXAMPLE } from './field-examples.ts';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Invisible format characters (soft hyphens, zero-width spaces and joiners)
 * that pasting from a word processor or a web page leaves in a word. An id
 * cannot mean anything with them, so ids are read without them.
 */
export const withoutInvisible = (value: unknown) => (typeof value === 'string' ? value.replace(/\p{Cf}/gu, '') : value);

/** An id written by hand: lowercase words joined by hyphens. */
export const slug = (what: FieldNoun) =>
  z.preprocess(
    withoutInvisible,
    z
      .string({ error: () => say.slugNotText({ what: fieldNoun(what), example: idExample(what) }) })
      .regex(SLUG_PATTERN, {
        error: (issue) => say.slugFormat({ what: fieldNoun(what), example: idExample(what, issue.input) }),
      }),
  );

/** The id the editor seems to mean ("Vienna City" → "vienna-city"), else one of the field's own form. */
export function idExample(what: FieldNoun, written?: unknown): string {
  const meant = typeof written === 'string' ? toSlug(written) : '';
  return meant && SLUG_PATTERN.test(meant) ? meant : (ID_EXAMPLE[what] ?? 'public-space');
}

/**
 * What a message names: a field noun, or a phrase built from one when the
 * message is written. Any other text is named as a field name
 * (`the field "…"`); a test checks that the schemas use nouns the catalogue knows.
 */
type Named = FieldNoun | (() => string) | (string & {});
const phrase = (what: Named) => {
  if (typeof what === 'function') return what();
  return isFieldNoun(what) ? fieldNoun(what) : say.namedField({ name: what });
};

export const nonEmptyText = (what: Named) =>
  z
    .string({ error: () => say.textNotText({ what: phrase(what) }) })
    .trim()
    .min(1, { error: () => say.textEmpty({ what: phrase(what) }) });

/** Keeps only http(s) addresses: `z.url()` would let `javascript:` through. */
export function isWebUrl(value: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return false;
  }
  return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname.length > 0;
}

export const webUrl = z
  .string({ error: () => say.webUrlNotText() })
  .trim()
  .refine(isWebUrl, { error: () => say.webUrlInvalid() });

export const email = z.email({ error: () => say.emailInvalid() });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isRealDate(year: number, month = 1, day = 1): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A full calendar date, YYYY-MM-DD. */
export const isoDate = z.string({ error: () => say.isoDateNotText() }).refine(
  (v) => {
    const m = ISO_DATE.exec(v);
    return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
  },
  { error: () => say.isoDateInvalid() },
);

/**
 * A date known to the year, month or day ("2023", "2023-05", "2023-05-13").
 * YAML reads an unquoted 2023 as a number, so numbers are accepted too.
 */
export const partialDate = z.preprocess(
  (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v),
  z.string({ error: () => say.partialDateNotText() }).refine(
    (v) => {
      const m = PARTIAL_DATE.exec(v);
      if (!m) return false;
      const year = Number(m[1]);
      return year >= 1900 && year <= 2100 && isRealDate(year, m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1);
    },
    { error: () => say.partialDateInvalid() },
  ),
);

export const countryCode = z.string({ error: () => say.countryNotText() }).superRefine((value, ctx) => {
  if (/^[A-Z]{2}$/.test(value) && countries.isValid(value)) return;
  const upper = value.toUpperCase();
  const byName =
    countries.getAlpha2Code(value, 'en') ??
    countries.getAlpha2Code(value, 'fr') ??
    countries.getAlpha2Code(value, 'es');
  const suggestion = countries.isValid(upper) && /^[A-Z]{2}$/.test(upper) ? upper : byName;
  ctx.addIssue({
    code: 'custom',
    message: say.countryInvalid({ value }),
    params: suggestion ? { suggestion: say.writeValue({ value: suggestion }) } : undefined,
  });
});

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
/** Intl's lookup is slow and the same few codes repeat on thousands of practices: each is looked up once. */
const knownLanguages = new Map<string, boolean>();
function isLanguageCode(code: string): boolean {
  let known = knownLanguages.get(code);
  if (known === undefined) {
    known = /^[a-z]{2}$/.test(code) && languageNames.of(code) !== undefined;
    knownLanguages.set(code, known);
  }
  return known;
}

/** A language a practice works in: ISO 639-1, two lowercase letters. */
export const languageCode = z.string({ error: () => say.languageNotText() }).superRefine((value, ctx) => {
  if (isLanguageCode(value)) return;
  const lower = value.toLowerCase();
  const suggestion = isLanguageCode(lower) ? lower : undefined;
  ctx.addIssue({
    code: 'custom',
    message: say.languageInvalid({ value }),
    params: suggestion ? { suggestion: say.writeValue({ value: suggestion }) } : undefined,
  });
});

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export const currencyCode = z.string({ error: () => say.currencyNotText() }).superRefine((value, ctx) => {
  if (CURRENCIES.has(value)) return;
  const upper = value.toUpperCase();
  ctx.addIssue({
    code: 'custom',
    message: say.currencyInvalid({ value }),
    params: CURRENCIES.has(upper) ? { suggestion: say.writeValue({ value: upper }) } : undefined,
  });
});

/** One of the catalogue's content languages (the languages pages exist in). */
export const contentLanguage = z.enum(CONTENT_LANGUAGES, {
  error: () => say.contentLanguageInvalid({ languages: CONTENT_LANGUAGES.join(', ') }),
});

/** Text given in each content language; every language is required. */
export const localizedLabel = (what: FieldNoun) =>
  z.strictObject(
    Object.fromEntries(
      CONTENT_LANGUAGES.map((lang) => [lang, nonEmptyText(() => say.inLanguage({ what: fieldNoun(what), lang }))]),
    ) as Record<(typeof CONTENT_LANGUAGES)[number], ReturnType<typeof nonEmptyText>>,
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? say.labelOnlyLanguages({ languages: CONTENT_LANGUAGES.join(', ') })
          : say.labelEachLanguage({
              what: fieldNoun(what),
              example: CONTENT_LANGUAGES.map((l) => `${l}: …`).join(', '),
            }),
    },
  );

/** Where a fact was read: what an editor cites so that nothing is invented. */
export const sourceReference = z.strictObject(
  {
    title: nonEmptyText('source title'),
    url: webUrl.optional(),
    publisher: nonEmptyText('publisher').optional(),
    date: partialDate.optional(),
    retrieved: isoDate.optional(),
  },
  { error: () => say.sourceShape() },
);

export const listOf = <T extends z.ZodType>(item: T, what: FieldNoun) =>
  z.array(item, { error: () => say.listShape({ what: fieldNoun(what), example: LIST_EXAMPLE[what] ?? '["…", "…"]' }) });

// Texts a visitor reads that may be given per language (issues #15 and #17; h15-texts).

/** A text written once (in its entry's language) or per language, at least one. */
export type TextInLanguages = string | Partial<Record<(typeof CONTENT_LANGUAGES)[number], string>>;

const PER_LANGUAGE_EXAMPLE = `{ ${CONTENT_LANGUAGES.map((l) => `${l}: "…"`).join(', ')} }`;

/**
 * Either a plain text or `{ fr?, en?, es? }`: a page in a language the text
 * lacks shows another language's with a notice (src/domain/localize.ts).
 */
export const textInLanguages = (what: FieldNoun) =>
  z.union(
    [
      nonEmptyText(what),
      z
        .strictObject(
          Object.fromEntries(
            CONTENT_LANGUAGES.map((lang) => [
              lang,
              nonEmptyText(() => say.inLanguage({ what: fieldNoun(what), lang })).optional(),
            ]),
          ) as Record<(typeof CONTENT_LANGUAGES)[number], z.ZodOptional<ReturnType<typeof nonEmptyText>>>,
          {
            error: (issue) =>
              issue.code === 'unrecognized_keys'
                ? say.labelOnlyLanguages({ languages: CONTENT_LANGUAGES.join(', ') })
                : say.textInLanguagesShape({ what: fieldNoun(what), example: PER_LANGUAGE_EXAMPLE }),
          },
        )
        .refine((value) => Object.values(value).some((text) => text !== undefined), {
          error: () => say.textInLanguagesEmpty({ what: fieldNoun(what) }),
        }),
    ],
    { error: () => say.textInLanguagesShape({ what: fieldNoun(what), example: PER_LANGUAGE_EXAMPLE }) },
  );

/** The example of the per-language form that messages show. */
export const perLanguageExample = () => PER_LANGUAGE_EXAMPLE;
