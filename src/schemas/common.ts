/**
 * Field types shared by every content schema. Each carries the message an
 * editor reads when the value is wrong, so the wording matters as much as
 * the rule.
 */
import { z } from 'astro/zod';
import countries from 'i18n-iso-countries';
import { CONTENT_LANGUAGES } from '../i18n/languages.ts';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id written by hand: lowercase words joined by hyphens. */
export const slug = (what: string) =>
  z
    .string({ error: `Write the ${what} as text, for example "violence-against-women".` })
    .regex(SLUG_PATTERN, {
      error: `A ${what} uses lowercase letters, digits and single hyphens only (for example "public-space").`,
    });

export const nonEmptyText = (what: string) =>
  z
    .string({ error: `Write the ${what} as text.` })
    .trim()
    .min(1, { error: `The ${what} is empty: write it, or remove the line.` });

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
  .string({ error: 'Write the web address as text, for example "https://www.example.org".' })
  .trim()
  .refine(isWebUrl, {
    error: 'Expected a web address starting with https:// or http:// (for example "https://www.example.org").',
  });

export const email = z.email({ error: 'Expected an e-mail address such as "contact@example.org".' });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isRealDate(year: number, month = 1, day = 1): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A full calendar date, YYYY-MM-DD. */
export const isoDate = z
  .string({ error: 'Write the date as YYYY-MM-DD in quotes, for example "2024-11-24".' })
  .refine(
    (v) => {
      const m = ISO_DATE.exec(v);
      return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
    },
    { error: 'Expected a real date written YYYY-MM-DD, for example "2024-11-24".' },
  );

/**
 * A date known to the year, month or day ("2023", "2023-05", "2023-05-13").
 * YAML reads an unquoted 2023 as a number, so numbers are accepted too.
 */
export const partialDate = z.preprocess(
  (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v),
  z
    .string({ error: 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD, for example "2023" or "2023-05-13".' })
    .refine(
      (v) => {
        const m = PARTIAL_DATE.exec(v);
        if (!m) return false;
        const year = Number(m[1]);
        return year >= 1900 && year <= 2100 && isRealDate(year, m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1);
      },
      { error: 'Expected a date written YYYY, YYYY-MM or YYYY-MM-DD between 1900 and 2100, for example "2023-05".' },
    ),
);

export const countryCode = z
  .string({ error: 'Write the country as its two-letter ISO 3166-1 code, for example "FR".' })
  .superRefine((value, ctx) => {
    if (/^[A-Z]{2}$/.test(value) && countries.isValid(value)) return;
    const upper = value.toUpperCase();
    const byName = countries.getAlpha2Code(value, 'en') ?? countries.getAlpha2Code(value, 'fr') ?? countries.getAlpha2Code(value, 'es');
    const suggestion = countries.isValid(upper) && /^[A-Z]{2}$/.test(upper) ? upper : byName;
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a two-letter ISO 3166-1 country code (capital letters, for example "FR", "ES", "TG").`,
      params: suggestion ? { suggestion: `write "${suggestion}"` } : undefined,
    });
  });

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A language a practice works in: ISO 639-1, two lowercase letters. */
export const languageCode = z
  .string({ error: 'Write the language as its two-letter ISO 639-1 code, for example "fr".' })
  .superRefine((value, ctx) => {
    if (/^[a-z]{2}$/.test(value) && languageNames.of(value) !== undefined) return;
    const lower = value.toLowerCase();
    const suggestion = /^[a-z]{2}$/.test(lower) && languageNames.of(lower) !== undefined ? lower : undefined;
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a two-letter ISO 639-1 language code (lowercase, for example "fr", "en", "es", "nl").`,
      params: suggestion ? { suggestion: `write "${suggestion}"` } : undefined,
    });
  });

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export const currencyCode = z
  .string({ error: 'Write the currency as its three-letter ISO 4217 code, for example "EUR" or "XOF".' })
  .superRefine((value, ctx) => {
    if (CURRENCIES.has(value)) return;
    const upper = value.toUpperCase();
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not an ISO 4217 currency code (three capital letters, for example "EUR", "USD", "XOF").`,
      params: CURRENCIES.has(upper) ? { suggestion: `write "${upper}"` } : undefined,
    });
  });

/** One of the catalogue's content languages (the languages pages exist in). */
export const contentLanguage = z.enum(CONTENT_LANGUAGES, {
  error: `Expected one of the catalogue's languages: ${CONTENT_LANGUAGES.join(', ')}.`,
});

/** Text given in each content language; every language is required. */
export const localizedLabel = (what: string) =>
  z.strictObject(
    Object.fromEntries(CONTENT_LANGUAGES.map((lang) => [lang, nonEmptyText(`${what} in "${lang}"`)])) as Record<
      (typeof CONTENT_LANGUAGES)[number],
      ReturnType<typeof nonEmptyText>
    >,
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `Only the languages ${CONTENT_LANGUAGES.join(', ')} are expected here.`
          : `Give the ${what} in each language: ${CONTENT_LANGUAGES.map((l) => `${l}: …`).join(', ')}.`,
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
  { error: 'Describe the source with at least a title, for example { title: "…", url: "https://…" }.' },
);

export const listOf = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: `Write the ${what} as a list, for example [a, b] or one "- item" per line.` });
