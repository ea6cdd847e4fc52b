/**
 * UI strings: JSON files per language with flat dotted keys, one main file
 * and one per feature area (offline, publish, network, kpi, preview, places) so that work on one
 * area does not touch the others' strings. A key missing
 * in a language falls back to English with a visible "[EN]" mark, never to
 * a blank; tests/unit/ui-strings.test.ts keeps the shipped files complete.
 */
import mainEn from './ui/en.json' with { type: 'json' };
import mainEs from './ui/es.json' with { type: 'json' };
import mainFr from './ui/fr.json' with { type: 'json' };
import kpiEn from './ui/kpi.en.json' with { type: 'json' };
import kpiEs from './ui/kpi.es.json' with { type: 'json' };
import kpiFr from './ui/kpi.fr.json' with { type: 'json' };
import comparisonEn from './ui/comparison.en.json' with { type: 'json' };
import comparisonEs from './ui/comparison.es.json' with { type: 'json' };
import comparisonFr from './ui/comparison.fr.json' with { type: 'json' };
import networkEn from './ui/network.en.json' with { type: 'json' };
import networkEs from './ui/network.es.json' with { type: 'json' };
import networkFr from './ui/network.fr.json' with { type: 'json' };
import offlineEn from './ui/offline.en.json' with { type: 'json' };
import offlineEs from './ui/offline.es.json' with { type: 'json' };
import offlineFr from './ui/offline.fr.json' with { type: 'json' };
import previewEn from './ui/preview.en.json' with { type: 'json' };
import previewEs from './ui/preview.es.json' with { type: 'json' };
import previewFr from './ui/preview.fr.json' with { type: 'json' };
import publishEn from './ui/publish.en.json' with { type: 'json' };
import publishEs from './ui/publish.es.json' with { type: 'json' };
import publishFr from './ui/publish.fr.json' with { type: 'json' };
import placesEn from './ui/places.en.json' with { type: 'json' };
import placesEs from './ui/places.es.json' with { type: 'json' };
import placesFr from './ui/places.fr.json' with { type: 'json' };
import { LOCALE_TAGS, type Lang } from './languages.ts';
import { PLURAL_CATEGORIES, formatPlural, type PluralForms } from './plural.ts';

const en = {
  ...mainEn,
  ...offlineEn,
  ...publishEn,
  ...networkEn,
  ...kpiEn,
  ...comparisonEn,
  ...previewEn,
  ...placesEn,
};
export type UiKey = keyof typeof en;
type Strings = Partial<Record<UiKey, string>>;

export const UI_STRINGS: Record<Lang, Strings> = {
  en,
  fr: { ...mainFr, ...offlineFr, ...publishFr, ...networkFr, ...kpiFr, ...comparisonFr, ...previewFr, ...placesFr },
  es: { ...mainEs, ...offlineEs, ...publishEs, ...networkEs, ...kpiEs, ...comparisonEs, ...previewEs, ...placesEs },
};
export const UI_SOURCE_LANGUAGE = 'en' satisfies Lang;

export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function useTranslations(lang: Lang, strings: Record<Lang, Strings> = UI_STRINGS): Translate {
  return (key, params) => {
    const own = strings[lang][key];
    if (own !== undefined && own !== '') return interpolate(own, params);
    const fallback = strings[UI_SOURCE_LANGUAGE][key];
    if (fallback !== undefined && fallback !== '')
      return `[${UI_SOURCE_LANGUAGE.toUpperCase()}] ${interpolate(fallback, params)}`;
    return `[${key}]`;
  };
}

/** A counted string's name: its `_other` key without the suffix. */
export type PluralKey = UiKey extends infer K ? (K extends `${infer Name}_other` ? Name : never) : never;

/**
 * Every form of a counted string in a language, for the build and for
 * client scripts' configuration. A language lacking the string takes the
 * English forms with the visible "[EN]" mark, as `useTranslations` does.
 */
export function pluralForms(lang: Lang, key: PluralKey, strings: Record<Lang, Strings> = UI_STRINGS): PluralForms {
  const formsIn = (source: Lang): Partial<Record<Intl.LDMLPluralRule, string>> =>
    Object.fromEntries(
      PLURAL_CATEGORIES.flatMap((category) => {
        const text = strings[source][`${key}_${category}` as UiKey];
        return text ? [[category, text]] : [];
      }),
    );
  const own = formsIn(lang);
  if (own.other) return own as PluralForms;
  const fallback = formsIn(UI_SOURCE_LANGUAGE);
  const mark = `[${UI_SOURCE_LANGUAGE.toUpperCase()}] `;
  if (!fallback.other) return { other: `[${key}]` };
  return Object.fromEntries(Object.entries(fallback).map(([category, text]) => [category, mark + text])) as PluralForms;
}

export type TranslatePlural = (key: PluralKey, count: number, params?: Record<string, string | number>) => string;

/** A counted string in the language's plural form for `count`, e.g. "1 practice", "0 pratique", "0 practices". */
export function usePlural(lang: Lang, strings: Record<Lang, Strings> = UI_STRINGS): TranslatePlural {
  return (key, count, params) => formatPlural(pluralForms(lang, key, strings), LOCALE_TAGS[lang], count, params);
}
