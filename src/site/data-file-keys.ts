/**
 * Cache keys (src/site/cache-key.ts) of the open-data files under /data/. A file's key holds what its bytes
 * are made from, and nothing else, so that a practice's body does not
 * regenerate the million rows of observations.json, and a change to a
 * dataset's rows always does. Each kind's inputs are digested once per
 * build and shared by the files of that kind (JSON and CSV, every language).
 */
import type { Catalogue, CityRecord, PracticeRecord } from '../catalogue/model.ts';
import { handedToPages } from '../catalogue/pages-catalogue.ts';
import type { PublishContext } from '../publish/context.ts';
import type { DataFile, DataKind } from '../publish/data-files.ts';
import { keysWanted, NO_KEY, observationsHash, pageCacheKey, recordHash } from './cache-key.ts';

/** Where URLs point and which languages are written: every file shows them (URLs, schema ids, per-language columns). */
const placeOf = (context: PublishContext) => ({ site: context.site, base: context.base, languages: context.languages });

/** An entry as the files record it: its whole record and its last change in git (the `lastChanged` field). */
function entryAsPublished(entry: PracticeRecord | CityRecord, context: PublishContext): [string, string | null] {
  const changed = context.changedAt(Object.values(entry.texts).map((text) => text!.file));
  return [recordHash(entry), changed ? changed.toISOString() : null];
}

/** A city's names in every language, as the practice files name the cities of each practice. */
const cityNames = (city: CityRecord) => [
  city.id,
  city.originalLanguage,
  Object.entries(city.texts).map(([lang, text]) => [lang, text!.lang, text!.name]),
];

/** What the files of each kind are made from (see each builder in src/publish/data-files.ts). */
function kindInputs(catalogue: Catalogue, context: PublishContext, kind: DataKind): unknown {
  switch (kind) {
    case 'practices':
      // Records, CSV rows (city names, vocabulary labels: the labels are in every key) and last changes.
      return [catalogue.practices.map((p) => entryAsPublished(p, context)), catalogue.cities.map(cityNames)];
    case 'cities':
      return catalogue.cities.map((c) => entryAsPublished(c, context));
    case 'observations':
      // Each row carries its dataset's id, source, licence and date, and its indicator's unit.
      return [
        catalogue.datasets.map((d) => ({
          id: d.id,
          meta: d.meta,
          rows: observationsHash(d.observations),
          groups: d.groupObservations ?? [],
        })),
        catalogue.indicators,
      ];
    case 'indicators':
      return catalogue.indicators;
    case 'vocabularies':
      return catalogue.taxonomies;
    case 'schema':
      // Made from the Zod schemas (code, which Astro hashes itself) and the file's own URL.
      return null;
    case 'licence':
      // The site's name and licence, in every published language.
      return catalogue.site;
  }
}

const digests = new WeakMap<Catalogue, Map<DataKind, string>>();

/** The cache key of /data/<file>: its name, where the site lives, and what the files of its kind are made from. */
export function dataFileKey(
  catalogue: Catalogue,
  context: PublishContext,
  file: Pick<DataFile, 'name' | 'kind'>,
): string {
  if (!keysWanted()) return NO_KEY;
  let kinds = digests.get(catalogue);
  if (!kinds) digests.set(catalogue, (kinds = new Map()));
  let inputs = kinds.get(file.kind);
  if (inputs === undefined) {
    inputs = recordHash({ inputs: kindInputs(catalogue, context, file.kind) });
    kinds.set(file.kind, inputs);
  }
  return pageCacheKey(catalogue, 'data-file', file.name, placeOf(context), inputs);
}

/**
 * Whether the build script renders these pages, and so fills in the data
 * page's sizes once the files are written (src/build/data-page-sizes.ts),
 * as it says when it hands the pages its catalogue. Rendered by anything else (`astro dev`,
 * `astro build` run directly), the page measures the files itself, and has
 * no key, since a copy from the last build would show the last sizes. (Not
 * import.meta.env.DEV: Vite sets it in a build too when NODE_ENV is not
 * "production", as under Vitest.)
 */
export function sizesFilledByBuild(): boolean {
  return handedToPages()?.sizesFilledByBuild === true;
}
