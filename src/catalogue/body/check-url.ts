/**
 * Which addresses a body may use. Browsers ignore control characters and
 * spaces inside a scheme ("java\tscript:"), so they are removed before the
 * scheme is read.
 */
export type UrlKind = 'web' | 'mailto' | 'anchor' | 'local-file' | 'relative' | 'forbidden-scheme';

export function classifyUrl(raw: string): UrlKind {
  const compact = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https')
    return compact.startsWith('//', scheme.length + 1) ? 'web' : 'forbidden-scheme';
  if (scheme === 'mailto') return 'mailto';
  if (scheme) return 'forbidden-scheme';
  if (compact.startsWith('//')) return 'forbidden-scheme';
  if (compact.startsWith('#')) return 'anchor';
  if (/^\.\/[^/\\]+$/.test(raw)) return 'local-file';
  return 'relative';
}
