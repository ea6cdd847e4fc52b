/**
 * Which field of a practice or city file takes its values from each
 * vocabulary, and how the site names it: the vocabulary page and the
 * documentation say the same (a test compares them with the schemas).
 */
import type { UiKey } from '../i18n/t.ts';
import type { Vocabulary } from '../schemas/taxonomy.ts';

export interface VocabularyField {
  vocabulary: Vocabulary;
  /** The field as written in a file, e.g. "themes" or "genderEqualityPlan.status". */
  field: string;
  /** The UI string naming it for visitors. */
  label: UiKey;
}

export const VOCABULARY_FIELDS: readonly VocabularyField[] = [
  { vocabulary: 'themes', field: 'themes', label: 'field.themes' },
  { vocabulary: 'statuses', field: 'status', label: 'field.status' },
  { vocabulary: 'scales', field: 'scale', label: 'field.scale' },
  { vocabulary: 'source-types', field: 'sourceTypes', label: 'field.sourceTypes' },
  { vocabulary: 'power-domains', field: 'powerDomains', label: 'field.powerDomains' },
  { vocabulary: 'methods', field: 'methods', label: 'field.methods' },
  { vocabulary: 'sdgs', field: 'sdgs', label: 'field.sdgs' },
  { vocabulary: 'networks', field: 'networks', label: 'field.networks' },
  { vocabulary: 'authority-types', field: 'type', label: 'field.type' },
  { vocabulary: 'plan-statuses', field: 'genderEqualityPlan.status', label: 'vocabularies.planStatus' },
  // A place of a practice's cities written { city: zio-1, role: partner }.
  { vocabulary: 'place-roles', field: 'role', label: 'places.roles' },
];
