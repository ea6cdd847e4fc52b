/**
 * schema.org descriptions of practice and city pages, as JSON-LD: what
 * search engines and harvesters read to know what a page is about, where,
 * by whom and when it changed.
 */
import type { Catalogue, CityRecord, PracticeRecord } from '../catalogue/model.ts';
import { localizeCity, localizePractice } from '../domain/localize.ts';
import { countryName, termLabel } from '../domain/names.ts';
import { localizedPath, routes } from '../i18n/paths.ts';
import type { Lang } from '../i18n/languages.ts';
import { absoluteUrl, cityUrl, practiceUrl, type PublishContext } from './context.ts';

type JsonLd = Record<string, unknown>;

/** Municipalities and metropolises are cities; departments, regions and groupings are administrative areas. */
const CITY_TYPES = new Set(['municipality', 'metropolis']);

function country(code: string, lang: Lang): JsonLd {
  return { '@type': 'Country', name: countryName(code, lang), identifier: code };
}

function geo(city: CityRecord): JsonLd {
  return { '@type': 'GeoCoordinates', latitude: city.facts.coordinates.lat, longitude: city.facts.coordinates.lon };
}

function place(city: CityRecord, lang: Lang, context: PublishContext): JsonLd {
  const { text } = localizeCity(city, lang);
  return {
    '@type': CITY_TYPES.has(city.facts.type) ? 'City' : 'AdministrativeArea',
    '@id': cityUrl(context, lang, city.id),
    name: text.name,
    url: cityUrl(context, lang, city.id),
    geo: geo(city),
    containedInPlace: country(city.facts.country, lang),
  };
}

/** The site as the publisher of every page. */
export function siteOrganisation(catalogue: Pick<Catalogue, 'site'>, lang: Lang, context: PublishContext): JsonLd {
  return {
    '@type': 'Organization',
    name: catalogue.site.name[lang],
    url: absoluteUrl(context, localizedPath(context.base, lang, routes.home())),
  };
}

export function practiceJsonLd(
  practice: PracticeRecord,
  catalogue: Pick<Catalogue, 'site' | 'cities' | 'taxonomies'>,
  lang: Lang,
  context: PublishContext,
  updated: Date,
  image?: string,
): JsonLd {
  const { text, textLang, keywords } = localizePractice(practice, lang);
  const { facts } = practice;
  const cities = facts.cities
    .map((id) => catalogue.cities.find((c) => c.id === id))
    .filter((c): c is CityRecord => c !== undefined);
  const url = practiceUrl(context, lang, practice.id);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: text.title,
    name: text.title,
    description: text.summary,
    inLanguage: textLang,
    dateModified: updated.toISOString(),
    ...(facts.dates.start ? { temporalCoverage: `${facts.dates.start}/${facts.dates.end ?? '..'}` } : {}),
    author: {
      '@type': 'Organization',
      name: facts.promoter.name,
      ...(facts.promoter.website ? { url: facts.promoter.website } : {}),
    },
    publisher: siteOrganisation(catalogue, lang, context),
    ...(facts.partners.length > 0
      ? {
          contributor: facts.partners.map((p) => ({
            '@type': 'Organization',
            name: p.name,
            ...(p.url ? { url: p.url } : {}),
          })),
        }
      : {}),
    ...(facts.funders.length > 0
      ? {
          funder: facts.funders.map((p) => ({
            '@type': 'Organization',
            name: p.name,
            ...(p.url ? { url: p.url } : {}),
          })),
        }
      : {}),
    spatialCoverage:
      cities.length > 0
        ? cities.map((c) => place(c, lang, context))
        : [
            {
              '@type': 'Place',
              name: countryName(facts.country, lang),
              containedInPlace: country(facts.country, lang),
            },
          ],
    about: facts.themes.map((id) => ({
      '@type': 'DefinedTerm',
      name: termLabel(catalogue.taxonomies, 'themes', id, lang),
      termCode: id,
      inDefinedTermSet: 'themes',
    })),
    ...(keywords.values.length > 0 ? { keywords: keywords.values.join(', ') } : {}),
    isBasedOn: facts.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      ...(s.url ? { url: s.url } : {}),
      ...(s.publisher ? { publisher: { '@type': 'Organization', name: s.publisher } } : {}),
      ...(s.date ? { datePublished: s.date } : {}),
    })),
    ...(image ? { image } : {}),
  };
}

export function cityJsonLd(
  city: CityRecord,
  catalogue: Pick<Catalogue, 'site'>,
  lang: Lang,
  context: PublishContext,
): JsonLd {
  const { textLang } = localizeCity(city, lang);
  const updated = context.changedAt(Object.values(city.texts).map((t) => t!.file));
  return {
    '@context': 'https://schema.org',
    ...place(city, lang, context),
    inLanguage: textLang,
    ...(city.facts.region
      ? {
          containedInPlace: [
            { '@type': 'AdministrativeArea', name: city.facts.region },
            country(city.facts.country, lang),
          ],
        }
      : {}),
    ...(city.facts.website ? { sameAs: city.facts.website } : {}),
    subjectOf: {
      '@type': 'WebPage',
      url: cityUrl(context, lang, city.id),
      ...(updated ? { dateModified: updated.toISOString() } : {}),
      publisher: siteOrganisation(catalogue, lang, context),
    },
  };
}

/**
 * JSON-LD goes inside a <script> element: "</" or "<!--" in a value would end
 * or confuse it, so "<" is written as its JSON escape (same data, safe HTML).
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
