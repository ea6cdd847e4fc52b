/**
 * Counted strings: each has one form per plural category of the language
 * (`key_one`, `key_other`, … in the UI strings), chosen by Intl.PluralRules.
 * Pure and free of the string files, so client scripts import it too and
 * receive the forms from the build instead of re-deriving them.
 */

/** The forms of one counted string in one language; `other` always exists. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export const PLURAL_CATEGORIES: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, locale: string, make: () => T): T {
  let value = map.get(locale);
  if (!value) map.set(locale, (value = make()));
  return value;
}

/** The form the language uses for `count` (French 0 and 1 singular; English and Spanish 0 plural). */
export function pluralForm(forms: PluralForms, locale: string, count: number): string {
  const category = cached(rules, locale, () => new Intl.PluralRules(locale)).select(count);
  return forms[category] ?? forms.other;
}

/**
 * Languages that write a whole number below 1,000 as its ASCII digits, as
 * Intl.NumberFormat does (tested): such a count needs no formatter. A
 * browser's first Intl.NumberFormat loads its number data, 10–25 ms on
 * this machine, which a phone pays as the map or catalogue starts.
 */
const PLAIN_DIGITS = /^(fr|en|es)(-|$)/;

function formatCount(locale: string, count: number): string {
  if (Number.isInteger(count) && count >= 0 && count < 1000 && PLAIN_DIGITS.test(locale)) return String(count);
  return cached(numbers, locale, () => new Intl.NumberFormat(locale)).format(count);
}

/** The chosen form with `{count}` written in the language's digits and the other `{name}`s filled. */
export function formatPlural(
  forms: PluralForms,
  locale: string,
  count: number,
  params: Record<string, string | number> = {},
): string {
  const values: Record<string, string | number> = {
    ...params,
    count: formatCount(locale, count),
  };
  return pluralForm(forms, locale, count).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
