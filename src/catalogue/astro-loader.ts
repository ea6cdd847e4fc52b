/**
 * Feeds the validated catalogue into Astro content collections. Every
 * collection's loader shares one load of the content folder per build; any
 * content problem stops the build with the full report.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { formatIssueReport } from './issues.ts';
import { loadCatalogue } from './load-catalogue.ts';
import type { Catalogue } from './model.ts';
import { takePreloaded } from './preloaded.ts';

export class ContentProblemsError extends Error {
  constructor(report: string) {
    super(`The content has problems; nothing was built.\n\n${report}`);
    this.name = 'ContentProblemsError';
  }
}

let pending: { key: string; catalogue: Catalogue } | undefined;

/** The catalogue to store, or undefined when the build script preloaded it (pages then read it directly: preloaded.ts). */
function catalogueFor(rootUrl: URL, base: string): Catalogue | undefined {
  const projectRoot = fileURLToPath(rootUrl);
  const contentDir = process.env.ATLAS_CONTENT_DIR ?? `${projectRoot}/content`;
  if (takePreloaded(resolve(contentDir), base)) return undefined;
  const key = `${contentDir}\u0000${base}`;
  if (pending?.key === key) return pending.catalogue;
  const { catalogue, issues } = loadCatalogue({ contentDir, projectRoot, base, siteFile: process.env.ATLAS_SITE_CONFIG });
  if (!catalogue) throw new ContentProblemsError(formatIssueReport(issues));
  pending = { key, catalogue };
  return catalogue;
}

type Part = 'practices' | 'cities' | 'taxonomies' | 'indicators' | 'datasets' | 'site';

function entriesOf(catalogue: Catalogue, part: Part): { id: string; data: Record<string, unknown> }[] {
  switch (part) {
    case 'practices':
      return catalogue.practices.map((p) => ({ id: p.id, data: { ...p } }));
    case 'cities':
      return catalogue.cities.map((c) => ({ id: c.id, data: { ...c } }));
    case 'taxonomies':
      return Object.entries(catalogue.taxonomies).map(([id, entries]) => ({ id, data: { id, entries } }));
    case 'indicators':
      return catalogue.indicators.map((i) => ({ id: i.id, data: { ...i } }));
    case 'datasets':
      return catalogue.datasets.map((d) => ({ id: d.id, data: { ...d } }));
    case 'site':
      return [{ id: 'site', data: { ...catalogue.site } }];
  }
}

export function catalogueLoader(part: Part): Loader {
  return {
    name: `practice-atlas:${part}`,
    load: async ({ store, config, generateDigest }) => {
      const catalogue = catalogueFor(config.root, config.base);
      store.clear();
      if (!catalogue) return;
      for (const { id, data } of entriesOf(catalogue, part)) {
        store.set({ id, data, digest: generateDigest(data) });
      }
    },
  };
}
