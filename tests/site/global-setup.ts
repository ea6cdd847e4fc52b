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
  }
}

const OUT_DIR = '.cache/site-test/dist';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const build = spawnSync(process.execPath, ['scripts/build.ts', '--out', OUT_DIR], { stdio: 'inherit' });
  if (build.error) throw new Error(`Could not run the site build: ${build.error.message}`);
  if (build.status !== 0) {
    throw new Error(
      `The site build failed (${build.signal ? `signal ${build.signal}` : `exit code ${build.status}`}); its output is above. No browser test can run without a site.`,
    );
  }

  const distDir = resolve(OUT_DIR);
  const { server, url } = await startServer({ dir: distDir, port: 0 });
  project.provide('siteUrl', url);
  project.provide('distDir', distDir);

  return () =>
    new Promise<void>((done, fail) => {
      server.close((error) => (error ? fail(error) : done()));
      // Browsers are closed by then, but a keep-alive socket must not hold the run open.
      server.closeAllConnections();
    });
}
