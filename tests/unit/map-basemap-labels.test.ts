/**
 * The basemap's pure parts: names by language and zoom (place-labels.ts),
 * rings made continuous across the antimeridian (antimeridian.ts), what
 * clusters count and which places share a practice (map-view.ts), label
 * boxes (label-boxes.ts).
 */
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { continuousRing, continuousShape, largestLongitudeStep } from '../../src/map/antimeridian.ts';
import { basemapTopology } from '../../src/map/basemap.ts';
import { overlaps, overlapsAny } from '../../src/map/label-boxes.ts';
import { countDistinct, linkedPlaces, parseView } from '../../src/map/map-view.ts';
import { naturalEarthLabels, worldCityRows } from '../../src/map/natural-earth.ts';
import { cldrZoneCities } from '../../src/map/cldr-zone-cities.ts';
import {
  cldrPlaceNames,
  countryLabels,
  countryMinZoom,
  majorPlaces,
  placeMinZoom,
  type CityRow,
} from '../../src/map/place-labels.ts';

const world = basemapTopology(countries110m as unknown as Topology);
const shapes = feature(world, world.objects.countries as GeometryObject) as unknown as FeatureCollection<
  Polygon | MultiPolygon
>;
const ringsOf = (geometry: Polygon | MultiPolygon): Position[][] =>
  geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();

describe('rings across the antimeridian', () => {
  test('Natural Earth has rings jumping from 180 to -180 (Russia, Fiji): the cause of the band across the map', () => {
    const crossing = shapes.features.filter((shape) =>
      ringsOf(shape.geometry).some((ring) => largestLongitudeStep(ring) > 180),
    );
    expect(crossing.map((shape) => shape.id).sort()).toEqual(['FJ', 'RU']);
  });

  test('made continuous, no ring of any country steps more than 180° and each stays within -360..360', () => {
    for (const shape of shapes.features.map(continuousShape))
      for (const ring of ringsOf(shape.geometry as Polygon | MultiPolygon)) {
        expect(largestLongitudeStep(ring)).toBeLessThan(180);
        for (const [lon] of ring) expect(Math.abs(lon!)).toBeLessThan(360);
      }
  });

  test('Russia is drawn east of 180° and again west of -180°, so both edges of the world view show Chukotka', () => {
    const russia = continuousShape(shapes.features.find((shape) => shape.id === 'RU')!);
    const longitudes = ringsOf(russia.geometry as Polygon | MultiPolygon).flatMap((ring) => ring.map(([lon]) => lon!));
    expect(Math.max(...longitudes)).toBeGreaterThan(185);
    expect(longitudes.some((lon) => lon > -180 && lon < -170)).toBe(true);
    // Countries that do not cross keep their coordinates.
    const france = shapes.features.find((shape) => shape.id === 'FR')!;
    expect(continuousShape(france).geometry).toEqual(france.geometry);
  });

  test('a ring starting west of the antimeridian is drawn east of it, unchanged in shape', () => {
    const ring = [
      [-179, 65],
      [-175, 66],
      [179, 70],
      [170, 64],
      [-179, 65],
    ];
    expect(continuousRing(ring)).toEqual([
      [181, 65],
      [185, 66],
      [179, 70],
      [170, 64],
      [181, 65],
    ]);
  });
});

