/**
 * Builds the sample catalogue once for the whole "site" project, serves it
 * on 127.0.0.1 with the project's own static server (the one `npm start`
 * uses, which answers unknown addresses with the 404 page of their
 * language), and hands its address to the tests through `inject('siteUrl')`.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the served site, ending in "/" (the site's base path). */
    siteUrl: string;
    /** Absolute path of the built site. */
    distDir: string;
    /**
     * The same catalogue as a network's copy (tests/fixtures/network/site.yaml:
     * its own name, logo, colours, languages fr and es, basePath /atlas/),
     * served under /atlas/ by the project's server; nginx.test.ts serves it with nginx.
     */
    atlasUrl: string;
    /** Absolute path of the network's copy. */
    atlasDir: string;
    /** A copy published in English only, at the root (tests/fixtures/network-en/site.yaml), served by the project's server. */
    englishOnlyUrl: string;
    /** Absolute path of the English-only copy. */
    englishOnlyDir: string;
  }
}

/**
 * ATLAS_TEST_CACHE lets two test runs on one checkout (two people, or a
 * benchmark beside the tests) build into folders of their own.
 */
const CACHE_DIR = process.env.ATLAS_TEST_CACHE ?? '.cache/site-test';
const OUT_DIR = `${CACHE_DIR}/dist`;
const ATLAS_OUT_DIR = `${CACHE_DIR}/dist-atlas`;
const ENGLISH_ONLY_OUT_DIR = `${CACHE_DIR}/dist-en`;
export const NETWORK_CONFIG = 'tests/fixtures/network/site.yaml';
export const ENGLISH_ONLY_CONFIG = 'tests/fixtures/network-en/site.yaml';

function build(args: string[]): void {
  const run = spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    stdio: 'inherit',
    env: { ...process.env, ATLAS_CACHE_DIR: `${CACHE_DIR}/astro` },
  });
  if (run.error) throw new Error(`Could not run the site build: ${run.error.message}`);
  if (run.status !== 0) {
    throw new Error(
      `The site build failed (${run.signal ? `signal ${run.signal}` : `exit code ${run.status}`}); its output is above. No browser test can run without a site.`,
    );
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  build(['--out', OUT_DIR]);
  build(['--out', ATLAS_OUT_DIR, '--config', NETWORK_CONFIG]);
  build(['--out', ENGLISH_ONLY_OUT_DIR, '--config', ENGLISH_ONLY_CONFIG]);

  const distDir = resolve(OUT_DIR);
  const { server, url } = await startServer({ dir: distDir, port: 0 });
  const atlas = await startServer({ dir: resolve(ATLAS_OUT_DIR), base: '/atlas/', port: 0 });
  project.provide('siteUrl', url);
  project.provide('distDir', distDir);
  project.provide('atlasUrl', atlas.url);
  project.provide('atlasDir', resolve(ATLAS_OUT_DIR));
  const englishOnly = await startServer({ dir: resolve(ENGLISH_ONLY_OUT_DIR), port: 0 });
  project.provide('englishOnlyUrl', englishOnly.url);
  project.provide('englishOnlyDir', resolve(ENGLISH_ONLY_OUT_DIR));

  const close = (s: typeof server) =>
    new Promise<void>((done, fail) => {
      s.close((error) => (error ? fail(error) : done()));
      // Browsers are closed by then, but a keep-alive socket must not hold the run open.
      s.closeAllConnections();
    });
  return async () => {
    await close(server);
    await close(atlas.server);
    await close(englishOnly.server);
  };
}
