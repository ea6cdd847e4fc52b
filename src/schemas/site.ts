/**
 * site.yaml: the one file a network edits to make the catalogue its own —
 * name, logo, colours, address and base path, languages, repository,
 * contact, data licence and an optional tile server. Every rule a network
 * admin can break carries the fix in its message, and the whole file is
 * checked before anything is built.
 */
import { z } from 'astro/zod';
import { CONTENT_LANGUAGES, isLang, type Lang } from '../i18n/languages.ts';
import { formatRatio, HEX_COLOUR } from '../styles/contrast.ts';
import { colourToChange, contrastFailures, DEFAULT_COLOURS, MINIMUM_TEXT_CONTRAST, ON_ACCENT, suggestedShade, type ColourName, type SiteColours } from '../styles/theme.ts';
import { email, isWebUrl, webUrl } from './common.ts';

/** Text that must not be empty. (The content schemas' helper names content fields; these are the admin's.) */
const text = (what: string) =>
  z
    .string({ error: `Write the ${what} as text.` })
    .trim()
    .min(1, { error: `The ${what} is empty: write it, or remove the line.` });

/**
 * Text per language. Only the enabled languages need one (checked on the
 * whole file below, where `languages` is known).
 */
const localizedText = (what: string) =>
  z.strictObject(
    Object.fromEntries(CONTENT_LANGUAGES.map((lang) => [lang, text(`${what} in "${lang}"`).optional()])) as Record<
      Lang,
      z.ZodOptional<ReturnType<typeof text>>
    >,
    { error: `Give the ${what} in each language of the site, for example { ${CONTENT_LANGUAGES.map((l) => `${l}: …`).join(', ')} }.` },
  );

