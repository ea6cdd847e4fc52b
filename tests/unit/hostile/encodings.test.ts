/**
 * Issue #13, encodings: a text, YAML or CSV file that is not UTF-8
 * (Windows-1252 as Notepad and Excel write it, UTF-16 with or without its
 * byte-order mark, NUL bytes) is refused with its name, the first bad line
 * and how to save it as UTF-8; nothing garbled reaches a catalogue.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { loadCatalogueInParallel } from '../../../src/catalogue/load-catalogue.ts';
import { en } from '../../../src/catalogue/messages/en.ts';
import { es } from '../../../src/catalogue/messages/es.ts';
import { fr } from '../../../src/catalogue/messages/fr.ts';
import { setMessageLanguage } from '../../../src/catalogue/messages/index.ts';
import { decodeUtf8 } from '../../../src/catalogue/safe-file.ts';
import {
  CITY,
  DATASET,
  hostileCatalogue,
  PRACTICE,
  runCheckScript,
  type HostileCatalogue,
} from '../../helpers/hostile-catalogue.ts';

let catalogue: HostileCatalogue | undefined;
afterEach(() => {
  catalogue?.dispose();
  catalogue = undefined;
  setMessageLanguage('en');
});
const make = () => (catalogue = hostileCatalogue());
const C = 'content/';

/** Text as Windows-1252 (Latin-1 for the letters used here): "é" is the single byte 0xE9. */
const windows1252 = (text: string) => Buffer.from(text, 'latin1');
const utf16le = (text: string, bom: boolean) =>
  Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]);
};
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
/** The first line with a letter beyond ASCII: the first one Windows-1252 writes differently. */
const firstAccentLine = (text: string) => text.split('\n').findIndex((l) => /[^\x00-\x7f]/.test(l)) + 1;

const notUtf8 = (file: string, line: number, csv = false) => ({
  file: `${C}${file}`,
  line,
  message: en.textNotUtf8(),
  suggestion: csv ? en.resaveCsvAsUtf8Fix() : en.resaveAsUtf8Fix(),
});
const isUtf16 = (file: string, csv = false) => ({
  file: `${C}${file}`,
  line: 1,
  message: en.textIsUtf16(),
  suggestion: csv ? en.resaveCsvAsUtf8Fix() : en.resaveAsUtf8Fix(),
});

describe('Windows-1252 and other non-UTF-8 bytes: refused at the first bad line', { timeout: 120_000 }, () => {
  test('a practice text, a city text, a vocabulary, site.yaml and dataset.yaml', async () => {
    const c = make();
    const practice = c.read(`${PRACTICE}/fr.mdx`).replace('## Démarche', '## Démarche à Montréal');
    c.writeBytes(`${PRACTICE}/fr.mdx`, windows1252(practice));
    const city = `${c.read(`${CITY}/fr.mdx`)}\nUne ville où l’on marche.\n`;
    c.writeBytes(`${CITY}/fr.mdx`, windows1252(city));
    const themes = c.read('taxonomies/themes.yaml');
    c.writeBytes('taxonomies/themes.yaml', windows1252(themes));
    const site = `${c.read('site.yaml')}# réglages\n`;
    c.writeBytes('site.yaml', windows1252(site));
    const dataset = c.read(`${DATASET}/dataset.yaml`).replace('Invented for tests', 'Données inventées');
    c.writeBytes(`${DATASET}/dataset.yaml`, windows1252(dataset));
    const { issues, report } = await c.check();
    expect(issues).toEqual(
      expect.arrayContaining([
        notUtf8(`${PRACTICE}/fr.mdx`, firstAccentLine(practice)),
        notUtf8(`${CITY}/fr.mdx`, firstAccentLine(city)),
        notUtf8('taxonomies/themes.yaml', firstAccentLine(themes)),
        notUtf8('site.yaml', firstAccentLine(site)),
        notUtf8(`${DATASET}/dataset.yaml`, firstAccentLine(dataset)),
      ]),
    );
    expect(report).not.toContain('\uFFFD');
  });

  test('a CSV saved by Excel as "CSV (comma delimited)": refused at the line of "Montréal", with the Excel way to save CSV UTF-8', async () => {
    const c = make();
    const csv = `${c.read(`${DATASET}/observations.csv`)}villeneuve,lit-streets-share,2023,60,Ville de Montréal\n`;
    c.writeBytes(`${DATASET}/observations.csv`, windows1252(csv));
    const { issues } = await c.check();
    expect(issues).toEqual([notUtf8(`${DATASET}/observations.csv`, lineOf(csv, 'Montréal'), true)]);
    expect(en.resaveCsvAsUtf8Fix()).toContain('"CSV UTF-8 (Comma delimited) (*.csv)"');
  });

  test('the build reads the same way: nothing garbled reaches a catalogue', async () => {
    const c = make();
    c.writeBytes(`${PRACTICE}/fr.mdx`, windows1252(c.read(`${PRACTICE}/fr.mdx`)));
    const { catalogue: built, issues } = await loadCatalogueInParallel({
      contentDir: c.dir,
      projectRoot: `${c.dir}/..`,
    });
    expect(built).toBeUndefined();
    expect(issues.map((i) => i.message)).toEqual([en.textNotUtf8()]);
  });

  test('a byte sequence cut short, an overlong encoding, a lone surrogate: each refused at its line', () => {
    const at = (bytes: number[]) => Buffer.concat([Buffer.from('a\nb\n'), Buffer.from(bytes), Buffer.from('\nc\n')]);
    for (const bad of [[0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xff], [0xe2, 0x82]]) {
      expect(decodeUtf8(at(bad), 'text')).toEqual({
        ok: false,
        problem: { line: 3, message: en.textNotUtf8(), suggestion: en.resaveAsUtf8Fix() },
      });
    }
    expect(decodeUtf8(Buffer.from('\uFEFFMontréal 🌍\n'), 'text')).toEqual({ ok: true, text: '\uFEFFMontréal 🌍\n' });
  });
});

