/**
 * Loads indicator definitions and KPI datasets. Observations are read with a
 * real CSV parser; each row problem is reported with its line and column.
 * References to cities and indicators are checked later, in integrity.ts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import countries from 'i18n-iso-countries';
import { SLUG_PATTERN } from '../schemas/common.ts';
import {
  COUNTRY_PLACE,
  datasetSchema,
  indicatorsFileSchema,
  NETWORK_PLACE,
  PERIOD_PATTERN,
  plausibleRange,
  type DatasetMeta,
  type Indicator,
} from '../schemas/kpi.ts';
import type { ContentIssue } from './issues.ts';
import { loadYamlFile } from './load-yaml-file.ts';
import type { Locations } from './locations.ts';
import { say } from './messages/index.ts';
import { duplicatesAcrossDatasets } from './kpi-duplicates.ts';
import type { DatasetRecord, GroupObservation, Observation } from './model.ts';
import { guardFileReading, inspectPath, listFolderInside, readTextInside } from './safe-file.ts';
import { nearest } from './suggest.ts';

const REQUIRED_COLUMNS = ['city', 'indicator', 'period', 'value'] as const;
const OPTIONAL_COLUMNS = ['source', 'note'] as const;
/** Instead of `city`: a column that may also name a country (TG) or a network (network:aimf). */
const PLACE_COLUMN = 'place';
const KNOWN_COLUMNS: readonly string[] = [...REQUIRED_COLUMNS, PLACE_COLUMN, ...OPTIONAL_COLUMNS];

export interface LoadedKpis {
  indicators: Indicator[];
  datasets: DatasetRecord[];
  /** CSV line of each observation, per dataset id, parallel to its `observations`, for integrity messages. */
  observationLines: Map<string, number[]>;
  /** CSV line of each country or network figure, per dataset id, parallel to its `groupObservations`. */
  groupObservationLines: Map<string, number[]>;
  /** The same place, indicator and period in two datasets: pointed out, the site shows one (kpi-duplicates.ts). */
  warnings: ContentIssue[];
}

