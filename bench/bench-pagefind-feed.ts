/**
 * `npm run bench:pagefind-feed -- --site <built site> [--out <folder>] [--runs 2]`:
 * where Pagefind's time goes over a built site's practice pages, and what
 * feeding it less would save (docs/performance.md, "Session 9: search
 * stage of a rebuild"). Each way of feeding it runs in a fresh Pagefind
 * process, timed in wall time and in that process's CPU time (read from
 * /proc after it exits, so Linux only); the indexes written are compared
 * file by file with the one written from the files on disk, and that one
 * with the site's own (written before the offline step marked the pages).
 *
 *   disk       addDirectory over the pages (what the build does)
 *   html       the same pages read here and given whole (addHTMLFile)
 *   reduced    each page cut to what Pagefind reads: <html lang>, the
 *              data-pagefind-body article and the hidden block of filters
 *   records    the article's text alone as a custom record (no filters, not
 *              the same index: the floor of indexing the words)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { option } from '../scripts/lib/args.ts';
import { childCpuSeconds } from './lib/process.ts';
import { fileHash } from '../src/build/offline/file-hash.ts';
import { INDEXED_PAGES } from '../src/build/search-index.ts';

const argv = process.argv.slice(2);
const site = option('site', '', argv);
if (!site) {
  console.error('--site <folder of a built site> is required.');
  process.exit(2);
}
const out = option('out', join(site, '..', 'pagefind-feed'), argv);
const runs = Number(option('runs', '2', argv));

/** The practice pages, as the build's glob names them (language folder, practices, id). */
function practicePages(): string[] {
  const pages: string[] = [];
  for (const lang of readdirSync(site).sort()) {
    const dir = join(site, lang, 'practices');
    let ids: string[];
    try {
      ids = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const id of ids) pages.push(join(lang, 'practices', id, 'index.html'));
  }
  return pages.filter((page) => existsSync(join(site, page)));
}

function reduce(html: string): string {
  const open = /^[\s\S]*?(<html[^>]*>)/.exec(html)?.[1] ?? '<html>';
  const start = html.indexOf('<article class="practice" data-pagefind-body');
  const hidden = html.indexOf('<div hidden>', start);
  const hiddenEnd = html.indexOf('</div>', hidden) + '</div>'.length;
  const article = html.slice(start, hidden).replace(/<script[\s\S]*?<\/script>/g, '');
  return `<!DOCTYPE html>${open}<head><meta charset="utf-8"></head><body>${article}${html.slice(hidden, hiddenEnd)}</body></html>`;
}

function textOf(html: string): string {
  const start = html.indexOf('<article class="practice" data-pagefind-body');
  const end = html.indexOf('<div hidden>', start);
  return html
    .slice(start, end)
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

type Feed = (index: pagefind.PagefindIndex, pages: string[]) => Promise<void>;

const feeds: Record<string, Feed> = {
  async disk(index) {
    const added = await index.addDirectory({ path: site, glob: INDEXED_PAGES });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
  },
  async html(index, pages) {
    for (const page of pages)
      await index.addHTMLFile({ sourcePath: page, content: readFileSync(join(site, page), 'utf8') });
  },
  async reduced(index, pages) {
    for (const page of pages)
      await index.addHTMLFile({ sourcePath: page, content: reduce(readFileSync(join(site, page), 'utf8')) });
  },
  async records(index, pages) {
    for (const page of pages) {
      const html = readFileSync(join(site, page), 'utf8');
      await index.addCustomRecord({
        url: `/${page.replace(/index\.html$/, '')}`,
        content: textOf(html),
        language: page.split('/')[0]!,
        meta: { title: /<h1[^>]*>([^<]*)/.exec(html)?.[1] ?? '' },
      });
    }
  },
};

async function measure(name: string, pages: string[]) {
  const target = join(out, name);
  rmSync(target, { recursive: true, force: true });
  const cpuBefore = childCpuSeconds();
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  await feeds[name]!(index, pages);
  const added = performance.now();
  await index.writeFiles({ outputPath: target });
  const written = performance.now();
  await pagefind.close();
  // The binary is reaped after close resolves; wait until its CPU time is counted.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return {
    add: (added - started) / 1000,
    write: (written - added) / 1000,
    pagefindCpu: childCpuSeconds() - cpuBefore,
  };
}

function filesOf(dir: string, root = dir): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) for (const [k, v] of filesOf(full, root)) files.set(k, v);
    else files.set(full.slice(root.length + 1), readFileSync(full));
  }
  return files;
}

function sameIndex(a: string, b: string): string {
  const [x, y] = [filesOf(a), filesOf(b)];
  const differing = [...new Set([...x.keys(), ...y.keys()])].filter((k) => !x.get(k)?.equals(y.get(k) ?? Buffer.of()));
  return differing.length === 0 ? 'identical' : `${differing.length} of ${x.size} files differ`;
}

mkdirSync(out, { recursive: true });
const pages = practicePages();
const hashStart = performance.now();
let bytes = 0;
for (const page of pages) {
  const read = readFileSync(join(site, page));
  bytes += read.length;
  fileHash(read);
}
console.log(
  `${pages.length} practice pages, ${(bytes / 1e6).toFixed(1)} MB; read and hashed in ${((performance.now() - hashStart) / 1000).toFixed(2)} s`,
);
for (let run = 1; run <= runs; run++) {
  for (const name of Object.keys(feeds)) {
    const load = loadavg()[0]!.toFixed(1);
    const t = await measure(name, pages);
    console.log(
      `run ${run} ${name.padEnd(8)} add ${t.add.toFixed(2)} s · write ${t.write.toFixed(2)} s · Pagefind CPU ${t.pagefindCpu.toFixed(2)} s · load ${load}`,
    );
  }
}
// The site's own index was written from its pages before the offline step marked them: the same index shows that
// Pagefind's output does not depend on the build marker (search-reuse.ts, pageHash).
console.log(
  `disk (marked pages) against the site's own index: ${sameIndex(join(site, 'pagefind'), join(out, 'disk'))}`,
);
for (const name of ['html', 'reduced', 'records'])
  console.log(`${name} against disk: ${sameIndex(join(out, 'disk'), join(out, name))}`);
