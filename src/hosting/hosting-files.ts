/**
 * What a web server needs to know of a build, written by the build itself
 * into the site's folder, so that a host's configuration never disagrees
 * with the site it serves (docs/hosting.md):
 *
 * - `.atlas-hosting.json`: the base path, address and languages the pages
 *   were built with, and the Content-Security-Policy header computed from
 *   them; `scripts/nginx-config.ts` writes the nginx server block from it;
 * - `.htaccess`: Apache's configuration for the same site, read in place.
 *
 * Both are written after the offline step: they are not part of the site a
 * visitor saves, and web servers refuse to serve them (each configuration
 * says so).
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HEADER_ONLY_DIRECTIVES, policyInPage, unionOfPolicies } from './csp.ts';
import { apacheHtaccess } from './apache-config.ts';

export const HOSTING_RECORD = '.atlas-hosting.json';
export const HTACCESS = '.htaccess';

export interface HostingSettings {
  /** "/" or "/atlas/": where the pages expect to be served. */
  basePath: string;
  /** The address the pages' canonical links name (scheme and host). */
  url: string;
  /** The published languages; each has its 404 page at <basePath><lang>/404/. */
  languages: string[];
  defaultLanguage: string;
  /** The header policy: the union of the pages' <meta> policies, plus what only a header carries. */
  csp: string;
}

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** A page's <meta> policy, read from its start only: Astro writes it early in the head, so the body is never read. */
function policyOfPage(file: string): string | undefined {
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.allocUnsafe(4096);
    let text = '';
    for (let read; (read = readSync(fd, chunk, 0, chunk.length, null)) > 0;) {
      text += chunk.toString('latin1', 0, read);
      const policy = policyInPage(text);
      if (policy !== undefined || text.includes('</head>')) return policy;
    }
    return policyInPage(text);
  } finally {
    closeSync(fd);
  }
}

/** The header policy of a built site: every page's <meta> policy merged, plus frame-ancestors. */
export function siteHeaderPolicy(siteDir: string): string {
  const policies = new Set<string>();
  for (const file of htmlFiles(siteDir)) {
    const policy = policyOfPage(file);
    if (policy) policies.add(policy);
  }
  if (policies.size === 0)
    throw new Error(`No page of ${siteDir} carries a Content-Security-Policy: is it a Practice Atlas build?`);
  return unionOfPolicies([...policies], HEADER_ONLY_DIRECTIVES);
}

/** Writes the record and Apache's .htaccess into a built site (the staging folder, before it is swapped in). */
export function writeHostingFiles(siteDir: string, site: Omit<HostingSettings, 'csp'>): HostingSettings {
  const missing = site.languages.filter((lang) => !existsSync(join(siteDir, lang, '404', 'index.html')));
  if (missing.length > 0)
    throw new Error(
      `The build has no 404 page for ${missing.join(', ')} (expected ${missing.map((l) => `${l}/404/index.html`).join(', ')}).`,
    );
  const settings: HostingSettings = { ...site, csp: siteHeaderPolicy(siteDir) };
  writeFileSync(join(siteDir, HOSTING_RECORD), `${JSON.stringify(settings, null, 1)}\n`);
  writeFileSync(join(siteDir, HTACCESS), apacheHtaccess(settings));
  return settings;
}

/** The settings a built site was built with; a clear error for a folder that is not a build (or an older one). */
export function readHostingSettings(siteDir: string): HostingSettings {
  const file = join(siteDir, HOSTING_RECORD);
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing: ${siteDir} is not a site built by this version of npm run build. Build it (npm run build -- --out ${siteDir}) and run this again.`,
    );
  }
  const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<HostingSettings>;
  const valid =
    typeof value.basePath === 'string' &&
    /^\/(?:[A-Za-z0-9._~-]+\/)*$/.test(value.basePath) &&
    typeof value.url === 'string' &&
    typeof value.csp === 'string' &&
    typeof value.defaultLanguage === 'string' &&
    Array.isArray(value.languages) &&
    value.languages.every((l) => typeof l === 'string' && /^[a-z]{2}$/.test(l));
  if (!valid) throw new Error(`${file} is not what npm run build writes: build the site again.`);
  return value as HostingSettings;
}
