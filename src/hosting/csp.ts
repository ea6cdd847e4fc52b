/**
 * The site's Content-Security-Policy. Astro writes it into every page as a
 * <meta> element, with the hashes of that page's inline scripts and styles
 * (security.csp in astro.config.mjs); a host that can send headers sends the
 * union of all pages' policies as a header too (docs/hosting.md), adding
 * what only a header can carry (frame-ancestors).
 *
 * What the site needs, and why:
 * - script-src 'self' 'wasm-unsafe-eval': bundled scripts, Pagefind's
 *   pagefind.js and its WebAssembly search engine (compiled in the page or
 *   in its worker);
 * - worker-src 'self': Pagefind's pagefind-worker.js;
 * - connect-src 'self': map data, Pagefind's index chunks and WebAssembly;
 * - img-src 'self' data:: images, the logo, and the small icons Leaflet's
 *   stylesheet carries inline; plus the tile host when site.yaml sets tiles;
 * - style-src 'self' (Astro adds hashes): Leaflet positions markers through
 *   element.style, which CSP does not restrict.
 */
import type { SiteSettings } from '../schemas/site.ts';
import { parseTileTemplate } from '../schemas/site-values.ts';

export type Directives = Map<string, string[]>;

/** A CSP host-source as this site writes one: https, a host (maybe "*." first), a port. Nothing else reaches a policy. */
const HOST_SOURCE = /^https:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?$/;

/**
 * The origin of a tile URL template as a CSP source, e.g.
 * "https://tile.example.org" or "https://*.tile.example.org" for "{s}.";
 * taken from the parsed template, never from its text.
 */
export function tileOrigin(template: string): string {
  const source = parseTileTemplate(template)?.cspSource;
  // The schema refuses such a template; a settings object built otherwise must not write a policy either.
  if (!source || !HOST_SOURCE.test(source))
    throw new Error(
      'The tile URL template is not a plain https address with {z}, {x} and {y}; see tiles.url in site.yaml.',
    );
  return source;
}

/** Directives other than script-src and style-src, which Astro writes itself. */
export function siteDirectives(settings: Pick<SiteSettings, 'tiles'>): string[] {
  const tiles = settings.tiles ? ` ${tileOrigin(settings.tiles.url)}` : '';
  return [
    "default-src 'self'",
    `img-src 'self' data:${tiles}`,
    "connect-src 'self'",
    "worker-src 'self'",
    "font-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];
export const STYLE_SOURCES = ["'self'"];

/** Directives only a header may carry: browsers ignore them in <meta>. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'self'"];

export function parsePolicy(policy: string): Directives {
  const directives: Directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

export function serializePolicy(directives: Directives): string {
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy allowing what any of the given ones allows (the union of the
 * sources of each directive). Sent as a header beside each page's own
 * <meta> policy, it never widens a page: a browser enforces both.
 */
export function unionOfPolicies(policies: readonly string[], extra: readonly string[] = []): string {
  const merged: Directives = new Map();
  for (const policy of [...policies, ...extra]) {
    for (const [name, sources] of parsePolicy(policy)) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((s) => !known.includes(s))]);
    }
  }
  return serializePolicy(merged);
}

/** The policy of a built page, from its <meta http-equiv="content-security-policy">. */
export function policyInPage(html: string): string | undefined {
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return meta?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}
