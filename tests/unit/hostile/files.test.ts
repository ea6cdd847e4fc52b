/**
 * Issue #13, hostile files: links out of content/, links to nothing or in
 * a loop, special files, files past their size limit, YAML alias bombs.
 * Each is a problem of its file, named, with nothing of what a link leads to
 * in the report, and the check never throws nor hangs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { en } from '../../../src/catalogue/messages/en.ts';
import { guardFileReading } from '../../../src/catalogue/safe-file.ts';
import { MAX_YAML_ALIASES, MAX_YAML_DEPTH } from '../../../src/catalogue/yaml-source.ts';
import {
  aliasBomb,
  CITY,
  DATASET,
  hostileCatalogue,
  PRACTICE,
  runCheckScript,
  SECRET,
  type HostileCatalogue,
} from '../../helpers/hostile-catalogue.ts';

let catalogue: HostileCatalogue | undefined;
afterEach(() => {
  catalogue?.dispose();
  catalogue = undefined;
});
const make = () => (catalogue = hostileCatalogue());
const C = 'content/';

const base = (file: string) => file.split('/').pop()!;
const outsideLink = (file: string) => ({
  file: `${C}${file}`,
  line: 1,
  message: en.fileLinkOutside({ file: base(file) }),
  suggestion: en.fileLinkOutsideFix(),
});
const folderOutside = (file: string) => ({
  file: `${C}${file}`,
  line: 1,
  message: en.fileFolderLinkOutside({ file: base(file) }),
  suggestion: en.fileLinkOutsideFix(),
});
const dangling = (file: string) => ({
  file: `${C}${file}`,
  line: 1,
  message: en.fileLinkDangling({ file: base(file) }),
  suggestion: en.fileLinkFix(),
});
const loop = (file: string) => ({
  file: `${C}${file}`,
  line: 1,
  message: en.fileLinkLoop({ file: base(file) }),
  suggestion: en.fileLinkFix(),
});

/** A CSV whose every cell is the secret: whichever part a message quoted, the secret would show. */
const secretCsv = `${SECRET},${SECRET},${SECRET}\n${SECRET};${SECRET}\n"${SECRET}`;
const secretMdx = `---\ntitle: ${SECRET}\nsummary: ${SECRET}\n${SECRET}: x\n---\n\n<${SECRET} />\n`;

