/**
 * The cache keys of the /data/ files and of the data page
 * (src/site/data-file-keys.ts): a file's key moves when what the file is
 * made from changes, and only then, so that a practice's body does not
 * regenerate the observations files and a dataset's row always does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.ts';
import type { Catalogue, DatasetRecord } from '../../../src/catalogue/model.ts';
import type { PublishContext } from '../../../src/publish/context.ts';
import { dataFiles, type DataFile, type DataKind } from '../../../src/publish/data-files.ts';
import { observationsHash } from '../../../src/site/cache-key.ts';
import { dataFileKey } from '../../../src/site/data-file-keys.ts';
import { MINIMAL_FIXTURE } from '../../helpers/fixture-catalogue.ts';

const context: PublishContext = {
  site: 'https://example.org',
  base: '/',
  languages: ['fr', 'en', 'es'],
  changedAt: () => undefined,
};

let catalogue: Catalogue;
beforeAll(() => {
  const loaded = loadCatalogue({ contentDir: MINIMAL_FIXTURE });
  expect(loaded.issues).toEqual([]);
  catalogue = loaded.catalogue!;
  expect(catalogue.datasets.some((d) => d.observations.length > 1)).toBe(true);
});

/** Every file's key in a catalogue, by file name. */
const keys = (c: Catalogue, ctx = context) => new Map(dataFiles(c, ctx).map((f) => [f.name, dataFileKey(c, ctx, f)]));

/** The names of the files whose key differs between two catalogues. */
function changed(before: Catalogue, after: Catalogue): string[] {
  const a = keys(before);
  const b = keys(after);
  return [...a.keys()].filter((name) => a.get(name) !== b.get(name)).sort();
}

const kindOf = (c: Catalogue, kind: DataKind) =>
  dataFiles(c, context)
    .filter((f: DataFile) => f.kind === kind)
    .map((f) => f.name)
    .sort();

/** A copy of the catalogue with one dataset's rows changed (new objects, as a new build would have). */
function withRows(
  c: Catalogue,
  change: (rows: DatasetRecord['observations']) => DatasetRecord['observations'],
): Catalogue {
  const index = c.datasets.findIndex((d) => d.observations.length > 1);
  const datasets = c.datasets.map((d, i) =>
    i === index ? { ...d, observations: change(d.observations.map((o) => ({ ...o }))) } : d,
  );
  return { ...c, datasets };
}

describe('data file keys', () => {
  it('are the same for an equal catalogue read again, and differ from file to file', () => {
    const again = loadCatalogue({ contentDir: MINIMAL_FIXTURE }).catalogue!;
    expect(keys(again)).toEqual(keys(catalogue));
    const all = [...keys(catalogue).values()];
    expect(new Set(all).size).toBe(all.length);
  });

  it("a practice's body moves the practice files only", () => {
    const [first, ...rest] = catalogue.practices;
    const text = first!.texts[first!.originalLanguage]!;
    const edited = {
      ...first!,
      texts: {
        ...first!.texts,
        [first!.originalLanguage]: { ...text, html: `${text.html}<p>Une phrase de plus.</p>` },
      },
    };
    expect(changed(catalogue, { ...catalogue, practices: [edited, ...rest] })).toEqual(kindOf(catalogue, 'practices'));
  });

  it("a practice's last change in git moves the practice files", () => {
    const dated: PublishContext = {
      ...context,
      changedAt: (files) =>
        files.includes(catalogue.practices[0]!.texts[catalogue.practices[0]!.originalLanguage]!.file)
          ? new Date('2025-01-02T03:04:05Z')
          : undefined,
    };
    const a = keys(catalogue);
    // A new catalogue object: keys are kept per catalogue, as each build has one.
    const copy = { ...catalogue };
    const b = keys(copy, dated);
    expect([...a.keys()].filter((name) => a.get(name) !== b.get(name)).sort()).toEqual(kindOf(catalogue, 'practices'));
  });

  it("a city's name moves the city files and the practice files (their CSV names each practice's cities)", () => {
    const [first, ...rest] = catalogue.cities;
    const text = first!.texts[first!.originalLanguage]!;
    const renamed = {
      ...first!,
      texts: { ...first!.texts, [first!.originalLanguage]: { ...text, name: `${text.name}-sur-Mer` } },
    };
    expect(changed(catalogue, { ...catalogue, cities: [renamed, ...rest] })).toEqual(
      [...kindOf(catalogue, 'cities'), ...kindOf(catalogue, 'practices')].sort(),
    );
  });

  it("a KPI row's value, a row moved or a row's note moves the observations files, and only those", () => {
    const observations = kindOf(catalogue, 'observations');
    // The country and network figures are listed, and keyed, with the cities' rows.
    expect(observations).toEqual([
      'country-network-observations.csv',
      'country-network-observations.json',
      'observations.csv',
      'observations.json',
    ]);
    expect(
      changed(
        catalogue,
        withRows(catalogue, (rows) => rows.map((o, i) => (i === 0 ? { ...o, value: o.value + 1 } : o))),
      ),
    ).toEqual(observations);
    expect(
      changed(
        catalogue,
        withRows(catalogue, (rows) => [rows[1]!, rows[0]!, ...rows.slice(2)]),
      ),
    ).toEqual(observations);
    expect(
      changed(
        catalogue,
        withRows(catalogue, (rows) => rows.map((o, i) => (i === 0 ? { ...o, note: 'Provisional' } : o))),
      ),
    ).toEqual(observations);
  });

  it('a country or network figure moves the observations files, and only those', () => {
    const datasets = catalogue.datasets.map((d, i) =>
      i === 0
        ? {
            ...d,
            groupObservations: [
              { dataset: d.id, kind: 'country' as const, group: 'TG', indicator: 'x', period: '2024', value: 16 },
            ],
          }
        : d,
    );
    expect(changed(catalogue, { ...catalogue, datasets })).toEqual(kindOf(catalogue, 'observations'));
  });

  it('keys the rows by their digest, not by serializing them into the key', () => {
    const dataset = catalogue.datasets.find((d) => d.observations.length > 1)!;
    const digest = observationsHash(dataset.observations);
    expect(digest).toMatch(/^[\w-]{43}$/);
    // Free text cannot imitate another row's fields: the separator inside a note is part of a JSON string.
    const a = [{ ...dataset.observations[0]!, note: 'x\u001fy' }];
    const b = [{ ...dataset.observations[0]!, note: 'x', source: 'y' }];
    expect(observationsHash(a)).not.toBe(observationsHash(b));
    expect(observationsHash([{ ...dataset.observations[0]!, dataset: 'other' }])).not.toBe(
      observationsHash([dataset.observations[0]!]),
    );
  });

  it("an indicator's unit moves every file that shows it: observations, indicators (and every key, through the catalogue-wide part)", () => {
    const [first, ...rest] = catalogue.indicators;
    const names = changed(catalogue, {
      ...catalogue,
      indicators: [{ ...first!, decimals: (first!.decimals ?? 0) + 1 }, ...rest],
    });
    expect(names).toEqual(expect.arrayContaining(['observations.json', 'indicators.csv']));
  });

  it('the site URL moves every file (URLs and schema ids are absolute)', () => {
    const a = keys(catalogue);
    const copy = { ...catalogue };
    const b = keys(copy, { ...context, site: 'https://atlas.example.net' });
    expect([...a.keys()].filter((name) => a.get(name) === b.get(name))).toEqual([]);
  });
});
