/**
 * Issue #15, what must hold 6: a future review date, a text alternative
 * that says nothing, and a quote left open are pointed out as warnings, in
 * the editor's language, at their line — and the content stays valid.
 * Issue #17, what must hold 5: so is a status its dates contradict
 * ("planned" next to "since 2023"), at the status line, with a fix.
 */
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, test } from 'vitest';
import { formatWarningReport } from '../../../src/catalogue/issues.ts';
import { MESSAGE_LANGUAGES, setMessageLanguage } from '../../../src/catalogue/messages/index.ts';
import { isWeakAlt, statusDateWarnings, unbalancedQuote } from '../../../src/catalogue/warnings.ts';
import sharp from 'sharp';
import { copyFixture, type FixtureCatalogue } from '../../helpers/fixture-catalogue.ts';

const PRACTICE = 'practices/street-lighting-audit/fr.mdx';
let fixture: FixtureCatalogue | undefined;
afterEach(() => {
  fixture?.dispose();
  fixture = undefined;
  setMessageLanguage('en');
});

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

// A real JPEG: the check opens every image a folder holds (image-check.ts).
const PHOTO = await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 200, g: 80, b: 40 } } })
  .jpeg()
  .toBuffer();

function slips(f: FixtureCatalogue) {
  f.write('practices/street-lighting-audit/photo.jpg', PHOTO);
  f.edit(PRACTICE, (t) =>
    t
      .replace('lastReviewed: "2026-01-15"', `lastReviewed: "${tomorrow()}"`)
      .replace('title: Audit de l’éclairage des rues', 'title: “Audit de l’éclairage des rues"')
      .concat(
        '\n![Photo](./photo.jpg)\n\n<Figure src="./photo.jpg" alt="IMG_2034.jpg" />\n\n![Des femmes dans une rue éclairée](./photo.jpg)\n',
      ),
  );
}

