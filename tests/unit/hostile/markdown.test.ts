/**
 * #13, every Markdown form (docs/security.md, "Markdown forms"): each
 * address and image, whatever form it is written in, goes through the same
 * URL and alt rules. Two locks are proved for each payload: the check
 * refuses it with file, line and advice, and the renderer, given the raw
 * tree the check refused, would still neutralize it.
 */
import { describe, expect, test } from 'vitest';
import { parseBody, parseMdx } from '../../../src/catalogue/body/parse-body.ts';
import { renderBody } from '../../../src/catalogue/body/render-body.ts';
import type { ContentIssue } from '../../../src/catalogue/issues.ts';
import { copyFixture } from '../../helpers/fixture-catalogue.ts';

const FILE = 'content/practices/x/fr.mdx';
const FIRST_LINE = 20;
const context = { file: FILE, firstLine: FIRST_LINE, folderFiles: new Set(['fr.mdx', 'photo.jpg']) };
const MEDIA = '/atlas/media/practices/x/';

function check(body: string) {
  const issues: ContentIssue[] = [];
  const tree = parseBody(body, context, issues);
  return { tree, issues };
}

/** What would reach the page if the check let the body through: the renderer alone on the parser's tree. */
function renderUnchecked(body: string): string {
  return renderBody(parseMdx(body), { mediaBase: MEDIA }).html;
}