/** A path prefix such as "/" or "/atlas/": where the site lives on its host. */
const basePath = z.string({ error: 'Write the base path as text between slashes, for example "/" or "/atlas/".' }).superRefine((value, ctx) => {
  const fixed = `/${value.trim().replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const problem = !value.startsWith('/')
    ? `The base path "${value}" must start with "/".`
    : !value.endsWith('/')
      ? `The base path "${value}" must end with "/".`
      : /\/\/|[\s?#%\\]/.test(value)
        ? `The base path "${value}" may hold only folder names between single slashes.`
        : undefined;
  if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { suggestion: `write basePath: "${fixed.replace(/\/{2,}/g, '/').replace(/[\s?#%\\]/g, '')}"` } });
});

/** The site's public address: scheme and host only; a path belongs in basePath. */
const siteUrl = webUrl.superRefine((value, ctx) => {
  if (!isWebUrl(value)) return;
  const url = new URL(value);
  if (url.pathname !== '/' || url.search || url.hash) {
    ctx.addIssue({
      code: 'custom',
      message: `The site address "${value}" should hold only the scheme and host; the path "${url.pathname}" belongs in basePath.`,
      params: { suggestion: `write url: "${url.origin}" and basePath: "${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}"` },
    });
  }
});

const supported = CONTENT_LANGUAGES.join(', ');

const languageList = z
  .array(z.string({ error: `Write each language as its code: ${supported}.` }), {
    error: `Write the languages as a list, for example [${supported}].`,
  })
  .superRefine((list, ctx) => {
    if (list.length === 0) ctx.addIssue({ code: 'custom', message: 'The site needs at least one language.', params: { suggestion: `write languages: [${supported}]` } });
    list.forEach((code, index) => {
      if (!isLang(code)) {
        const lower = code.toLowerCase().slice(0, 2);
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: `"${code}" is not a language this atlas supports: it supports ${supported} (each has its interface strings and vocabulary labels).`,
          params: { suggestion: isLang(lower) ? `write "${lower}"` : `remove it, or use one of ${supported}` },
        });
      } else if (list.indexOf(code) !== index) {
        ctx.addIssue({ code: 'custom', path: [index], message: `"${code}" is listed twice.`, params: { suggestion: 'remove the second one' } });
      }
    });
  });

const colour = z.string({ error: 'Write the colour as a hex code in quotes, for example "#5b2a86".' }).regex(HEX_COLOUR, {
  error: 'Expected a hex colour such as "#5b2a86" or "#fff" (in quotes: YAML reads an unquoted # as a comment).',
});

const colours = z.strictObject(
  Object.fromEntries(Object.keys(DEFAULT_COLOURS).map((name) => [name, colour.optional()])) as Record<ColourName, z.ZodOptional<typeof colour>>,
  { error: `Give the colours as a map, for example { accent: "#5b2a86" }; the keys are ${Object.keys(DEFAULT_COLOURS).join(', ')}.` },
);

/** The site's colours with the sample's for those not given. */
export function resolveColours(given: Partial<Record<ColourName, string>> | undefined): SiteColours {
  return { ...DEFAULT_COLOURS, ...Object.fromEntries(Object.entries(given ?? {}).filter(([, v]) => v !== undefined)) } as SiteColours;
}

const logo = z.strictObject(
  {
    /** A file in the same folder as site.yaml (or below it). Its existence is checked by the loader. */
    file: z
      .string({ error: 'Write the logo file name, for example "logo.svg".' })
      .regex(/^(?!\/)(?!.*\.\.)[\w./-]+\.(svg|png)$/i, {
        error: 'Expected an .svg or .png file next to site.yaml, named by a relative path such as "logo.svg" (no "..", no leading "/").',
      }),
    alt: localizedText('logo text alternative'),
  },
  { error: 'Describe the logo as { file: logo.svg, alt: { fr: …, en: …, es: … } }.' },
);

const tiles = z.strictObject(
  {
    url: z
      .string({ error: 'Write the tile address as text, for example "https://tile.example.org/{z}/{x}/{y}.png".' })
      .regex(/^https:\/\/[^\s/]+\/\S*\{z\}\S*\{x\}\S*\{y\}\S*$/, {
        error: 'Expected an https:// address with {z}, {x} and {y}, for example "https://tile.example.org/{z}/{x}/{y}.png".',
      }),
    attribution: text('tile attribution (the credit the tile provider requires)'),
    maxZoom: z.int({ error: 'Write the highest zoom level as a whole number, for example 18.' }).min(1).max(22).default(18),
  },
  { error: 'Describe the tile layer as { url: "https://…/{z}/{x}/{y}.png", attribution: "© …" }.' },
);

const dataLicence = z.strictObject(
  { name: text('licence name'), url: webUrl },
  { error: 'Describe the data licence as { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" }.' },
);

export const DEFAULT_DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

export const siteSchema = z
  .strictObject({
    name: localizedText('site name'),
    tagline: localizedText('tagline'),
    /** Where the site is published, e.g. "https://atlas.example.org": canonical and hreflang links. */
    url: siteUrl.optional(),
    basePath: basePath.default('/'),
    /** The languages pages are published in, in the order the language switch shows them. */
    languages: languageList.default([...CONTENT_LANGUAGES]),
    defaultLanguage: z.string({ error: `Write the default language as its code: ${supported}.` }),
    logo: logo.optional(),
    colours: colours.optional(),
    repository: webUrl.optional(),
    /**
     * Where an editor can propose a change to a file: a web address with
     * "{path}" standing for the file's path in the repository, e.g.
     * "https://github.com/org/atlas/edit/main/{path}".
     */
    editUrl: z
      .string({ error: 'Write the edit address as text, with {path} where the file path goes.' })
      .refine((v) => v.includes('{path}') && isWebUrl(v.replace('{path}', 'x')), {
        error: 'Expected a web address containing {path}, for example "https://github.com/org/atlas/edit/main/{path}".',
      })
      .optional(),
    contact: email.optional(),
    /**
     * An online tile layer under the map. Off by default: every visitor of
     * the map then contacts that host, and the Content-Security-Policy lets it.
     */
    tiles: tiles.optional(),
    /** The licence the catalogue's data (practices, KPIs, downloads) is published under. */
    dataLicence: dataLicence.default({ ...DEFAULT_DATA_LICENCE }),
  })
  .superRefine((site, ctx) => {
    // Runs even when a field above failed: every value is checked for its type before use.
    const enabled = Array.isArray(site.languages) ? site.languages.filter(isLang) : [];
    if (typeof site.defaultLanguage !== 'string') return;
    if (!isLang(site.defaultLanguage)) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultLanguage'],
        message: `"${site.defaultLanguage}" is not a language this atlas supports: it supports ${supported}.`,
        params: { suggestion: `write one of the site's languages: ${(enabled.length ? enabled : CONTENT_LANGUAGES).join(', ')}` },
      });
    } else if (enabled.length > 0 && !enabled.includes(site.defaultLanguage)) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultLanguage'],
        message: `The default language "${site.defaultLanguage}" is not one of the site's languages (${enabled.join(', ')}).`,
        params: { suggestion: `add "${site.defaultLanguage}" to languages, or write defaultLanguage: ${enabled[0]}` },
      });
    }
    const texts: [string[], unknown][] = [
      [['name'], site.name],
      [['tagline'], site.tagline],
      [['logo', 'alt'], site.logo?.alt],
    ];
    for (const [path, value] of texts) {
      if (!value || typeof value !== 'object') continue;
      for (const lang of enabled) {
        if ((value as Partial<Record<Lang, string>>)[lang] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, lang],
            message: `The ${path.join('.')} in "${lang}" is missing: the site is published in ${enabled.join(', ')}.`,
            params: { suggestion: `add ${lang}: … under ${path.join('.')}` },
          });
        }
      }
    }
    const given = site.colours && typeof site.colours === 'object' ? Object.values(site.colours) : [];
    if (!given.every((c) => c === undefined || (typeof c === 'string' && HEX_COLOUR.test(c)))) return;
    const resolved = resolveColours(site.colours);
    const failuresByColour = new Map<ColourName, ReturnType<typeof contrastFailures>>();
    for (const failure of contrastFailures(resolved)) {
      const name = colourToChange(failure);
      failuresByColour.set(name, [...(failuresByColour.get(name) ?? []), failure]);
    }
    for (const [name, failures] of failuresByColour) {
      const measured = failures.map(
        (f) => `${f.text === 'white' ? `white ${ON_ACCENT}` : `${f.text} ${f.textColour}`} on ${f.background} ${f.backgroundColour} (${f.where}) is ${formatRatio(f.ratio)}`,
      );
      const shade = suggestedShade(resolved, name);
      ctx.addIssue({
        code: 'custom',
        path: ['colours', name],
        message: `The colour ${name} makes text too hard to read: ${measured.join('; ')}. Text needs a contrast of at least ${MINIMUM_TEXT_CONTRAST}:1 (WCAG 2.2 AA).`,
        params: { suggestion: shade ? `use ${name}: "${shade}", the nearest shade that reaches it everywhere` : `choose a darker or lighter ${name}` },
      });
    }
  });

