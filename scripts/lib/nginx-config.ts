/**
 * The nginx configuration for a built site, from one template: the server
 * block docs/hosting.md shows is the one tests/site/nginx.test.ts runs.
 *
 * - the site lives under its base path: the built folder is copied to
 *   <docroot><basePath> (e.g. /srv/www/atlas/) and `root` is <docroot>;
 * - hashed assets (/_astro/) are cached for a year, immutable; HTML, the
 *   service worker, the manifest and Pagefind's unhashed entry files are
 *   revalidated on every visit (no-cache: a 304 when nothing changed);
 * - the Content-Security-Policy header is the union of the pages' own
 *   <meta> policies (hashes included), plus what only a header carries;
 * - unknown addresses get the 404 page of their language, else the root one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HEADER_ONLY_DIRECTIVES, policyInPage, unionOfPolicies } from '../../src/hosting/csp.ts';
import { SECURITY_HEADERS } from '../../src/hosting/security-headers.ts';

export interface NginxSiteOptions {
  /** Folder that holds the site under its base path: the site's files are in <docroot><basePath>. */
  docroot: string;
  /** "/" or "/atlas/". */
  basePath: string;
  /** What nginx listens on: "80", "127.0.0.1:8080". */
  listen: string;
  serverName: string;
  /** The Content-Security-Policy header (siteHeaderPolicy). */
  csp: string;
  /** Languages with a localized 404 page (<base><lang>/404/). */
  languages: readonly string[];
}

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** The header policy of a built site: every page's <meta> policy merged, plus frame-ancestors. */
export function siteHeaderPolicy(siteDir: string): string {
  const policies = new Set<string>();
  for (const file of htmlFiles(siteDir)) {
    const policy = policyInPage(readFileSync(file, 'utf8'));
    if (policy) policies.add(policy);
  }
  if (policies.size === 0) throw new Error(`No page of ${siteDir} carries a Content-Security-Policy: is it a Practice Atlas build?`);
  return unionOfPolicies([...policies], HEADER_ONLY_DIRECTIVES);
}

/** The languages a built site has 404 pages for. */
export function localizedNotFoundLanguages(siteDir: string): string[] {
  return readdirSync(siteDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^[a-z]{2}$/.test(d.name))
    .map((d) => d.name)
    .filter((lang) => readdirSync(join(siteDir, lang)).includes('404'));
}

/** nginx quotes: the policy holds single quotes only, so double quotes suffice. */
const quoted = (value: string) => `"${value.replace(/(["\\$])/g, '\\$1')}"`;

/** The server block: what docs/hosting.md tells a network to install. */
export function nginxServerBlock(o: NginxSiteOptions): string {
  const base = o.basePath;
  // add_header in a location replaces those of the enclosing level, so each location repeats them.
  const common = [
    'add_header Content-Security-Policy $atlas_csp always;',
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `add_header ${name} ${quoted(value)} always;`),
  ];
  const headers = (cacheControl: string, indent: string) => [...common, `add_header Cache-Control ${quoted(cacheControl)} always;`].map((l) => indent + l).join('\n');
  const localized = o.languages
    .map((lang) => `        location ${base}${lang}/ {\n            error_page 404 ${base}${lang}/404/index.html;\n${headers('no-cache', '            ')}\n        }`)
    .join('\n');
  return `server {
    listen ${o.listen};
    server_name ${o.serverName};
    # The built site is copied to ${o.docroot.replace(/\/$/, '')}${base}
    root ${o.docroot};
    charset utf-8;
    # Redirects (${base.slice(0, -1) || '/'} → ${base}, a folder without its slash) keep the visitor's host and port.
    absolute_redirect off;
    server_tokens off;
    # The union of the pages' own <meta> policies, plus frame-ancestors (scripts/lib/nginx-config.ts computes it).
    set $atlas_csp ${quoted(o.csp)};
    gzip on;
    gzip_types text/css application/javascript application/json image/svg+xml application/manifest+json;

    location ${base} {
        index index.html;
        # Pages, sw.js, the manifest, Pagefind's entry files: revalidated on every visit.
${headers('no-cache', '        ')}
        error_page 404 ${base}404.html;
${localized}
        # Hashed by the build: a new build has new names, so these never change.
        location ${base}_astro/ {
${headers('public, max-age=31536000, immutable', '            ')}
        }
        # Pagefind's WebAssembly and index chunks; files named by content hash, entry files not: revalidate.
        location ${base}pagefind/ {
            types { application/javascript js; application/json json; text/css css; application/wasm wasm; }
            default_type application/octet-stream;
${headers('no-cache', '            ')}
        }
        # The service worker: its scope is the base path it is served from.
        location = ${base}sw.js {
${headers('no-cache', '            ')}
        }
    }
}
`;
}

/**
 * A complete nginx.conf around the server block, for a test: everything
 * (pid, logs, temporary files) inside one folder, in the foreground.
 */
export function nginxStandaloneConfig(o: NginxSiteOptions & { runDir: string; mimeTypes?: string }): string {
  const run = o.runDir.replace(/\/$/, '');
  return `# Written by scripts/lib/nginx-config.ts for one test run.
daemon off;
worker_processes 1;
pid ${run}/nginx.pid;
error_log ${run}/error.log warn;
events { worker_connections 64; }
http {
    ${o.mimeTypes ? `include ${o.mimeTypes};` : 'types { text/html html; text/css css; application/javascript js mjs; application/json json; image/svg+xml svg; image/png png; image/jpeg jpg jpeg; image/webp webp; image/avif avif; application/wasm wasm; application/manifest+json webmanifest; text/csv csv; application/xml xml; text/plain txt; }'}
    default_type application/octet-stream;
    access_log ${run}/access.log;
    client_body_temp_path ${run}/client_body;
    proxy_temp_path ${run}/proxy;
    fastcgi_temp_path ${run}/fastcgi;
    uwsgi_temp_path ${run}/uwsgi;
    scgi_temp_path ${run}/scgi;
    sendfile on;
${nginxServerBlock(o)
  .split('\n')
  .map((l) => (l ? `    ${l}` : l))
  .join('\n')}
}
`;
}
