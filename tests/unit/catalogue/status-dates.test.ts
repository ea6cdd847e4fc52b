/**
 * Issue #17, what must hold 5: a status its dates contradict ("planned"
 * next to "since 2023") is a warning of the check, at the status line, with
 * a fix, in the editor's language; the content stays valid.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { MESSAGE_LANGUAGES, setMessageLanguage } from '../../../src/catalogue/messages/index.ts';
import { statusDateWarnings } from '../../../src/catalogue/warnings.ts';
import { copyFixture, type FixtureCatalogue } from '../../helpers/fixture-catalogue.ts';

const PRACTICE = 'practices/street-lighting-audit/fr.mdx';
let fixture: FixtureCatalogue | undefined;
afterEach(() => {
  fixture?.dispose();
  fixture = undefined;
  setMessageLanguage('en');
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
