/**
 * Checks that hold across files: every id a practice, city or observation
 * names exists, lists name nothing twice, and places agree with countries.
 * It reads the fields as written, so that a file with a schema problem
 * still has its references checked in the same run.
 */
import type { Indicator } from '../schemas/kpi.ts';
import { basename } from 'node:path';
import { SLUG_PATTERN, withoutInvisible } from '../schemas/common.ts';
import { DEFAULT_PLACE_ROLE } from '../schemas/practice.ts';
import type { Vocabulary } from '../schemas/taxonomy.ts';
import { formatFieldPath, type ContentIssue } from './issues.ts';
import type { WrittenOriginal } from './load-entries.ts';
import type { Locations } from './locations.ts';
import { say } from './messages/index.ts';
import type { DatasetRecord, Taxonomies } from './model.ts';
import { isUnfilled } from './unfilled.ts';
import { nearest, type Candidate } from './suggest.ts';

export interface IntegrityInput {
  taxonomies: Taxonomies;
  practices: readonly WrittenOriginal[];
  cities: readonly WrittenOriginal[];
  indicators: readonly Indicator[];
  datasets: readonly DatasetRecord[];
  /** CSV line of each observation, per dataset id, parallel to its observations. */
  observationLines: ReadonlyMap<string, readonly number[]>;
  /** CSV line of each country or network figure, per dataset id, parallel to its groupObservations. */
  groupObservationLines?: ReadonlyMap<string, readonly number[]>;
  contentLabel: string;
}

/** Which vocabulary each reference field of a practice draws from. */
const PRACTICE_REFERENCES: readonly [string, Vocabulary][] = [
  ['status', 'statuses'],
  ['themes', 'themes'],
  ['powerDomains', 'power-domains'],
  ['methods', 'methods'],
  ['sourceTypes', 'source-types'],
  ['sdgs', 'sdgs'],
  ['scale', 'scales'],
  ['networks', 'networks'],
];

