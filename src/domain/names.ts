/**
 * Names of countries, languages and taxonomy entries in the page's language.
 * Country names come from i18n-iso-countries, language names from the
 * platform's Intl data.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import type { Lang } from '../i18n/languages.ts';
import type { Taxonomies } from '../catalogue/model.ts';
import type { Vocabulary } from '../schemas/taxonomy.ts';

countries.registerLocale(en);
countries.registerLocale(fr);
countries.registerLocale(es);

export function countryName(code: string, lang: Lang): string {
  return countries.getName(code, lang, { select: 'official' }) ?? code;
}

const languageNames = new Map<Lang, Intl.DisplayNames>();
// Every page names the same few languages (switch, notices, hreflang): ICU's lookup once per name, not per page.
const namesGiven = new Map<string, string>();

/** A language's name in `lang`; capitalized for use on its own (a list item), as is for use in a sentence. */
export function languageName(code: string, lang: Lang, { standalone = true } = {}): string {
  const key = `${lang}\u0000${code}\u0000${standalone}`;
  let given = namesGiven.get(key);
  if (given === undefined) {
    let names = languageNames.get(lang);
    if (!names) {
      names = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' });
      languageNames.set(lang, names);
    }
    const name = names.of(code) ?? code;
    given = standalone ? name.charAt(0).toLocaleUpperCase(lang) + name.slice(1) : name;
    namesGiven.set(key, given);
  }
  return given;
}

export function termLabel(taxonomies: Taxonomies, vocabulary: Vocabulary, id: string, lang: Lang): string {
  return taxonomies[vocabulary].find((entry) => entry.id === id)?.label[lang] ?? id;
}

const collators = new Map<Lang, Intl.Collator>();

export function compareText(lang: Lang): (a: string, b: string) => number {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    collators.set(lang, collator);
  }
  return collator.compare;
}
