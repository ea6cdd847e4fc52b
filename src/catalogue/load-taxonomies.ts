/**
 * Loads every vocabulary of content/taxonomies/ and refuses files that are
 * not a known vocabulary, so that nothing written there is ignored.
 */
import { join } from 'node:path';
import { taxonomyFileSchema, VOCABULARIES, type TaxonomyEntry, type Vocabulary } from '../schemas/taxonomy.ts';
import type { ContentIssue } from './issues.ts';
import { loadYamlFile } from './load-yaml-file.ts';
import type { Locations } from './locations.ts';
import { say } from './messages/index.ts';
import type { Taxonomies } from './model.ts';
import { listFolderInside } from './safe-file.ts';
import { nearest } from './suggest.ts';

export function loadTaxonomies(
  contentDir: string,
  contentLabel: string,
  issues: ContentIssue[],
  locations: Locations,
): Taxonomies {
  const dir = join(contentDir, 'taxonomies');
  const label = `${contentLabel}/taxonomies`;
  // A missing folder: each vocabulary is then reported missing below.
  const listed = listFolderInside(dir, contentDir, label);
  if (!listed.ok && !listed.missing) issues.push({ file: label, ...listed.problem });
  const present = listed.ok ? listed.value.filter((n) => !n.startsWith('.')) : [];
  for (const name of present) {
    const vocabulary = name.replace(/\.ya?ml$/, '');
    if (!name.endsWith('.yaml') || !(VOCABULARIES as readonly string[]).includes(vocabulary)) {
      const close = nearest(vocabulary, VOCABULARIES);
      issues.push({
        file: `${label}/${name}`,
        line: 1,
        message: say.notAVocabulary({ name }),
        suggestion: close
          ? say.renameTo({ name: `${close}.yaml` })
          : say.notAVocabularyFix({ files: VOCABULARIES.map((v) => `${v}.yaml`).join(', ') }),
      });
    }
  }
  const taxonomies = {} as Taxonomies;
  for (const vocabulary of VOCABULARIES) {
    const file = `${label}/${vocabulary}.yaml`;
    const entries =
      loadYamlFile(
        join(dir, `${vocabulary}.yaml`),
        file,
        taxonomyFileSchema,
        issues,
        locations,
        {
          message: say.vocabularyMissing({ vocabulary }),
          suggestion: say.vocabularyMissingFix({ file }),
        },
        contentDir,
      ) ?? [];
    reportDuplicateIds(vocabulary, entries, file, issues, locations);
    taxonomies[vocabulary] = entries;
  }
  return taxonomies;
}

function reportDuplicateIds(
  vocabulary: Vocabulary,
  entries: readonly TaxonomyEntry[],
  file: string,
  issues: ContentIssue[],
  locations: Locations,
): void {
  const firstIndex = new Map<string, number>();
  entries.forEach((entry, index) => {
    const first = firstIndex.get(entry.id);
    if (first === undefined) {
      firstIndex.set(entry.id, index);
      return;
    }
    issues.push({
      file,
      line: locations.lineOf(file, [index, 'id']),
      field: `[${index}].id`,
      message: say.duplicateVocabularyId({ id: entry.id, vocabulary, line: locations.lineOf(file, [first, 'id']) }),
      suggestion: say.duplicateVocabularyIdFix(),
    });
  });
}
