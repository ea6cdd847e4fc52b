/**
 * The check's references across files (integrity.ts) for the live preview,
 * worked out again only where a change can move them. A practice's issues
 * depend on its own fields, the vocabularies and the cities: while those two
 * stay the same objects, a practice read again is checked alone. The cities'
 * and the KPI rows' issues depend on the vocabularies, the cities and the
 * KPI tables: kept while none of them changed. At 10,000 practices and
 * 1,000,000 rows this is most of what a saved practice costs otherwise.
 *
 * The issues come out in the order `checkIntegrity` gives over the whole
 * (each practice's in catalogue order, then the cities', then the rows'),
 * so the list is the check's.
 */
import { checkIntegrity, type IntegrityInput } from './integrity.ts';
import type { ContentIssue } from './issues.ts';
import type { WrittenOriginal } from './load-entries.ts';
import type { Locations } from './locations.ts';

export class LiveIntegrity {
  #practices = new WeakMap<WrittenOriginal, ContentIssue[]>();
  #practiceContext: readonly unknown[] = [];
  #rest: { context: readonly unknown[]; issues: ContentIssue[] } | undefined;

  /** The issues `checkIntegrity(input)` gives, from what is still valid of the last runs and new runs for the rest. */
  check(input: IntegrityInput, locations: Locations): ContentIssue[] {
    const practiceContext = [input.taxonomies, ...input.cities];
    if (!sameItems(practiceContext, this.#practiceContext)) {
      this.#practices = new WeakMap();
      this.#practiceContext = practiceContext;
    }
    const unchecked = input.practices.filter((practice) => !this.#practices.has(practice));
    if (unchecked.length > 0) {
      const found: ContentIssue[] = [];
      const withoutRows = { ...input, practices: unchecked, indicators: [], datasets: [], observationLines: new Map() };
      checkIntegrity(withoutRows, found, locations);
      const byFile = new Map<string, ContentIssue[]>();
      for (const issue of found) byFile.set(issue.file, [...(byFile.get(issue.file) ?? []), issue]);
      for (const practice of unchecked) this.#practices.set(practice, byFile.get(practice.file) ?? []);
    }

    const restContext = [...practiceContext, input.indicators, input.datasets, input.observationLines];
    if (!this.#rest || !sameItems(restContext, this.#rest.context)) {
      const issues: ContentIssue[] = [];
      checkIntegrity({ ...input, practices: [] }, issues, locations);
      this.#rest = { context: restContext, issues };
    }
    return [...input.practices.flatMap((practice) => this.#practices.get(practice)!), ...this.#rest.issues];
  }
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
