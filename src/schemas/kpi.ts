/**
 * KPI data: indicator definitions (content/kpis/indicators.yaml) and
 * datasets (content/kpis/datasets/<id>/dataset.yaml + observations.csv),
 * one observation per CSV row.
 */
import { z } from 'astro/zod';
import {
  contentLanguage,
  currencyCode,
  isoDate,
  localizedLabel,
  nonEmptyText,
  perLanguageExample,
  slug,
  sourceReference,
  textInLanguages,
  webUrl,
} from './common.ts';
import { fieldNoun, say, type FieldNoun } from '../catalogue/messages/index.ts';

export const INDICATOR_UNITS = ['percent', 'count', 'per-1000', 'per-100000', 'currency', 'years', 'days'] as const;

/** A value the indicator's charts draw as a labelled line: parity (50 %), a target, a legal threshold. */
const indicatorReferenceSchema = z.strictObject({
  value: z.number({ error: () => say.referenceValueNotNumber() }),
  label: localizedLabel('label'),
});

/**
 * The values an indicator can plausibly take, from its unit unless it says
 * otherwise (minimum, maximum): a percent share lies in 0–100, a count is a
 * whole number from 0, rates, years and days are never negative. A value
 * outside is a typing slip (250 for 25.0) and is refused before it is compared.
 */
export function plausibleRange(indicator: {
  unit: (typeof INDICATOR_UNITS)[number];
  minimum?: number | undefined;
  maximum?: number | undefined;
}): {
  min: number | undefined;
  max: number | undefined;
  whole: boolean;
  accepts: (value: number) => boolean;
  describe: () => string;
} {
  const byUnit: Record<(typeof INDICATOR_UNITS)[number], [number | undefined, number | undefined]> = {
    percent: [0, 100],
    count: [0, undefined],
    'per-1000': [0, undefined],
    'per-100000': [0, undefined],
    currency: [undefined, undefined],
    years: [0, undefined],
    days: [0, undefined],
  };
  const [unitMin, unitMax] = byUnit[indicator.unit];
  const min = indicator.minimum ?? unitMin;
  const max = indicator.maximum ?? unitMax;
  const whole = indicator.unit === 'count';
  return {
    min,
    max,
    whole,
    accepts: (v) =>
      (min === undefined || v >= min) && (max === undefined || v <= max) && (!whole || Number.isInteger(v)),
    describe: () =>
      min !== undefined && max !== undefined
        ? say.rangeBetween({ min, max })
        : min !== undefined
          ? say.rangeAtLeast({ min })
          : max !== undefined
            ? say.rangeAtMost({ max })
            : say.rangeAny(),
  };
}

export const indicatorSchema = z
  .strictObject({
    id: slug('indicator id'),
    label: localizedLabel('label'),
    description: localizedLabel('description'),
    unit: z.enum(INDICATOR_UNITS, { error: () => say.unitInvalid({ units: INDICATOR_UNITS.join(', ') }) }),
    currency: currencyCode.optional(),
    higherIsBetter: z.boolean({ error: () => say.higherIsBetterNotBoolean() }),
    decimals: z.number().int().min(0).max(4).default(1),
    // Comparisons and plausible values (docs/content-model.md, "Reference lines and plausible values").
    reference: indicatorReferenceSchema.optional(),
    minimum: z.number({ error: () => say.boundNotNumber() }).optional(),
    maximum: z.number({ error: () => say.boundNotNumber() }).optional(),
  })
  .superRefine((value, ctx) => {
    const range = plausibleRange(value);
    if (value.reference && !range.accepts(value.reference.value)) {
      ctx.addIssue({
        code: 'custom',
        path: ['reference', 'value'],
        message: say.referenceOutOfRange({ value: value.reference.value, range: range.describe() }),
        params: { suggestion: say.referenceOutOfRangeFix() },
      });
    }
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

// The texts of a dataset a visitor reads, each a text in the dataset's `language` or given per language (h15-texts).
const datasetSource = sourceReference.extend({ title: textInLanguages('source title') });

const datasetTexts = {
  language: contentLanguage.optional(),
  title: textInLanguages('title'),
  description: textInLanguages('description').optional(),
  note: textInLanguages('dataset note').optional(),
  source: datasetSource,
};

/** Where a text written once sits, and how messages name it. */
const SINGLE_LANGUAGE_TEXTS: [path: string[], noun: FieldNoun][] = [
  [['title'], 'title'],
  [['description'], 'description'],
  [['note'], 'dataset note'],
  [['source', 'title'], 'source title'],
];

export const datasetSchema = z
  .strictObject({
    ...datasetTexts,
    licence: nonEmptyText('licence'),
    licenceUrl: webUrl.optional(),
    retrieved: isoDate,
    illustrative: z.boolean({ error: () => say.illustrativeNotBoolean() }),
    csv: csvFormatSchema.optional(),
  })
  .superRefine((value, ctx) => {
    // A text written once is in the dataset's language: without it, no page could say the text is not its own.
    if (value.language) return;
    for (const [path, noun] of SINGLE_LANGUAGE_TEXTS) {
      const text = path.reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], value);
      if (typeof text !== 'string') continue;
      ctx.addIssue({
        code: 'custom',
        path,
        message: say.datasetLanguageNeeded({ what: fieldNoun(noun) }),
        params: { suggestion: say.datasetLanguageNeededFix({ example: perLanguageExample() }) },
      });
    }
  });

/** YYYY, YYYY-MM or YYYY-Qn. */
export const PERIOD_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;

export const OBSERVATION_COLUMNS = ['city', 'indicator', 'period', 'value', 'source'] as const;

/**
 * What a `place` cell may name besides a city: a country by its ISO 3166-1
 * code in capitals (TG), a network as network:<id> (network:aimf).
 */
export const COUNTRY_PLACE = /^[A-Z]{2}$/;
export const NETWORK_PLACE = /^network:([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export type Indicator = z.infer<typeof indicatorSchema>;
export type DatasetMeta = z.infer<typeof datasetSchema>;
