/**
 * Writes a deterministic synthetic catalogue for benchmarks, outside the
 * real content/: N practices in three languages (some untranslated), M city
 * profiles and K KPI observations, using every vocabulary of content/ and
 * valid against the schemas.
 *
 *   node bench/generate-catalogue.ts --practices 10000 --cities 1200 \
 *     --observations 1000000 --out bench-out/catalogue-10000 [--seed 7]
 */
import { option } from '../scripts/lib/args.ts';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { toSlug } from '../src/catalogue/suggest.ts';
import { statusAgreeingWithDates } from '../src/domain/status-dates.ts';
import { CONTENT_LANGUAGES, type Lang } from '../src/i18n/languages.ts';
import { progress } from '../scripts/lib/progress.ts';
import {
  ACTIONS,
  ACTIVITIES,
  APPROACH_SENTENCES,
  CONTEXT_SENTENCES,
  COUNTRIES,
  HEADINGS,
  KEYWORDS,
  OBJECTS,
  RESULTS,
  type Trilingual,
} from './lib/phrasebook.ts';
import { seededRandom, type Random } from './lib/random.ts';

export interface GenerateOptions {
  practices: number;
  cities: number;
  observations: number;
  out: string;
  seed?: number;
  /** Folder whose site.yaml, taxonomies and indicators are reused. */
  template?: string;
}

interface GeneratedCity {
  id: string;
  name: string;
  country: string;
}

const TRANSLATION_NOTE = { fr: 'Traduit de', en: 'Translated from', es: 'Traducido de' };
const IN_PLACE = { fr: 'à', en: 'in', es: 'en' };
const DATASET_ROWS = 100_000;

function yamlString(text: string): string {
  return JSON.stringify(text);
}

function vocabularyIds(template: string, name: string): string[] {
  return (parse(readFileSync(join(template, 'taxonomies', `${name}.yaml`), 'utf8')) as { id: string | number }[]).map(
    (e) => String(e.id),
  );
}

function townName(random: Random, country: (typeof COUNTRIES)[number], index: number): string {
  return `${random.pick(country.prefixes)}${random.pick(country.suffixes)} ${index}`.replace(/\s+/g, ' ').trim();
}

function body(
  random: Random,
  lang: Lang,
  parts: { context: Trilingual[]; approach: Trilingual[]; activities: Trilingual[]; quote: boolean; figure?: string },
): string {
  const lines = [
    `## ${HEADINGS.context[lang]}`,
    '',
    parts.context.map((s) => s[lang]).join(' '),
    '',
    `## ${HEADINGS.approach[lang]}`,
    '',
    parts.approach.map((s) => s[lang]).join(' '),
    '',
  ];
  if (parts.figure) lines.push(`<KeyFigure value="${parts.figure}" label="${ACTIVITIES[0]![lang]}" />`, '');
  lines.push(`### ${HEADINGS.activities[lang]}`, '', ...parts.activities.map((a) => `- ${a[lang]}`), '');
  if (parts.quote)
    lines.push(
      `<Quote author="${random.pick(['A. Diallo', 'M. García', 'C. Martin', 'F. Mensah'])}">`,
      parts.approach[0]![lang],
      '</Quote>',
      '',
    );
  return lines.join('\n');
}

