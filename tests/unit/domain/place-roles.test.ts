/**
 * Issue #16 point 4: the relations between practices and places. A city's
 * role in a practice, the words for it, the map data that carry it, and
 * the national and regional practices a city page lists apart.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import type { PracticeRecord } from '../../../src/catalogue/model.ts';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.ts';
import { practicePlaces } from '../../../src/domain/catalogue-index.ts';
import { placeRoleNote, placeRolesOf, placeRolesText, practiceShowsRoles } from '../../../src/domain/place-roles.ts';
import { practicesAroundCity, practicesInCity } from '../../../src/domain/relations.ts';
import { buildMapData } from '../../../src/map/build-map-data.ts';
import { dataFiles } from '../../../src/publish/data-files.ts';
import { placeRoleAt } from '../../../src/map/place-role-note.ts';

const { catalogue } = loadCatalogue({ contentDir: 'content' });
const sample = catalogue!;
const byId = (id: string) => sample.practices.find((p) => p.id === id)!;
const ogou = byId('centre-promotion-feminine-ogou-1');

/** A copy of a sample practice with other facts. */
const variant = (from: PracticeRecord, id: string, facts: Partial<PracticeRecord['facts']>): PracticeRecord => ({
  ...from,
  id,
  facts: { ...from.facts, ...facts },
});

describe('roles of a practice’s places', () => {
  test('each city has the roles its practice gives it; one without is where it happens', () => {
    expect(placeRolesOf(ogou, 'ogou-1')).toEqual(['location', 'lead']);
    expect(placeRolesOf(ogou, 'zio-1')).toEqual(['partner']);
    const handMade = variant(ogou, 'x', { cityRoles: undefined });
    expect(placeRolesOf(handMade, 'zio-1')).toEqual(['location']);
    expect(practiceShowsRoles(handMade)).toBe(false);
    expect(practiceShowsRoles(ogou)).toBe(true);
  });

  test('the roles read as one phrase in each language, from the vocabulary', () => {
    const { taxonomies } = sample;
    expect(placeRolesText(taxonomies, ['location', 'lead'], 'en')).toBe('Where it happens and lead');
    expect(placeRolesText(taxonomies, ['location', 'lead'], 'fr')).toBe("Lieu de l'action et porteur");
    expect(placeRolesText(taxonomies, ['lead', 'partner'], 'es', { inSentence: true })).toBe('impulsor y socio');
    expect(placeRolesText(taxonomies, ['sponsor'], 'en')).toBe('sponsor');
  });

  test('a practice whose places all host it names no role; one with partners names every place’s', () => {
    const plain = variant(ogou, 'plain', {
      cityRoles: Object.fromEntries(ogou.facts.cities.map((c) => [c, ['location']])),
    });
    expect(placeRoleNote(plain, 'zio-1', sample.taxonomies, 'en')).toBeUndefined();
    expect(placeRoleNote(ogou, 'ogou-1', sample.taxonomies, 'en')).toBe('Where it happens and lead');
    expect(practicePlaces(ogou, sample.cities, 'en', sample.taxonomies)).toEqual([
      'Ogou 1 (Atakpamé) — where it happens and lead',
      'Zio 1 (Tsévié) — partner',
      'Tchaoudjo 1 (Sokodé) — partner',
      'Kozah 1 (Kara) — partner',
      'Tône 1 (Dapaong) — partner',
      'Togo',
    ]);
    expect(practicePlaces(ogou, sample.cities, 'en')).toContain('Zio 1 (Tsévié)');
  });

  test('the map data give the role at each place, in the page’s language, and the pop-up finds it', () => {
    const data = buildMapData(sample, 'es', new Map());
    const entry = data.practices.find((p) => p.i === ogou.id)!;
    const placeOf = (id: string) => data.places.findIndex((place) => place.i === id);
    expect(placeRoleAt(entry, placeOf('ogou-1'))).toBe('Función: lugar de la acción e impulsor');
    expect(placeRoleAt(entry, placeOf('tone-1'))).toBe('Función: socio');
    expect(placeRoleAt(entry, placeOf('barcelona'))).toBeUndefined();
    // A practice whose places all host it carries no roles at all: nothing to say, nothing to send.
    const plain = variant(ogou, 'plain', { cityRoles: undefined });
    const withPlain = buildMapData({ ...sample, practices: [plain] }, 'es', new Map());
    expect(withPlain.practices[0]).not.toHaveProperty('o');
  });

  test('the map data index roles by place: a place without a role phrase does not take the next one’s', () => {
    // Zio 1 first, its role without words in Spanish: Ogou 1's role must not slide onto it.
    const reordered = variant(ogou, 'reordered', { cities: ['zio-1', 'ogou-1'] });
    const taxonomies = {
      ...sample.taxonomies,
      'place-roles': sample.taxonomies['place-roles'].map((role) =>
        role.id === 'partner' ? { ...role, label: { ...role.label, es: '' } } : role,
      ),
    };
    const data = buildMapData({ ...sample, taxonomies, practices: [reordered] }, 'es', new Map());
    const entry = data.practices[0]!;
    const placeOf = (id: string) => data.places.findIndex((place) => place.i === id);
    expect(entry.p).toEqual([placeOf('zio-1'), placeOf('ogou-1')]);
    expect(entry.o).toHaveLength(entry.p.length);
    expect(placeRoleAt(entry, placeOf('zio-1'))).toBeUndefined();
    expect(placeRoleAt(entry, placeOf('ogou-1'))).toBe('Función: lugar de la acción e impulsor');
  });
});

