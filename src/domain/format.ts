/**
 * Dates, numbers and money written the way each language writes them.
 */
import { LOCALE_TAGS, type Lang } from '../i18n/languages.ts';

/**
 * Building an Intl formatter costs far more than using one, and a large
 * catalogue formats hundreds of thousands of values: each is built once.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Written dates, by language and value. Every indicator page lists all its
 * periods, so the same few hundred dates are written millions of times in
 * a large build; the set of distinct dates stays small, and is capped.
 */
const writtenDates = new Map<string, string>();
const WRITTEN_DATES_CAP = 50_000;

/** "2023" → "2023"; "2023-05" → "mai 2023"; "2023-05-13" → "13 mai 2023". */
export function formatPartialDate(value: string, lang: Lang): string {
  const key = `${lang}:${value}`;
  let written = writtenDates.get(key);
  if (written === undefined) {
    written = writePartialDate(value, lang);
    if (writtenDates.size >= WRITTEN_DATES_CAP) writtenDates.clear();
    writtenDates.set(key, written);
  }
  return written;
}

function writePartialDate(value: string, lang: Lang): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!month) return String(year);
  const date = new Date(Date.UTC(year!, month - 1, day ?? 1));
  const formatter = cached(
    `date:${lang}:${day ? 'day' : 'month'}`,
    () =>
      new Intl.DateTimeFormat(
        LOCALE_TAGS[lang],
        day
          ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
          : { year: 'numeric', month: 'long', timeZone: 'UTC' },
      ),
  );
  return formatter.format(date);
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return cached(
    `number:${lang}:${maximumFractionDigits}`,
    () => new Intl.NumberFormat(LOCALE_TAGS[lang], { maximumFractionDigits }),
  ).format(value);
}

export function formatMoney(amount: number, currency: string, lang: Lang): string {
  return cached(
    `money:${lang}:${currency}`,
    () => new Intl.NumberFormat(LOCALE_TAGS[lang], { style: 'currency', currency, maximumFractionDigits: 0 }),
  ).format(amount);
}

/** A KPI period: "2023", "2023-05" (month) or "2023-Q2" (quarter, written per language). */
export function formatPeriod(period: string, lang: Lang, quarterLabel: (q: number, year: string) => string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return quarterLabel(Number(quarter[2]), quarter[1]!);
  return formatPartialDate(period, lang);
}

/** "a, b and c" in `lang`; "a, b or c" with `type: 'disjunction'`. */
export function formatList(
  values: readonly string[],
  lang: Lang,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return cached(`list:${type}:${lang}`, () => new Intl.ListFormat(LOCALE_TAGS[lang], { style: 'long', type })).format(
    values,
  );
}
