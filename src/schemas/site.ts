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
import {
  colourToChange,
  contrastFailures,
  DEFAULT_COLOURS,
  MINIMUM_TEXT_CONTRAST,
  suggestedShade,
  type ColourName,
  type ContrastPlace,
  type SiteColours,
} from '../styles/theme.ts';
import { say, fieldNoun, type FieldNoun } from '../catalogue/messages/index.ts';
import { email, isWebUrl, nonEmptyText, webUrl } from './common.ts';
import {
  cleanedBasePath,
  describeCharacters,
  hasHiddenControl,
  isBasePathCharacter,
  isExactWebUrl,
  isSafeBasePath,
  isTileUrlCharacter,
  isUrlCharacter,
  parseTileTemplate,
} from './site-values.ts';

/*
 * Every message here is read by network staff, in the language of the run
 * (npm run check --lang, npm run build): each is a function that Zod calls
 * when it reports, so it reads the language at that moment.
 */

/**
 * Plain text: written into pages, feeds, the manifest and the map as text
 * (escaped there), so any character is accepted except the invisible
 * controls that would garble it (site-values.ts).
 */
const siteText = (what: FieldNoun, named: () => string = () => fieldNoun(what)) =>
  nonEmptyText(named).superRefine((value, ctx) => {
    if (!hasHiddenControl(value)) return;
    ctx.addIssue({
      code: 'custom',
      message: say.siteTextControl({
        what: named(),
        characters: describeCharacters(value, (c) => !hasHiddenControl(c)),
      }),
      params: { suggestion: say.siteTextControlFix() },
    });
  });

/**
 * An http(s) address written exactly as it is meant (site-values.ts): no
 * space, quote or angle bracket that could carry it out of an attribute.
 */
const siteWebUrl = webUrl.superRefine((value, ctx) => {
  if (!isWebUrl(value) || isExactWebUrl(value)) return;
  const characters = describeCharacters(value, isUrlCharacter);
  ctx.addIssue({
    code: 'custom',
    message: characters ? say.webAddressUnsafe({ characters }) : say.webUrlInvalid(),
    params: { suggestion: say.webAddressUnsafeFix() },
  });
});

/**
 * Text per language. Only the enabled languages need one (checked on the
 * whole file below, where `languages` is known).
 */
const localizedText = (what: FieldNoun) =>
  z.strictObject(
    Object.fromEntries(
      CONTENT_LANGUAGES.map((lang) => [
        lang,
        siteText(what, () => say.inLanguage({ what: fieldNoun(what), lang })).optional(),
      ]),
    ) as Record<Lang, z.ZodOptional<ReturnType<typeof siteText>>>,
    {
      error: () =>
        say.siteTextsShape({ what: fieldNoun(what), example: CONTENT_LANGUAGES.map((l) => `${l}: …`).join(', ') }),
    },
  );

/**
 * A path prefix such as "/" or "/atlas/": where the site lives on its host.
 * It is written into every page, script and header, so only folder names of
 * URL-safe characters are accepted, and a refused value is never repeated
 * back (site-values.ts).
 */
export function basePathProblem(value: string): { message: string; suggestion: string } | undefined {
  if (isSafeBasePath(value)) return undefined;
  const cleaned = cleanedBasePath(value);
  const suggestion = cleaned ? say.basePathFix({ value: cleaned }) : say.basePathExampleFix();
  const unsafe = describeCharacters(value, isBasePathCharacter);
  const problem = unsafe
    ? say.basePathUnsafe({ characters: unsafe })
    : !value.startsWith('/')
      ? say.basePathNoLeadingSlash({ value })
      : !value.endsWith('/')
        ? say.basePathNoTrailingSlash({ value })
        : value.split('/').some((folder) => folder === '.' || folder === '..')
          ? say.basePathDotFolder()
          : say.basePathNotFolders({ value });
  return { message: problem, suggestion };
}

const basePath = z.string({ error: () => say.basePathNotText() }).superRefine((value, ctx) => {
  const problem = basePathProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { suggestion: problem.suggestion } });
});