describe('names on the basemap', () => {
  const row = (city: string, capital: string, population: string): CityRow => ({
    city,
    lat: '6.1319',
    lng: '1.2228',
    iso2: 'TG',
    capital,
    population,
  });

  test('major places: capitals first, then by population; small places left out', () => {
    const places = majorPlaces([
      row('Small', '', '40000'),
      row('Big', '', '2000000'),
      row('Lomé', 'primary', '837437'),
      row('Sokodé', 'admin', '113000'),
      row('Kara', 'admin', ''),
    ]);
    expect(places.map(([name]) => name)).toEqual(['Lomé', 'Big', 'Sokodé']);
    expect(places[0]).toEqual(['Lomé', 1.2228, 6.1319, 4, 1]);
    expect(placeMinZoom({ capital: 'primary', population: '37732000' })).toBe(3);
    expect(placeMinZoom({ capital: '', population: '300000' })).toBe(6);
    expect(placeMinZoom({ capital: '', population: '' })).toBeUndefined();
  });

  test('the bundled table gives Lomé, Togo’s capital, from zoom 4, and a few thousand places in all', () => {
    const places = majorPlaces(worldCityRows());
    expect(places.find(([name]) => name === 'Lomé')).toEqual([
      'Lomé',
      expect.closeTo(1.22, 1),
      expect.closeTo(6.13, 1),
      4,
      1,
    ]);
    expect(places.length).toBeGreaterThan(1000);
    expect(places.length).toBeLessThan(5000);
  });

  test('country names in the page language, larger countries from a smaller zoom', () => {
    const names = (lang: 'fr' | 'en' | 'es') => new Map(countryLabels(world, lang).map((label) => [label[0], label]));
    expect(names('fr').has('Allemagne')).toBe(true);
    expect(names('es').has('Alemania')).toBe(true);
    expect(names('en').has('Germany')).toBe(true);
    const fr = names('fr');
    expect(fr.get('Russie')![3]).toBe(1);
    expect(fr.get('Togo')![3]).toBeGreaterThan(fr.get('Nigéria')![3]);
    expect(fr.get('Luxembourg')![3]).toBe(5);
    // Togo's label stands inside Togo.
    const [, lon, lat] = fr.get('Togo')!;
    expect(lon).toBeGreaterThan(0);
    expect(lon).toBeLessThan(1.8);
    expect(lat).toBeGreaterThan(6);
    expect(lat).toBeLessThan(11);
    expect(countryMinZoom(0.1)).toBe(1);
    // Short names on the map, never an abbreviation.
    expect(names('en').has('Russia')).toBe(true);
    expect(names('en').has('United States')).toBe(true);
    expect(names('en').has('China')).toBe(true);
    expect(names('es').has('Estados Unidos')).toBe(true);
    expect(countryMinZoom(0.00001)).toBe(5);
  });

  test('the labels file of each language holds the same places and its own country names', () => {
    const fr = naturalEarthLabels('fr');
    const es = naturalEarthLabels('es');
    expect(fr.places.map(([, ...rest]) => rest)).toEqual(es.places.map(([, ...rest]) => rest));
    expect(fr.countries.map(([name]) => name)).toContain('Royaume-Uni');
    expect(es.countries.map(([name]) => name)).toContain('Reino Unido');
  });

  test('place names in the page language where CLDR gives them, else the source spelling', () => {
    const names = (lang: 'fr' | 'en' | 'es') =>
      new Map(naturalEarthLabels(lang).places.map((label) => [label[0], label]));
    const [fr, en, es] = [names('fr'), names('en'), names('es')];
    expect(fr.get('Le Caire')!.slice(1)).toEqual(en.get('Cairo')!.slice(1));
    expect(es.get('El Cairo')!.slice(1)).toEqual(en.get('Cairo')!.slice(1));
    expect(fr.has('Téhéran') && es.has('Teherán')).toBe(true);
    expect(fr.get('Copenhague')![4]).toBe(1);
    expect(fr.has('Cairo') || es.has('Cairo') || en.has('Le Caire')).toBe(false);
    // CLDR's "Tripoli (Libye)" loses what the map around it tells.
    expect(fr.has('Tripoli')).toBe(true);
    // Lomé and Abuja: CLDR names no time zone after them, the source's name stays.
    for (const lang of [fr, en, es]) expect(lang.has('Lomé') && lang.has('Abuja')).toBe(true);
  });

  test('the committed CLDR extract names its version and carries the Unicode licence notice whole', () => {
    const { source, licence, keys, cities } = cldrZoneCities();
    expect(source).toMatch(/^Unicode CLDR \d+\.\d+/);
    expect(licence).toMatch(/^UNICODE LICENSE V3\b/);
    expect(licence).toContain('Copyright © ');
    expect(licence).toContain('Permission is hereby granted');
    expect(keys.egcai?.split(' ')).toContain('Africa/Cairo');
    expect([cities.fr?.['Africa/Cairo'], cities.es?.['Africa/Cairo']]).toEqual(['Le Caire', 'El Cairo']);
  });

  test('a CLDR name needs the English name and the country of the place, and goes to its most important one', () => {
    const city = (name: string, iso2: string, population: string): CityRow => ({
      city: name,
      lat: '0',
      lng: '0',
      iso2,
      capital: '',
      population,
    });
    const keys = { gblon: 'Europe/London', egcai: 'Africa/Cairo' };
    const english = { 'Europe/London': 'London' };
    const local = { 'Europe/London': 'Londres', 'Africa/Cairo': 'Le Caire' };
    const london = city('London', 'GB', '11000000');
    const ontario = city('London', 'CA', '400000');
    const londonUS = city('London', 'US', '10000');
    const smallLondon = city('London', 'GB', '1000');
    const cairo = city('Cairo', 'EG', '20000000');
    const names = cldrPlaceNames([ontario, smallLondon, london, londonUS, cairo], keys, english, local);
    expect(names.get(london)).toBe('Londres');
    expect(names.get(cairo)).toBe('Le Caire');
    expect(names.has(ontario) || names.has(smallLondon) || names.has(londonUS)).toBe(false);
  });
});

describe('counting practices, linking places', () => {
  test('a practice at five places of a cluster counts once', () => {
    expect(countDistinct([[0], [0], [0], [0], [0]])).toBe(1);
    expect(countDistinct([[0, 1], [1, 2], []])).toBe(3);
    expect(countDistinct([])).toBe(0);
  });

  test('the places linked to a place are those sharing a practice with it', () => {
    const lists = [[0], [0, 3], [1], [3], [0]];
    expect(linkedPlaces(lists, 0)).toEqual([1, 4]);
    expect(linkedPlaces(lists, 1)).toEqual([0, 3, 4]);
    expect(linkedPlaces(lists, 2)).toEqual([]);
  });

  test('a view in a link: zoom, latitude, longitude; anything else is none', () => {
    expect(parseView('#map=7/6.5/1.2')).toEqual({ zoom: 7, lat: 6.5, lon: 1.2 });
    expect(parseView('#map=2.5/-33.9/-70')).toEqual({ zoom: 2.5, lat: -33.9, lon: -70 });
    expect(parseView('#map=7/95/1')).toBeUndefined();
    expect(parseView('#map=7/6/181')).toBeUndefined();
    expect(parseView('#map=7/6')).toBeUndefined();
    expect(parseView('#top')).toBeUndefined();
    expect(parseView('')).toBeUndefined();
  });

  test('boxes overlap only when they share an area', () => {
    const a = { left: 0, top: 0, right: 10, bottom: 10 };
    expect(overlaps(a, { left: 5, top: 5, right: 15, bottom: 15 })).toBe(true);
    expect(overlaps(a, { left: 10, top: 0, right: 20, bottom: 10 })).toBe(false);
    expect(overlapsAny(a, [{ left: 20, top: 20, right: 30, bottom: 30 }])).toBe(false);
  });
});
