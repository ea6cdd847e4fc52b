import { describe, expect, test } from 'vitest';
import { CONTENT_LANGUAGES } from '../../../src/i18n/languages.ts';
import { alternates, localizedPath, routeOf, routes, withBase } from '../../../src/i18n/paths.ts';
import { UI_STRINGS, useTranslations } from '../../../src/i18n/t.ts';

describe('UI strings', () => {
  test('every language has every key, none empty', () => {
    const keys = Object.keys(UI_STRINGS.en).sort();
    for (const lang of CONTENT_LANGUAGES) {
      expect(Object.keys(UI_STRINGS[lang]).sort(), lang).toEqual(keys);
      for (const [key, value] of Object.entries(UI_STRINGS[lang])) expect(value.trim(), `${lang}:${key}`).not.toBe('');
    }
  });
  test('placeholders are the same in every language', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, english] of Object.entries(UI_STRINGS.en)) {
      for (const lang of CONTENT_LANGUAGES) {
        expect(placeholders(UI_STRINGS[lang][key as keyof typeof UI_STRINGS.en]!), `${lang}:${key}`).toEqual(
          placeholders(english),
        );
      }
    }
  });
  test('a missing key falls back to English visibly, never to a blank', () => {
    const t = useTranslations('es', { en: { 'nav.home': 'Home' }, fr: {}, es: { 'nav.home': '' } });
    expect(t('nav.home')).toBe('[EN] Home');
    expect(t('nav.cities')).toBe('[nav.cities]');
  });
  test('parameters are filled in', () => {
    expect(useTranslations('fr')('practices.count_other', { count: 3 })).toBe('3 pratiques');
  });
});

describe('paths under any base', () => {
  test.each([
    ['/', 'fr', routes.practice('her-voice'), '/fr/practices/her-voice/'],
    ['/atlas/', 'es', routes.home(), '/atlas/es/'],
    ['/atlas', 'en', routes.cities(), '/atlas/en/cities/'],
  ])('base %s, %s, %s → %s', (base, lang, route, expected) => {
    expect(localizedPath(base, lang as 'fr', route)).toBe(expected);
  });
  test('alternates give the same route in every published language', () => {
    expect(alternates('/atlas/', routes.city('barcelona'), ['fr', 'en', 'es']).map((a) => a.href)).toEqual([
      '/atlas/fr/cities/barcelona/',
      '/atlas/en/cities/barcelona/',
      '/atlas/es/cities/barcelona/',
    ]);
    expect(alternates('/', routes.home(), ['en', 'fr']).map((a) => a.href)).toEqual(['/en/', '/fr/']);
  });
  test('a pathname gives back its route', () => {
    expect(routeOf('/atlas/', '/atlas/es/practices/x/')).toBe('practices/x/');
    expect(withBase('/', '/favicon.svg')).toBe('/favicon.svg');
  });
});
