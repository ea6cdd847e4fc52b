/**
 * The network's configuration file (site.yaml): what a network admin can
 * get wrong is refused with the field, the line and the fix, before
 * anything is built; what it sets reaches the theme and the policy.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { build } from '../../src/build/build.ts';
import type { ContentIssue } from '../../src/catalogue/issues.ts';
import { loadSiteConfig } from '../../src/catalogue/load-site-config.ts';
import { siteDirectives, unionOfPolicies, policyInPage, tileOrigin } from '../../src/hosting/csp.ts';
import { contrastRatio } from '../../src/styles/contrast.ts';
import { loadSiteYaml } from '../helpers/site-yaml.ts';
import { contrastFailures, DEFAULT_COLOURS, suggestedShade, themeCss } from '../../src/styles/theme.ts';

const VALID = `name: { fr: Atlas, en: Atlas, es: Atlas }
tagline: { fr: Un atlas, en: An atlas, es: Un atlas }
defaultLanguage: fr
`;

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function load(yaml: string, files: Record<string, string | Buffer> = {}) {
  const loaded = loadSiteYaml(yaml, files);
  dir = loaded.dir;
  return { settings: loaded.settings, issues: loaded.issues };
}

describe('a valid configuration', () => {
  test('the sample and the network fixture are valid', () => {
    for (const path of [
      'content/site.yaml',
      'tests/fixtures/network/site.yaml',
      'tests/fixtures/network-en/site.yaml',
    ]) {
      const issues: ContentIssue[] = [];
      expect(loadSiteConfig({ path, label: path }, issues), JSON.stringify(issues)).toBeDefined();
      expect(issues).toEqual([]);
    }
    const issues: ContentIssue[] = [];
    const network = loadSiteConfig({ path: 'tests/fixtures/network/site.yaml', label: 'network' }, issues)!;
    expect(network.basePath).toBe('/atlas/');
    expect(network.languages).toEqual(['fr', 'es']);
    expect(network.logo?.published).toBe('logo.png');
    // A language that is not published still reads as text (never shown), so pages need no check.
    expect(network.name.en).toBe('Réseau Villes Égales');
    const english = loadSiteConfig({ path: 'tests/fixtures/network-en/site.yaml', label: 'network-en' }, issues)!;
    expect(english.favicon?.source).toMatch(/tests\/fixtures\/network-en\/favicon\.png$/);
  });

  test('defaults: every language, base "/", the sample colours, CC BY 4.0, no tiles', () => {
    const { settings, issues } = load(VALID);
    expect(issues).toEqual([]);
    expect(settings).toMatchObject({
      basePath: '/',
      languages: ['fr', 'en', 'es'],
      colours: DEFAULT_COLOURS,
      dataLicence: { name: 'CC BY 4.0' },
    });
    expect(settings?.tiles).toBeUndefined();
  });

  test('a site in two languages needs names in those two only', () => {
    const { settings, issues } = load(
      'name: { fr: Atlas, en: Atlas }\ntagline: { fr: a, en: b }\nlanguages: [en, fr]\ndefaultLanguage: en\n',
    );
    expect(issues).toEqual([]);
    expect(settings?.languages).toEqual(['en', 'fr']);
  });
});

describe('bad input is refused with the line and the fix', () => {
  test('a wrong key gets "did you mean"', () => {
    const { settings, issues } = load(`${VALID}colors: { accent: "#123456" }\n`);
    expect(settings).toBeUndefined();
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'site.yaml',
        line: 4,
        field: 'colors',
        message: expect.stringContaining('not a field'),
        suggestion: 'did you mean "colours"?',
      }),
    ]);
  });

  test('a base path without a leading slash, or without the trailing one', () => {
    expect(load(`${VALID}basePath: atlas/\n`).issues).toEqual([
      expect.objectContaining({
        line: 4,
        field: 'basePath',
        message: 'The base path "atlas/" must start with "/".',
        suggestion: 'write basePath: "/atlas/"',
      }),
    ]);
    expect(load(`${VALID}basePath: /atlas\n`).issues).toEqual([
      expect.objectContaining({
        field: 'basePath',
        message: expect.stringContaining('must end with "/"'),
        suggestion: 'write basePath: "/atlas/"',
      }),
    ]);
  });

  test('an unknown language names the supported ones', () => {
    const { issues } = load(VALID.replace('defaultLanguage: fr', 'languages: [fr, de]\ndefaultLanguage: fr'));
    expect(issues).toEqual([
      expect.objectContaining({
        line: 3,
        field: 'languages[1]',
        message: expect.stringMatching(/"de" is not a language .* supports fr, en, es/),
      }),
    ]);
  });

  test('the default language must be published', () => {
    const { issues } = load(VALID.replace('defaultLanguage: fr', 'languages: [en, es]\ndefaultLanguage: fr'));
    expect(issues).toEqual([
      expect.objectContaining({
        field: 'defaultLanguage',
        message: expect.stringContaining("not one of the site's languages (en, es)"),
        suggestion: expect.stringContaining('defaultLanguage: en'),
      }),
    ]);
  });

  test('a published language without a name', () => {
    const { issues } = load(
      'name: { fr: Atlas }\ntagline: { fr: a, en: b }\nlanguages: [fr, en]\ndefaultLanguage: fr\n',
    );
    expect(issues).toEqual([
      expect.objectContaining({ field: 'name.en', message: expect.stringContaining('missing') }),
    ]);
  });

  test('a site address with a path points to basePath', () => {
    const { issues } = load(`${VALID}url: https://example.org/atlas/\n`);
    expect(issues).toEqual([
      expect.objectContaining({ field: 'url', suggestion: 'write url: "https://example.org" and basePath: "/atlas/"' }),
    ]);
  });

  test('a colour too pale for its text gets the measured ratio and a shade that passes', () => {
    const { issues } = load(`${VALID}colours:\n  accent: "#9b7ec0"\n`);
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect(issue).toMatchObject({ line: 5, field: 'colours.accent' });
    expect(issue!.message).toContain('accent #9b7ec0 on paper #ffffff (links) is 3.42:1');
    expect(issue!.message).toContain('at least 4.5:1 (WCAG 2.2 AA)');
    const shade = /"(#[0-9a-f]{6})"/.exec(issue!.suggestion ?? '')?.[1];
    expect(shade).toBeDefined();
    // The suggestion really passes, everywhere the accent carries text.
    expect(contrastFailures({ ...DEFAULT_COLOURS, accent: shade! })).toEqual([]);
    expect(load(`${VALID}colours:\n  accent: "${shade}"\n`).issues).toEqual([]);
  });

  test('a colour that is not a hex code', () => {
    expect(load(`${VALID}colours: { ink: black }\n`).issues).toEqual([
      expect.objectContaining({ field: 'colours.ink', message: expect.stringContaining('hex colour') }),
    ]);
  });

  test('a logo that is missing, or not what its name says', () => {
    const logo = 'logo:\n  file: logo.svg\n  alt: { fr: Logo, en: Logo, es: Logo }\n';
    expect(load(`${VALID}${logo}`).issues).toEqual([
      expect.objectContaining({
        line: 5,
        field: 'logo.file',
        message: 'The logo "logo.svg" was not found next to the site settings.',
      }),
    ]);
    expect(load(`${VALID}${logo}`, { 'logo.svg': 'not an image' }).issues).toEqual([
      expect.objectContaining({ field: 'logo.file', message: expect.stringContaining('not a readable SVG') }),
    ]);
    const { settings } = load(`${VALID}${logo}`, { 'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    expect(settings?.logo).toMatchObject({ published: 'logo.svg', alt: { en: 'Logo' } });
    expect(load(`${VALID}logo: { file: ../logo.svg, alt: { fr: a, en: b, es: c } }\n`).issues).toEqual([
      expect.objectContaining({ field: 'logo.file' }),
    ]);
  });

  test('tiles need an https template with {z}/{x}/{y} and an attribution', () => {
    expect(load(`${VALID}tiles: { url: "http://t.example.org/{z}/{x}/{y}.png", attribution: "© T" }\n`).issues).toEqual(
      [expect.objectContaining({ field: 'tiles.url', message: expect.stringContaining('https://') })],
    );
    expect(load(`${VALID}tiles: { url: "https://t.example.org/{z}/{x}/{y}.png" }\n`).issues).toEqual([
      expect.objectContaining({ field: 'tiles.attribution', message: expect.stringContaining('missing') }),
    ]);
    const { settings } = load(`${VALID}tiles: { url: "https://t.example.org/{z}/{x}/{y}.png", attribution: "© T" }\n`);
    expect(settings?.tiles).toEqual({ url: 'https://t.example.org/{z}/{x}/{y}.png', attribution: '© T', maxZoom: 18 });
  });
});

describe('colours', () => {
  test('contrast ratios as WCAG computes them', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  test('the sample colours pass, and a suggestion is the nearest passing shade', () => {
    expect(contrastFailures(DEFAULT_COLOURS)).toEqual([]);
    expect(suggestedShade({ ...DEFAULT_COLOURS, muted: '#aaaaaa' }, 'muted')).toMatch(/^#[0-9a-f]{6}$/);
  });

  test('the theme sets the custom properties global.css uses', () => {
    const css = themeCss({ ...DEFAULT_COLOURS, accent: '#0B5C55' });
    expect(css).toContain('--accent: #0b5c55;');
    const globalCss = readFileSync('src/styles/global.css', 'utf8');
    for (const property of css.match(/--[a-z-]+/g) ?? []) expect(globalCss).toContain(`var(${property})`);
  });
});

describe('Content-Security-Policy', () => {
  test('only the site itself, unless tiles are configured', () => {
    const plain = siteDirectives({});
    expect(plain).toContain("img-src 'self' data:");
    expect(plain.join(';')).not.toMatch(/https:/);
    expect(
      siteDirectives({ tiles: { url: 'https://tile.example.org/{z}/{x}/{y}.png', attribution: 'x', maxZoom: 18 } }),
    ).toContain("img-src 'self' data: https://tile.example.org");
    expect(tileOrigin('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe('https://*.tile.example.org');
  });

  test("the header policy is the union of the pages' policies", () => {
    const a = "default-src 'self'; script-src 'self' 'sha256-A'";
    const b = "default-src 'self'; script-src 'self' 'sha256-B'; style-src 'self'";
    expect(unionOfPolicies([a, b], ["frame-ancestors 'self'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-A' 'sha256-B'; style-src 'self'; frame-ancestors 'self'",
    );
    expect(policyInPage(`<meta http-equiv="content-security-policy" content="${b.replaceAll("'", '&#39;')}">`)).toBe(b);
  });
});

describe('the build', () => {
  test('refuses a bad configuration before anything is built, and leaves the last good site', async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-site-config-'));
    const config = join(dir, 'site.yaml');
    writeFileSync(
      config,
      `${VALID.replace('defaultLanguage: fr', 'languages: [fr, xx]\ndefaultLanguage: fr')}basePath: atlas/\ncolour: {}\n`,
    );
    const outDir = join(dir, 'site');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'index.html'), 'the last good site');
    const logs: string[] = [];
    const errors: string[] = [];
    const started: string[] = [];
    const result = await build(
      {
        projectRoot: process.cwd(),
        contentDir: 'content',
        outDir,
        configFile: config,
        cacheDir: join(dir, 'cache'),
        language: 'en',
        quiet: true,
      },
      {
        log: (line) => logs.push(line),
        error: (text) => errors.push(text),
        startRenderer: (request) => {
          started.push(request.staging);
          throw new Error('no render process may start');
        },
        removeReplaced: () => undefined,
      },
    );
    expect(result).toEqual({ ok: false, stage: 'configuration' });
    const run = { stderr: errors.join('\n') };
    expect(run.stderr).toMatch(/site\.yaml:3 languages\[1\]: "xx" is not a language/);
    expect(run.stderr).toMatch(/site\.yaml:5 basePath: The base path "atlas\/" must start with "\/"/);
    expect(run.stderr).toMatch(/site\.yaml:6 colour: "colour" is not a field[^\n]*\n\s*→ did you mean "colours"\?/);
    expect(run.stderr).toContain('The site configuration has problems: nothing was built');
    // Reported before any render process starts.
    expect(started).toEqual([]);
    expect(logs).toEqual([]);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the last good site');
    expect(readdirSync(dir).sort()).toEqual(['site', 'site.yaml']);
  });

  test('favicon: a file next to site.yaml, checked like the logo, with its line', () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-site-config-'));
    copyFileSync('tests/fixtures/network-en/site.yaml', join(dir, 'site.yaml'));
    const issues: ContentIssue[] = [];
    expect(loadSiteConfig({ path: join(dir, 'site.yaml'), label: 'site.yaml' }, issues)).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'site.yaml', field: 'favicon', line: 15 });
    expect(issues[0]?.message).toContain('The favicon "favicon.png" was not found');
    writeFileSync(join(dir, 'favicon.png'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const wrongFormat: ContentIssue[] = [];
    expect(loadSiteConfig({ path: join(dir, 'site.yaml'), label: 'site.yaml' }, wrongFormat)).toBeUndefined();
    expect(wrongFormat[0]?.message).toContain('is not a readable PNG file');
    copyFileSync('tests/fixtures/network-en/favicon.png', join(dir, 'favicon.png'));
    expect(loadSiteConfig({ path: join(dir, 'site.yaml'), label: 'site.yaml' }, [])?.favicon?.source).toBe(
      join(dir, 'favicon.png'),
    );
  });

  test('a configuration copied elsewhere finds its logo next to it', () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-site-config-'));
    copyFileSync('tests/fixtures/network/site.yaml', join(dir, 'site.yaml'));
    const issues: ContentIssue[] = [];
    expect(loadSiteConfig({ path: join(dir, 'site.yaml'), label: 'site.yaml' }, issues)).toBeUndefined();
    expect(issues[0]?.message).toContain('"network-logo.png" was not found');
  });
});