export function checkIntegrity(input: IntegrityInput, issues: ContentIssue[], locations: Locations): void {
  const vocabularyCandidates = new Map<Vocabulary, Candidate[]>();
  const vocabularyIds = new Map<Vocabulary, Set<string>>();
  for (const [vocabulary, entries] of Object.entries(input.taxonomies) as [Vocabulary, Taxonomies[Vocabulary]][]) {
    vocabularyIds.set(vocabulary, new Set(entries.map((e) => e.id)));
    vocabularyCandidates.set(
      vocabulary,
      entries.map((e) => ({ id: e.id, aliases: Object.values(e.label) })),
    );
  }

  const checkValue = (file: string, path: (string | number)[], value: string, vocabulary: Vocabulary) => {
    if (vocabularyIds.get(vocabulary)?.has(value)) return;
    const close = nearest(value, vocabularyCandidates.get(vocabulary) ?? []);
    issues.push({
      file,
      line: locations.lineOf(file, path),
      field: formatFieldPath(path),
      message: say.notInVocabulary({ value, vocabulary, file: `${input.contentLabel}/taxonomies/${vocabulary}.yaml` }),
      suggestion: close
        ? say.didYouMean({ value: close })
        : say.notInVocabularyFix({
            ids: [...(vocabularyIds.get(vocabulary) ?? [])].join(', '),
            file: `${input.contentLabel}/taxonomies/${vocabulary}.yaml`,
          }),
    });
  };

  /** One id, or a list of ids each from the vocabulary and none twice, at `path` (a field, or a place's role). */
  const checkAt = (file: string, path: (string | number)[], value: unknown, vocabulary: Vocabulary) => {
    const single = asId(value);
    if (single !== undefined) {
      checkValue(file, path, single, vocabulary);
      return;
    }
    if (!Array.isArray(value)) return;
    const field = String(path[path.length - 1]);
    const seen = new Set<string>();
    value.forEach((written: unknown, index) => {
      const item = asId(written);
      if (item === undefined) return;
      if (seen.has(item)) {
        issues.push({
          file,
          line: locations.lineOf(file, [...path, index]),
          field: formatFieldPath([...path, index]),
          message: say.listedTwice({ value: item, field }),
          suggestion: say.removeSecond(),
        });
      }
      seen.add(item);
      checkValue(file, [...path, index], item, vocabulary);
    });
  };
  const checkField = (file: string, field: string, value: unknown, vocabulary: Vocabulary) =>
    checkAt(file, [field], value, vocabulary);
  checkDefaultPlaceRole(input, issues);

  const cityById = new Map(input.cities.map((c) => [c.id, c]));
  // A city's name leads to its id: after "villeneuve/" was renamed "villeneuve-sur-mer/", "villeneuve" still finds it.
  const cityCandidates: Candidate[] = input.cities.map((c) => ({
    id: c.id,
    aliases: typeof c.fields.name === 'string' ? [c.fields.name] : [],
  }));

  for (const practice of input.practices) {
    const { file, fields } = practice;
    for (const [field, vocabulary] of PRACTICE_REFERENCES) checkField(file, field, fields[field], vocabulary);
    const seenCities = new Set<string>();
    // A country the schema refuses is reported there; comparing it with cities would only add noise.
    const practiceCountry =
      typeof fields.country === 'string' && /^[A-Z]{2}$/.test(fields.country) ? fields.country : undefined;
    (Array.isArray(fields.cities) ? fields.cities : []).forEach((written: unknown, index) => {
      const place = placeAsWritten(written);
      if (place.role !== undefined) checkAt(file, ['cities', index, 'role'], place.role, 'place-roles');
      const cityId = asId(place.city);
      // An id of the wrong form is reported by the schema, with the id it seems to mean.
      if (cityId === undefined || !SLUG_PATTERN.test(cityId)) return;
      const path = place.path(index);
      if (seenCities.has(cityId)) {
        issues.push({
          file,
          line: locations.lineOf(file, path),
          field: formatFieldPath(path),
          message: say.listedTwice({ value: cityId, field: 'cities' }),
          suggestion: say.removeSecond(),
        });
      }
      seenCities.add(cityId);
      const city = cityById.get(cityId);
      if (!city) {
        const close = nearest(cityId, cityCandidates);
        issues.push({
          file,
          line: locations.lineOf(file, path),
          field: formatFieldPath(path),
          message: say.noSuchCity({ id: cityId, folder: `${input.contentLabel}/cities/${cityId}/` }),
          suggestion: close
            ? say.didYouMean({ value: close })
            : say.noSuchCityFix({ file: `${input.contentLabel}/cities/${cityId}/${basename(file)}` }),
        });
      } else if (
        fields.scale !== 'international' &&
        practiceCountry !== undefined &&
        asId(city.fields.country) !== undefined &&
        city.fields.country !== practiceCountry
      ) {
        issues.push({
          file,
          line: locations.lineOf(file, path),
          field: formatFieldPath(path),
          message: say.cityInOtherCountry({
            city: cityId,
            cityCountry: String(city.fields.country),
            country: practiceCountry,
          }),
          suggestion: say.cityInOtherCountryFix(),
        });
      }
    });
  }

  for (const city of input.cities) {
    const { file, fields } = city;
    checkField(file, 'type', fields.type, 'authority-types');
    checkField(file, 'networks', fields.networks, 'networks');
    const plan = fields.genderEqualityPlan;
    const planStatus = plan && typeof plan === 'object' ? asId((plan as Record<string, unknown>).status) : undefined;
    if (planStatus !== undefined) checkValue(file, ['genderEqualityPlan', 'status'], planStatus, 'plan-statuses');
  }

  checkObservations(input, cityCandidates, issues);
  checkGroupObservations(input, issues);
}

/** An observation's indicator that indicators.yaml does not define, with the closest that it does. */
function noSuchIndicator(
  input: IntegrityInput,
  file: string,
  line: number,
  id: string,
  indicatorIds: readonly string[],
): ContentIssue {
  const close = nearest(id, indicatorIds);
  return {
    file,
    line,
    field: 'indicator',
    message: say.observationNoSuchIndicator({ id, file: `${input.contentLabel}/kpis/indicators.yaml` }),
    suggestion: close ? say.didYouMean({ value: close }) : say.observationNoSuchIndicatorFix(),
  };
}