describe('warnings', () => {
  test.each(MESSAGE_LANGUAGES)(
    'in %s, each slip is a warning at its line, and the catalogue is still valid',
    (lang) => {
      setMessageLanguage(lang);
      fixture = copyFixture();
      slips(fixture);
      const { issues, warnings, catalogue } = fixture.load();
      expect(issues).toEqual([]);
      expect(catalogue).toBeDefined();
      const text = fixture.read(PRACTICE).split('\n');
      const lineOf = (start: string) => text.findIndex((l) => l.startsWith(start)) + 1;
      expect(warnings.map((w) => [w.field, w.line])).toEqual([
        ['title', lineOf('title:')],
        ['lastReviewed', lineOf('lastReviewed:')],
        ['body', lineOf('![Photo]')],
        ['body', lineOf('<Figure')],
      ]);
      for (const warning of warnings) expect(warning.suggestion).toBeTruthy();
      expect(formatWarningReport(warnings)).toMatch(
        { fr: /^4 avertissements/, en: /^4 warnings/, es: /^4 avisos/ }[lang],
      );
    },
  );

  test('npm run check prints the warnings and still passes', { timeout: 60_000 }, () => {
    fixture = copyFixture();
    slips(fixture);
    const run = spawnSync(process.execPath, ['scripts/check.ts', '--content', fixture.dir, '--lang', 'en'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^4 warnings: worth a look, though the content is accepted as it is\./m);
    expect(run.stdout).toContain(`lastReviewed: The review date ${tomorrow()} is in the future.`);
    expect(run.stdout).toContain('title: The quote mark “ has no partner in this text');
    expect(run.stdout).toContain('The text alternative "IMG_2034.jpg" does not say what the image shows.');
    expect(run.stdout).toMatch(/Content is valid/);
  });

  test.each([
    ['image', true],
    ['Photo', true],
    ['imagen', true],
    ['IMG_2034.jpg', true],
    ['dsc-0042', true],
    ['rue-eclairee.png', true],
    ['Des femmes marchent de nuit', false],
    ['Logo de la ville de Villeneuve', false],
  ])('the alternative "%s" is weak: %s', (alt, weak) => {
    expect(isWeakAlt(alt)).toBe(weak);
  });

  test.each([
    ['“City of Vienna"', '“'],
    ['« Villes sûres', '«'],
    ['Villes sûres »', '»'],
    ['The "Safe streets plan', '"'],
    ['“City of Vienna”', undefined],
    ['« Villes sûres » et "rues"', undefined],
    ['It’s the city’s plan', undefined],
  ])('quotes in %s: %s left alone', (text, quote) => {
    expect(unbalancedQuote(text)).toBe(quote);
  });
});

const warningsFor = (status: string, dates: Record<string, unknown>, lastReviewed: unknown = '2026-11-21') =>
  statusDateWarnings({
    file: 'content/practices/x/fr.mdx',
    data: { status, dates, lastReviewed },
    lineOf: (path) => (path[0] === 'status' ? 7 : 1),
    bodyLine: 20,
    today: '2026-12-03',
  }).map((w) => w.message);

describe('status and dates', () => {
  test.each([
    // status, dates, the words of the warning (undefined: none)
    ['planned', { start: '2023' }, 'started in 2023'],
    ['planned', { start: 2023 }, 'started in 2023'],
    ['planned', { start: '2026-11' }, undefined],
    ['planned', { start: '2027' }, undefined],
    ['planned', { start: '2020', end: '2022-06' }, 'ended in 2022-06'],
    ['ongoing', { start: '2020', end: '2022' }, 'ended in 2022'],
    ['ongoing', { start: '2020', end: '2026' }, undefined],
    ['ongoing', { start: '2028-01' }, 'only starts in 2028-01'],
    ['completed', { start: '2020', end: '2027' }, 'ends in 2027'],
    ['completed', { start: '2027' }, 'only starts in 2027'],
    ['completed', { start: '2020', end: '2024' }, undefined],
    ['discontinued', { start: '2020' }, undefined],
    ['unknown', { start: '2023' }, undefined],
    ['planned', {}, undefined],
  ])('%s with %o: %s', (status, dates, words) => {
    const messages = warningsFor(status, dates);
    if (words === undefined) expect(messages).toEqual([]);
    else {
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain(`"${status}"`);
      expect(messages[0]).toContain(words);
      expect(messages[0]).toContain('2026-11-21');
    }
  });

  test('without a valid review date, today is the reference', () => {
    expect(warningsFor('planned', { start: '2026-12' }, 'soon')).toEqual([]);
    expect(warningsFor('planned', { start: '2026-11' }, 'soon')[0]).toContain('2026-12-03');
  });

  test.each(MESSAGE_LANGUAGES)('in %s, the check warns at the status line with a fix', (lang) => {
    setMessageLanguage(lang);
    fixture = copyFixture();
    // The fixture's vocabulary has "ongoing" only: an end date before the review contradicts it.
    fixture.edit(PRACTICE, (t) => t.replace('end: "2027"', 'end: "2022"'));
    const { issues, warnings, catalogue } = fixture.load();
    expect(issues).toEqual([]);
    expect(catalogue).toBeDefined();
    const line = fixture.read(PRACTICE).split('\n').indexOf('status: ongoing') + 1;
    expect(warnings).toHaveLength(1);
    const [warning] = warnings;
    expect(warning).toMatchObject({ file: expect.stringContaining(PRACTICE), line, field: 'status' });
    expect(warning!.message).toContain('2022');
    expect(warning!.message).toMatch(
      { fr: /Le statut est "ongoing"/, en: /The status is "ongoing"/, es: /El estado es "ongoing"/ }[lang],
    );
    expect(warning!.suggestion).toMatch(
      { fr: /corrigez la date/, en: /correct the date/, es: /corrija la fecha/ }[lang],
    );
  });
});
