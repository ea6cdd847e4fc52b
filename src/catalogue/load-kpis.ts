/**
 * Loads indicator definitions and KPI datasets. Observations are read with a
 * real CSV parser; each row problem is reported with its line and column.
 * References to cities and indicators are checked later, in integrity.ts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { SLUG_PATTERN } from '../schemas/common.ts';
import {
  datasetSchema,
  indicatorsFileSchema,
  PERIOD_PATTERN,
  type DatasetMeta,
  type Indicator,
} from '../schemas/kpi.ts';
import type { ContentIssue } from './issues.ts';
import { loadYamlFile } from './load-yaml-file.ts';
import type { Locations } from './locations.ts';
import { say } from './messages/index.ts';
import type { DatasetRecord, Observation } from './model.ts';
import { guardFileReading, inspectPath, listFolderInside, readTextInside } from './safe-file.ts';
import { nearest } from './suggest.ts';

const REQUIRED_COLUMNS = ['city', 'indicator', 'period', 'value'] as const;
const OPTIONAL_COLUMNS = ['source', 'note'] as const;
const KNOWN_COLUMNS: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];

export interface LoadedKpis {
  indicators: Indicator[];
  datasets: DatasetRecord[];
  /** CSV line of each observation, per dataset id, parallel to its `observations`, for integrity messages. */
  observationLines: Map<string, number[]>;
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
  const datasets: DatasetRecord[] = [];
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
    // A dataset.yaml with problems still has its rows checked (with the format they show), so all are reported at once.
    const observations = guardFileReading(
      csvFile,
      issues,
      () => parseObservations(id, raw, csvFile, meta?.csv, issues, lines),
      [],
    );
    if (!meta) continue;
    observationLines.set(id, lines);
    datasets.push({ id, meta, file: csvFile, observations });
  }
  return { indicators, datasets, observationLines };
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
  for (const required of REQUIRED_COLUMNS) {
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
    'city',
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
    if (!isId(city) || !isId(indicator) || !periodOk || !Number.isFinite(value)) {
      reportRow(issues, {
        file,
        line,
        city,
        indicator,
        period,
        periodOk,
        valueText,
        value,
        decimal: format.decimal,
        column: at,
      });
      continue;
    }
    const source = cellAt(record, sourceAt);
    const note = cellAt(record, noteAt);
    const observation: Observation = { dataset, city, indicator, period, value };
    if (source) observation.source = source;
    if (note) observation.note = note;
    observations.push(observation);
    lines.push(line);
  }
  return observations;
}

interface BadRow {
  file: string;
  line: number;
  city: string;
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
  if (!SLUG_PATTERN.test(row.city)) push('city', say.cellNotCity({ value: row.city }), say.cellNotCityFix());
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
  }
}
