/**
 * The benchmark's table: one column per catalogue size, the issue's targets
 * with a verdict, our build as a ratio to the bare Astro site.
 */
export interface SizeResult {
  practices: number;
  cities: number;
  observations: number;
  bodies: number;
  check: { seconds: number; peakBytes: number };
  build: { seconds: number; peakBytes: number; pages: number; phases: Record<string, number> };
  rebuild: { seconds: number; peakBytes: number };
  site: { bytes: number; files: number; searchIndexBytes: number };
  practicePage: { url: string; htmlGzip: number; cssGzip: number; scriptTags: number };
  firstSearch: { openBytes: number; queryBytes: number; queryRequests: number };
  scripts: Record<string, { url: string; files: number; gzip: number }>;
  bareMdx: { seconds: number; peakBytes: number; pages: number };
  bareMd: { seconds: number; peakBytes: number; pages: number };
}

export const TARGETS = {
  buildRatio: 0.7,
  memoryRatio: 0.7,
  rebuildShare: 0.15,
  checkSeconds: 10,
  practicePageBytes: 25 * 1024,
  firstSearchBytes: 150 * 1024,
} as const;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 100 * 1024 * 1024 ? 1 : 0)} MB`;
const gb = (n: number) => `${(n / 1024 ** 3).toFixed(2)} GB`;
const s = (n: number) => `${n.toFixed(1)} s`;
const verdict = (ok: boolean) => (ok ? '✓' : '✗');

type Row = [label: string, value: (r: SizeResult) => string];

export function formatTable(results: readonly SizeResult[]): string {
  const rows: Row[] = [
    ['practices · cities · KPI rows', (r) => `${r.practices} · ${r.cities} · ${r.observations}`],
    ['bodies rendered (all languages)', (r) => String(r.bodies)],
    ['`npm run check` (target ≤ 10 s at 10,000 + 1,000,000 rows)', (r) => `${s(r.check.seconds)} ${verdict(r.check.seconds <= TARGETS.checkSeconds)}, ${gb(r.check.peakBytes)}`],
    ['build: total', (r) => s(r.build.seconds)],
    ['build: phases', (r) => Object.entries(r.build.phases).map(([phase, seconds]) => `${phase} ${seconds.toFixed(1)}`).join(' · ') + ' s'],
    ['build: pages written', (r) => String(r.build.pages)],
    ['build: pages per second', (r) => (r.build.pages / r.build.seconds).toFixed(0)],
    ['build: peak memory (process tree)', (r) => gb(r.build.peakBytes)],
    ['bare Astro, MDX: build · peak', (r) => `${s(r.bareMdx.seconds)} · ${gb(r.bareMdx.peakBytes)} (${r.bareMdx.pages} pages)`],
    ['bare Astro, Markdown: build · peak', (r) => `${s(r.bareMd.seconds)} · ${gb(r.bareMd.peakBytes)} (${r.bareMd.pages} pages)`],
    ['build time ÷ bare MDX (target ≤ 0.7)', (r) => ratio(r.build.seconds, r.bareMdx.seconds, TARGETS.buildRatio)],
    ['peak memory ÷ bare MDX (target ≤ 0.7)', (r) => ratio(r.build.peakBytes, r.bareMdx.peakBytes, TARGETS.memoryRatio)],
    ['build time ÷ bare Markdown (reference)', (r) => (r.build.seconds / r.bareMd.seconds).toFixed(2)],
    ['rebuild after one practice changes (target ≤ 15 %)', (r) => `${s(r.rebuild.seconds)} = ${((r.rebuild.seconds / r.build.seconds) * 100).toFixed(0)} % ${verdict(r.rebuild.seconds <= TARGETS.rebuildShare * r.build.seconds)}`],
    ['search index (pagefind/)', (r) => mb(r.site.searchIndexBytes)],
    ['first search: open catalogue · query (target ≤ 150 KB)', (r) => `${kb(r.firstSearch.openBytes)} · ${kb(r.firstSearch.queryBytes)} ${verdict(r.firstSearch.queryBytes <= TARGETS.firstSearchBytes)}`],
    ['built site', (r) => `${mb(r.site.bytes)} in ${r.site.files} files`],
    ['practice page, HTML + CSS gzipped (target ≤ 25 KB)', (r) => `${kb(r.practicePage.htmlGzip + r.practicePage.cssGzip)} ${verdict(r.practicePage.htmlGzip + r.practicePage.cssGzip <= TARGETS.practicePageBytes)}`],
    ...(['home', 'catalogue', 'practice', 'city', 'map', 'indicator'] as const).map(
      (type): Row => [`JavaScript loaded, gzipped: ${type}`, (r) => (r.scripts[type] ? `${kb(r.scripts[type].gzip)} (${r.scripts[type].files} files)` : '—')],
    ),
  ];
  const header = `| | ${results.map((r) => `N = ${r.practices.toLocaleString('en')}`).join(' | ')} |`;
  const rule = `| --- | ${results.map(() => '---:').join(' | ')} |`;
  return [header, rule, ...rows.map(([label, value]) => `| ${label} | ${results.map(value).join(' | ')} |`)].join('\n');
}

function ratio(ours: number, theirs: number, target: number): string {
  const value = ours / theirs;
  return `${value.toFixed(2)} ${verdict(value <= target)}`;
}