/** The site's public address: scheme and host only; a path belongs in basePath. */
const siteUrl = siteWebUrl.superRefine((value, ctx) => {
  if (!isExactWebUrl(value)) return;
  const url = new URL(value);
  if (url.pathname !== '/' || url.search || url.hash) {
    ctx.addIssue({
      code: 'custom',
      message: say.siteUrlWithPath({ value, path: url.pathname }),
      params: {
        suggestion: say.siteUrlWithPathFix({
          origin: url.origin,
          path: url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`,
        }),
      },
    });
  }
});

const supported = CONTENT_LANGUAGES.join(', ');

const languageList = z
  .array(z.string({ error: () => say.siteLanguageNotText({ languages: supported }) }), {
    error: () => say.siteLanguagesNotList({ languages: supported }),
  })
  .superRefine((list, ctx) => {
    if (list.length === 0) {
      ctx.addIssue({
        code: 'custom',
        message: say.siteLanguagesEmpty(),
        params: { suggestion: say.siteLanguagesEmptyFix({ languages: supported }) },
      });
    }
    list.forEach((code, index) => {
      if (!isLang(code)) {
        const lower = code.toLowerCase().slice(0, 2);
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: say.siteLanguageUnsupported({ code, languages: supported }),
          params: {
            suggestion: isLang(lower)
              ? say.writeValue({ value: lower })
              : say.siteLanguageUnsupportedFix({ languages: supported }),
          },
        });
      } else if (list.indexOf(code) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: say.siteLanguageTwice({ code }),
          params: { suggestion: say.siteLanguageTwiceFix() },
        });
      }
    });
  });

const colour = z.string({ error: () => say.colourNotText() }).regex(HEX_COLOUR, { error: () => say.colourInvalid() });

const colours = z.strictObject(
  Object.fromEntries(Object.keys(DEFAULT_COLOURS).map((name) => [name, colour.optional()])) as Record<
    ColourName,
    z.ZodOptional<typeof colour>
  >,
  { error: () => say.coloursShape({ names: Object.keys(DEFAULT_COLOURS).join(', ') }) },
);

/** Where a visitor reads each pair of colours (theme.ts), as the contrast message names it. */
const CONTRAST_PLACES: Record<ContrastPlace, () => string> = {
  bodyText: () => say.contrastWhereBodyText(),
  cardText: () => say.contrastWhereCardText(),
  secondaryText: () => say.contrastWhereSecondaryText(),
  footerText: () => say.contrastWhereFooterText(),
  links: () => say.contrastWhereLinks(),
  cardLinks: () => say.contrastWhereCardLinks(),
  hoverLinks: () => say.contrastWhereHoverLinks(),
  header: () => say.contrastWhereHeader(),
  hoverButtons: () => say.contrastWhereHoverButtons(),
};

/** The site's colours with the sample's for those not given. */
export function resolveColours(given: Partial<Record<ColourName, string>> | undefined): SiteColours {
  return {
    ...DEFAULT_COLOURS,
    ...Object.fromEntries(Object.entries(given ?? {}).filter(([, v]) => v !== undefined)),
  } as SiteColours;
}

const logo = z.strictObject(
  {
    /** A file in the same folder as site.yaml (or below it). Its existence is checked by the loader. */
    file: z
      .string({ error: () => say.logoFileNotText() })
      .regex(/^(?!\/)(?!.*\.\.)[\w./-]+\.(svg|png)$/i, { error: () => say.logoFileInvalid() }),
    alt: localizedText('logo alternative'),
  },
  { error: () => say.logoShape() },
);

/** The browser tab's icon, when it should not be the logo: a file next to site.yaml, checked by the loader. */
const favicon = z
  .string({ error: () => say.faviconFileInvalid() })
  .regex(/^(?!\/)(?!.*\.\.)[\w./-]+\.(svg|png)$/i, { error: () => say.faviconFileInvalid() });

const tiles = z.strictObject(
  {
    /** Parsed to its host and path (site-values.ts): the CSP's img-src is built from that host, never from this text. */
    url: z.string({ error: () => say.tilesUrlNotText() }).superRefine((value, ctx) => {
      if (parseTileTemplate(value)) return;
      const characters = describeCharacters(value, isTileUrlCharacter);
      ctx.addIssue({
        code: 'custom',
        message: characters ? say.tilesUrlUnsafe({ characters }) : say.tilesUrlInvalid(),
      });
    }),
    /** Shown on the map as text, never as HTML (src/map/map-page.ts). */
    attribution: siteText('tile attribution'),
    maxZoom: z
      .int({ error: () => say.tilesMaxZoomNotWhole() })
      .min(1)
      .max(22)
      .default(18),
  },
  { error: () => say.tilesShape() },
);

const dataLicence = z.strictObject(
  { name: siteText('licence name'), url: siteWebUrl },
  { error: () => say.dataLicenceShape() },
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
    defaultLanguage: z.string({ error: () => say.defaultLanguageNotText({ languages: supported }) }),
    logo: logo.optional(),
    favicon: favicon.optional(),
    colours: colours.optional(),
    repository: siteWebUrl.optional(),
    /**
     * Where an editor can propose a change to a file: a web address with
     * "{path}" standing for the file's path in the repository, e.g.
     * "https://github.com/org/atlas/edit/main/{path}".
     */
    editUrl: z
      .string({ error: () => say.editUrlNotText() })
      .refine((v) => v.includes('{path}') && isExactWebUrl(v.replace('{path}', 'x')), {
        error: () => say.editUrlInvalid(),
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
        message: say.defaultLanguageUnsupported({ value: site.defaultLanguage, languages: supported }),
        params: {
          suggestion: say.defaultLanguageUnsupportedFix({
            languages: (enabled.length ? enabled : CONTENT_LANGUAGES).join(', '),
          }),
        },
      });
    } else if (enabled.length > 0 && !enabled.includes(site.defaultLanguage)) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultLanguage'],
        message: say.defaultLanguageNotPublished({ value: site.defaultLanguage, languages: enabled.join(', ') }),
        params: { suggestion: say.defaultLanguageNotPublishedFix({ value: site.defaultLanguage, first: enabled[0]! }) },
      });
    }
    const texts: [string[], FieldNoun, unknown][] = [
      [['name'], 'site name', site.name],
      [['tagline'], 'tagline', site.tagline],
      [['logo', 'alt'], 'logo alternative', site.logo?.alt],
    ];
    for (const [path, what, value] of texts) {
      if (!value || typeof value !== 'object') continue;
      for (const lang of enabled) {
        if ((value as Partial<Record<Lang, string>>)[lang] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, lang],
            message: say.siteTextMissing({ what: fieldNoun(what), lang, languages: enabled.join(', ') }),
            params: { suggestion: say.siteTextMissingFix({ lang, field: path.join('.') }) },
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
      const measured = failures.map((f) =>
        say.colourContrastPair({
          text: `${f.text === 'white' ? say.colourWhite() : f.text} ${f.textColour}`,
          background: `${f.background} ${f.backgroundColour}`,
          where: CONTRAST_PLACES[f.where](),
          ratio: formatRatio(f.ratio),
        }),
      );
      const shade = suggestedShade(resolved, name);
      ctx.addIssue({
        code: 'custom',
        path: ['colours', name],
        message: say.colourContrast({ name, measured: measured.join('; '), minimum: String(MINIMUM_TEXT_CONTRAST) }),
        params: { suggestion: shade ? say.colourContrastFix({ name, shade }) : say.colourContrastNoShadeFix({ name }) },
      });
    }
  });

/** site.yaml as written (after defaults). */
export type SiteFile = z.infer<typeof siteSchema>;

/**
 * What pages read: the file with every enabled language filled in, the
 * colours resolved, and where the logo is published.
 */
export interface SiteSettings extends Omit<
  SiteFile,
  'name' | 'tagline' | 'languages' | 'defaultLanguage' | 'logo' | 'favicon' | 'colours'
> {
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
  /** Absolute path of the image the favicon and app icons are made from, when it is not the logo. */
  favicon?: { source: string };
}

/**
 * Fills texts of languages that are not published with the default
 * language's (never shown: no page exists in them), so that a page reads
 * `site.name[lang]` for any language without a check.
 */
export function toSiteSettings(file: SiteFile, logoSource: string | undefined, faviconSource?: string): SiteSettings {
  const defaultLanguage = file.defaultLanguage as Lang;
  const complete = (text: Partial<Record<Lang, string>>): Record<Lang, string> =>
    Object.fromEntries(CONTENT_LANGUAGES.map((l) => [l, text[l] ?? text[defaultLanguage] ?? ''])) as Record<
      Lang,
      string
    >;
  const { logo, favicon: _favicon, colours: given, ...rest } = file;
  const extension = logo?.file.split('.').pop()?.toLowerCase();
  return {
    ...rest,
    name: complete(file.name),
    tagline: complete(file.tagline),
    languages: file.languages as Lang[],
    defaultLanguage,
    colours: resolveColours(given),
    ...(logo && logoSource
      ? { logo: { source: logoSource, published: `logo.${extension}`, alt: complete(logo.alt) } }
      : {}),
    ...(faviconSource ? { favicon: { source: faviconSource } } : {}),
  };
}