export function generateCatalogue(options: GenerateOptions): { files: number } {
  const random = seededRandom(options.seed ?? 7);
  const template = resolve(options.template ?? 'content');
  const out = resolve(options.out);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // site.yaml and the files it names (a logo…) sit at the top of the content folder.
  for (const entry of readdirSync(template, { withFileTypes: true })) {
    if (entry.isFile()) cpSync(join(template, entry.name), join(out, entry.name));
  }
  cpSync(join(template, 'taxonomies'), join(out, 'taxonomies'), { recursive: true });
  mkdirSync(join(out, 'kpis', 'datasets'), { recursive: true });
  cpSync(join(template, 'kpis', 'indicators.yaml'), join(out, 'kpis', 'indicators.yaml'));

  const ids = {
    themes: vocabularyIds(template, 'themes'),
    methods: vocabularyIds(template, 'methods'),
    powerDomains: vocabularyIds(template, 'power-domains'),
    sourceTypes: vocabularyIds(template, 'source-types'),
    scales: vocabularyIds(template, 'scales'),
    networks: vocabularyIds(template, 'networks'),
    statuses: vocabularyIds(template, 'statuses'),
    sdgs: vocabularyIds(template, 'sdgs'),
    authorityTypes: vocabularyIds(template, 'authority-types'),
    planStatuses: vocabularyIds(template, 'plan-statuses'),
  };
  const indicators = (parse(readFileSync(join(template, 'kpis', 'indicators.yaml'), 'utf8')) as { id: string }[]).map(
    (i) => i.id,
  );
  let files = 0;
  const write = (path: string, text: string) => {
    const full = join(out, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
    files++;
  };

  const cityBar = progress('cities', options.cities);
  const cities: GeneratedCity[] = [];
  for (let i = 0; i < options.cities; i++) {
    const country = COUNTRIES[i % COUNTRIES.length]!;
    const name = townName(random, country, i + 1);
    const id = `${toSlug(name)}`;
    const original: Lang = country.code === 'ES' || country.code === 'MX' || country.code === 'CO' ? 'es' : 'fr';
    const lat = country.lat[0] + random.next() * (country.lat[1] - country.lat[0]);
    const lon = country.lon[0] + random.next() * (country.lon[1] - country.lon[0]);
    write(
      `cities/${id}/${original}.mdx`,
      [
        '---',
        `name: ${yamlString(name)}`,
        `country: ${country.code}`,
        `type: ${random.pick(ids.authorityTypes)}`,
        `coordinates: { lat: ${lat.toFixed(4)}, lon: ${lon.toFixed(4)} }`,
        `networks: [${random.sample(ids.networks, random.int(0, 2)).join(', ')}]`,
        `genderEqualityPlan: { status: ${random.pick(ids.planStatuses)} }`,
        'sources:',
        '  - title: "Synthetic profile generated for benchmarks"',
        'lastReviewed: "2026-01-15"',
        '---',
        '',
        CONTEXT_SENTENCES.map((s) => s[original])
          .slice(0, 2)
          .join(' '),
        '',
      ].join('\n'),
    );
    for (const lang of CONTENT_LANGUAGES) {
      if (lang === original || random.chance(0.2)) continue;
      write(
        `cities/${id}/${lang}.mdx`,
        `---\ntranslationOf: ${original}\nname: ${yamlString(name)}\n---\n\n${CONTEXT_SENTENCES[0]![lang]}\n`,
      );
    }
    cities.push({ id, name, country: country.code });
    cityBar.tick();
  }
  cityBar.done();

  const practiceBar = progress('practices', options.practices);
  for (let i = 0; i < options.practices; i++) {
    const city = random.pick(cities);
    const sameCountry = cities.filter((c) => c.country === city.country);
    const practiceCities = random.chance(0.2) ? random.sample(sameCountry, random.int(2, 3)) : [city];
    const action = random.pick(ACTIONS);
    const object = random.pick(OBJECTS);
    const original: Lang = random.pick(CONTENT_LANGUAGES);
    const id = `${toSlug(`${action.en} ${object.en}`)}-${i + 1}`;
    const title = (lang: Lang) => `${action[lang]} ${object[lang]} ${IN_PLACE[lang]} ${city.name}`;
    const context = random.sample(CONTEXT_SENTENCES, 2);
    const approach = random.sample(APPROACH_SENTENCES, 3);
    const activities = random.sample(ACTIVITIES, random.int(3, 5));
    const results = random.sample(RESULTS, random.int(0, 3));
    const keywords = random.sample(KEYWORDS, random.int(2, 4));
    const summary = (lang: Lang) => `${context[0]![lang]} ${approach[0]![lang]}`;
    const start = random.int(2005, 2025);
    const hasBudget = random.chance(0.4);
    const figure = hasBudget && random.chance(0.5) ? `${random.int(5, 900)} 000 €` : undefined;
    const quote = random.chance(0.25);
    const fields = [
      '---',
      `title: ${yamlString(title(original))}`,
      `summary: ${yamlString(summary(original))}`,
      `keywords: [${keywords.map((k) => yamlString(k[original])).join(', ')}]`,
      ...(results.length ? ['results:', ...results.map((r) => `  - ${yamlString(r[original])}`)] : []),
      'promoter:',
      `  name: ${yamlString(`${original === 'en' ? 'Municipality of' : original === 'es' ? 'Ayuntamiento de' : 'Commune de'} ${city.name}`)}`,
      `dates: { start: "${start}"${random.chance(0.5) ? `, end: "${Math.min(2026, start + random.int(1, 6))}"` : ''} }`,
      `status: ${random.pick(ids.statuses)}`,
      `themes: [${random.sample(ids.themes, random.int(1, 3)).join(', ')}]`,
      `powerDomains: [${random.sample(ids.powerDomains, random.int(0, 2)).join(', ')}]`,
      `methods: [${random.sample(ids.methods, random.int(1, 4)).join(', ')}]`,
      `sourceTypes: [${random.sample(ids.sourceTypes, random.int(1, 2)).join(', ')}]`,
      `sdgs: [${random.sample(ids.sdgs, random.int(0, 3)).join(', ')}]`,
      `country: ${city.country}`,
      `cities: [${practiceCities.map((c) => c.id).join(', ')}]`,
      `scale: ${random.pick(ids.scales.filter((s) => s !== 'international'))}`,
      `languages: [${original}]`,
      `networks: [${random.sample(ids.networks, random.int(0, 2)).join(', ')}]`,
      ...(hasBudget ? [`budget: { amount: ${random.int(5, 900) * 1000}, currency: EUR }`] : []),
      'sources:',
      '  - title: "Synthetic practice generated for benchmarks"',
      `lastReviewed: "20${random.int(20, 26)}-0${random.int(1, 9)}-1${random.int(0, 9)}"`,
      '---',
      '',
    ];
    agreeStatusWithDates(fields);
    write(
      `practices/${id}/${original}.mdx`,
      fields.join('\n') + body(random, original, { context, approach, activities, quote, figure }),
    );
    for (const lang of CONTENT_LANGUAGES) {
      if (lang === original || random.chance(0.15)) continue;
      const translation = [
        '---',
        `translationOf: ${original}`,
        `title: ${yamlString(title(lang))}`,
        `summary: ${yamlString(summary(lang))}`,
        `keywords: [${keywords.map((k) => yamlString(k[lang])).join(', ')}]`,
        ...(results.length ? ['results:', ...results.map((r) => `  - ${yamlString(r[lang])}`)] : []),
        '---',
        '',
        `*${TRANSLATION_NOTE[lang]} ${original}.*`,
        '',
      ];
      write(
        `practices/${id}/${lang}.mdx`,
        translation.join('\n') + body(random, lang, { context, approach, activities, quote, figure }),
      );
    }
    practiceBar.tick();
  }
  practiceBar.done();

  const observationBar = progress('observations', options.observations);
  let written = 0;
  let datasetIndex = 0;
  const periods: string[] = [];
  for (let year = 2026; year >= 1990 && periods.length < 420; year--) {
    for (let month = 12; month >= 1; month--) periods.push(`${year}-${String(month).padStart(2, '0')}`);
  }
  let cursor = 0;
  const combinations = cities.length * indicators.length * periods.length;
  const total = Math.min(options.observations, combinations);
  while (written < total) {
    datasetIndex++;
    const rows = Math.min(DATASET_ROWS, total - written);
    const dir = `kpis/datasets/synthetic-${String(datasetIndex).padStart(3, '0')}`;
    write(
      `${dir}/dataset.yaml`,
      [
        `title: { fr: "Données synthétiques ${datasetIndex}", en: "Synthetic data ${datasetIndex}", es: "Datos sintéticos ${datasetIndex}" }`,
        'language: en',
        'source: { title: "Generated for benchmarks; not measurements" }',
        'licence: CC0 1.0',
        'retrieved: "2026-01-15"',
        'illustrative: true',
        '',
      ].join('\n'),
    );
    const chunks: string[] = ['city,indicator,period,value,source'];
    for (let r = 0; r < rows; r++, cursor++) {
      const period = periods[cursor % periods.length]!;
      const rest = Math.floor(cursor / periods.length);
      const indicator = indicators[rest % indicators.length]!;
      const city = cities[Math.floor(rest / indicators.length)]!;
      chunks.push(`${city.id},${indicator},${period},${(random.next() * 100).toFixed(1)},`);
    }
    write(`${dir}/observations.csv`, `${chunks.join('\n')}\n`);
    written += rows;
    observationBar.tick(rows);
  }
  observationBar.done();
  // What was asked for, so that a benchmark can reuse this folder instead of writing it again.
  writeFileSync(join(out, GENERATED_MARKER), `${JSON.stringify(generatedParameters(options))}\n`);
  return { files };
}

/** File in a generated catalogue recording the parameters it was written with. */
export const GENERATED_MARKER = 'generated.json';

export function generatedParameters(options: GenerateOptions): Record<string, number | string> {
  return {
    practices: options.practices,
    cities: options.cities,
    observations: options.observations,
    seed: options.seed ?? 7,
    template: options.template ?? 'content',
  };
}

/** Whether `out` holds a complete catalogue generated with these options (it is reused as is). */
export function isGeneratedWith(options: GenerateOptions): boolean {
  try {
    return (
      readFileSync(join(resolve(options.out), GENERATED_MARKER), 'utf8').trim() ===
      JSON.stringify(generatedParameters(options))
    );
  } catch {
    return false;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const options = {
    practices: Number(option('practices', '1000')),
    cities: Number(option('cities', '200')),
    observations: Number(option('observations', '10000')),
    out: option('out', 'bench-out/catalogue'),
    seed: Number(option('seed', '7')),
  };
  const started = performance.now();
  const { files } = generateCatalogue(options);
  console.log(
    `Wrote ${options.practices} practices, ${options.cities} cities and up to ${options.observations} observations ` +
      `(${files} files) to ${options.out} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}

/**
 * The status drawn at random, moved to the one its dates allow at the review
 * date (the check's own rule), so generated practices raise no status warning
 * and the random sequence, hence every other field, stays as it was.
 */
function agreeStatusWithDates(fields: string[]): void {
  const at = (key: string) => fields.findIndex((line) => line.startsWith(`${key}: `));
  const reviewed = /"(\d{4}-\d{2}-\d{2})"/.exec(fields[at('lastReviewed')]!)![1]!;
  const start = /start: "(\d{4})"/.exec(fields[at('dates')]!)?.[1];
  const end = /end: "(\d{4})"/.exec(fields[at('dates')]!)?.[1];
  const status = fields[at('status')]!.slice('status: '.length);
  fields[at('status')] = `status: ${statusAgreeingWithDates(status, start, end, reviewed)}`;
}
