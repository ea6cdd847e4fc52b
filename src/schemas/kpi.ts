/**
 * KPI data: indicator definitions (content/kpis/indicators.yaml) and
 * datasets (content/kpis/datasets/<id>/dataset.yaml + observations.csv),
 * one observation per CSV row.
 */
import { z } from 'astro/zod';
import { say } from '../catalogue/messages/index.ts';
import { currencyCode, isoDate, localizedLabel, nonEmptyText, slug, sourceReference, webUrl } from './common.ts';

export const INDICATOR_UNITS = ['percent', 'count', 'per-1000', 'per-100000', 'currency', 'years', 'days'] as const;

export const indicatorSchema = z
  .strictObject({
    id: slug('indicator id'),
    label: localizedLabel('label'),
    description: localizedLabel('description'),
    unit: z.enum(INDICATOR_UNITS, { error: () => say.unitInvalid({ units: INDICATOR_UNITS.join(', ') }) }),
    currency: currencyCode.optional(),
    higherIsBetter: z.boolean({ error: () => say.higherIsBetterNotBoolean() }),
    decimals: z.number().int().min(0).max(4).default(1),
  })
  .superRefine((value, ctx) => {
    if (value.unit === 'currency' && !value.currency) {
      ctx.addIssue({
        code: 'custom',
        path: ['currency'],
        message: say.currencyNeeded(),
        params: { suggestion: say.currencyNeededFix() },
      });
    }
  });

export const indicatorsFileSchema = z
  .array(indicatorSchema, { error: () => say.indicatorsFileShape() })
  .min(1, { error: () => say.indicatorsFileEmpty() });

/** How a spreadsheet saved the file; French and Spanish ones use ";" and ",". */
export const csvFormatSchema = z.strictObject({
  delimiter: z.enum([',', ';', '\t'], { error: () => say.delimiterInvalid() }).default(','),
  decimal: z.enum(['.', ','], { error: () => say.decimalMarkInvalid() }).default('.'),
});

export const datasetSchema = z.strictObject({
  title: localizedLabel('title'),
  description: localizedLabel('description').optional(),
  source: sourceReference,
  licence: nonEmptyText('licence'),
  licenceUrl: webUrl.optional(),
  retrieved: isoDate,
  illustrative: z.boolean({ error: () => say.illustrativeNotBoolean() }),
  csv: csvFormatSchema.optional(),
});

/** YYYY, YYYY-MM or YYYY-Qn. */
export const PERIOD_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;

export const OBSERVATION_COLUMNS = ['city', 'indicator', 'period', 'value', 'source'] as const;

export type Indicator = z.infer<typeof indicatorSchema>;
export type DatasetMeta = z.infer<typeof datasetSchema>;
