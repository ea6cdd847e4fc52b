/**
 * KPI values as a page writes them.
 */
import type { Indicator } from '../../schemas/kpi.ts';

const valueFormats = new Map<string, Intl.NumberFormat>();

/**
 * A value with its unit in the page's locale: "38,5 %" (fr), "38.5%" (en),
 * "1 200 €"; units that are words (per 100,000 inhabitants) are left to the
 * caption and the axis title, the number is written alone.
 */
export function formatKpiValue(
  value: number,
  indicator: Pick<Indicator, 'unit' | 'currency' | 'decimals'>,
  locale: string,
  decimals = indicator.decimals,
): string {
  const key = `${locale}:${indicator.unit}:${indicator.currency ?? ''}:${decimals}`;
  let format = valueFormats.get(key);
  if (!format) {
    const digits = { minimumFractionDigits: 0, maximumFractionDigits: decimals };
    format =
      indicator.unit === 'percent'
        ? new Intl.NumberFormat(locale, { style: 'percent', ...digits })
        : indicator.unit === 'currency' && indicator.currency
          ? new Intl.NumberFormat(locale, { style: 'currency', currency: indicator.currency, ...digits })
          : new Intl.NumberFormat(locale, digits);
    valueFormats.set(key, format);
  }
  return format.format(indicator.unit === 'percent' ? value / 100 : value);
}

/** Rounds a computed value (an average) to what the indicator publishes, so table, chart and CSV agree. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