export function loadKpis(
  contentDir: string,
  contentLabel: string,
  issues: ContentIssue[],
  locations: Locations,
): LoadedKpis {
  const indicatorsFile = `${contentLabel}/kpis/indicators.yaml`;
  const indicators =
    loadYamlFile(
      join(contentDir, 'kpis', 'indicators.yaml'),
      indicatorsFile,
      indicatorsFileSchema,
      issues,
      locations,
      {
        message: say.indicatorsMissing(),
        suggestion: say.indicatorsMissingFix({ file: indicatorsFile }),
      },
      contentDir,
    ) ?? [];
  const seen = new Set<string>();
  indicators.forEach((indicator, index) => {
    if (seen.has(indicator.id)) {
      issues.push({
        file: indicatorsFile,
        line: locations.lineOf(indicatorsFile, [index, 'id']),
        field: `[${index}].id`,
        message: say.duplicateIndicator({ id: indicator.id }),
        suggestion: say.duplicateIndicatorFix(),
      });
    }
    seen.add(indicator.id);
  });

  const datasetsDir = join(contentDir, 'kpis', 'datasets');
  const observationLines = new Map<string, number[]>();
  const groupObservationLines = new Map<string, number[]>();
  const datasets: DatasetRecord[] = [];
  const ranges = new Map(indicators.map((i) => [i.id, plausibleRange(i)]));
  // No datasets is a valid catalogue.
  const listed = listFolderInside(datasetsDir, contentDir, `${contentLabel}/kpis/datasets`);
  if (!listed.ok && !listed.missing) issues.push({ file: `${contentLabel}/kpis/datasets`, ...listed.problem });
  const names = listed.ok ? listed.value.filter((n) => !n.startsWith('.')) : [];
  for (const id of names) {
    const label = `${contentLabel}/kpis/datasets/${id}`;
    const folder = join(datasetsDir, id);
    // A link out of the content folder, to nothing or in a loop is reported, never followed.
    const place = inspectPath(folder, contentDir, label);
    if (!place.ok) {
      if (!place.missing) issues.push({ file: label, ...place.problem });
      continue;
    }
    if (place.kind !== 'directory' || !SLUG_PATTERN.test(id)) {
      issues.push({
        file: label,
        line: 1,
        message: say.datasetFolder({ name: id }),
        suggestion: say.datasetFolderFix(),
      });
      continue;
    }
    for (const name of readdirSync(folder).filter((n) => !n.startsWith('.'))) {
      if (name !== 'dataset.yaml' && name !== 'observations.csv') {
        issues.push({
          file: `${label}/${name}`,
          line: 1,
          message: say.strayDatasetFile({ name }),
          suggestion: name.endsWith('.csv') ? say.strayDatasetCsvFix() : say.removeOrMove(),
        });
      }
    }
    const meta = loadYamlFile(
      join(folder, 'dataset.yaml'),
      `${label}/dataset.yaml`,
      datasetSchema,
      issues,
      locations,
      {
        message: say.datasetMetaMissing(),
        suggestion: say.datasetMetaMissingFix(),
      },
      contentDir,
    );
    const csvFile = `${label}/observations.csv`;
    const read = readTextInside(join(folder, 'observations.csv'), contentDir, csvFile, 'csv');
    if (!read.ok) {
      issues.push(
        read.missing
          ? {
              file: csvFile,
              line: 1,
              message: say.observationsMissing(),
              suggestion: say.observationsMissingFix({ header: [...REQUIRED_COLUMNS, 'source'].join(',') }),
            }
          : { file: csvFile, ...read.problem },
      );
      continue;
    }
    const raw = read.value;
    const lines: number[] = [];
    const groups: { observations: GroupObservation[]; lines: number[] } = { observations: [], lines: [] };
    // A dataset.yaml with problems still has its rows checked (with the format they show), so all are reported at once.
    const observations = guardFileReading(
      csvFile,
      issues,
      () => parseObservations(id, raw, csvFile, meta?.csv, issues, lines, ranges, groups),
      [],
    );
    if (!meta) continue;
    observationLines.set(id, lines);
    const record: DatasetRecord = { id, meta, file: csvFile, observations };
    if (groups.observations.length > 0) {
      record.groupObservations = groups.observations;
      groupObservationLines.set(id, groups.lines);
    }
    datasets.push(record);
  }
  const warnings = duplicatesAcrossDatasets(datasets, observationLines, groupObservationLines);
  return { indicators, datasets, observationLines, groupObservationLines, warnings };
}

/**
 * Which delimiter and decimal mark a file uses: as declared in dataset.yaml,
 * otherwise ";" with decimal "," when the header splits on ";" and not on
 * "," (what French and Spanish spreadsheets write), otherwise "," and ".".
 */
export function detectCsvFormat(raw: string, declared: DatasetMeta['csv']): { delimiter: string; decimal: string } {
  if (declared) return declared;
  const header = raw.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (header.includes(';') && !header.includes(',')) return { delimiter: ';', decimal: ',' };
  if (header.includes('\t') && !header.includes(',')) return { delimiter: '\t', decimal: '.' };
  return { delimiter: ',', decimal: '.' };
}

/** Reads "1 234,5" or "1234.5" as written in the file's format; NaN otherwise. */
export function parseDecimal(text: string, decimal: string): number {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  const pattern = decimal === ',' ? /^-?\d+(?:,\d+)?$/ : /^-?\d+(?:\.\d+)?$/;
  if (!pattern.test(compact)) return Number.NaN;
  return Number(decimal === ',' ? compact.replace(',', '.') : compact);
}

/**
 * Rows of a file without a quote sign, where CSV is nothing more than
 * lines cut at the delimiter: read far faster than by csv-parse, with the
 * same records and line numbers (as csv-parse reads
 * them with the options below: BOM dropped, empty lines skipped). A file
 * with quotes, or with line ends of more than one kind, is csv-parse's.
 */
