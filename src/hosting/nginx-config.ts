/**
 * The nginx configuration of a built site, written from what the build
 * recorded (hosting-files.ts): the server block docs/hosting.md shows is the
 * one tests/site/nginx.test.ts runs.
 *
 * - the site lives under its base path: the built folder is copied to
 *   <docroot><basePath> (e.g. /srv/www/atlas/) and `root` is <docroot>;
 * - every file type the build writes has its content type here (Debian's
 *   mime.types lacks .webmanifest and .csv), text in UTF-8;
 * - hashed assets (_astro/) are cached for a year, immutable; HTML, the
 *   service worker, the manifests and Pagefind's unhashed entry files are
 *   revalidated on every visit (no-cache: a 304 when nothing changed);
 * - the Content-Security-Policy header is the build's (the union of the
 *   pages' own <meta> policies, plus what only a header carries);
 * - unknown addresses get the 404 page of their language, else the root one;
 *   the build's own dotfiles (.htaccess, .atlas-hosting.json) are not served.
 */
import { DEFAULT_CONTENT_TYPE, extensionsByType, UTF8_TEXT_TYPES } from './content-types.ts';
import type { HostingSettings } from './hosting-files.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

export interface NginxSiteOptions {
  site: HostingSettings;
  /** Folder that holds the site under its base path: the site's files are in <docroot><basePath>. */
  docroot: string;
  /** What nginx listens on: "80", "127.0.0.1:8080". */
  listen: string;
  serverName: string;
}

/** nginx quotes: the policy holds single quotes only, so double quotes suffice. */
const quoted = (value: string) => `"${value.replace(/(["\\$])/g, '\\$1')}"`;

/** The `types` block: it replaces the http level's table for this server, so it names every type the site uses. */
function typesBlock(indent: string): string {
  const lines = [...extensionsByType()].map(([type, extensions]) => `${indent}    ${type} ${extensions.join(' ')};`);
  return `${indent}types {\n${lines.join('\n')}\n${indent}}\n${indent}default_type ${DEFAULT_CONTENT_TYPE};`;
}

/** The server block: what docs/hosting.md tells a network to install. */
export function nginxServerBlock(o: NginxSiteOptions): string {
  const base = o.site.basePath;
  // add_header in a location replaces those of the enclosing level, so each location repeats them.
  const common = [
    'add_header Content-Security-Policy $atlas_csp always;',
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `add_header ${name} ${quoted(value)} always;`),
  ];
  const headers = (cacheControl: string, indent: string) =>
    [...common, `add_header Cache-Control ${quoted(cacheControl)} always;`].map((l) => indent + l).join('\n');
  const localized = o.site.languages
    .map(
      (lang) =>
        `        location ${base}${lang}/ {\n            error_page 404 ${base}${lang}/404/index.html;\n${headers('no-cache', '            ')}\n        }`,
    )
    .join('\n');
  return `server {
    listen ${o.listen};
    server_name ${o.serverName};
    # The built site (base path ${base}, languages ${o.site.languages.join(', ')}) is copied to ${o.docroot.replace(/\/$/, '')}${base}
    root ${o.docroot};
    # Every type the site uses: Debian's mime.types lacks .webmanifest and .csv.
${typesBlock('    ')}
    charset utf-8;
    charset_types ${UTF8_TEXT_TYPES.filter((t) => t !== 'text/html').join(' ')};
    # Redirects (${base.slice(0, -1) || '/'} → ${base}, a folder without its slash) keep the visitor's host and port.
    absolute_redirect off;
    server_tokens off;
    # The union of the pages' own <meta> policies, plus frame-ancestors (recorded by the build).
    set $atlas_csp ${quoted(o.site.csp)};
    gzip on;
    gzip_types text/css text/csv text/plain application/javascript application/json application/xml image/svg+xml application/manifest+json;

    location ${base} {
        index index.html;
        # Pages, sw.js, the manifests, Pagefind's entry files: revalidated on every visit.
${headers('no-cache', '        ')}
        error_page 404 ${base}404.html;
        # The build's configuration files (.htaccess, .atlas-hosting.json): not for visitors.
        location ~ /\\. {
            return 404;
        }
${localized}
        # Hashed by the build: a new build has new names, so these never change.
        location ${base}_astro/ {
${headers('public, max-age=31536000, immutable', '            ')}
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
  return `# Written by src/hosting/nginx-config.ts for one test run.
daemon off;
worker_processes 1;
pid ${run}/nginx.pid;
error_log ${run}/error.log warn;
events { worker_connections 64; }
http {
    ${o.mimeTypes ? `include ${o.mimeTypes};` : ''}
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
