/**
 * The installable web app: one manifest per language, so that the
 * installed app has the catalogue's name in the visitor's language and
 * opens at the home page of that language. Colours come from the site's
 * settings when a network sets them, else the sample's.
 */
export const DEFAULT_THEME_COLOUR = '#5b2a86';
export const DEFAULT_BACKGROUND_COLOUR = '#ffffff';

/** What this module reads of the site settings; other fields may or may not exist. */
export interface WebAppSite {
  name: Record<string, string>;
  tagline?: Record<string, string>;
  colours?: { accent?: string; paper?: string };
}

export function themeColourOf(site: WebAppSite): string {
  return site.colours?.accent ?? DEFAULT_THEME_COLOUR;
}

export function backgroundColourOf(site: WebAppSite): string {
  return site.colours?.paper ?? DEFAULT_BACKGROUND_COLOUR;
}

export interface AppIcon {
  /** Path inside the site. */
  path: string;
  size: number;
  purpose: 'any' | 'maskable';
}

export const APP_ICONS: readonly AppIcon[] = [
  { path: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { path: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { path: 'icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
];

export function manifestPath(lang: string): string {
  return `${lang}/manifest.webmanifest`;
}

/** Names longer than this are cut on home screens: the short name is then the first words that fit. */
const SHORT_NAME_LENGTH = 15;

export function shortNameOf(name: string): string {
  if (name.length <= SHORT_NAME_LENGTH) return name;
  let short = '';
  for (const word of name.split(/\s+/)) {
    const next = short ? `${short} ${word}` : word;
    if (next.length > SHORT_NAME_LENGTH) break;
    short = next;
  }
  // "Atlas des" reads as cut off; "Atlas" does not.
  const words = short.split(' ');
  if (words.length > 1 && words.at(-1)!.length <= 3) words.pop();
  return words.join(' ') || name.slice(0, SHORT_NAME_LENGTH);
}

export function webAppManifest(site: WebAppSite, lang: string, base: string): Record<string, unknown> {
  const root = `${base}${lang}/`;
  const name = site.name[lang] ?? Object.values(site.name)[0] ?? 'Practice Atlas';
  return {
    id: root,
    name,
    short_name: shortNameOf(name),
    ...(site.tagline?.[lang] ? { description: site.tagline[lang] } : {}),
    lang,
    dir: 'ltr',
    start_url: root,
    scope: root,
    display: 'standalone',
    theme_color: themeColourOf(site),
    background_color: backgroundColourOf(site),
    icons: APP_ICONS.map((icon) => ({
      src: base + icon.path,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}