export function splitPlainCsv(raw: string, delimiter: string): [string[], number][] | undefined {
  if (raw.includes('"')) return undefined;
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  let lineEnd = '\n';
  if (text.includes('\r')) {
    const crlf = text.split('\r\n').length - 1;
    const cr = text.split('\r').length - 1;
    const lf = text.split('\n').length - 1;
    // Only Windows line ends throughout (\r\n): anything mixed is left to csv-parse, which tells where.
    if (crlf !== cr || crlf !== lf) return undefined;
    lineEnd = '\r\n';
  }
  const lines = text.split(lineEnd);
  const rows: [string[], number][] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (line !== '') rows.push([line.split(delimiter), index + 1]);
  }
  return rows;
}

/** Rows with their line numbers as csv-parse reads them (throws what csv-parse throws); the reference of splitPlainCsv. */
export function csvParseRows(raw: string, delimiter: string): [string[], number][] {
  // Only the line number is kept with each record: a full `info` object per row
  // costs a million allocations on a large dataset.
  // csv-parse's types expect on_record to return a record; it returns whatever it is given.
  const parseWithLines = parse as unknown as (input: string, options: Record<string, unknown>) => [string[], number][];
  return parseWithLines(raw, {
    bom: true,
    delimiter,
    skip_empty_lines: true,
    relax_column_count: true,
    on_record: (record: string[], context: { lines: number }) => [record, context.lines],
  });
}

/** csv-parse's error, in the catalogue's words (never the parser's) with the fix. */
function csvErrorMessage(code: string | undefined): { message: string; suggestion: string } {
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return { message: say.csvQuoteNotClosed(), suggestion: say.csvQuoteNotClosedFix() };
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return { message: say.csvAfterClosingQuote(), suggestion: say.csvAfterClosingQuoteFix() };
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_OPENING_QUOTE':
      return { message: say.csvQuoteInCell(), suggestion: say.csvQuoteInCellFix() };
    default:
      return { message: say.csvUnreadableAny(), suggestion: say.csvUnreadableAnyFix() };
  }
}

/** Rows with their line numbers as csv-parse reads them; undefined (and the reason, at its line) when it cannot. */
function parseCsv(
  raw: string,
  delimiter: string,
  file: string,
  issues: ContentIssue[],
): [string[], number][] | undefined {
  try {
    return csvParseRows(raw, delimiter);
  } catch (error) {
    const csvError = error as { lines?: number; code?: string };
    issues.push({ file, line: csvError.lines ?? 1, ...csvErrorMessage(csvError.code) });
    return undefined;
  }
}

