/**
 * The `cacheKey` of each catalogue page, which the build may link from the
 * last site rather than render (page-reuse.ts, cache-key.ts): what the page shows,
 * read from the same records and functions the page reads. The rule is
 * "too broad rather than stale": a card's key holds every language's title
 * and summary, though one shows; a practice page's key holds the whole
 * practice record, bodies of every language included.
 */
import type { Catalogue, CityRecord, PracticeRecord } from '../catalogue/model.ts';
import { citiesOf } from '../domain/catalogue-index.ts';
import { relatedPractices, type Facet } from '../domain/facets.ts';
import { changedAt } from '../editorial/git-history.ts';
import type { Lang } from '../i18n/languages.ts';
import { keysWanted, NO_KEY, pageCacheKey, recordHash } from './cache-key.ts';
import { contentHistory } from './file-history.ts';

/** A city as other pages name it: names in every language, and the facts (JSON-LD shows coordinates, type, region). */
function cityShown(city: CityRecord) {
  return {
    id: city.id,
    originalLanguage: city.originalLanguage,
    facts: recordHash(city.facts),
    names: Object.fromEntries(Object.entries(city.texts).map(([lang, text]) => [lang, text!.name])),
  };
}

const cards = new WeakMap<PracticeRecord, string>();

/** What a practice card shows in any language: titles, summaries, places, themes. */
export function cardKey(practice: PracticeRecord, cities: readonly CityRecord[]): string {
  let key = cards.get(practice);
  if (key === undefined) {
    key = recordHash({
      id: practice.id,
      originalLanguage: practice.originalLanguage,
      texts: Object.fromEntries(
        Object.entries(practice.texts).map(([lang, text]) => [
          lang,
          { lang: text!.lang, title: text!.title, summary: text!.summary },
        ]),
      ),
      country: practice.facts.country,
      themes: practice.facts.themes,
      cities: practice.facts.cities,
      named: citiesOf(practice, cities).map(cityShown),
      // Roles of the places, and the scale a city page names for a national or regional practice.
      cityRoles: practice.facts.cityRoles ?? null,
      scale: practice.facts.scale,
      region: practice.facts.region ?? null,
    });
    cards.set(practice, key);
  }
  return key;
}

/**
 * The dates a practice or city page shows from git (Provenance, sharing,
 * JSON-LD, citation): each text file's last change. A file with uncommitted
 * edits counts as changed now, so its pages are rendered on every build, as
 * their date changes.
 */
export function fileDates(entry: PracticeRecord | CityRecord): (string | null)[] {
  const history = contentHistory();
  return Object.values(entry.texts).map(
    (text) =>
      `${text!.file}@${changedAt(history, text!.file)?.toISOString() ?? (history.available ? 'unknown' : 'no git')}`,
  );
}

export function practicePageKey(catalogue: Catalogue, practice: PracticeRecord, lang: Lang): string {
  if (!keysWanted()) return NO_KEY;
  return pageCacheKey(
    catalogue,
    'practice',
    lang,
    recordHash(practice),
    relatedPractices(practice, catalogue.practices).map((other) => cardKey(other, catalogue.cities)),
    citiesOf(practice, catalogue.cities).map(cityShown),
    fileDates(practice),
  );
}

/** A page of cards (catalogue pages, browse listings): its place in the list and the cards it shows. */
export function listPageKey(
  catalogue: Catalogue,
  what: string,
  lang: Lang,
  page: { page: number; pages: number; total: number; items: readonly PracticeRecord[] },
): string {
  if (!keysWanted()) return NO_KEY;
  return pageCacheKey(
    catalogue,
    what,
    lang,
    page.page,
    page.pages,
    page.total,
    page.items.map((p) => cardKey(p, catalogue.cities)),
  );
}

/** A facet's list of values with their counts (labels come from the vocabularies, in the catalogue-wide key). */
export function facetIndexKey(
  catalogue: Catalogue,
  facet: Facet,
  lang: Lang,
  counts: readonly { value: string; count: number }[],
): string {
  if (!keysWanted()) return NO_KEY;
  return pageCacheKey(catalogue, 'browse-facet', lang, facet.key, counts);
}
