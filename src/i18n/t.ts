/**
 * UI strings: one JSON file per language with flat dotted keys. A key missing
 * in a language falls back to English with a visible "[EN]" mark, never to
 * a blank; tests/unit/ui-strings.test.ts keeps the shipped files complete.
 */
import en from './ui/en.json' with { type: 'json' };
import es from './ui/es.json' with { type: 'json' };
import fr from './ui/fr.json' with { type: 'json' };
import type { Lang } from './languages.ts';

export type UiKey = keyof typeof en;
type Strings = Partial<Record<UiKey, string>>;

export const UI_STRINGS: Record<Lang, Strings> = { en, fr, es };
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
    if (fallback !== undefined && fallback !== '') return `[${UI_SOURCE_LANGUAGE.toUpperCase()}] ${interpolate(fallback, params)}`;
    return `[${key}]`;
  };
}