describe('open data', () => {
  const files = dataFiles(sample, {
    site: 'https://example.org',
    base: '/',
    languages: ['fr', 'en', 'es'],
    changedAt: () => undefined,
  });
  const body = (name: string) => files.find((f) => f.name === name)!.body();

  test('the JSON keeps cities as ids, with the roles by city beside them', () => {
    const records = JSON.parse(body('practices.en.json')) as { id: string; cities: string[]; cityRoles: unknown }[];
    const record = records.find((r) => r.id === ogou.id)!;
    expect(record.cities).toEqual(['ogou-1', 'zio-1', 'tchaoudjo-1', 'kozah-1', 'tone-1']);
    expect(record.cityRoles).toMatchObject({ 'ogou-1': ['location', 'lead'], 'zio-1': ['partner'] });
  });

  test('the CSV has a city_roles column parallel to cities', () => {
    const rows = parse(body('practices.fr.csv'), { bom: true, columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.id === ogou.id)!;
    const at = (column: string) => row[column];
    expect(at('cities')).toBe('ogou-1; zio-1; tchaoudjo-1; kozah-1; tone-1');
    expect(at('city_roles')).toBe('location+lead; partner; partner; partner; partner');
  });
});

describe('a city and the practices of its country', () => {
  const luxembourg = sample.cities.find((c) => c.id === 'luxembourg')!;

  test('a national practice of the country that does not name the city is listed apart', () => {
    expect(practicesInCity(sample.practices, 'luxembourg')).toEqual([]);
    const around = practicesAroundCity(sample.practices, luxembourg);
    expect(around.national.map((p) => p.id)).toEqual(['egalite-dans-les-communes']);
    expect(around.regional).toEqual([]);
  });

  test('a national practice naming the city is among its practices, not apart; other countries never', () => {
    const zio = sample.cities.find((c) => c.id === 'zio-1')!;
    expect(practicesInCity(sample.practices, 'zio-1').map((p) => p.id)).toEqual([ogou.id]);
    expect(practicesAroundCity(sample.practices, zio)).toEqual({ national: [], regional: [] });
    const barcelona = sample.cities.find((c) => c.id === 'barcelona')!;
    expect(practicesAroundCity(sample.practices, barcelona)).toEqual({ national: [], regional: [] });
  });

  test('a regional practice is apart only in a city of its region, however the region is written', () => {
    const base = byId('egalite-dans-les-communes');
    const practices = [
      variant(base, 'centre-region', { scale: 'regional', region: 'Centre ', country: 'LU' }),
      variant(base, 'south-region', { scale: 'regional', region: 'Sud', country: 'LU' }),
      variant(base, 'no-region', { scale: 'regional', region: undefined, country: 'LU' }),
      variant(base, 'local', { scale: 'local', country: 'LU' }),
    ];
    const inCentre = { id: 'luxembourg', facts: { country: 'LU', region: 'centre' } };
    expect(practicesAroundCity(practices, inCentre).regional.map((p) => p.id)).toEqual(['centre-region']);
    const accents = [variant(base, 'idf', { scale: 'regional', region: 'Île-de-France', country: 'FR' })];
    const city = { id: 'x', facts: { country: 'FR', region: 'ile-de-france' } };
    expect(practicesAroundCity(accents, city).regional.map((p) => p.id)).toEqual(['idf']);
    // A city without a region recorded is matched with no regional practice.
    expect(practicesAroundCity(practices, { id: 'y', facts: { country: 'LU' } }).regional).toEqual([]);
  });
});
