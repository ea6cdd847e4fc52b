/**
 * The facets a visitor can filter practices by. Each facet knows how to read
 * its values from a practice (stable ids, the same in every language) and how
 * to label a value in a language. The search index, the static browse pages
 * and the catalogue's filters are all built from this one list.
 */
import type { Catalogue, PracticeRecord } from '../catalogue/model.ts';
import type { Lang } from '../i18n/languages.ts';
import type { Vocabulary } from '../schemas/taxonomy.ts';
import { cityIndex } from './catalogue-index.ts';
import { localizeCity } from './localize.ts';
import { countryName, languageName, termLabel } from './names.ts';

export type FacetKey =
  | 'theme'
  | 'method'
  | 'power'
  | 'source'
  | 'country'
  | 'city'
  | 'scale'
  | 'sdg'
  | 'network'
  | 'status'
  | 'year'
  | 'language';

export interface Facet {
  key: FacetKey;
  /** The vocabulary its values come from, when it has one. */
  vocabulary?: Vocabulary;
  /** Whether the facet gets static browse pages (for visitors without JavaScript). */
  browsable: boolean;
  values(practice: PracticeRecord): string[];
}

const fromVocabulary = (
  key: FacetKey,
  vocabulary: Vocabulary,
  read: (p: PracticeRecord) => string[],
  browsable = false,
): Facet => ({
  key,
  vocabulary,
  browsable,
  values: read,
});

export const FACETS: readonly Facet[] = [
  fromVocabulary('theme', 'themes', (p) => p.facts.themes, true),
  fromVocabulary('method', 'methods', (p) => p.facts.methods, true),
  fromVocabulary('power', 'power-domains', (p) => p.facts.powerDomains),
  fromVocabulary('source', 'source-types', (p) => p.facts.sourceTypes),
  { key: 'country', browsable: true, values: (p) => [p.facts.country] },
  { key: 'city', browsable: false, values: (p) => p.facts.cities },
  fromVocabulary('scale', 'scales', (p) => [p.facts.scale]),
  fromVocabulary('sdg', 'sdgs', (p) => p.facts.sdgs, true),
  fromVocabulary('network', 'networks', (p) => p.facts.networks, true),
  fromVocabulary('status', 'statuses', (p) => [p.facts.status]),
  { key: 'year', browsable: false, values: (p) => (p.facts.dates.start ? [p.facts.dates.start.slice(0, 4)] : []) },
  { key: 'language', browsable: false, values: (p) => p.facts.languages },
];

export function facetByKey(key: string): Facet | undefined {
  return FACETS.find((facet) => facet.key === key);
}

/** A value's label in a language: taxonomy label, country or language name, city name, or the year. */
export function facetValueLabel(
  facet: Facet,
  value: string,
  lang: Lang,
  catalogue: Pick<Catalogue, 'taxonomies' | 'cities'>,
): string {
  if (facet.vocabulary) return termLabel(catalogue.taxonomies, facet.vocabulary, value, lang);
  switch (facet.key) {
    case 'country':
      return countryName(value, lang);
    case 'language':
      return languageName(value, lang);
    case 'city': {
      const city = cityIndex(catalogue.cities).get(value);
      return city ? localizeCity(city, lang).text.name : value;
    }
    default:
      return value;
  }
}

