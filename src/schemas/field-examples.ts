/**
 * The examples messages give, each drawn from its own field: a status is
 * shown as a status, a list of sources as a list of sources. A test checks
 * every vocabulary example against the sample catalogue's vocabularies and
 * every missing-field line against the schemas.
 */
import type { FieldNoun } from '../catalogue/messages/index.ts';

/** The vocabulary a reference field takes its ids from. */
export const VOCABULARY_OF: Partial<Record<FieldNoun, string>> = {
  status: 'statuses',
  theme: 'themes',
  'power domain': 'power-domains',
  method: 'methods',
  'source type': 'source-types',
  SDG: 'sdgs',
  scale: 'scales',
  network: 'networks',
  'authority type': 'authority-types',
  'plan status': 'plan-statuses',
  'place role': 'place-roles',
};

/** One id of each vocabulary, to show the form of the value. */
export const VOCABULARY_EXAMPLE: Record<string, string> = {
  statuses: 'ongoing',
  themes: 'public-space',
  'power-domains': 'political',
  methods: 'gender-training',
  'source-types': 'initiative-practice',
  sdgs: '5',
  scales: 'local',
  networks: 'metropolis',
  'authority-types': 'municipality',
  'plan-statuses': 'adopted',
  'place-roles': 'partner',
};

/** Ids written by hand, by what they name. */
export const ID_EXAMPLE: Partial<Record<FieldNoun, string>> = {
  'city id': 'barcelona',
  'indicator id': 'women-councillors-share',
  id: 'public-space',
};

/** Each list as it is written, by the noun of the list. */
export const LIST_EXAMPLE: Partial<Record<FieldNoun, string>> = {
  keywords: '["…", "…"]',
  results: '["…", "…"]',
  themes: '[public-space, mobility]',
  'power domains': '[political, economic]',
  methods: '[gender-training]',
  'source types': '[initiative-practice]',
  SDGs: '[5, 11]',
  cities: '[barcelona]',
  networks: '[metropolis]',
  languages: '[fr, es]',
  partners: '[{ name: "…", url: "https://…" }]',
  funders: '[{ name: "…", url: "https://…" }]',
  links: '[{ url: "https://…", label: "…" }]',
  sources: '[{ title: "…", url: "https://…" }]',
  'place roles': '[location, lead]',
};

/**
 * The lines to add for a required field left out, by field name, in order of
 * preference: the same name may hold text in a practice and a label in three
 * languages in a dataset, and the caller keeps the first its schema accepts.
 * "…" marks text to write, which the check reports until it is written.
 */
export function missingFieldLines(field: string, today: string): string[] {
  const text = `${field}: "…"`;
  const label = `${field}: { fr: "…", en: "…", es: "…" }`;
  const lines: Record<string, string[]> = {
    title: [text, label],
    summary: [text],
    name: [text],
    label: [label],
    description: [label, text],
    promoter: ['promoter: { name: "…" }'],
    status: [`status: ${VOCABULARY_EXAMPLE.statuses}`],
    themes: [`themes: ${LIST_EXAMPLE.themes}`],
    sourceTypes: [`sourceTypes: ${LIST_EXAMPLE['source types']}`],
    country: ['country: FR'],
    scale: [`scale: ${VOCABULARY_EXAMPLE.scales}`],
    type: [`type: ${VOCABULARY_EXAMPLE['authority-types']}`],
    languages: [`languages: ${LIST_EXAMPLE.languages}`],
    sources: ['sources: [{ title: "…" }]'],
    lastReviewed: [`lastReviewed: "${today}"`],
    coordinates: ['coordinates: { lat: 41.3874, lon: 2.1686 }'],
    translationOf: ['translationOf: fr'],
    source: ['source: { title: "…" }'],
    licence: ['licence: "CC BY 4.0"'],
    retrieved: [`retrieved: "${today}"`],
    illustrative: ['illustrative: false'],
    unit: ['unit: percent'],
    higherIsBetter: ['higherIsBetter: true'],
    id: [`id: ${ID_EXAMPLE.id}`],
  };
  return lines[field] ?? [];
}