describe('UTF-16, with or without its byte-order mark', { timeout: 120_000 }, () => {
  test('a practice text in UTF-16 LE with a BOM (Notepad\'s "Unicode"), in UTF-16 BE, a CSV in UTF-16 LE without one', async () => {
    const c = make();
    c.writeBytes(`${PRACTICE}/fr.mdx`, utf16le(c.read(`${PRACTICE}/fr.mdx`), true));
    c.writeBytes(`${CITY}/fr.mdx`, utf16be(c.read(`${CITY}/fr.mdx`)));
    c.writeBytes(`${DATASET}/observations.csv`, utf16le(c.read(`${DATASET}/observations.csv`), false));
    c.writeBytes('kpis/indicators.yaml', utf16le(c.read('kpis/indicators.yaml'), false));
    const { issues } = await c.check();
    expect(issues).toEqual(
      expect.arrayContaining([
        isUtf16(`${PRACTICE}/fr.mdx`),
        isUtf16(`${CITY}/fr.mdx`),
        isUtf16(`${DATASET}/observations.csv`, true),
        isUtf16('kpis/indicators.yaml'),
      ]),
    );
  });
});

describe('NUL bytes', { timeout: 120_000 }, () => {
  test('a NUL in a text, a CSV and a vocabulary: refused at its line', async () => {
    const c = make();
    const practice = c.read(`${PRACTICE}/fr.mdx`).replace('## Démarche', '## Dé\0marche');
    c.write(`${PRACTICE}/fr.mdx`, practice);
    const csv = c.read(`${DATASET}/observations.csv`).replace('2022,55', '2022,5\x005');
    c.write(`${DATASET}/observations.csv`, csv);
    c.edit('taxonomies/themes.yaml', (t) => t.replace('Mobilité', 'Mobi\0lité'));
    const { issues } = await c.check();
    const nul = (file: string, line: number) => ({
      file: `${C}${file}`,
      line,
      message: en.textNulByte(),
      suggestion: en.textNulByteFix(),
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        nul(`${PRACTICE}/fr.mdx`, lineOf(practice, '\0')),
        nul(`${DATASET}/observations.csv`, lineOf(csv, '\0')),
        nul('taxonomies/themes.yaml', lineOf(c.read('taxonomies/themes.yaml'), '\0')),
      ]),
    );
    // The refused vocabulary's ids are unknown to the practices that use them: only those follow.
    const ours = [`${C}${PRACTICE}/fr.mdx`, `${C}${DATASET}/observations.csv`, `${C}taxonomies/themes.yaml`];
    expect(issues.filter((i) => ours.includes(i.file))).toHaveLength(3);
    expect(issues.filter((i) => !ours.includes(i.file)).every((i) => i.message.includes('vocabulary themes'))).toBe(
      true,
    );
  });
});

describe('direction controls ("Trojan Source")', () => {
  test.each([
    ['U+202E', '\u202E'],
    ['U+202A', '\u202A'],
    ['U+2066', '\u2066'],
    ['U+2069', '\u2069'],
  ])('%s is refused at its line, named by its code', (code, character) => {
    const text = `---\ntitle: Safe\n---\n\nSee [the report](https://example.org/${character}fdp.exe)\n`;
    const result = decodeUtf8(Buffer.from(text, 'utf8'), 'text');
    expect(result).toEqual({
      ok: false,
      problem: { line: 5, message: en.textBidiControl({ code }), suggestion: en.textBidiControlFix() },
    });
  });

  test('right-to-left script itself and the marks LRM/RLM stay accepted', () => {
    const text = 'Nom en arabe : المساواة\u200E, en hébreu : שוויון\u200F.\n';
    expect(decodeUtf8(Buffer.from(text, 'utf8'), 'text')).toEqual({ ok: true, text });
  });
});

describe("in the editor's language", { timeout: 120_000 }, () => {
  test('npm run check --lang fr and --lang es: the message, the line, and how to save as UTF-8 in their editors', () => {
    const c = make();
    const csv = `${c.read(`${DATASET}/observations.csv`)}villeneuve,lit-streets-share,2023,60,Ville de Montréal\n`;
    c.writeBytes(`${DATASET}/observations.csv`, windows1252(csv));
    const line = lineOf(csv, 'Montréal');
    const french = runCheckScript(c.dir, {}, ['--lang', 'fr']);
    expect(french.status).toBe(1);
    expect(french.stderr).toContain(`${DATASET}/observations.csv:${line} ${fr.textNotUtf8()}`);
    expect(french.stderr).toContain(`→ ${fr.resaveCsvAsUtf8Fix()}`);
    expect(french.stderr).toContain('« CSV UTF-8 (délimité par des virgules) (*.csv) »');
    const spanish = runCheckScript(c.dir, {}, ['--lang', 'es']);
    expect(spanish.stderr).toContain(`${DATASET}/observations.csv:${line} ${es.textNotUtf8()}`);
    expect(spanish.stderr).toContain('«CSV UTF-8 (delimitado por comas) (*.csv)»');
    expect(french.stderr + spanish.stderr).not.toContain('\uFFFD');
  });
});
