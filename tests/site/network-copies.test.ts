/**
 * Two networks' copies as built for publishing: tests/fixtures/network/
 * (French and Spanish at /atlas/, its logo) and tests/fixtures/network-en/
 * (English only at the root, a favicon of its own). Only the published
 * languages exist anywhere: pages, language lists, the home's text, the
 * data page, data files and their columns, JSON Schemas, feeds, manifests,
 * offline lists, sitemap. The sitemap lists indexable pages only; every CSV
 * starts with the BOM the data page promises; the tab and app icons are the
 * network's. Read from the built folders (what a host serves), and in
 * Chromium for the page texts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { describe, expect, inject, test } from 'vitest';
import { readHostingSettings } from '../../src/hosting/hosting-files.ts';
import { CONTENT_LANGUAGES } from '../../src/i18n/languages.ts';
import { useBrowser } from './browser.ts';

const { newPage } = useBrowser();

const COPIES = [
  {
    name: 'French and Spanish at /atlas/',
    dir: () => inject('atlasDir'),
    url: () => inject('atlasUrl'),
    published: ['fr', 'es'],
  },
  {
    name: 'English only at the root',
    dir: () => inject('englishOnlyDir'),
    url: () => inject('englishOnlyUrl'),
    published: ['en'],
  },
] as const;

function filesOf(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesOf(path, root) : [relative(root, path).split('\\').join('/')];
  });
}

const TEXT_FILE = /\.(html|json|csv|xml|webmanifest|txt)$/;

describe.each(COPIES)('the copy published in $name', ({ dir, url, published }) => {
  const unpublished = CONTENT_LANGUAGES.filter((l) => !(published as readonly string[]).includes(l));

  test('the build recorded its languages, and no page, file or folder exists in another', () => {
    const site = readHostingSettings(dir());
    expect(site.languages).toEqual(published);
    const files = filesOf(dir());
    for (const lang of unpublished) {
      expect(
        files.filter(
          (f) => f.startsWith(`${lang}/`) || new RegExp(`[./-]${lang}\\.(json|csv|pagefind|webmanifest)$`).test(f),
        ),
        lang,
      ).toEqual([]);
    }
    for (const lang of published)
      expect(files).toEqual(
        expect.arrayContaining([
          `${lang}/index.html`,
          `${lang}/feed.xml`,
          `${lang}/manifest.webmanifest`,
          `offline/files-${lang}.json`,
        ]),
      );
  });

  test('no text file names another language: links, file names, columns, hreflang, labels, manifests, offline lists', () => {
    const { basePath: base, url: origin } = readHostingSettings(dir());
    const leaks: string[] = [];
    for (const file of filesOf(dir()).filter(
      (f) => TEXT_FILE.test(f) && !f.startsWith('pagefind/') && !f.startsWith('.'),
    )) {
      const text = readFileSync(join(dir(), file), 'utf8');
      for (const lang of unpublished) {
        const patterns = [
          // Links to the language's pages (a practice's own sources may well point to some other site's /fr/).
          `="${base}${lang}/`,
          `${origin}${base}${lang}/`,
          `.${lang}.json`,
          `.${lang}.csv`,
          `label_${lang}`,
          `description_${lang}`,
          `title_${lang}`,
          `url_${lang}`,
          `hreflang="${lang}"`,
          `files-${lang}.json`,
        ];
        for (const pattern of patterns) if (text.includes(pattern)) leaks.push(`${file}: ${pattern}`);
      }
    }
    expect(leaks).toEqual([]);
    // Labels and descriptions of indicators and vocabularies, in the published languages exactly.
    const labelled = [
      ...(
        JSON.parse(readFileSync(join(dir(), 'data/indicators.json'), 'utf8')) as {
          label: object;
          description: object;
        }[]
      ).flatMap((i) => [i.label, i.description]),
      ...Object.values(
        JSON.parse(readFileSync(join(dir(), 'data/vocabularies.json'), 'utf8')) as Record<string, { label: object }[]>,
      ).flatMap((v) => v.map((e) => e.label)),
    ];
    for (const texts of labelled) expect(Object.keys(texts)).toEqual(published);
    const indicatorSchema = JSON.parse(readFileSync(join(dir(), 'data/indicator.schema.json'), 'utf8')) as {
      properties: { label: { required: string[] } };
    };
    expect(indicatorSchema.properties.label.required).toEqual(published);
    for (const lang of published) {
      const manifest = JSON.parse(readFileSync(join(dir(), `${lang}/manifest.webmanifest`), 'utf8')) as {
        lang: string;
      };
      expect(manifest.lang).toBe(lang);
    }
  });

  test('the home and the data page name the published languages only', async () => {
    const { page } = await newPage();
    const intro: Record<string, RegExp> = {
      fr: /profils de villes, à lire en français et en espagnol\./,
      es: /perfiles de ciudades, para leer en francés y en español\./,
      en: /city profiles, readable in English\./,
    };
    for (const lang of published) {
      await page.goto(new URL(`${lang}/`, url()).href);
      expect(await page.textContent('.hero')).toMatch(intro[lang]!);
      // A one-language copy shows no switch at all: a lone link to the page itself would only puzzle.
      expect(
        await page.$$eval('[data-lang-switch]', (as) => as.map((a) => a.getAttribute('data-lang-switch'))),
      ).toEqual(published.length > 1 ? published : []);
      await page.goto(new URL(`${lang}/data/`, url()).href);
      const text = (await page.textContent('main')) ?? '';
      for (const l of published) expect(text).toContain(`.${l}`);
      for (const l of unpublished) expect(text).not.toMatch(new RegExp(`\\.${l}\\b`));
    }
  });

  test('the sitemap lists only indexable pages, in the published languages', () => {
    const sitemap = readFileSync(join(dir(), 'sitemap-0.xml'), 'utf8');
    const { basePath, url: origin } = readHostingSettings(dir());
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(20);
    const noindex: string[] = [];
    for (const loc of locs) {
      const path = new URL(loc).pathname;
      expect(loc.startsWith(`${origin}${basePath}`), loc).toBe(true);
      const file = join(dir(), path.slice(basePath.length), 'index.html');
      expect(existsSync(file), loc).toBe(true);
      if (/<meta name="robots" content="noindex"/.test(readFileSync(file, 'utf8'))) noindex.push(loc);
    }
    expect(noindex).toEqual([]);
    // The offline "not saved" pages exist, and are the ones left out.
    for (const lang of published) expect(existsSync(join(dir(), lang, 'offline/unavailable/index.html'))).toBe(true);
    expect(
      [...sitemap.matchAll(/hreflang="([^"]+)"/g)]
        .map((m) => m[1])
        .filter((l) => l !== 'x-default' && !(published as readonly string[]).includes(l!)),
    ).toEqual([]);
  });

  test('every CSV file starts with a UTF-8 byte-order mark, the per-city and per-indicator KPI files included', () => {
    const csvs = filesOf(dir()).filter((f) => f.endsWith('.csv'));
    expect(csvs.some((f) => f.startsWith('data/kpi/cities/'))).toBe(true);
    expect(csvs.some((f) => f.startsWith('data/kpi/indicators/'))).toBe(true);
    const withoutBom = csvs.filter(
      (f) =>
        !readFileSync(join(dir(), f))
          .subarray(0, 3)
          .equals(Buffer.from([0xef, 0xbb, 0xbf])),
    );
    expect(withoutBom).toEqual([]);
  });
});

/** The colour of the most common opaque pixel of an image, as "r,g,b". */
async function mainColour(image: Buffer): Promise<string> {
  const { data, info } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const counts = new Map<string, number>();
  for (let i = 0; i < info.width * info.height * 4; i += 4) {
    if (data[i + 3]! < 250) continue;
    const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/** The PNG a favicon.svg written by the build wraps. */
function wrappedPng(svg: string): Buffer {
  const data = /href="data:image\/png;base64,([A-Za-z0-9+/=]+)"/.exec(svg)?.[1];
  if (!data) throw new Error(`favicon.svg does not wrap a PNG: ${svg.slice(0, 120)}`);
  return Buffer.from(data, 'base64');
}

describe('icons follow the network', () => {
  test.each([
    ['its favicon (site.yaml favicon:)', () => inject('englishOnlyDir'), 'tests/fixtures/network-en/favicon.png'],
    ['its logo', () => inject('atlasDir'), 'tests/fixtures/network/network-logo.png'],
  ])(
    'a copy with %s: favicon.svg and the app icons are made from it, not from the sample’s icon',
    async (_, dir, source) => {
      const sample = readFileSync('public/favicon.svg', 'utf8');
      const favicon = readFileSync(join(dir(), 'favicon.svg'), 'utf8');
      expect(favicon).not.toBe(sample);
      const wanted = await mainColour(readFileSync(source));
      expect(await mainColour(wrappedPng(favicon))).toBe(wanted);
      expect(await mainColour(readFileSync(join(dir(), 'icons/icon-192.png')))).toBe(wanted);
      // Every page links it.
      const home = readFileSync(join(dir(), readHostingSettings(dir()).languages[0]!, 'index.html'), 'utf8');
      expect(home).toMatch(new RegExp(`<link rel="icon" href="${readHostingSettings(dir()).basePath}favicon.svg"`));
    },
  );

  test('the tab shows it: Chromium decodes the favicon as an image', async () => {
    const { page } = await newPage();
    await page.goto(new URL('en/', inject('englishOnlyUrl')).href);
    const size = await page.evaluate(async () => {
      const image = new Image();
      image.src = (document.querySelector('link[rel="icon"]') as HTMLLinkElement).href;
      await image.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: 64, height: 64 });
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const [r, g, b, a] = context.getImageData(32, 10, 1, 1).data;
      return { width: image.naturalWidth, pixel: [r, g, b, a] };
    });
    expect(size.width).toBe(64);
    // The fixture's orange disc (#c2410c), at the top of the icon.
    expect(size.pixel).toEqual([0xc2, 0x41, 0x0c, 255]);
  });
});
