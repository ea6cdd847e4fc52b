/**
 * Hostile input, class "configuration" (issue #13, points 1 and 3): every
 * site.yaml value that reaches a page, a header, the policy or a script is
 * refused unless it has its exact form, and a refused value is never echoed
 * in the check's message or suggestion (the report is posted on the pull
 * request). The SVG logo is read by an XML parser and refused outside a
 * safe subset, tested with the classic payloads; a logo reached through a
 * symlink out of the folder is refused naming the link; `npm run serve`
 * sends the nginx recipe's security headers.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { ContentIssue } from '../../../src/catalogue/issues.ts';
import { MESSAGE_LANGUAGES, messageLanguage, setMessageLanguage } from '../../../src/catalogue/messages/index.ts';
import { svgLogoProblem } from '../../../src/catalogue/svg-logo.ts';
import { siteDirectives, tileOrigin } from '../../../src/hosting/csp.ts';
import { SECURITY_HEADERS } from '../../../src/hosting/security-headers.ts';
import { siteHeaderPolicy } from '../../../src/hosting/hosting-files.ts';
import { nginxServerBlock } from '../../../src/hosting/nginx-config.ts';
import { startServer } from '../../../scripts/serve.ts';
import { parseTileTemplate } from '../../../src/schemas/site-values.ts';
import { loadSiteYaml } from '../../helpers/site-yaml.ts';

const VALID = `name: { fr: Atlas, en: Atlas, es: Atlas }
tagline: { fr: Un atlas, en: An atlas, es: Un atlas }
defaultLanguage: fr
`;
const SVG_NS = 'xmlns="http://www.w3.org/2000/svg"';
const SAFE_SVG = readFileSync('content/logo.svg', 'utf8');

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
  setMessageLanguage('en');
});

/** site.yaml with one more line (JSON-quoted, so any payload is written as YAML reads it back). */
const withLine = (key: string, value: string) => `${VALID}${key}: ${JSON.stringify(value)}\n`;

function load(yaml: string, files: Record<string, string | Buffer> = {}, prepare?: (dir: string) => void) {
  if (dir) rmSync(dir, { recursive: true, force: true });
  const loaded = loadSiteYaml(yaml, files, prepare);
  dir = loaded.dir;
  return { settings: loaded.settings, issues: loaded.issues };
}

/** What the check prints of an issue: nothing of the payload may be in it beyond single characters. */
function printed(issue: ContentIssue): string {
  return `${issue.message} → ${issue.suggestion ?? ''}`;
}

