/**
 * The exact forms of the site.yaml values that reach markup, a stylesheet,
 * a header, the Content-Security-Policy or a script (docs/security-config.md).
 * site.yaml is written by people who are not developers and may come from a
 * pull request: each value is checked here to a form that cannot change the
 * meaning of where it is written, and messages about a refused value never
 * repeat it (the check's report is posted on the pull request).
 */

/** Characters of a folder name in a base path: unreserved URL characters only. */
const FOLDER = /^[A-Za-z0-9._~-]+$/;

/** "/" or "/folder/…/": folder names of safe characters between single slashes, never "." or "..". */
export function isSafeBasePath(value: string): boolean {
  if (value === '/') return true;
  if (!value.startsWith('/') || !value.endsWith('/')) return false;
  const folders = value.slice(1, -1).split('/');
  return folders.every((folder) => FOLDER.test(folder) && folder !== '.' && folder !== '..');
}

/**
 * The base path a mistyped one was meant to be (slashes added or doubled
 * ones removed, spaces dropped), when that is safe; otherwise undefined, and
 * the message gives a generic example rather than anything built from the value.
 */
export function cleanedBasePath(value: string): string | undefined {
  const folders = value
    .trim()
    .split('/')
    .map((folder) => folder.replace(/\s+/g, ''))
    .filter((folder) => folder.length > 0);
  const cleaned = folders.length ? `/${folders.join('/')}/` : '/';
  return isSafeBasePath(cleaned) ? cleaned : undefined;
}

/**
 * The characters of a value that are not allowed, each shown so that it
 * cannot be read as anything else: printable ASCII between quotes, the rest
 * by code point (U+0000). At most eight, so a long hostile value stays short.
 */
export function describeCharacters(value: string, allowed: (char: string) => boolean): string {
  const refused: string[] = [];
  for (const char of value) {
    if (allowed(char)) continue;
    const code = char.codePointAt(0)!;
    const shown = code > 0x20 && code < 0x7f ? `"${char}"` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    if (!refused.includes(shown)) refused.push(shown);
    if (refused.length === 8) break;
  }
  return refused.join(' ');
}

/** A character allowed in a base path besides the slashes. */
export const isBasePathCharacter = (char: string) => char === '/' || FOLDER.test(char);

/**
 * Control characters (which garble a page and the report) and the bidirectional
 * overrides that make text read differently from what it holds. Line breaks and
 * tabs are allowed: YAML's block scalars write them, and HTML shows them as spaces.
 */
const HIDDEN_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

export function hasHiddenControl(value: string): boolean {
  return HIDDEN_CONTROL.test(value);
}

/**
 * Characters a web address in site.yaml may not hold as written: they are
 * percent-encoded in a real address, and a quote, a space, "<", ">" or "\"
 * are how a value breaks out of an attribute or a header.
 */
const URL_BREAKERS = /[\s"'<>\\`{}|^]|\p{Cc}/u;

/** A character a web address in site.yaml may hold as written. */
export const isUrlCharacter = (char: string) => !URL_BREAKERS.test(char);

/** An http(s) address written exactly: parsed, with a host, no credentials, nothing that breaks out of where it is written. */
export function isExactWebUrl(value: string): boolean {
  if (URL_BREAKERS.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0 && !url.username && !url.password
  );
}

/** A host name: DNS labels of letters, digits and hyphens; optional port. */
const HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::\d{1,5})?$/;
/** What a tile template may hold after its host: URL path characters and the placeholders, no quote, space, ";" or ",". */
const TILE_PATH = /^\/(?:[A-Za-z0-9._~\-/@!$&()*+=:%?]|\{[zxysr]\})*$/;

/** A character a tile template may hold anywhere (its placeholders' braces included). */
export const isTileUrlCharacter = (char: string) => /^[A-Za-z0-9._~\-/@!$&()*+=:%?{}]$/.test(char);

export interface TileTemplate {
  /** The origin the browser fetches tiles from, as a CSP source ("https://tile.example.org", "https://*.tile.example.org"). */
  cspSource: string;
}

/**
 * Parses a tile URL template ("https://{s}.tile.example.org/{z}/{x}/{y}.png"):
 * https only, a plain host (a leading "{s}." for subdomains), a path of URL
 * characters holding {z}, {x} and {y}. Undefined when it is not exactly that.
 */
export function parseTileTemplate(template: string): TileTemplate | undefined {
  const match = /^https:\/\/(\{s\}\.)?([^/]*)(\/.*)$/.exec(template);
  if (!match) return undefined;
  const [, subdomains, host, path] = match as unknown as [string, string | undefined, string, string];
  if (!HOST.test(host) || !TILE_PATH.test(path)) return undefined;
  if (!['{z}', '{x}', '{y}'].every((placeholder) => path.includes(placeholder))) return undefined;
  // The browser's own parser must read the same host: nothing in the path may move it.
  let parsed: URL;
  try {
    parsed = new URL(`https://${subdomains ? 'a.' : ''}${host}${path.replace(/\{[zxysr]\}/g, '0')}`);
  } catch {
    return undefined;
  }
  if (parsed.host !== `${subdomains ? 'a.' : ''}${host}` || parsed.username || parsed.password) return undefined;
  return { cspSource: `https://${subdomains ? '*.' : ''}${host}` };
}