/** Nothing in the HTML can run, load from elsewhere or leave by a dangerous scheme. */
function expectInert(html: string) {
  expect(html).not.toMatch(/<(script|iframe|object|embed|style|svg|math|base|meta|link|form)\b/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  // Off-site links ("https:", "//") are allowed as links, with rel="noopener noreferrer ugc"; no other scheme.
  expect(html).not.toMatch(/href="(?!https?:|\/\/|mailto:|#)/i);
  expect(html).not.toMatch(/<a href="(https?:|\/\/)(?![^"]*" rel="noopener noreferrer ugc")/i);
  expect(html).not.toMatch(/src="(?!\/atlas\/media\/practices\/x\/)/i);
  expect(html).not.toMatch(/src="https?:/i);
  expect(html).not.toMatch(/(java|vb)script:|data:/i);
}

type Case = [name: string, body: string, message: RegExp, bodyLine: number];

// Every form of address and image, with the entity-encoded, mixed-case and control-character variants.
const REFUSED: Case[] = [
  // Reproduction 5: a reference-style image escaped both the remote-image and the missing-alt checks.
  ['reference image, collapsed, no alt, remote', '![][p]\n\n[p]: https://host/x.gif', /no text alternative/, 1],
  ['reference image, collapsed, remote', '![][p]\n\n[p]: https://host/x.gif', /another website/, 1],
  ['reference image, full, remote', 'Text.\n\n![A chart][chart]\n\n[chart]: https://host/x.gif', /another website/, 3],
  ['reference image, shortcut, remote', '![chart]\n\n[chart]: https://host/x.gif', /another website/, 1],
  ['reference image, label of another case', '![A][CHART]\n\n[chart]: //host/x.gif', /not allowed/, 1],
  ['reference image, data: address', '![A][p]\n\n[p]: data:image/svg+xml;base64,PHN2Zz4=', /not allowed/, 1],
  ['reference image, javascript: address', '![A][p]\n\n[p]: javascript:alert(1)', /not allowed/, 1],
  ['reference image, empty alt, local file', '![ ][p]\n\n[p]: ./photo.jpg', /no text alternative/, 1],
  ['reference image, title, remote', '![A][p]\n\n[p]: https://host/x.gif "Title"', /another website/, 1],
  ['reference image, angle-bracket destination', '![A][p]\n\n[p]: <https://host/x.gif>', /another website/, 1],
  ['reference image inside a link', '[![A][p]](https://example.org)\n\n[p]: https://host/x.gif', /another website/, 1],
  ['reference link, full, javascript:', '[click][p]\n\n[p]: javascript:alert(1)', /not allowed/, 1],
  ['reference link, collapsed, mixed case', '[p][]\n\n[p]: JaVaScRiPt:alert(1)', /not allowed/, 1],
  ['reference link, shortcut, entity-encoded', '[p]\n\n[p]: jav&#x61;script:alert(1)', /not allowed/, 1],
  ['reference link, tab entity in the scheme', '[p]\n\n[p]: java&#9;script:alert(1)', /not allowed/, 1],
  ['reference link, newline entity in the scheme', '[p]\n\n[p]: java&#10;script:alert(1)', /not allowed/, 1],
  ['definition alone, vbscript:', 'Text.\n\n[unused]: vbscript:msgbox', /not allowed/, 3],
  ['inline link, entity-encoded', '[x](jav&#x61;script:alert(1))', /not allowed/, 1],
  ['inline link, named entity colon', '[x](javascript&colon;alert(1))', /not allowed/, 1],
  ['inline link, mixed case', '[x](JaVaScRiPt:alert(1))', /not allowed/, 1],
  ['inline link, decimal entities', '[x](&#106;&#97;&#118;&#97;script:alert(1))', /not allowed/, 1],
  ['inline link, protocol-relative', '[x](//evil.example/)', /not allowed/, 1],
  ['inline link, scheme without slashes', '[x](https:evil.example)', /not allowed/, 1],
  ['inline link in a table', '| a |\n| --- |\n| [x](javascript:alert(1)) |', /not allowed/, 3],
  ['inline link in a list in a quote', '> - [x](javascript:alert(1))', /not allowed/, 1],
  ['inline image, remote, in a list', '- ![A](https://host/x.gif)', /another website/, 1],
  ['inline image, no alt', '![](./photo.jpg)', /no text alternative/, 1],
  ['footnote definition: remote image', 'Text[^1].\n\n[^1]: ![A](https://host/x.gif)', /another website/, 3],
  ['footnote definition: javascript: link', 'Text[^1].\n\n[^1]: See [x](javascript:alert(1)).', /not allowed/, 3],
  [
    'footnote definition: reference image',
    'Text[^n].\n\n[^n]: ![][p]\n\n[p]: https://host/x.gif',
    /another website/,
    3,
  ],
  ['autolink with a javascript: scheme', '<javascript:alert(1)>', /read as the start of a tag|read as a tag/, 1],
  ['autolink with a mixed-case scheme', 'See <JaVaScRiPt:alert(1)>.', /read as the start of a tag|read as a tag/, 1],
  ['autolink with http', 'See <http://example.org>.', /between angle brackets is read as a tag/, 1],
  ['raw HTML block', '<img src="x" onerror="alert(1)" />', /<img> is not allowed/, 1],
  ['raw HTML inline', 'Text <a href="javascript:alert(1)">x</a>.', /<a> is not allowed/, 1],
  ['raw HTML in a table cell', '| a |\n| --- |\n| <script>alert(1)</script> |', /<script> is not allowed/, 3],
  ['raw HTML in a list', '- item\n- <iframe src="https://evil.example" />', /<iframe> is not allowed/, 2],
  ['raw HTML inside a component', '<Quote author="A">\n<svg onload="alert(1)" />\n</Quote>', /<svg> is not allowed/, 2],
  ['raw HTML in a footnote', 'Text[^1].\n\n[^1]: <style>body{}</style>', /<style> is not allowed/, 3],
  ['component with a remote image', '<Figure src="https://host/x.gif" alt="A" />', /another website/, 1],
  ['component with an entity-encoded scheme', '<Figure src="jav&#x61;script:alert(1)" alt="A" />', /not allowed/, 1],
  [
    'component with an event handler in mixed case',
    '<Figure src="./photo.jpg" alt="A" OnError="alert(1)" />',
    /event handler/,
    1,
  ],
];

describe('the check refuses every form, with file, line and advice', () => {
  test.each(REFUSED)('%s', (_name, body, message, bodyLine) => {
    const { tree, issues } = check(body);
    expect(tree).toBeUndefined();
    const found = issues.find((i) => message.test(i.message));
    expect(found, JSON.stringify(issues)).toBeDefined();
    expect(found!.file).toBe(FILE);
    expect(found!.line).toBe(FIRST_LINE + bodyLine - 1);
    expect(found!.suggestion).toBeTruthy();
  });
});

describe('the renderer alone would neutralize the same payloads (second lock)', () => {
  // The autolink forms do not parse, so nothing of them could be rendered.
  const renderable = REFUSED.filter(([name]) => !name.startsWith('autolink'));
  test.each(renderable)('%s', (_name, body) => {
    expectInert(renderUnchecked(body));
  });

  test('a remote image given to the renderer leaves its text alternative, not a request', () => {
    const html = renderUnchecked('![A chart][p] and ![Inline](https://host/y.gif)\n\n[p]: https://host/x.gif');
    expect(html).not.toContain('<img');
    expect(html).toContain('A chart');
    expect(html).toContain('Inline');
  });

  test('irc: and xmpp:, which the sanitizer allows by default, are removed too', () => {
    const html = renderUnchecked('[a](irc://irc.example/x) [b](xmpp:someone@example.org)');
    expect(html).not.toMatch(/href="(irc|xmpp)/);
  });
});

describe('reference forms the check accepts render as their inline forms', () => {
  test('a reference image to a file of the folder is published, with its alt', () => {
    const { tree, issues } = check('![The audit walk][walk]\n\n[walk]: ./photo.jpg');
    expect(issues).toEqual([]);
    const rendered = renderBody(tree!, { mediaBase: MEDIA });
    expect(rendered.html).toContain(`<img src="${MEDIA}photo.jpg" alt="The audit walk">`);
    expect(rendered.images).toEqual(['photo.jpg']);
  });

  test('reference links (full, collapsed, shortcut) to web pages render as links', () => {
    const { tree, issues } = check('[Report][r], [r][] and [r].\n\n[r]: https://example.org/report');
    expect(issues).toEqual([]);
    const html = renderBody(tree!, { mediaBase: MEDIA }).html;
    expect(html.match(/<a href="https:\/\/example\.org\/report" rel="noopener noreferrer ugc">/g)).toHaveLength(3);
  });

  test('a reference without a definition stays visible text', () => {
    const { tree, issues } = check('See ![A][missing] and [B][nowhere].');
    expect(issues).toEqual([]);
    const html = renderBody(tree!, { mediaBase: MEDIA }).html;
    expect(html).toContain('![A][missing]');
    expect(html).toContain('[B][nowhere]');
    expect(html).not.toContain('<img');
  });

  test('footnotes: their content is checked like the text, and their links reach their targets', () => {
    const { tree, issues } = check(
      'Text[^a] and more[^b].\n\n[^a]: A [source](https://example.org).\n[^b]: ![Chart][c]\n\n[c]: ./photo.jpg',
    );
    expect(issues).toEqual([]);
    const html = renderBody(tree!, { mediaBase: MEDIA }).html;
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    expect(targets.length).toBeGreaterThanOrEqual(4);
    for (const target of targets) expect(ids, target).toContain(target);
    for (const [, label] of html.matchAll(/aria-describedby="([^"]+)"/g)) expect(ids).toContain(label);
    // Every id made from the editor's text is prefixed, so none can clobber the page's own (DOM clobbering).
    for (const id of ids) expect(id).toMatch(/^user-content-|^footnote-label$/);
    expect(html).toContain(`<img src="${MEDIA}photo.jpg" alt="Chart">`);
  });

  test('the first of two definitions of a label is the one checked and used', () => {
    expect(check('![A][p]\n\n[p]: ./photo.jpg\n[p]: https://host/x.gif').issues).toEqual([]);
    expect(check('![A][p]\n\n[p]: https://host/x.gif\n[p]: ./photo.jpg').issues[0]?.message).toMatch(/another website/);
  });
});

test('reproduction 5 through the whole check: the file and the line of the reference image are named', async () => {
  const fixture = copyFixture();
  try {
    const file = 'practices/safe-routes/es.mdx';
    fixture.edit(file, (text) => `${text}\n![][p]\n\n[p]: https://host/x.gif\n`);
    const lines = fixture.read(file).split('\n');
    const line = lines.indexOf('![][p]') + 1;
    const { catalogue, issues } = await fixture.load();
    expect(catalogue).toBeUndefined();
    const mine = issues.filter((i) => i.file.endsWith(file));
    expect(mine.map((i) => [i.line, i.field])).toEqual([
      [line, 'body'],
      [line, 'body'],
    ]);
    expect(mine.map((i) => i.message).join(' ')).toMatch(
      /no text alternative.*another website|another website.*no text alternative/,
    );
  } finally {
    fixture.dispose();
  }
});