/** Fragments of the payloads that must never come back in a report. */
const DANGEROUS = /<\/?script|<meta|http-equiv|evil\.example|onerror|javascript:|alert\(/i;

describe('basePath: folder names of safe characters, never echoed', () => {
  const ISSUE_PAYLOAD = '/a"></script><meta/http-equiv="refresh"/content="0;url=https:evil.example"><script>/';
  const refused = [
    ISSUE_PAYLOAD,
    "/a'onmouseover='alert(1)'/",
    '/<script>alert(1)</script>/',
    '/a;b/',
    '/my atlas/',
    '/../',
    '/atlas/./',
    '/%2e%2e/',
    '/a\\b/',
    'javascript:alert(1)//',
    '/café/',
    '/a\u202Eb/',
    '/a\u0000/',
  ];

  test.each(refused)('refused: %j', (value) => {
    const { settings, issues } = load(withLine('basePath', value));
    expect(settings).toBeUndefined();
    expect(issues).toHaveLength(1);
    const [issue] = issues as [ContentIssue];
    expect(issue).toMatchObject({ file: 'site.yaml', line: 4, field: 'basePath' });
    expect(printed(issue)).not.toMatch(DANGEROUS);
    // The suggestion is a safe base path: what a network can copy as is.
    expect(issue.suggestion).toMatch(/basePath: "\/(?:[A-Za-z0-9._~-]+\/)*"/);
  });

  test("the issue's payload is described by its characters, and the fix is a generic example", () => {
    const [issue] = load(withLine('basePath', ISSUE_PAYLOAD)).issues as [ContentIssue];
    expect(issue.message).toBe(
      'The base path holds characters a folder name in a web address may not have: """ ">" "<" "=" ";" ":". Use letters, digits, "-", "_", "." and "~" between slashes.',
    );
    expect(issue.suggestion).toBe(
      'write basePath: "/" for a site at the root of its host, or a folder such as basePath: "/atlas/"',
    );
  });

  test('a protocol-relative one, which would send every link to another host, is refused', () => {
    // Only safe characters: the message may name it.
    const [issue] = load(withLine('basePath', '//evil.example/')).issues as [ContentIssue];
    expect(issue).toMatchObject({
      field: 'basePath',
      message: 'The base path "//evil.example/" may hold only folder names between single slashes.',
    });
  });

  test('a mistyped one gets its cleaned form', () => {
    expect(load(withLine('basePath', '/my atlas/')).issues[0]?.suggestion).toBe('write basePath: "/myatlas/"');
    expect(load(withLine('basePath', 'atlas')).issues[0]?.suggestion).toBe('write basePath: "/atlas/"');
    expect(load(withLine('basePath', '/../')).issues[0]?.message).toBe(
      'The base path may not hold a folder named "." or "..".',
    );
  });

  test.each(['/', '/atlas/', '/a/b-c_d.e~f/'])('accepted: %j', (value) => {
    const { settings, issues } = load(withLine('basePath', value));
    expect(issues).toEqual([]);
    expect(settings?.basePath).toBe(value);
  });

  test('in French and Spanish too, naming site.yaml, the line and the field', () => {
    const seen = new Set<string>();
    for (const lang of MESSAGE_LANGUAGES) {
      setMessageLanguage(lang);
      const [issue] = load(withLine('basePath', ISSUE_PAYLOAD)).issues as [ContentIssue];
      expect(issue).toMatchObject({ file: 'site.yaml', line: 4, field: 'basePath' });
      expect(printed(issue)).not.toMatch(DANGEROUS);
      seen.add(issue.message);
    }
    expect(seen.size).toBe(3);
    expect(messageLanguage()).toBe('es');
  });

  test('the build refuses a hostile --base before reading anything, without echoing it', { timeout: 60_000 }, () => {
    const run = spawnSync(
      process.execPath,
      [
        'scripts/build.ts',
        '--lang',
        'en',
        '--base',
        ISSUE_PAYLOAD,
        '--out',
        join(tmpdir(), 'atlas-hostile-never-built'),
      ],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('The base path given by --base was refused: The base path holds characters');
    expect(run.stderr + run.stdout).not.toMatch(DANGEROUS);
  });

  test('and a hostile --site', { timeout: 60_000 }, () => {
    const run = spawnSync(
      process.execPath,
      [
        'scripts/build.ts',
        '--lang',
        'fr',
        '--site',
        'https://atlas.example.org"><script>alert(1)</script>',
        '--out',
        join(tmpdir(), 'atlas-hostile-never-built'),
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('L’adresse du site donnée par --site a été refusée');
    expect(run.stderr + run.stdout).not.toMatch(DANGEROUS);
  });
});

describe('tiles.url: parsed, https, a plain host, no quote, space, ";" or ","; the policy from the parsed host', () => {
  const refused = [
    'https://t.example.org/{z}/{x}/{y}.png"; script-src *',
    'https://t.example.org/{z}/{x}/{y}.png; img-src *',
    'https://t.example.org/{z}/{x}/{y}.png, *',
    'https://t.example.org/{z}/{x}/{y}.png *',
    "https://t.example.org'/{z}/{x}/{y}.png",
    'https://t.example.org/{z}/{x}/{y}.png"><script>alert(1)</script>',
    'http://t.example.org/{z}/{x}/{y}.png',
    'https://user:pw@t.example.org/{z}/{x}/{y}.png',
    'https://t.example.org\\@evil.example/{z}/{x}/{y}.png',
    'https://*.example.org/{z}/{x}/{y}.png',
    'https://t.example.org/{z}/{x}.png',
    'https://t.example.org/{z}/{x}/{y}.png\nimg-src *',
    'javascript:alert(1)//{z}/{x}/{y}',
    'https://t.example.org/{z}/{x}/{y}.png{onerror}',
    'https://T.EXAMPLE.ORG/{z}/{x}/{y}.png',
  ];

  test.each(refused)('refused: %j', (url) => {
    const { settings, issues } = load(`${VALID}tiles:\n  url: ${JSON.stringify(url)}\n  attribution: "© Example"\n`);
    expect(settings).toBeUndefined();
    expect(issues).toEqual([expect.objectContaining({ file: 'site.yaml', line: 5, field: 'tiles.url' })]);
    expect(printed(issues[0]!)).not.toMatch(DANGEROUS);
    expect(printed(issues[0]!)).not.toContain('script-src');
    expect(parseTileTemplate(url)).toBeUndefined();
    // A settings object that skipped the schema still never writes such a text into a policy.
    expect(() => tileOrigin(url)).toThrow();
  });

  test.each([
    ['https://tile.example.org/{z}/{x}/{y}.png', 'https://tile.example.org'],
    ['https://{s}.tile.example.org/{z}/{x}/{y}{r}.png', 'https://*.tile.example.org'],
    ['https://tiles.example.org:8443/base/{z}/{x}/{y}.webp?key=abc-123&style=light', 'https://tiles.example.org:8443'],
  ])('accepted: %j, policy source %j', (url, source) => {
    const { settings, issues } = load(`${VALID}tiles:\n  url: ${JSON.stringify(url)}\n  attribution: "© Example"\n`);
    expect(issues).toEqual([]);
    const directives = siteDirectives(settings!);
    expect(directives).toContain(`img-src 'self' data: ${source}`);
    for (const directive of directives) expect(directive).not.toMatch(/[;,"<>]/);
  });

  test("the message is in the editor's language and repeats no payload", () => {
    for (const lang of MESSAGE_LANGUAGES) {
      setMessageLanguage(lang);
      const [issue] = load(`${VALID}tiles:\n  url: ${JSON.stringify(refused[0])}\n  attribution: "© Example"\n`)
        .issues as [ContentIssue];
      expect(issue.message).toContain('"""');
      expect(issue.message).toContain('";"');
      expect(issue.message).not.toContain('script-src');
    }
  });
});

describe('texts: any characters (written as text), except invisible controls', () => {
  test.each([
    [
      'attribution',
      `${VALID}tiles:\n  url: "https://t.example.org/{z}/{x}/{y}.png"\n  attribution: ${JSON.stringify('<img src=x onerror=alert(1)> <a href="javascript:alert(1)">x</a><style>*{}</style>')}\n`,
    ],
    [
      'name',
      `name: { fr: ${JSON.stringify('</title><script>alert(1)</script>')}, en: Atlas, es: Atlas }\ntagline: { fr: a, en: b, es: c }\ndefaultLanguage: fr\n`,
    ],
  ])('accepted as text: %s', (_, yaml) => {
    const { settings, issues } = load(yaml);
    expect(issues).toEqual([]);
    expect(settings).toBeDefined();
  });

  test.each([
    [
      'name.fr',
      `name: { fr: "Atlas\\u202Ecod.exe", en: Atlas, es: Atlas }\ntagline: { fr: a, en: b, es: c }\ndefaultLanguage: fr\n`,
      1,
      'U+202E',
    ],
    [
      'tagline.en',
      `name: { fr: Atlas, en: Atlas, es: Atlas }\ntagline: { fr: a, en: "b\\0c", es: c }\ndefaultLanguage: fr\n`,
      2,
      'U+0000',
    ],
    [
      'tiles.attribution',
      `${VALID}tiles:\n  url: "https://t.example.org/{z}/{x}/{y}.png"\n  attribution: "© \\e[31mExample"\n`,
      6,
      'U+001B',
    ],
    [
      'dataLicence.name',
      `${VALID}dataLicence:\n  name: "CC\\bBY"\n  url: https://creativecommons.org/licenses/by/4.0/\n`,
      5,
      'U+0008',
    ],
  ])('refused: a control character in %s', (field, yaml, line, shown) => {
    const { settings, issues } = load(yaml);
    expect(settings).toBeUndefined();
    expect(issues).toEqual([
      expect.objectContaining({ file: 'site.yaml', line, field, message: expect.stringContaining(shown) }),
    ]);
  });
});

describe('web addresses: parsed http(s), nothing that leaves an attribute', () => {
  test.each([
    ['repository', 'https://git.example.org/a"onmouseover="alert(1)'],
    ['repository', 'javascript:alert(1)'],
    ['repository', 'https://git.example.org/a b'],
    ['repository', 'https://git.example.org/<script>'],
    ['repository', 'https://user:secret@git.example.org/a'],
    ['url', 'https://atlas.example.org"><script>alert(1)</script>'],
    ['editUrl', 'https://git.example.org/edit/{path}"><img src=x onerror=alert(1)>'],
  ])('refused: %s %j', (key, value) => {
    const { settings, issues } = load(withLine(key, value));
    expect(settings).toBeUndefined();
    expect(issues).toEqual([expect.objectContaining({ file: 'site.yaml', line: 4, field: key })]);
    expect(printed(issues[0]!)).not.toMatch(DANGEROUS);
  });

  test('dataLicence.url too', () => {
    const { issues } = load(`${VALID}dataLicence:\n  name: ODbL\n  url: "https://example.org/odbl\\"><script>"\n`);
    expect(issues).toEqual([
      expect.objectContaining({ line: 6, field: 'dataLicence.url', message: expect.stringContaining('"<"') }),
    ]);
  });
});

describe('the SVG logo: a safe subset read by an XML parser, else refused', () => {
  const svg = (inner: string, attributes = '') => `<svg ${SVG_NS}${attributes} viewBox="0 0 10 10">${inner}</svg>`;
  const payloads: [string, string, string][] = [
    ['script', svg('<script>alert(1)</script>'), 'element'],
    ['script in CDATA', svg('<script><![CDATA[alert(1)]]></script>'), 'element'],
    ['mixed case', svg('<SCRIPT>alert(1)</SCRIPT>'), 'element'],
    ['prefixed', `<s:svg xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></s:svg>`, 'element'],
    ['nested', svg('<g><g><g><script>alert(1)</script></g></g></g>'), 'element'],
    ['XHTML namespace', svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'), 'element'],
    ['onload', svg('<rect width="1" height="1"/>', ' onload="alert(1)"'), 'attribute'],
    ['onLoad mixed case', svg('<rect onLoad="alert(1)" width="1" height="1"/>'), 'attribute'],
    ['event on a nested shape', svg('<g><circle r="1" onmouseover="alert(1)"/></g>'), 'attribute'],
    ['a javascript: link', svg('<a href="javascript:alert(1)"><rect width="1" height="1"/></a>'), 'element'],
    ['use, remote', svg('<use href="https://evil.example/x.svg#a"/>'), 'reference'],
    [
      'use, xlink:href data:',
      svg(
        '<use xlink:href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=#a"/>',
        ' xmlns:xlink="http://www.w3.org/1999/xlink"',
      ),
      'reference',
    ],
    ['use, entity-encoded javascript:', svg('<use href="&#x6A;avascript&#58;alert(1)"/>'), 'reference'],
    ['href on a shape', svg('<rect href="#a" width="1" height="1"/>'), 'reference'],
    [
      'foreignObject',
      svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'),
      'element',
    ],
    ['image', svg('<image href="https://evil.example/p.png"/>'), 'element'],
    ['style element with @import', svg('<style>@import url(https://evil.example/a.css);</style>'), 'element'],
    [
      'style attribute with an off-site url()',
      svg('<rect style="fill:url(https://evil.example/p.svg#g)" width="1" height="1"/>'),
      'reference',
    ],
    [
      'style attribute with an escaped url',
      svg('<rect style="fill:u\\72l(https://evil.example/)" width="1" height="1"/>'),
      'reference',
    ],
    [
      'fill with an off-site url()',
      svg('<rect fill="url(https://evil.example/p.svg#g)" width="1" height="1"/>'),
      'reference',
    ],
    [
      'fill with an entity-encoded url()',
      svg('<rect fill="&#117;rl(//evil.example/#g)" width="1" height="1"/>'),
      'reference',
    ],
    ['animate to javascript:', svg('<a><animate attributeName="href" to="javascript:alert(1)"/></a>'), 'element'],
    ['set', svg('<set attributeName="onload" to="alert(1)"/>'), 'element'],
    [
      'DOCTYPE with an entity',
      `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "<script>alert(1)</script>">]>${svg('<text>&x;</text>')}`,
      'declaration',
    ],
    ['stylesheet instruction', `<?xml-stylesheet href="https://evil.example/a.css"?>${svg('')}`, 'declaration'],
    [
      'unknown namespace attribute',
      svg('<rect width="1" height="1"/>', ' xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load"'),
      'attribute',
    ],
    [
      'editor data',
      svg(
        '<rect width="1" height="1"/>',
        ' xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" inkscape:version="1.0"',
      ),
      'attribute',
    ],
    ['not well-formed', `<svg ${SVG_NS}><g></svg>`, 'not-xml'],
    ['an undeclared entity', svg('<text>&evil;</text>'), 'not-xml'],
    ['HTML, not SVG', '<html><svg><script>alert(1)</script></svg></html>', 'element'],
  ];

  test.each(payloads)('refused: %s', (_, text, kind) => {
    expect(svgLogoProblem(text)).toMatchObject({ kind });
  });

  test.each([
    ['the sample logo', SAFE_SVG],
    [
      'gradients, local references, text, an XML declaration and a title',
      `<?xml version="1.0" encoding="UTF-8"?>\n<svg ${SVG_NS} xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 64 64" role="img">
  <title>Logo &amp; name</title>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#5b2a86"/><stop offset="1" stop-color="#fff"/></linearGradient>
  <clipPath id="c"><circle cx="32" cy="32" r="30"/></clipPath><symbol id="s"><path d="M0 0h8v8z"/></symbol></defs>
  <g clip-path="url(#c)" style="fill: url(#g); stroke: #000"><rect width="64" height="64" fill="url('#g')"/><use xlink:href="#s" x="4"/><use href="#s" x="20"/></g>
  <text x="4" y="60" font-family="sans-serif"><![CDATA[A & B]]></text>
</svg>`,
    ],
  ])('accepted: %s', (_, text) => {
    expect(svgLogoProblem(text)).toBeUndefined();
  });

  test("the check names site.yaml, the logo line, the field, the element and the logo's own line, in fr, en and es", () => {
    const yaml = `${VALID}logo:\n  file: logo.svg\n  alt: { fr: Logo, en: Logo, es: Logo }\n`;
    const logo = `<svg ${SVG_NS}>\n  <rect width="1" height="1"/>\n  <script>alert(1)</script>\n</svg>`;
    const messages = new Set<string>();
    for (const lang of MESSAGE_LANGUAGES) {
      setMessageLanguage(lang);
      const { settings, issues } = load(yaml, { 'logo.svg': logo });
      expect(settings).toBeUndefined();
      expect(issues).toEqual([expect.objectContaining({ file: 'site.yaml', line: 5, field: 'logo.file' })]);
      expect(issues[0]!.message).toContain('<script>');
      expect(issues[0]!.message).toContain('3');
      expect(issues[0]!.message).not.toContain('alert');
      messages.add(issues[0]!.message);
    }
    expect(messages.size).toBe(3);
  });
});

describe('the logo comes from inside the folder of site.yaml', () => {
  let outside: string;
  beforeAll(() => {
    outside = mkdtempSync(join(tmpdir(), 'atlas-hostile-outside-'));
    writeFileSync(join(outside, 'logo.svg'), SAFE_SVG);
  });
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  const loadWithLink = (file: string, makeLinks: (folder: string) => void) =>
    load(`${VALID}logo:\n  file: ${file}\n  alt: { fr: Logo, en: Logo, es: Logo }\n`, {}, makeLinks);

  test('a logo that is a symlink out of the folder is refused, naming the link', () => {
    const { settings, issues } = loadWithLink('logo.svg', (folder) =>
      symlinkSync(join(outside, 'logo.svg'), join(folder, 'logo.svg')),
    );
    expect(settings).toBeUndefined();
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'site.yaml',
        line: 5,
        field: 'logo.file',
        message: expect.stringContaining('symbolic link "logo.svg"'),
      }),
    ]);
  });

  test('a favicon that links out is refused as a favicon, not as "the logo"', () => {
    const { issues } = load(`${VALID}favicon: icon.svg\n`, {}, (folder) =>
      symlinkSync(join(outside, 'logo.svg'), join(folder, 'icon.svg')),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        field: 'favicon',
        message: expect.stringMatching(/^The favicon "icon.svg" .*symbolic link "icon.svg"/),
      }),
    ]);
  });

  test('a folder on the way that links out is named', () => {
    const { issues } = loadWithLink('images/logo.svg', (folder) => symlinkSync(outside, join(folder, 'images')));
    expect(issues).toEqual([
      expect.objectContaining({ field: 'logo.file', message: expect.stringContaining('symbolic link "images"') }),
    ]);
  });

  test('a link inside the folder is followed; a dangling one is "not found"', () => {
    const inside = loadWithLink('logo.svg', (folder) => {
      mkdirSync(join(folder, 'brand'));
      writeFileSync(join(folder, 'brand', 'mark.svg'), SAFE_SVG);
      symlinkSync(join(folder, 'brand', 'mark.svg'), join(folder, 'logo.svg'));
    });
    expect(inside.issues).toEqual([]);
    const dangling = loadWithLink('logo.svg', (folder) =>
      symlinkSync(join(folder, 'gone.svg'), join(folder, 'logo.svg')),
    );
    expect(dangling.issues).toEqual([
      expect.objectContaining({ field: 'logo.file', message: expect.stringContaining('was not found') }),
    ]);
  });
});

