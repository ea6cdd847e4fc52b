/**
 * What `npm run new` writes: files from an editor's answers, which pass the
 * check as written. Nothing is invented: the text below the fields is the
 * editor's own description, or nothing yet (the page then shows the
 * summary alone). Optional fields are present as comments, so an editor
 * sees what else the catalogue can hold without having to look it up; each
 * holds the mark "…", which the check reports if the line is uncommented
 * and left unfilled (src/catalogue/unfilled.ts).
 */
import { toSlug } from '../catalogue/suggest.ts';
import type { Lang } from '../i18n/languages.ts';

export interface PracticeAnswers {
  lang: Lang;
  /** The language the comments in the file are written in: the one npm run new asked in (default: lang). */
  comments?: Lang;
  title: string;
  summary: string;
  promoter: string;
  country: string;
  cities: string[];
  scale: string;
  themes: string[];
  sourceTypes: string[];
  status: string;
  languages: string[];
  source: string;
  today: string;
  /** The editor's description, in Markdown; empty when they will write it later. */
  description: string;
}

export interface CityAnswers {
  lang: Lang;
  /** The language the comments in the file are written in (default: lang). */
  comments?: Lang;
  name: string;
  country: string;
  type: string;
  lat: number;
  lon: number;
  source: string;
  today: string;
  description: string;
}

export interface TranslationAnswers {
  lang: Lang;
  originalLanguage: Lang;
  /** The translated fields and their values ("title" and "summary", or "name"). */
  fields: { name: string; value: string }[];
  /** Commented lines for the texts within the original's facts (translatedFactLines); none for a city. */
  factLines?: string[];
  /** The translated description; empty when it will come later. */
  description: string;
}

/** A YAML scalar that survives colons, quotes and leading symbols. */
export function yamlText(value: string): string {
  return JSON.stringify(value.replace(/\s+/g, ' ').trim());
}

/** The hints written as comments next to optional lines, in each language npm run new asks in. */
const SCAFFOLD_COMMENTS: Record<
  Lang,
  Record<
    'email' | 'dates' | 'idsFrom' | 'sdgs' | 'amount' | 'population' | 'planStatus' | 'factTexts' | 'placeRole',
    string
  >
> = {
  en: {
    email: 'name@organisation.org',
    dates: '"2023", "2023-05" or "2023-05-13"; leave out an unknown end',
    idsFrom: 'ids from',
    sdgs: 'goal numbers, for example 5, 11',
    amount: 'amount as a plain number, for example 10000',
    population: 'for example 10000, 2023',
    planStatus: 'status from',
    factTexts:
      'The original\'s texts within its facts, to give in this language if you can: remove the "# " and replace each "…" (the original\'s words follow each line).',
    placeRole: 'a place taking part another way: { city: zio-1, role: partner }, roles from',
  },
  fr: {
    email: 'nom@organisation.org',
    dates: '"2023", "2023-05" ou "2023-05-13" ; omettez une fin inconnue',
    idsFrom: 'identifiants de',
    sdgs: 'numéros des objectifs, par exemple 5, 11',
    amount: 'montant en nombre simple, par exemple 10000',
    population: 'par exemple 10000, 2023',
    planStatus: 'statut de',
    factTexts:
      'Les textes des faits de l’original, à donner dans cette langue si vous le pouvez : retirez le "# " et remplacez chaque "…" (les mots de l’original suivent chaque ligne).',
    placeRole: 'un lieu qui prend part autrement : { city: zio-1, role: partner }, rôles de',
  },
  es: {
    email: 'nombre@organizacion.org',
    dates: '"2023", "2023-05" o "2023-05-13"; omita un final desconocido',
    idsFrom: 'identificadores de',
    sdgs: 'números de los objetivos, por ejemplo 5, 11',
    amount: 'importe como número simple, por ejemplo 10000',
    population: 'por ejemplo 10000, 2023',
    planStatus: 'estado de',
    factTexts:
      'Los textos de los datos del original, para dar en este idioma si puede: quite el "# " y sustituya cada "…" (las palabras del original siguen a cada línea).',
    placeRole: 'un lugar que participa de otro modo: { city: zio-1, role: partner }, funciones de',
  },
};

const list = (values: readonly string[]) => `[${values.join(', ')}]`;

/**
 * The editor's description as the text below the fields. Braces and "<"
 * would be read as MDX code, which the check refuses in a body: escaped,
 * they are shown as typed.
 */
export function bodyText(description: string): string {
  const text = description.replace(/\r\n?/g, '\n').trim();
  return text === '' ? '' : `${text.replace(/[{}<]/g, (c) => `\\${c}`)}\n`;
}

/** 1-based line where the description starts, or, while there is none, the blank line below the fields where it goes. */
export function descriptionLine(fileText: string): number {
  const lines = fileText.split('\n');
  const below = lines.indexOf('---', 1) + 1;
  const first = lines.findIndex((line, index) => index >= below && line.trim() !== '');
  return (first === -1 ? below : first) + 1;
}

/**
 * Words an id does without: articles, prepositions and conjunctions of the
 * three languages, the possessive "s" of "Iceland's", and the words naming
 * what a city profile is anyway ("City of Vienna" → "vienna").
 */
const ID_FILLERS = new Set(
  [
    'a an and at by for from in into of on or s the to with',
    'au aux d dans de des du en et l la le les par pour sur un une',
    'al con del el las los por para un una y',
    'city town municipality ville commune municipalite ciudad municipio ayuntamiento',
  ].flatMap((words) => words.split(' ')),
);