/** How many practices carry each value of a facet, most frequent first. */
export function facetCounts(facet: Facet, practices: readonly PracticeRecord[]): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const practice of practices) {
    for (const value of new Set(facet.values(practice))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

export function practicesWith(facet: Facet, value: string, practices: readonly PracticeRecord[]): PracticeRecord[] {
  return practices.filter((p) => facet.values(p).includes(value));
}

/**
 * Practices close to one: a shared city weighs most, then shared networks
 * and themes, then the same country. Ties go to the most recently reviewed.
 */
export function relatedPractices(
  practice: PracticeRecord,
  practices: readonly PracticeRecord[],
  limit = 4,
): PracticeRecord[] {
  let index = relatedIndexes.get(practices);
  if (!index) {
    index = indexForRelated(practices);
    relatedIndexes.set(practices, index);
  }
  const key = `${limit}\u0000${practice.id}`;
  let related = index.found.get(key);
  if (!related) {
    const position = index.positions.get(practice.id);
    related = position === undefined ? [] : bestRelated(index, position, limit);
    index.found.set(key, related);
  }
  return related;
}

/**
 * What finding a practice's neighbours needs, made once per list of
 * practices: the inverted lists (the practices of each city, network, theme
 * and country), each practice's own keys and weights, and the review ranks.
 * Each practice's neighbours are then found when first asked: a build asks
 * for every practice, the live preview for the page it shows.
 */
interface RelatedIndex {
  practices: readonly PracticeRecord[];
  positions: Map<string, number>;
  lists: Int32Array[];
  ownKeys: Int32Array[];
  ownWeights: Int32Array[];
  recency: Int32Array;
  /** Scratch space for one search, zeroed after it. */
  scores: Int32Array;
  touched: Int32Array;
  found: Map<string, PracticeRecord[]>;
}

const relatedIndexes = new WeakMap<readonly PracticeRecord[], RelatedIndex>();

const WEIGHTS = { city: 3, network: 2, theme: 2, country: 1 } as const;

/**
 * The work grows with what practices share rather than with the square of
 * their number. A theme or a network is shared by thousands of practices
 * at 10,000, so the search stays on typed arrays and keeps only the best
 * `limit` (a full sort of every candidate was most of a large build's time).
 */
function indexForRelated(practices: readonly PracticeRecord[]): RelatedIndex {
  const keyIds = new Map<string, number>();
  const members: number[][] = [];
  const ownKeys: Int32Array[] = [];
  const ownWeights: Int32Array[] = [];
  practices.forEach((p, index) => {
    const weights = new Map<string, number>([
      ...p.facts.cities.map((c): [string, number] => [`city:${c}`, WEIGHTS.city]),
      ...p.facts.networks.map((n): [string, number] => [`network:${n}`, WEIGHTS.network]),
      ...p.facts.themes.map((t): [string, number] => [`theme:${t}`, WEIGHTS.theme]),
      [`country:${p.facts.country}`, WEIGHTS.country],
    ]);
    const keys = new Int32Array(weights.size);
    const values = new Int32Array(weights.size);
    let k = 0;
    for (const [key, weight] of weights) {
      let id = keyIds.get(key);
      if (id === undefined) {
        id = members.length;
        keyIds.set(key, id);
        members.push([]);
      }
      members[id]!.push(index);
      keys[k] = id;
      values[k++] = weight;
    }
    ownKeys.push(keys);
    ownWeights.push(values);
  });
  return {
    practices,
    positions: new Map(practices.map((p, index) => [p.id, index])),
    lists: members.map((list) => Int32Array.from(list)),
    ownKeys,
    ownWeights,
    recency: reviewRanks(practices),
    scores: new Int32Array(practices.length),
    touched: new Int32Array(practices.length),
    found: new Map(),
  };
}

/** The `limit` practices closest to the one at `index`. Ties: more recently reviewed first, then catalogue order. */
function bestRelated(related: RelatedIndex, index: number, limit: number): PracticeRecord[] {
  const { practices, lists, recency, scores, touched } = related;
  // a before b: higher score, then more recently reviewed, then catalogue order.
  const before = (a: number, b: number) =>
    scores[a]! !== scores[b]!
      ? scores[a]! > scores[b]!
      : recency[a]! !== recency[b]!
        ? recency[a]! < recency[b]!
        : a < b;
  let count = 0;
  const keys = related.ownKeys[index]!;
  const weights = related.ownWeights[index]!;
  for (let k = 0; k < keys.length; k++) {
    const list = lists[keys[k]!]!;
    const weight = weights[k]!;
    for (let m = 0; m < list.length; m++) {
      const other = list[m]!;
      if (other === index) continue;
      if (scores[other] === 0) touched[count++] = other;
      scores[other] = scores[other]! + weight;
    }
  }
  const best: number[] = [];
  for (let t = 0; t < count; t++) {
    const candidate = touched[t]!;
    if (best.length === limit && !before(candidate, best[limit - 1]!)) continue;
    let at = best.length < limit ? best.length : limit - 1;
    while (at > 0 && before(candidate, best[at - 1]!)) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = candidate;
  }
  for (let t = 0; t < count; t++) scores[touched[t]!] = 0;
  return best.map((other) => practices[other]!);
}

/** Each practice's rank by last review, most recent first (equal dates share a rank). */
function reviewRanks(practices: readonly PracticeRecord[]): Int32Array {
  const order = practices
    .map((_, index) => index)
    .sort((a, b) => {
      const x = practices[a]!.facts.lastReviewed;
      const y = practices[b]!.facts.lastReviewed;
      return x < y ? 1 : x > y ? -1 : 0;
    });
  const ranks = new Int32Array(practices.length);
  order.forEach((index, position) => {
    const previous = order[position - 1];
    ranks[index] =
      previous !== undefined && practices[previous]!.facts.lastReviewed === practices[index]!.facts.lastReviewed
        ? ranks[previous]!
        : position;
  });
  return ranks;
}
