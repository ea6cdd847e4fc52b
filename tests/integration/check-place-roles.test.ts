/**
 * Issue #16 point 4, as an editor meets it: bad roles of places in a
 * practice's cities, reported all together by the check command, each with
 * file:line, field, message and fix, in French, English and Spanish.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyFixture, type FixtureCatalogue } from '../helpers/fixture-catalogue.ts';

const PRACTICE = 'practices/street-lighting-audit/fr.mdx';
let fixture: FixtureCatalogue;
let lineOf: (needle: string) => number;

beforeAll(() => {
  fixture = copyFixture();
  fixture.edit(PRACTICE, (text) =>
    text.replace(
      'cities: [villeneuve]',
      [
        'cities:',
        '  - city: villeneuve',
        '    role: Partenaire',
        '  - { city: puerto-clar, roles: lead }',
        '  - [villeneuve, funder]',
      ].join('\n'),
    ),
  );
  const text = fixture.read(PRACTICE);
  lineOf = (needle) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
});
afterAll(() => fixture.dispose());

function check(lang: string) {
  const env = { ...process.env };
  for (const name of ['ATLAS_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) delete env[name];
  return spawnSync(process.execPath, ['scripts/check.ts', '--content', fixture.dir, '--lang', lang], {
    encoding: 'utf8',
    env,
  });
}

describe('npm run check on bad roles of places', { timeout: 60_000 }, () => {
  test('in French: the role written as its label, a misspelt key, a place of the wrong form, all at once', () => {
    const run = check('fr');
    expect(run.status).toBe(1);
    const file = `practices/street-lighting-audit/fr.mdx`;
    expect(run.stderr).toContain(
      `${file}:${lineOf('role: Partenaire')} cities[0].role: "Partenaire" n’est pas dans le vocabulaire place-roles`,
    );
    expect(run.stderr).toContain('    → vouliez-vous dire "partner" ?');
    expect(run.stderr).toMatch(
      new RegExp(
        `${file.replace(/[./]/g, '\\$&')}:${lineOf('roles: lead')} cities\\[1\\]\\.roles: .*\\n    → vouliez-vous dire "role" \\?`,
      ),
    );
    expect(run.stderr).toContain(
      `${file}:${lineOf('- [villeneuve, funder]')} cities[2]: Écrivez chaque lieu par l’identifiant de sa ville, par exemple "- barcelona", ou avec sa façon de prendre part à la pratique : "- { city: zio-1, role: partner }".`,
    );
    // The city id of the object form is checked too, with the id it seems to mean.
    expect(run.stderr).toMatch(new RegExp(`:${lineOf('puerto-clar')} cities\\[1\\]\\.city: .*puerto-clar`));
    expect(run.stderr).toContain('    → vouliez-vous dire "puerto-claro" ?');
    expect(run.stderr).not.toMatch(/is not|did you mean/);
  });

  test('in English and Spanish, the same problems in the editor’s words', () => {
    const english = check('en');
    expect(english.status).toBe(1);
    expect(english.stderr).toContain(`cities[0].role: "Partenaire" is not in the vocabulary place-roles`);
    expect(english.stderr).toContain('    → did you mean "partner"?');
    expect(english.stderr).toContain(
      'cities[2]: Write each place as a city id, for example "- barcelona", or with how it takes part: "- { city: zio-1, role: partner }".',
    );
    const spanish = check('es');
    expect(spanish.status).toBe(1);
    expect(spanish.stderr).toContain(`cities[0].role: "Partenaire" no está en el vocabulario place-roles`);
    expect(spanish.stderr).toContain('    → ¿quiso decir "partner"?');
    expect(spanish.stderr).toContain('cities[2]: Escriba cada lugar con el identificador de su ciudad');
  });
});
