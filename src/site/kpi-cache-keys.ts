/**
 * Cache keys (src/site/cache-key.ts) of the KPI pages and city profiles:
 * every datum such a page shows, and nothing else, so that a practice's
 * body or another indicator's rows never re-render them, and a change to
 * what they show always does. The UI strings and the components are the
 * pages' modules, which Astro hashes itself.
 */
import type { Catalogue, CityRecord, Observation } from '../catalogue/model.ts';
import type { IndicatorPlan } from '../domain/indicator-pages.ts';
import { cityById, cityComparison } from '../domain/kpis/averages.ts';
import { seriesOfCity } from '../domain/kpis/series.ts';
import { practicesAroundCity, practicesInCity } from '../domain/relations.ts';
import type { Indicator } from '../schemas/kpi.ts';
import { keysWanted, NO_KEY, observationsHash, pageCacheKey, recordHash } from './cache-key.ts';
import { cardKey, fileDates } from './page-keys.ts';

/** What a ranking or a card shows of a city: its names, country and position. */
function cityAsListed(city: CityRecord | undefined): unknown {
  if (!city) return null;
  const names = Object.fromEntries(Object.entries(city.texts).map(([lang, text]) => [lang, [text!.name, text!.lang]]));
  return {
    id: city.id,
    originalLanguage: city.originalLanguage,
    names,
    country: city.facts.country,
    coordinates: city.facts.coordinates,
  };
}

/** An indicator page (latest period or a year): the periods it links to, the values it ranks and the places they belong to. */
export function rankingCacheKey(
  catalogue: Catalogue,
  indicator: Indicator,
  plan: IndicatorPlan,
  observations: readonly Observation[],
): string {
  if (!keysWanted()) return NO_KEY;
  const cities = observations.map((o) => cityAsListed(cityById(catalogue.cities, o.city)));
  return pageCacheKey(catalogue, 'indicator', indicator.id, plan, observations, cities);
}

/**
 * A city profile: the city's record and the dates of its files (provenance,
 * JSON-LD), the cards of its practices, and each KPI series with the
 * averages it is compared with (which move with the other places' values).
 */
export function cityCacheKey(catalogue: Catalogue, city: CityRecord): string {
  if (!keysWanted()) return NO_KEY;
  const series = seriesOfCity(
    catalogue.datasets,
    city.id,
    catalogue.indicators.map((i) => i.id),
  ).map((s) => {
    const indicator = catalogue.indicators.find((i) => i.id === s.indicator)!;
    const comparison = cityComparison(catalogue, s, indicator.decimals);
    // Digests of the rows and of the comparison, each computed once per build
    // (the series and comparison objects are kept per catalogue) and shared
    // with the keys of the city's CSV files: not 420 rows per series per key.
    return {
      dataset: s.dataset,
      indicator: s.indicator,
      observations: observationsHash(s.observations),
      comparison: comparison ? recordHash(comparison) : null,
    };
  });
  // The practice cards as every other listing keys them (page-keys.ts), memoized per practice.
  const practices = practicesInCity(catalogue.practices, city.id).map((p) => cardKey(p, catalogue.cities));
  const around = practicesAroundCity(catalogue.practices, city);
  const aroundCards = [...around.national, ...around.regional].map((p) => cardKey(p, catalogue.cities));
  return pageCacheKey(catalogue, 'city', city, fileDates(city), practices, aroundCards, series);
}
