import { describe, expect, test } from 'vitest';
import { parseBody } from '../../../src/catalogue/body/parse-body.ts';
import { renderBody } from '../../../src/catalogue/body/render-body.ts';
import { classifyUrl } from '../../../src/catalogue/body/check-url.ts';
import type { ContentIssue } from '../../../src/catalogue/issues.ts';

const context = { file: 'content/practices/x/fr.mdx', firstLine: 10, folderFiles: new Set(['fr.mdx', 'photo.jpg']) };

function check(body: string) {
  const issues: ContentIssue[] = [];
  const tree = parseBody(body, context, issues);
  return { tree, issues };
}

function render(body: string) {
  const { tree, issues } = check(body);
  expect(issues).toEqual([]);
  return renderBody(tree!, { mediaBase: '/atlas/media/practices/x/' });
}

describe('refused patterns, each with the file line and advice', () => {
  test.each([
    ['an import', 'import fs from "node:fs"\n\nText.', /import/, 10],
    ['an export', 'Text.\n\nexport const x = 1', /export/, 12],
    ['an expression', 'Text {process.env.SECRET} here.', /curly braces/, 10],
    ['a flow expression', '{fetch("https://evil.example")}', /curly braces/, 10],
    ['a comment in braces', '{/* note */}', /Comments/, 10],
    ['a script tag', '<script>alert(1)</script>', /<script> is not allowed/, 10],
    ['an iframe', '\n<iframe src="https://example.org" />', /<iframe> is not allowed/, 11],
    ['an object', '<object data="x.swf" />', /<object> is not allowed/, 10],
    ['an unknown component', '<Chart data="x" />', /<Chart> is not allowed/, 10],
    ['a div', '<div>text</div>', /<div> is not allowed/, 10],
    ['an event handler', '<Figure src="./photo.jpg" alt="A" onClick="alert(1)" />', /event handler/, 10],
    ['an attribute expression', '<KeyFigure value={1+1} label="x" />', /must be text in quotes/, 10],
    ['a spread attribute', '<KeyFigure {...props} />', /curly braces, which is code/, 10],
    ['a javascript: link', '[click](javascript:alert(1))', /not allowed/, 10],
    ['an obfuscated javascript: link', '[click](java&#x09;script:alert(1))', /not allowed|relative/, 10],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)', /not allowed/, 10],
    ['a vbscript: link', '[x](vbscript:msgbox)', /not allowed/, 10],
    ['an image from another host', '![x](https://tracker.example/pixel.png)', /another website/, 10],
    ['an image missing from the folder', '![x](./missing.png)', /not in this folder/, 10],
    ['a data: image', '![x](data:image/png;base64,AAAA)', /not allowed/, 10],
    ['a level-1 heading', '# Title again', /page title/, 10],
    ['a heading that skips a level', '## A\n\n#### B', /jumps/, 12],
    ['a component inside a sentence', 'See <KeyFigure value="1" label="x" /> here.', /own line/, 10],
    ['a component missing an attribute', '<Figure src="./photo.jpg" />', /needs its "alt"/, 10],
    ['a Markdown image without a text alternative', '![](./photo.jpg)', /no text alternative/, 10],
    ['an HTML comment', 'Text.\n\n<!-- note -->', /HTML comments/, 12],
    [
      'text inside a self-contained component',
      '<KeyFigure value="1" label="x">\ntext\n</KeyFigure>',
      /takes no text/,
      10,
    ],
  ])('%s', (_name, body, message, line) => {
    const { tree, issues } = check(body);
    expect(tree).toBeUndefined();
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]).toMatchObject({ file: context.file, line, field: 'body' });
    expect(issues.map((i) => i.message).join('\n')).toMatch(message);
    expect(issues[0]!.suggestion).toBeTruthy();
  });

  test.each([
    ['an unclosed brace', 'First line.\n\nAn unclosed {brace here.', 12, /\\\{/],
    ['a stray tag', 'First line.\n\nWhen a <b. we stop.', 12, /&lt;b\./],
    ['an unclosed component', 'x\n\n<Quote author="a">\nno close', 12, /<\/Quote>/],
  ])('a syntax error (%s) points at its line with a way out', (_name, body, line, advice) => {
    const { issues } = check(body);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line, field: 'body' });
    expect(issues[0]!.suggestion).toMatch(advice);
  });

  test('a lone "<" followed by a space is just text', () => {
    expect(check('When a < b we stop.').issues).toEqual([]);
  });

  test('every problem of a body is reported, not just the first', () => {
    const { issues } = check('<script>x</script>\n\n[a](javascript:x)\n\n<Chart />');
    expect(issues.map((i) => i.line)).toEqual([10, 12, 14]);
  });

  test('an empty attribute is reported once', () => {
    expect(check('<Figure src="./photo.jpg" alt="" />').issues.map((i) => i.message)).toEqual([
      'The attribute "alt" of <Figure> is empty.',
    ]);
  });

  test('curly quotes from a word processor around attribute values are accepted', () => {
    const { tree, issues } = check('<Figure src=“./photo.jpg” alt=“Women walking” />');
    expect(issues).toEqual([]);
    expect(renderBody(tree!, { mediaBase: '/m/' }).html).toContain('alt="Women walking"');
  });

  test('a misspelt component gets the right name', () => {
    expect(check('<Qoute author="A">x</Qoute>').issues[0]!.suggestion).toBe('did you mean <Quote>?');
  });
});