describe('a symbolic link out of content/ is refused, named, and never read', { timeout: 120_000 }, () => {
  test('observations.csv → a file outside: refused; no cell of it reaches the report', async () => {
    const c = make();
    c.link(`${DATASET}/observations.csv`, c.writeOutside('secret.csv', secretCsv));
    const { issues, report, valid } = await c.check();
    expect(valid).toBe(false);
    expect(issues).toEqual([outsideLink(`${DATASET}/observations.csv`)]);
    expect(report).not.toContain(SECRET);
  });

  test('observations.csv → /proc/self/environ: the environment of the check (a CI secret) never shows, in any language', () => {
    const c = make();
    c.link(`${DATASET}/observations.csv`, '/proc/self/environ');
    for (const lang of ['en', 'fr', 'es']) {
      const run = runCheckScript(c.dir, { ATLAS_TEST_SECRET: SECRET }, ['--lang', lang]);
      expect(run.status).toBe(1);
      expect(run.stdout + run.stderr).not.toContain(SECRET);
      expect(run.stdout + run.stderr).not.toContain('PATH=');
      expect(run.stderr).toContain(`${DATASET}/observations.csv`);
      expect(run.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    }
  });

  test('observations.csv → /etc/passwd: not even its first line', async () => {
    const c = make();
    c.link(`${DATASET}/observations.csv`, '/etc/passwd');
    const { issues, report } = await c.check();
    expect(issues).toEqual([outsideLink(`${DATASET}/observations.csv`)]);
    expect(report).not.toMatch(/root:|nologin|\/bin\/(ba)?sh/);
  });

  test('a text (fr.mdx) → a file outside: refused, nothing of it shown or published', async () => {
    const c = make();
    c.link(`${PRACTICE}/fr.mdx`, c.writeOutside('practice.mdx', secretMdx));
    const { issues, report, valid } = await c.check();
    expect(valid).toBe(false);
    // Its translation (en.mdx) is not told its original is missing: the one problem is the link.
    expect(issues).toEqual([outsideLink(`${PRACTICE}/fr.mdx`)]);
    expect(report).not.toContain(SECRET);
  });

  test('an image → a picture outside: refused, never opened', async () => {
    const c = make();
    c.link(`${PRACTICE}/photo.png`, c.writeOutside('photo.png', SECRET));
    const { issues, report } = await c.check();
    expect(issues).toEqual([outsideLink(`${PRACTICE}/photo.png`)]);
    expect(report).not.toContain(SECRET);
  });

  test('a practice, city or dataset folder → a folder outside: refused without listing it', async () => {
    const c = make();
    const folder = join(c.outside, `${SECRET}-folder`);
    mkdirSync(join(folder, SECRET), { recursive: true });
    c.writeOutside(`${SECRET}-folder/fr.mdx`, secretMdx);
    c.link('practices/linked-practice', folder);
    c.link('cities/linked-city', folder);
    c.link('kpis/datasets/linked-data', folder);
    const { issues, report } = await c.check();
    expect(issues).toEqual(
      expect.arrayContaining([
        outsideLink('practices/linked-practice'),
        outsideLink('cities/linked-city'),
        outsideLink('kpis/datasets/linked-data'),
      ]),
    );
    expect(issues).toHaveLength(3);
    expect(report).not.toContain(SECRET);
  });

  test('the practices or taxonomies folder itself → outside: refused, none of its names listed', async () => {
    const c = make();
    const practices = join(c.outside, 'practices');
    mkdirSync(join(practices, SECRET), { recursive: true });
    c.link('practices', practices);
    c.writeOutside('themes.yaml', `- id: ${SECRET}\n  label: ${SECRET}\n`);
    c.link('taxonomies', c.outside);
    const { issues, report } = await c.check();
    expect(issues).toContainEqual(outsideLink('practices'));
    expect(issues).toContainEqual(outsideLink('taxonomies'));
    expect(issues).toContainEqual(folderOutside('taxonomies/themes.yaml'));
    expect(report).not.toContain(SECRET);
    expect(report).not.toContain('secret');
  });

  test('site.yaml, a vocabulary, indicators.yaml and dataset.yaml → files outside: each refused by name', async () => {
    const c = make();
    const secretYaml = c.writeOutside('secret.yaml', `name: ${SECRET}\n${SECRET}: [${SECRET}]\n`);
    for (const file of ['site.yaml', 'taxonomies/themes.yaml', 'kpis/indicators.yaml', `${DATASET}/dataset.yaml`])
      c.link(file, secretYaml);
    const { issues, report } = await c.check();
    for (const file of ['site.yaml', 'taxonomies/themes.yaml', 'kpis/indicators.yaml', `${DATASET}/dataset.yaml`])
      expect(issues).toContainEqual(outsideLink(file));
    expect(report).not.toContain(SECRET);
  });

  test('a link that stays inside content/ is followed: an image shared with a city, a vocabulary kept elsewhere in content/', async () => {
    const c = make();
    c.writeBytes(`${CITY}/photo.png`, execFileSync('convert', ['-size', '8x8', 'xc:red', 'png:-']));
    c.link(`${PRACTICE}/photo.png`, `../../${CITY}/photo.png`);
    c.write('shared/themes.yaml', c.read('taxonomies/themes.yaml'));
    c.link('taxonomies/themes.yaml', '../shared/themes.yaml');
    const { issues, valid } = await c.check();
    expect(issues).toEqual([]);
    expect(valid).toBe(true);
  });
});

describe(
  'variants: chains of links, escapes by "..", links through a linked folder, mixed case',
  { timeout: 120_000 },
  () => {
    test('a link to a link inside content/ that leads out is refused; so is one climbing out with ../', async () => {
      const c = make();
      const secret = c.writeOutside('secret.csv', secretCsv);
      c.link('kpis/relay.csv', secret);
      c.link(`${DATASET}/observations.csv`, '../../relay.csv');
      c.link(`${CITY}/es.mdx`, `../../../outside/secret.csv`);
      const { issues, report } = await c.check();
      expect(issues).toEqual(
        expect.arrayContaining([outsideLink(`${DATASET}/observations.csv`), outsideLink(`${CITY}/es.mdx`)]),
      );
      expect(report).not.toContain(SECRET);
    });

    test('a file reached through a folder link inside content/ that leads out is refused as such', async () => {
      const c = make();
      c.writeOutside('data/observations.csv', secretCsv);
      c.link('kpis/datasets/relay', join(c.outside, 'data'));
      c.link(`${DATASET}/observations.csv`, '../relay/observations.csv');
      const { issues, report } = await c.check();
      expect(issues).toEqual(
        expect.arrayContaining([outsideLink('kpis/datasets/relay'), outsideLink(`${DATASET}/observations.csv`)]),
      );
      expect(report).not.toContain(SECRET);
    });

    test('an image named in capitals (PHOTO.JPG, Plan.Png) is checked like any other', async () => {
      const c = make();
      c.write(`${PRACTICE}/PHOTO.JPG`, SECRET);
      c.link(`${PRACTICE}/Plan.Png`, c.writeOutside('plan.png', SECRET));
      const { issues, report } = await c.check();
      expect(issues).toEqual(
        expect.arrayContaining([
          {
            file: `${C}${PRACTICE}/PHOTO.JPG`,
            line: 1,
            message: en.imageNotImage({ file: 'PHOTO.JPG' }),
            suggestion: en.imageNotImageFix({ formats: 'JPEG, PNG, WebP, AVIF, GIF' }),
          },
          outsideLink(`${PRACTICE}/Plan.Png`),
        ]),
      );
      expect(issues).toHaveLength(2);
      expect(report).not.toContain(SECRET);
    });
  },
);

describe('links to nothing and loops are reported, never crashed on', { timeout: 120_000 }, () => {
  test('in a practice folder, a city folder and a dataset folder; as the folder itself', async () => {
    const c = make();
    c.link(`${PRACTICE}/es.mdx`, 'nowhere.mdx');
    c.link(`${PRACTICE}/photo.jpg`, 'missing.jpg');
    c.link(`${CITY}/en.mdx`, 'en.mdx');
    c.link(`${DATASET}/observations.csv`, 'observations.csv');
    c.link('practices/gone', '../nothing-here');
    c.link('cities/round', 'round');
    c.link('kpis/datasets/ping', 'pong');
    c.link('kpis/datasets/pong', 'ping');
    const { issues } = await c.check();
    expect(issues).toEqual(
      expect.arrayContaining([
        dangling(`${PRACTICE}/es.mdx`),
        dangling(`${PRACTICE}/photo.jpg`),
        loop(`${CITY}/en.mdx`),
        loop(`${DATASET}/observations.csv`),
        dangling('practices/gone'),
        loop('cities/round'),
        loop('kpis/datasets/ping'),
        loop('kpis/datasets/pong'),
      ]),
    );
    expect(issues).toHaveLength(8);
  });

  test('the same on worker threads (as a large catalogue is read)', async () => {
    const c = make();
    c.link(`${PRACTICE}/es.mdx`, 'nowhere.mdx');
    c.link('cities/round', 'round');
    const { issues } = await c.check({ workers: 1 });
    expect(issues).toEqual([dangling(`${PRACTICE}/es.mdx`), loop('cities/round')]);
  });

  test('npm run check prints them as problems, with no stack trace', () => {
    const c = make();
    c.link(`${PRACTICE}/es.mdx`, 'nowhere.mdx');
    c.link('cities/round', 'round');
    const run = runCheckScript(c.dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${PRACTICE}/es.mdx:1 ${en.fileLinkDangling({ file: 'es.mdx' })}`);
    expect(run.stderr).toContain('2 problems in 2 files.');
    expect(run.stderr).not.toMatch(/Error:|\n\s+at /);
  });
});

describe('special files and sizes', { timeout: 120_000 }, () => {
  test('a pipe named observations.csv is refused at once: the check does not wait for a writer', async () => {
    const c = make();
    c.remove(`${DATASET}/observations.csv`);
    execFileSync('mkfifo', [join(c.dir, DATASET, 'observations.csv')]);
    const { issues } = await c.check();
    expect(issues).toEqual([
      {
        file: `${C}${DATASET}/observations.csv`,
        line: 1,
        message: en.fileNotOrdinary({ file: 'observations.csv' }),
        suggestion: en.fileLinkFix(),
      },
    ]);
  });

  test('a folder named dataset.yaml is reported as a folder, not read', async () => {
    const c = make();
    c.remove(`${DATASET}/dataset.yaml`);
    mkdirSync(join(c.dir, DATASET, 'dataset.yaml'));
    const { issues } = await c.check();
    expect(issues).toContainEqual({
      file: `${C}${DATASET}/dataset.yaml`,
      line: 1,
      message: en.fileIsFolder({ file: 'dataset.yaml' }),
      suggestion: en.fileIsFolderFix(),
    });
  });

  test('a text past 1 MB, a vocabulary past 2 MB: refused with their sizes, not read', async () => {
    const c = make();
    c.edit(`${PRACTICE}/fr.mdx`, (t) => `${t}\n${'Un long texte. '.repeat(70_000)}\n`);
    c.edit('taxonomies/themes.yaml', (t) => `${t}\n${'# commentaire\n'.repeat(150_000)}`);
    const { issues } = await c.check();
    const fr = issues.find((i) => i.file === `${C}${PRACTICE}/fr.mdx`)!;
    expect(fr.message).toMatch(/^This file weighs 1\.\d MB, more than the 1 MB the check reads\.$/);
    expect(fr.suggestion).toBe(en.textTooLargeFix());
    expect(issues.find((i) => i.file === `${C}taxonomies/themes.yaml`)!.message).toMatch(
      /weighs 2\.\d MB, more than the 2 MB/,
    );
  });
});

describe('YAML alias bombs are stopped at the alias limit, in every YAML the check reads', { timeout: 120_000 }, () => {
  const bombed = (file: string, line: number) => ({
    file: `${C}${file}`,
    line,
    message: en.yamlTooManyAliases({ limit: MAX_YAML_ALIASES }),
    suggestion: en.yamlTooManyAliasesFix(),
  });

  test('front matter, site.yaml, indicators.yaml, a vocabulary, dataset.yaml: a problem at the first alias', async () => {
    const c = make();
    c.edit(`${PRACTICE}/fr.mdx`, (t) => t.replace('---\n', `---\n${aliasBomb()}\n`));
    c.edit(`${CITY}/fr.mdx`, (t) => t.replace('---\n', `---\n${aliasBomb()}\n`));
    c.edit('site.yaml', (t) => `${t}\n${aliasBomb()}\n`);
    c.write('kpis/indicators.yaml', `${aliasBomb('- x')}\n`.replace(/^- x(\d): /gm, '- '));
    c.write(
      'taxonomies/themes.yaml',
      `- id: x\n  label: { fr: a, en: b, es: c }\n  extra:\n    ${aliasBomb().split('\n').join('\n    ')}\n`,
    );
    c.edit(`${DATASET}/dataset.yaml`, (t) => `${aliasBomb()}\n${t}`);
    const { issues } = await c.check();
    const siteLines = c.read('site.yaml').split('\n');
    expect(issues).toEqual(
      expect.arrayContaining([
        bombed(`${PRACTICE}/fr.mdx`, 3),
        bombed(`${CITY}/fr.mdx`, 3),
        bombed('site.yaml', siteLines.findIndex((l) => l.includes('*a0')) + 1),
        bombed('kpis/indicators.yaml', 2),
        bombed('taxonomies/themes.yaml', 5),
        bombed(`${DATASET}/dataset.yaml`, 2),
      ]),
    );
  });

  test('nesting past the depth limit (flow brackets, indentation, "- - -") is one problem at its line (not one per parser retry), found before parsing', async () => {
    const c = make();
    c.edit(`${PRACTICE}/fr.mdx`, (t) => t.replace('---\n', `---\nx: ${'['.repeat(100_000)}\n`));
    c.edit(`${CITY}/fr.mdx`, (t) => t.replace('---\n', `---\nx: ${'{a: '.repeat(50_000)}\n`));
    c.write('kpis/indicators.yaml', `${'- '.repeat(100_000)}x\n`);
    c.edit(
      'site.yaml',
      (t) => `${t}${Array.from({ length: 200 }, (_, i) => `${' '.repeat(2 * i)}k${i}:`).join('\n')}\n`,
    );
    const { issues } = await c.check();
    const deep = (file: string, line: number) => ({
      file: `${C}${file}`,
      line,
      message: en.yamlTooDeep({ limit: MAX_YAML_DEPTH }),
      suggestion: en.yamlTooDeepFix(),
    });
    const siteLines = c.read('site.yaml').split('\n');
    expect(issues).toEqual(
      expect.arrayContaining([
        deep(`${PRACTICE}/fr.mdx`, 2),
        deep(`${CITY}/fr.mdx`, 2),
        deep('kpis/indicators.yaml', 1),
        deep('site.yaml', siteLines.findIndex((l) => l.startsWith(`${' '.repeat(2 * (MAX_YAML_DEPTH + 1))}k`)) + 1),
      ]),
    );
    expect(issues.filter((i) => i.message === en.yamlTooDeep({ limit: MAX_YAML_DEPTH }))).toHaveLength(4);
  });

  test('an exception no reader foresaw becomes a problem of its file, naming the error kind and never its text', () => {
    const issues: { file: string; line: number; message: string; suggestion?: string }[] = [];
    const value = guardFileReading(
      'content/x.mdx',
      issues,
      () => {
        throw new RangeError(`Maximum call stack size exceeded near ${SECRET}`);
      },
      'fallback',
    );
    expect(value).toBe('fallback');
    expect(issues).toEqual([
      {
        file: 'content/x.mdx',
        line: 1,
        message: en.fileCheckFailed({ error: 'RangeError' }),
        suggestion: en.fileCheckFailedFix(),
      },
    ]);
    expect(JSON.stringify(issues)).not.toContain(SECRET);
  });

  test('a few aliases, as an editor may use them, still read', async () => {
    const c = make();
    c.edit(
      'taxonomies/themes.yaml',
      (t) => `${t.replace('label: {', 'label: &shared {')}- id: public-space-2\n  label: *shared\n`,
    );
    expect(c.read('taxonomies/themes.yaml')).toMatch(/&shared[^]*\*shared/);
    const { issues } = await c.check();
    expect(issues).toEqual([]);
  });
});
