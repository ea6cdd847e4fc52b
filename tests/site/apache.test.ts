/**
 * The network's copy (tests/fixtures/network/site.yaml: French and
 * Spanish, basePath /atlas/) served by Debian's Apache with nothing but the
 * `.htaccess` the build wrote into the site (src/hosting/apache-config.ts)
 * and a server configuration as docs/hosting.md asks for (AllowOverride
 * All; mod_mime, mod_dir, mod_headers), started unprivileged-style here on
 * 127.0.0.1 with Debian's /etc/mime.types: 404s, cache headers, content types.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readHostingSettings } from '../../src/hosting/hosting-files.ts';
import { contentTypeOf, UTF8_TEXT_TYPES } from '../../src/hosting/content-types.ts';
import { expectSiteHeaders, freePort, serverFolder, stopServer, waitUntilServing } from './local-server.ts';

const APACHE = process.env.APACHE_PATH ?? '/usr/sbin/apache2';
const MODULES = process.env.APACHE_MODULES ?? '/usr/lib/apache2/modules';

let apache: ChildProcess | undefined;
let runDir = '';
let base = '';
let origin = '';
const at = (path: string) => `${origin}${base}${path.replace(/^\//, '')}`;

beforeAll(async () => {
  if (!existsSync(APACHE))
    throw new Error(`${APACHE} not found: install Debian's apache2 (apt-get install apache2), as .ci/run does.`);
  const siteDir = inject('atlasDir');
  base = readHostingSettings(siteDir).basePath;
  const folder = serverFolder('apache', siteDir, base);
  runDir = folder.runDir;
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const modules = ['mpm_event', 'authz_core', 'mime', 'dir', 'headers'];
  // Root must hand the workers to an unprivileged user; as any other user Apache stays that user.
  const user = process.getuid?.() === 0 ? 'User nobody\nGroup nogroup\n' : '';
  writeFileSync(
    join(runDir, 'httpd.conf'),
    `Listen 127.0.0.1:${port}
ServerName 127.0.0.1
PidFile ${runDir}/apache.pid
ErrorLog ${runDir}/error.log
LogLevel warn
DefaultRuntimeDir ${runDir}
Mutex file:${runDir}
${user}${modules.map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`).join('\n')}
${existsSync('/etc/mime.types') ? 'TypesConfig /etc/mime.types' : ''}
DocumentRoot ${folder.docroot}
<Directory />
    AllowOverride None
    Require all denied
</Directory>
<Directory ${folder.docroot}>
    Options FollowSymLinks
    AllowOverride All
    Require all granted
</Directory>
`,
  );
  apache = spawn(APACHE, ['-f', join(runDir, 'httpd.conf'), '-D', 'FOREGROUND'], { stdio: 'ignore' });
  await waitUntilServing(at(''), apache, join(runDir, 'error.log'));
}, 30_000);

afterAll(async () => {
  await stopServer(apache, 'SIGWINCH');
  if (runDir) rmSync(runDir, { recursive: true, force: true });
});

describe('Apache, with the .htaccess the build wrote', () => {
  test('the policy, immutable hashed assets, revalidated pages and files', async () => {
    await expectSiteHeaders(at, 'fr', readHostingSettings(inject('atlasDir')).csp, [
      'sw.js',
      'es/manifest.webmanifest',
      'pagefind/pagefind.js',
      'data/practices.es.csv',
    ]);
  });

  test('unknown addresses: the 404 page of their language, the root one elsewhere; the dotfiles refused', async () => {
    for (const lang of ['fr', 'es']) {
      const missing = await fetch(at(`${lang}/no-such-page/`));
      expect(missing.status).toBe(404);
      expect(await missing.text()).toMatch(new RegExp(`<html lang="${lang}"`));
    }
    for (const path of ['no-such-page', 'en/']) {
      const missing = await fetch(at(path));
      expect(missing.status, path).toBe(404);
      expect(await missing.text(), path).toMatch(/<html lang="fr"[^]*href="\/atlas\/es\/"/);
    }
    for (const dotfile of ['.htaccess', '.atlas-hosting.json']) {
      const response = await fetch(at(dotfile));
      expect(response.status, dotfile).toBe(403);
      expect(await response.text()).not.toMatch(/Content-Security-Policy|basePath/);
    }
  });

  test('content types: the manifest, CSV, JSON, the service worker, Pagefind’s files (Debian’s mime.types lacks .webmanifest)', async () => {
    const paths = [
      'fr/',
      'es/manifest.webmanifest',
      'data/practices.fr.csv',
      'data/practice.schema.json',
      'sw.js',
      'sitemap-index.xml',
      'robots.txt',
      'pagefind/wasm.fr.pagefind',
      'icons/icon-192.png',
    ];
    for (const path of paths) {
      const expected = contentTypeOf(path.endsWith('/') ? `${path}index.html` : path);
      const sent = (await fetch(at(path), { method: 'HEAD' })).headers.get('content-type');
      expect(sent, path).toBe(UTF8_TEXT_TYPES.includes(expected) ? `${expected}; charset=utf-8` : expected);
    }
    expect(readFileSync(join(inject('atlasDir'), '.htaccess'), 'utf8')).toMatch(
      /ErrorDocument 404 \/atlas\/es\/404\/index.html/,
    );
  });
});
