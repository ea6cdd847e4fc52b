/**
 * Prints the nginx server block for a built site (docs/hosting.md):
 *
 *   npm run --silent nginx-config -- --dir dist --docroot /srv/www \
 *     [--server-name atlas.example.org] [--listen 80]
 *
 * The base path, languages and Content-Security-Policy are the ones the
 * build used (recorded in <dir>/.atlas-hosting.json), so the block always
 * fits the site; print it again after each build. Apache's `.htaccess` is
 * written by the build itself, from the same record.
 */
import { resolve } from 'node:path';
import { option } from './lib/args.ts';
import { readHostingSettings } from '../src/hosting/hosting-files.ts';
import { nginxServerBlock } from '../src/hosting/nginx-config.ts';

const args = process.argv.slice(2);
for (const name of ['config', 'base']) {
  if (args.includes(`--${name}`)) {
    console.error(
      `--${name} is not needed: the block is written from what the build used. Give it to npm run build, then run this again.`,
    );
    process.exit(2);
  }
}
const dir = resolve(option('dir', 'dist'));
try {
  const site = readHostingSettings(dir);
  process.stdout.write(
    nginxServerBlock({
      site,
      docroot: option('docroot', '/srv/www'),
      listen: option('listen', '80'),
      serverName: option('server-name', new URL(site.url).hostname),
    }),
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