function parseObservations(
  dataset: string,
  raw: string,
  file: string,
  declared: DatasetMeta['csv'],
  issues: ContentIssue[],
  lines: number[],
  ranges: ReadonlyMap<string, ReturnType<typeof plausibleRange>> = new Map(),
  groups: { observations: GroupObservation[]; lines: number[] } = { observations: [], lines: [] },
): Observation[] {
  const format = detectCsvFormat(raw, declared);
  const rows = splitPlainCsv(raw, format.delimiter) ?? parseCsv(raw, format.delimiter, file, issues);
  if (!rows) return [];
  const header = rows[0];
  if (!header) {
    issues.push({
      file,
      line: 1,
      message: say.csvEmpty(),
      suggestion: say.csvEmptyFix({ header: [...REQUIRED_COLUMNS, 'source'].join(format.delimiter) }),
    });
    return [];
  }
  const columns = header[0].map((c) => c.trim());
  let headerOk = true;
  columns.forEach((column, index) => {
    if (!KNOWN_COLUMNS.includes(column)) {
      headerOk = false;
      const close = nearest(column, KNOWN_COLUMNS);
      issues.push({
        file,
        line: 1,
        column: index + 1,
        field: column || say.columnNumber({ index: index + 1 }),
        message: say.unknownColumn({ column }),
        suggestion: close ? say.renameTo({ name: close }) : say.unknownColumnFix({ columns: KNOWN_COLUMNS.join(', ') }),
      });
    }
  });
  // A file names its places in `city` (cities only) or in `place` (cities, countries, networks), not both.
  const placeColumn = columns.includes(PLACE_COLUMN) ? PLACE_COLUMN : 'city';
  if (columns.includes(PLACE_COLUMN) && columns.includes('city')) {
    headerOk = false;
    issues.push({
      file,
      line: 1,
      column: columns.indexOf('city') + 1,
      field: 'city',
      message: say.cityAndPlaceColumns(),
      suggestion: say.cityAndPlaceColumnsFix(),
    });
  }
  for (const required of REQUIRED_COLUMNS) {
    if (required === 'city' && placeColumn === PLACE_COLUMN) continue;
    if (!columns.includes(required)) {
      headerOk = false;
      issues.push({
        file,
        line: 1,
        field: required,
        message: say.missingColumn({ column: required }),
        suggestion:
          format.delimiter === ','
            ? say.missingColumnFix({ header: [...REQUIRED_COLUMNS, 'source'].join(',') })
            : say.missingColumnDelimiterFix({
                header: [...REQUIRED_COLUMNS, 'source'].join(format.delimiter),
                delimiter: format.delimiter,
              }),
      });
    }
  }
  if (!headerOk) return [];

  const at = (name: string) => columns.indexOf(name);
  // Column positions are looked up once: this loop runs once per observation.
  const [cityAt, indicatorAt, periodAt, valueAt, sourceAt, noteAt] = [
    placeColumn,
    'indicator',
    'period',
    'value',
    'source',
    'note',
  ].map(at) as [number, number, number, number, number, number];
  const cellAt = (record: string[], index: number) => (index >= 0 ? (record[index] ?? '').trim() : '');
  const observations: Observation[] = [];
  // Ids and periods repeat on thousands of rows: each distinct one is checked once.
  const goodIds = new Set<string>();
  const goodPeriods = new Set<string>();
  const isId = (text: string) => goodIds.has(text) || (SLUG_PATTERN.test(text) && goodIds.add(text) !== undefined);
  const isPeriod = (text: string) => {
    if (goodPeriods.has(text)) return true;
    const match = PERIOD_PATTERN.exec(text);
    const ok = match !== null && Number(match[1]) >= 1900 && Number(match[1]) <= 2100;
    if (ok) goodPeriods.add(text);
    return ok;
  };
  for (let row = 1; row < rows.length; row += 1) {
    const [record, line] = rows[row]!;
    if (record.length !== columns.length) {
      issues.push({
        file,
        line,
        message: say.rowLength({ values: record.length, columns: columns.length }),
        suggestion:
          record.length > columns.length ? say.rowTooLongFix({ delimiter: format.delimiter }) : say.rowTooShortFix(),
      });
      continue;
    }
    const city = cellAt(record, cityAt);
    const indicator = cellAt(record, indicatorAt);
    const period = cellAt(record, periodAt);
    const valueText = cellAt(record, valueAt);
    const value = parseDecimal(valueText, format.decimal);
    const periodOk = isPeriod(period);
    const group = placeColumn === PLACE_COLUMN && !isId(city) ? groupOf(city) : undefined;
    const range = ranges.get(indicator);
    const plausible = range === undefined || !Number.isFinite(value) || range.accepts(value);
    if (
      (!isId(city) && !group) ||
      !isId(indicator) ||
      !periodOk ||
      !Number.isFinite(value) ||
      !plausible ||
      group?.unknown
    ) {
      reportRow(issues, {
        file,
        line,
        city,
        placeColumn,
        group,
        indicator,
        period,
        periodOk,
        valueText,
        value,
        range: plausible ? undefined : range,
        decimal: format.decimal,
        column: at,
      });
      continue;
    }
    const source = cellAt(record, sourceAt);
    const note = cellAt(record, noteAt);
    if (group) {
      const figure: GroupObservation = { dataset, kind: group.kind, group: group.id, indicator, period, value };
      if (source) figure.source = source;
      if (note) figure.note = note;
      groups.observations.push(figure);
      groups.lines.push(line);
      continue;
    }
    const observation: Observation = { dataset, city, indicator, period, value };
    if (source) observation.source = source;
    if (note) observation.note = note;
    observations.push(observation);
    lines.push(line);
  }
  return observations;
}

