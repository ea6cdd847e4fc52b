/**
 * The security headers every response of the site carries, whoever serves
 * it: the nginx recipe (src/hosting/nginx-config.ts, docs/hosting.md) and
 * `npm run serve` (scripts/serve.ts) both write them from here. The
 * Content-Security-Policy is the union of the pages' own policies
 * (siteHeaderPolicy), so it also covers files that carry none: an SVG or a
 * JSON file opened on its own runs no script and loads nothing off the site.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** Every security header, with the site's header policy. */
export function securityHeaders(policy: string): Record<string, string> {
  return { 'Content-Security-Policy': policy, ...SECURITY_HEADERS };
}