describe("npm run serve sends the nginx recipe's security headers", () => {
  test('on pages, on an SVG opened by itself, and on a 404', async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-hostile-serve-'));
    const policy = "default-src 'self'; script-src 'self' 'sha256-abc='; img-src 'self' data:";
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body></body></html>`,
    );
    writeFileSync(join(dir, 'logo.svg'), SAFE_SVG);
    const expected = siteHeaderPolicy(dir);
    expect(expected).toContain("frame-ancestors 'self'");
    const { server, url } = await startServer({ dir, port: 0 });
    try {
      for (const path of ['', 'logo.svg', 'nowhere/']) {
        const response = await fetch(new URL(path, url));
        expect(response.headers.get('content-security-policy'), path).toBe(expected);
        for (const [name, value] of Object.entries(SECURITY_HEADERS))
          expect(response.headers.get(name), `${path} ${name}`).toBe(value);
      }
    } finally {
      await new Promise((done) => server.close(done));
    }
    // The recipe writes the same list.
    const block = nginxServerBlock({
      site: { basePath: '/', url: 'https://x', languages: [], defaultLanguage: 'fr', csp: expected },
      docroot: '/srv/www',
      listen: '80',
      serverName: 'x',
    });
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(block).toContain(`add_header ${name} "${value}" always;`);
  });
});