/** A short, readable id proposed from a title or a name: its first three significant words. */
export function slugFromTitle(title: string): string {
  const words = toSlug(title).split('-').filter(Boolean);
  const significant = words.filter((word) => !ID_FILLERS.has(word));
  return (significant.length > 0 ? significant : words).slice(0, 3).join('-').slice(0, 40).replace(/-$/, '');
}

export function practiceFile(a: PracticeAnswers): string {
  const c = SCAFFOLD_COMMENTS[a.comments ?? a.lang];
  return (
    [
      '---',
      `title: ${yamlText(a.title)}`,
      `summary: ${yamlText(a.summary)}`,
      '# keywords: ["…", "…"]',
      '# results:',
      '#   - "…"',
      'promoter:',
      `  name: ${yamlText(a.promoter)}`,
      `  # email: "…"   # ${c.email}`,
      '  # website: "https://…"',
      `# dates: { start: "…", end: "…" }   # ${c.dates}`,
      `status: ${a.status}`,
      `themes: ${list(a.themes)}`,
      `# powerDomains: ["…"]   # ${c.idsFrom} taxonomies/power-domains.yaml`,
      `# methods: ["…"]   # ${c.idsFrom} taxonomies/methods.yaml`,
      `sourceTypes: ${list(a.sourceTypes)}`,
      `# sdgs: ["…"]   # ${c.sdgs}`,
      `country: ${a.country}`,
      '# region: "…"',
      `cities: ${list(a.cities)}   # ${c.placeRole} taxonomies/place-roles.yaml`,
      `scale: ${a.scale}`,
      `languages: ${list(a.languages)}`,
      `# networks: ["…"]   # ${c.idsFrom} taxonomies/networks.yaml`,
      '# partners:',
      '#   - name: "…"',
      '# funders:',
      '#   - name: "…"',
      `# budget: { amount: …, currency: EUR }   # ${c.amount}`,
      '# links:',
      '#   - url: "https://…"',
      '#     label: "…"',
      'sources:',
      `  - title: ${yamlText(a.source)}`,
      `lastReviewed: "${a.today}"`,
      '---',
      '',
      '',
    ].join('\n') + bodyText(a.description)
  );
}

export function cityFile(a: CityAnswers): string {
  const c = SCAFFOLD_COMMENTS[a.comments ?? a.lang];
  return (
    [
      '---',
      `name: ${yamlText(a.name)}`,
      `country: ${a.country}`,
      `type: ${a.type}`,
      '# region: "…"',
      `coordinates: { lat: ${a.lat}, lon: ${a.lon} }`,
      `# population: { value: …, year: …, source: "…" }   # ${c.population}`,
      `# networks: ["…"]   # ${c.idsFrom} taxonomies/networks.yaml`,
      `# genderEqualityPlan: { status: …, title: "…", year: … }   # ${c.planStatus} taxonomies/plan-statuses.yaml`,
      '# website: "https://…"',
      'sources:',
      `  - title: ${yamlText(a.source)}`,
      `lastReviewed: "${a.today}"`,
      '---',
      '',
      '',
    ].join('\n') + bodyText(a.description)
  );
}

/**
 * A translation holds the translated fields and description only. The
 * original's text is not copied in: left untranslated by mistake, it would
 * be published under the wrong language.
 */
export function translationFile(a: TranslationAnswers): string {
  return (
    [
      '---',
      `translationOf: ${a.originalLanguage}`,
      ...a.fields.map((f) => `${f.name}: ${yamlText(f.value)}`),
      ...(a.factLines ?? []),
      '---',
      '',
      '',
    ].join('\n') + bodyText(a.description)
  );
}

// The texts within a practice's facts, offered to its translation (h15-texts).

/**
 * The original's promoter name, budget note and period, partners' and
 * funders' names and link labels as commented lines for a translation,
 * each followed by the original's words: lists keep the original's count
 * and order, as the check requires.
 */
export function translatedFactLines(original: Record<string, unknown>, comments: Lang): string[] {
  const said = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');
  const field = (value: unknown, key: string) =>
    value !== null && typeof value === 'object' ? said((value as Record<string, unknown>)[key]) : '';
  const items = (key: string) => (Array.isArray(original[key]) ? (original[key] as unknown[]) : []);
  const lines: string[] = [];
  const promoter = field(original.promoter, 'name');
  if (promoter) lines.push('# promoter:', `#   name: "…" # ${promoter}`);
  const note = field(original.budget, 'note');
  const period = field(original.budget, 'period');
  if (note || period) {
    lines.push('# budget:');
    if (period) lines.push(`#   period: "…" # ${period}`);
    if (note) lines.push(`#   note: "…" # ${note}`);
  }
  for (const list of ['partners', 'funders']) {
    const names = items(list).map((item) => field(item, 'name'));
    if (names.length > 0) lines.push(`# ${list}:`, ...names.map((name) => `#   - name: "…" # ${name}`));
  }
  const links = items('links');
  if (links.some((link) => field(link, 'label'))) {
    lines.push(
      '# links:',
      ...links.map((link) =>
        field(link, 'label') ? `#   - label: "…" # ${field(link, 'label')}` : `#   - {} # ${field(link, 'url')}`,
      ),
    );
  }
  return lines.length > 0 ? [`# ${SCAFFOLD_COMMENTS[comments].factTexts}`, ...lines] : [];
}
