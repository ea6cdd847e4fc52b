/**
 * The live preview's figures for `npm run bench`: `npm run dev` started on a
 * catalogue as an editor starts it, timed until it prints its address
 * (ready), until the first practice page is served (first page), and from
 * saving a new title in that practice's file until the page is served with
 * it (edit visible: the open page's reload then fetches that same page).
 * Peak memory is the process tree's, sampled from /proc until the preview
 * has also read what its start left for later (the KPI tables).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { treeResidentBytes } from './process.ts';
import { freePort } from '../../scripts/lib/free-port.ts';

export interface PreviewFigures {
  /** From the command's start until it prints the home page's address. */
  readySeconds: number;
  /** From the command's start until the first practice page is served. */
  firstPageSeconds: number;
  /** From saving a practice's new title until its page is served with it. */
  editSeconds: number;
  peakBytes: number;
  load: { start: number; end: number };
}

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The page's HTML once it answers 200, fetched again every 50 ms until `accept` holds or `timeoutMs` passes. */
async function pageWhen(url: string, accept: (html: string) => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let last = '';
  while (performance.now() < deadline) {
    try {
      const response = await fetch(url);
      const html = await response.text();
      if (response.ok && accept(html)) return;
      last = `${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await wait(50);
  }
  throw new Error(`${url} did not show what was expected within ${timeoutMs / 1000} s (last: ${last})`);
}

/**
 * `untilComplete`: go on sampling memory until the preview says it has read what its start left for later (a warm
 * start leaves the KPI tables until pages are idle; a first start reads them at once and says nothing).
 */
export async function measurePreview(
  content: string,
  log: string,
  { untilComplete = false }: { untilComplete?: boolean } = {},
): Promise<PreviewFigures> {
  const port = await freePort();
  const output = createWriteStream(log);
  const loadAtStart = loadavg()[0]!;
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['scripts/dev.ts', '--content', content, '--lang', 'en', '--port', String(port)],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } },
  );
  child.stdout.pipe(output, { end: false });
  child.stderr.pipe(output, { end: false });
  let peakBytes = 0;
  const sampler = setInterval(() => {
    if (child.pid !== undefined) peakBytes = Math.max(peakBytes, treeResidentBytes(child.pid));
  }, 200);
  const exited = new Promise<void>((done) => child.once('close', () => done()));
  const folder = readdirSync(join(content, 'practices')).sort()[0]!;
  const file = join(
    content,
    'practices',
    folder,
    readdirSync(join(content, 'practices', folder))
      .filter((f) => f.endsWith('.mdx'))
      .sort()[0]!,
  );
  const original = readFileSync(file, 'utf8');
  try {
    let printed = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      printed += chunk;
    });
    const home = await new Promise<string>((done, fail) => {
      child.stdout.on('data', () => {
        const found = /Preview of the catalogue: (http:\/\/\S+)/.exec(printed);
        if (found) done(found[1]!);
      });
      child.once('close', (code) => fail(new Error(`npm run dev exited (${code}) before it was ready; log: ${log}`)));
    });
    const readySeconds = (performance.now() - started) / 1000;
    // The page of the file's language, where the edited title shows.
    const lang = file.slice(-'xx.mdx'.length, -'.mdx'.length);
    const page = new URL(`../${lang}/practices/${folder}/`, home).href;
    await pageWhen(page, () => true, 600_000);
    const firstPageSeconds = (performance.now() - started) / 1000;

    const title = `Preview benchmark ${Date.now()}`;
    // The benchmark's working copy is hard links into bench-out/: a new file, so that the generated one stays as it was.
    rmSync(file);
    const saved = performance.now();
    writeFileSync(file, original.replace(/^title: .*$/m, `title: ${title}`));
    await pageWhen(page, (html) => html.includes(title), 120_000);
    const editSeconds = (performance.now() - saved) / 1000;
    // The KPI tables are read once pages are left alone: the peak memory is the whole catalogue's once they are.
    const rest = performance.now() + 180_000;
    while (untilComplete && !printed.includes('KPI tables read in') && performance.now() < rest) await wait(100);
    return { readySeconds, firstPageSeconds, editSeconds, peakBytes, load: { start: loadAtStart, end: loadavg()[0]! } };
  } finally {
    rmSync(file, { force: true });
    writeFileSync(file, original);
    clearInterval(sampler);
    child.kill('SIGTERM');
    await exited;
    output.end();
  }
}
