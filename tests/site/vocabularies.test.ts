/**
 * Issue #15, what must hold 2: the vocabulary page of each language lists
 * every vocabulary of content/taxonomies/ with each id and its labels in
 * the three languages, says how to propose a term, and is reached from the
 * footer of every page; in Chromium, against the built site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { VOCABULARY_FIELDS } from '../../src/editorial/vocabulary-fields.ts';
import { VOCABULARIES } from '../../src/schemas/taxonomy.ts';
import { LANGUAGES, PHONE, runAxe, siteUrl, useBrowser } from './browser.ts';
import { contentDir } from './content.ts';

const { newPage } = useBrowser();

const vocabulary = (name: string) =>
  (
    parseYaml(readFileSync(join(contentDir, 'taxonomies', `${name}.yaml`), 'utf8')) as {
      id: string | number;
      label: Record<string, string>;
    }[]
  ).map((e) => ({ id: String(e.id), label: e.label }));

test('the page covers every vocabulary the catalogue knows', () => {
  expect(VOCABULARY_FIELDS.map((f) => f.vocabulary).sort()).toEqual([...VOCABULARIES].sort());
});

describe.each(LANGUAGES)('the vocabulary page in %s', (lang) => {
  test('lists every id with its three labels, the field and file of each vocabulary, and how to propose a term', async () => {
    const { page } = await newPage();
    await page.goto(siteUrl(`/${lang}/`));
    // Reached from the footer, as the check and CONTRIBUTING say.
    await page.locator('footer a[href$="/editors/vocabularies/"]').click();
    await page.waitForURL(`**/${lang}/editors/vocabularies/`);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    for (const { vocabulary: name, field } of VOCABULARY_FIELDS) {
      const section = page.locator(`section[data-vocabulary="${name}"]`);
      await expect(section.locator('p code').allTextContents()).resolves.toEqual([
        `${field}:`,
        `content/taxonomies/${name}.yaml`,
      ]);
      const rows = await section.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          id: tr.getAttribute('data-term'),
          cells: [...tr.querySelectorAll('td')].map((td) => [td.getAttribute('lang'), td.textContent?.trim()]),
        })),
      );
      const terms = vocabulary(name);
      expect(
        rows.map((r) => r.id),
        name,
      ).toEqual(terms.map((t) => t.id));
      for (const [index, term] of terms.entries()) {
        const cells = Object.fromEntries(rows[index]!.cells);
        for (const l of LANGUAGES) expect(cells[l], `${name} ${term.id} ${l}`).toBe(term.label[l]);
        // The visitor's own language comes first.
        expect(rows[index]!.cells[0]![0]).toBe(lang);
      }
    }
    expect(await page.locator('main').textContent()).toMatch(/pull request/);
    expect(await runAxe(page)).toEqual([]);
  });

  test('on a phone, the tables fit the width: nothing makes the page scroll sideways', async () => {
    const { page } = await newPage(PHONE);
    await page.goto(siteUrl(`/${lang}/editors/vocabularies/`));
    const beyond = await page.evaluate(
      () =>
        [...document.querySelectorAll('main *')].filter(
          (el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
        ).length,
    );
    expect(beyond).toBe(0);
    expect(await runAxe(page)).toEqual([]);
  });
});