/** A `place` cell naming a country (TG) or a network (network:aimf); `unknown` when the code is no country. */
function groupOf(text: string): { kind: 'country' | 'network'; id: string; unknown?: boolean } | undefined {
  if (COUNTRY_PLACE.test(text)) return { kind: 'country', id: text, unknown: !countries.isValid(text) };
  const network = NETWORK_PLACE.exec(text);
  return network ? { kind: 'network', id: network[1]! } : undefined;
}

interface BadRow {
  file: string;
  line: number;
  city: string;
  /** `city` or `place`: the column the place was read from. */
  placeColumn: string;
  group: ReturnType<typeof groupOf>;
  /** The indicator's plausible values, when the value lies outside them. */
  range: ReturnType<typeof plausibleRange> | undefined;
  indicator: string;
  period: string;
  periodOk: boolean;
  valueText: string;
  value: number;
  decimal: string;
  column: (name: string) => number;
}

/** Every problem of a rejected row, each at its column. */
function reportRow(issues: ContentIssue[], row: BadRow): void {
  const push = (field: string, message: string, suggestion: string) =>
    issues.push({ file: row.file, line: row.line, column: row.column(field) + 1, field, message, suggestion });
  if (row.placeColumn === 'city' && COUNTRY_PLACE.test(row.city)) {
    push('city', say.cellCountryInCityColumn({ value: row.city }), say.cellCountryInCityColumnFix());
  } else if (row.placeColumn === 'city' && !SLUG_PATTERN.test(row.city)) {
    push('city', say.cellNotCity({ value: row.city }), say.cellNotCityFix());
  } else if (row.group?.unknown) {
    push(row.placeColumn, say.cellNotCountry({ value: row.city }), say.cellNotCountryFix());
  } else if (!row.group && !SLUG_PATTERN.test(row.city)) {
    // A country written by name ("Togo") gets its code as the fix.
    const code = (['en', 'fr', 'es'] as const).map((l) => countries.getAlpha2Code(row.city, l)).find(Boolean);
    push(
      row.placeColumn,
      say.cellNotPlace({ value: row.city }),
      code ? say.writeValue({ value: code }) : say.cellNotPlaceFix(),
    );
  }
  if (!SLUG_PATTERN.test(row.indicator))
    push('indicator', say.cellNotIndicator({ value: row.indicator }), say.cellNotIndicatorFix());
  if (!row.periodOk) push('period', say.cellNotPeriod({ value: row.period }), say.cellNotPeriodFix());
  if (!Number.isFinite(row.value)) {
    const other = row.decimal === ',' ? '.' : ',';
    push(
      'value',
      row.valueText === '' ? say.cellEmptyValue() : say.cellNotNumber({ value: row.valueText }),
      row.valueText === ''
        ? say.cellEmptyValueFix()
        : Number.isFinite(parseDecimal(row.valueText, other))
          ? say.cellDecimalMarkFix({
              decimal: row.decimal,
              corrected: row.valueText.replace(other, row.decimal),
              other,
            })
          : say.cellDigitsOnlyFix(),
    );
  } else if (row.range) {
    push(
      'value',
      row.range.whole && !Number.isInteger(row.value) && row.range.accepts(Math.round(row.value))
        ? say.cellNotWhole({ value: row.valueText, indicator: row.indicator })
        : say.cellImplausible({ value: row.valueText, indicator: row.indicator, range: row.range.describe() }),
      say.cellImplausibleFix(),
    );
  }
}
