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

export type Indicator = z.infer<typeof indicatorSchema>;
export type DatasetMeta = z.infer<typeof datasetSchema>;