describe('rendering', () => {
  test('Markdown becomes HTML, with body headings nested under the page section', () => {
    const { html } = render('## Goals\n\nSome **bold** and a [link](https://example.org).\n\n- one\n- two');
    expect(html).toContain('<h3>Goals</h3>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer ugc">link</a>');
    expect(html).toContain('<li>one</li>');
  });

  test('the three components render to semantic HTML', () => {
    const { html, images } = render(
      '<Figure src="./photo.jpg" alt="Women walking" caption="A night walk" credit="City" />\n\n<KeyFigure value="390 000 €" label="Budget" />\n\n<Quote author="S. T." role="President">\nWe will **cooperate**.\n</Quote>',
    );
    expect(html).toContain(
      '<img src="/atlas/media/practices/x/photo.jpg" alt="Women walking" loading="lazy" decoding="async">',
    );
    expect(html).toContain('<figcaption>A night walk <span class="figure__credit">City</span></figcaption>');
    expect(html).toContain('<p class="key-figure__value">390 000 €</p><figcaption>Budget</figcaption>');
    expect(html).toMatch(
      /<blockquote>\s*<p>We will <strong>cooperate<\/strong>.<\/p>\s*<\/blockquote><figcaption>— S. T., <span class="quote__role">President<\/span><\/figcaption>/,
    );
    expect(images).toEqual(['photo.jpg']);
  });

  test('text that looks like HTML stays text', () => {
    const { html } = render('Write \\<script\\> and \\{braces\\} as text.');
    expect(html).toContain('&#x3C;script>');
    expect(html).not.toContain('<script');
  });

  test('table alignment becomes classes, not the obsolete align attribute', () => {
    const { html } = render('| a | b |\n|:--|--:|\n| 1 | 2 |');
    expect(html).toContain('class="align-right"');
    expect(html).not.toContain('align=');
  });

  test.each([
    ['fr', 'Notes', 'Revenir à l’appel de note 1'],
    ['en', 'Footnotes', 'Back to reference 1'],
    ['es', 'Notas', 'Volver a la referencia 1'],
  ] as const)('footnotes are headed and linked back in the body’s language (%s)', (lang, heading, back) => {
    const { tree } = check('A claim.[^1]\n\n[^1]: Its source.');
    const { html } = renderBody(tree!, { mediaBase: '/m/', lang });
    expect(html).toMatch(new RegExp(`<h3[^>]*id="footnote-label"[^>]*>${heading}</h3>`));
    expect(html).toContain(`aria-label="${back}"`);
  });
});

describe('address kinds', () => {
  test.each([
    ['https://example.org', 'web'],
    ['mailto:a@b.org', 'mailto'],
    ['#part', 'anchor'],
    ['./photo.jpg', 'local-file'],
    ['../other/photo.jpg', 'relative'],
    ['//evil.example/x', 'forbidden-scheme'],
    [' javascript:alert(1)', 'forbidden-scheme'],
    ['java\tscript:alert(1)', 'forbidden-scheme'],
    ['https:evil', 'forbidden-scheme'],
  ])('%s is %s', (url, kind) => expect(classifyUrl(url)).toBe(kind));
});