/** site.yaml as written (after defaults). */
export type SiteFile = z.infer<typeof siteSchema>;

/**
 * What pages read: the file with every enabled language filled in, the
 * colours resolved, and where the logo is published.
 */
export interface SiteSettings extends Omit<SiteFile, 'name' | 'tagline' | 'languages' | 'defaultLanguage' | 'logo' | 'colours'> {
  name: Record<Lang, string>;
  tagline: Record<Lang, string>;
  /** Enabled languages, in the order of site.yaml. */
  languages: Lang[];
  defaultLanguage: Lang;
  colours: SiteColours;
  logo?: {
    /** Absolute path of the file on disk, for the build to publish. */
    source: string;
    /** File name under the base path, e.g. "logo.svg". */
    published: string;
    alt: Record<Lang, string>;
  };
}

/**
 * Fills texts of languages that are not published with the default
 * language's (never shown: no page exists in them), so that a page reads
 * `site.name[lang]` for any language without a check.
 */
export function toSiteSettings(file: SiteFile, logoSource: string | undefined): SiteSettings {
  const defaultLanguage = file.defaultLanguage as Lang;
  const complete = (text: Partial<Record<Lang, string>>): Record<Lang, string> =>
    Object.fromEntries(CONTENT_LANGUAGES.map((l) => [l, text[l] ?? text[defaultLanguage] ?? ''])) as Record<Lang, string>;
  const { logo, colours: given, ...rest } = file;
  const extension = logo?.file.split('.').pop()?.toLowerCase();
  return {
    ...rest,
    name: complete(file.name),
    tagline: complete(file.tagline),
    languages: file.languages as Lang[],
    defaultLanguage,
    colours: resolveColours(given),
    ...(logo && logoSource ? { logo: { source: logoSource, published: `logo.${extension}`, alt: complete(logo.alt) } } : {}),
  };
}