/** Country and network figures: a network of the vocabulary, an indicator that exists, once per dataset. */
function checkGroupObservations(input: IntegrityInput, issues: ContentIssue[]): void {
  const networkIds = input.taxonomies.networks.map((n) => n.id);
  const networks = new Set(networkIds);
  const indicatorIds = input.indicators.map((i) => i.id);
  const indicators = new Set(indicatorIds);
  for (const dataset of input.datasets) {
    const lines = input.groupObservationLines?.get(dataset.id) ?? [];
    const seen = new Map<string, number>();
    (dataset.groupObservations ?? []).forEach((o, index) => {
      const line = lines[index] ?? 1;
      const place = o.kind === 'country' ? o.group : `network:${o.group}`;
      if (o.kind === 'network' && !networks.has(o.group)) {
        const close = nearest(o.group, networkIds);
        issues.push({
          file: dataset.file,
          line,
          field: 'place',
          message: say.observationNoSuchNetwork({
            id: o.group,
            file: `${input.contentLabel}/taxonomies/networks.yaml`,
          }),
          suggestion: close
            ? say.didYouMean({ value: `network:${close}` })
            : say.notInVocabularyFix({
                ids: networkIds.map((id) => `network:${id}`).join(', '),
                file: `${input.contentLabel}/taxonomies/networks.yaml`,
              }),
        });
      }
      if (!indicators.has(o.indicator))
        issues.push(noSuchIndicator(input, dataset.file, line, o.indicator, indicatorIds));
      const key = `${place}\u0000${o.indicator}\u0000${o.period}`;
      const first = seen.get(key);
      if (first !== undefined) {
        issues.push({
          file: dataset.file,
          line,
          message: say.observationTwice({ city: place, indicator: o.indicator, period: o.period, line: first }),
          suggestion: say.observationTwiceFix(),
        });
      } else seen.set(key, line);
    });
  }
}

/** A place of a practice's cities as written: a city id alone, or `{ city, role }`. */
function placeAsWritten(written: unknown): {
  city: unknown;
  role?: unknown;
  path: (index: number) => (string | number)[];
} {
  if (written !== null && typeof written === 'object' && !Array.isArray(written)) {
    const { city, role } = written as Record<string, unknown>;
    return { city, role, path: (index) => ['cities', index, 'city'] };
  }
  return { city: written, path: (index) => ['cities', index] };
}

/** A city written as a plain id takes the role "location": the vocabulary must keep it. */
function checkDefaultPlaceRole(input: IntegrityInput, issues: ContentIssue[]): void {
  const roles = input.taxonomies['place-roles'] ?? [];
  // A missing or unreadable vocabulary is reported where it is read.
  if (roles.length === 0 || roles.some((entry) => entry.id === DEFAULT_PLACE_ROLE)) return;
  const file = `${input.contentLabel}/taxonomies/place-roles.yaml`;
  issues.push({
    file,
    line: 1,
    message: say.placeRoleDefaultMissing({ file }),
    suggestion: say.placeRoleDefaultMissingFix(),
  });
}

/** An id as written (without invisible characters): text, or a whole number (SDGs); anything else is the schema's to report. */
function asId(written: unknown): string | undefined {
  // A place left unfilled ("…") is reported once, as such, by the entry's loader.
  if (isUnfilled(written)) return undefined;
  const value = withoutInvisible(written);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return undefined;
}

function checkObservations(input: IntegrityInput, cityCandidates: readonly Candidate[], issues: ContentIssue[]): void {
  const cities = new Set(cityCandidates.map((c) => c.id));
  const indicatorIds = input.indicators.map((i) => i.id);
  const indicators = new Set(indicatorIds);
  for (const dataset of input.datasets) {
    // Line of the first row of each period, per series (city and indicator). Rows of a series usually
    // follow each other, so the series' map is looked up again only when the series changes.
    const firstLine = new Map<string, Map<string, number>>();
    let series = new Map<string, number>();
    const lines = input.observationLines.get(dataset.id) ?? [];
    dataset.observations.forEach((observation, index) => {
      const line = lines[index] ?? 1;
      if (!cities.has(observation.city)) {
        const close = nearest(observation.city, cityCandidates);
        issues.push({
          file: dataset.file,
          line,
          field: 'city',
          message: say.observationNoSuchCity({ id: observation.city }),
          suggestion: close
            ? say.didYouMean({ value: close })
            : say.observationNoSuchCityFix({ folder: `${input.contentLabel}/cities/${observation.city}/` }),
        });
      }
      if (!indicators.has(observation.indicator))
        issues.push(noSuchIndicator(input, dataset.file, line, observation.indicator, indicatorIds));
      if (
        index === 0 ||
        observation.city !== dataset.observations[index - 1]!.city ||
        observation.indicator !== dataset.observations[index - 1]!.indicator
      ) {
        const key = `${observation.city}\u0000${observation.indicator}`;
        series = firstLine.get(key) ?? new Map<string, number>();
        firstLine.set(key, series);
      }
      const first = series.get(observation.period);
      if (first !== undefined) {
        issues.push({
          file: dataset.file,
          line,
          message: say.observationTwice({
            city: observation.city,
            indicator: observation.indicator,
            period: observation.period,
            line: first,
          }),
          suggestion: say.observationTwiceFix(),
        });
      } else {
        series.set(observation.period, line);
      }
    });
  }
}
