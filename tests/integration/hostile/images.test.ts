/**
 * Issue #13, images: the check opens every image the build will publish
 * (every image of a practice or city folder), reads its format from its
 * bytes and its dimensions, so that the build never meets one it cannot
 * process; the build publishes what the check accepts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterEach, describe, expect, test } from 'vitest';
import { MAX_IMAGE_PIXELS } from '../../../src/catalogue/image-check.ts';
import { en } from '../../../src/catalogue/messages/en.ts';
import { MAX_IMAGE_WIDTH } from '../../../src/integrations/publish-entry-media.ts';
import { CITY, hostileCatalogue, PRACTICE, type HostileCatalogue } from '../../helpers/hostile-catalogue.ts';

let catalogue: HostileCatalogue | undefined;
let outRoot: string | undefined;
afterEach(() => {
  catalogue?.dispose();
  catalogue = undefined;
  if (outRoot) rmSync(outRoot, { recursive: true, force: true });
  outRoot = undefined;
});
const make = () => (catalogue = hostileCatalogue());
const C = 'content/';
const FORMATS = 'JPEG, PNG, WebP, AVIF, GIF';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid black-and-white PNG of any size: 20000 × 20000 weighs about 50 kB and decodes to 400 million pixels. */
function bilevelPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([1, 0, 0, 0, 0], 8);
  const rows = Buffer.alloc((1 + Math.ceil(width / 8)) * height);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const picture = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } });
const problem = (file: string, message: string, suggestion: string) => ({
  file: `${C}${file}`,
  line: 1,
  message,
  suggestion,
});

describe('the check opens every image of a practice or city folder', { timeout: 120_000 }, () => {
  test('a text named photo.jpg, an empty image, an image cut short: not images', async () => {
    const c = make();
    c.write(`${PRACTICE}/photo.jpg`, 'this is not a picture\n');
    c.writeBytes(`${PRACTICE}/empty.png`, Buffer.alloc(0));
    const png = await picture(64, 64).png().toBuffer();
    c.writeBytes(`${CITY}/cut.png`, png.subarray(0, 20));
    const { issues } = await c.check();
    expect(issues).toEqual(
      expect.arrayContaining([
        problem(
          `${PRACTICE}/photo.jpg`,
          en.imageNotImage({ file: 'photo.jpg' }),
          en.imageNotImageFix({ formats: FORMATS }),
        ),
        problem(
          `${PRACTICE}/empty.png`,
          en.imageNotImage({ file: 'empty.png' }),
          en.imageNotImageFix({ formats: FORMATS }),
        ),
        problem(`${CITY}/cut.png`, en.imageUnreadable({ file: 'cut.png' }), en.imageNotImageFix({ formats: FORMATS })),
      ]),
    );
    expect(issues).toHaveLength(3);
  });

  test('a PNG named .jpg, a JPEG named .webp, an SVG and a TIFF named .png: format read from the bytes', async () => {
    const c = make();
    c.writeBytes(`${PRACTICE}/photo.jpg`, await picture(32, 32).png().toBuffer());
    c.writeBytes(`${PRACTICE}/chart.webp`, await picture(32, 32).jpeg().toBuffer());
    c.write(
      `${PRACTICE}/logo.png`,
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    c.writeBytes(`${CITY}/scan.png`, await picture(32, 32).tiff().toBuffer());
    const { issues } = await c.check();
    expect(issues).toEqual(
      expect.arrayContaining([
        problem(
          `${PRACTICE}/photo.jpg`,
          en.imageWrongExtension({ file: 'photo.jpg', format: 'PNG' }),
          en.imageWrongExtensionFix({ name: 'photo.png' }),
        ),
        problem(
          `${PRACTICE}/chart.webp`,
          en.imageWrongExtension({ file: 'chart.webp', format: 'JPEG' }),
          en.imageWrongExtensionFix({ name: 'chart.jpg' }),
        ),
        problem(
          `${PRACTICE}/logo.png`,
          en.imageFormatNotPublished({ file: 'logo.png', format: 'SVG' }),
          en.imageNotImageFix({ formats: FORMATS }),
        ),
        problem(
          `${CITY}/scan.png`,
          en.imageFormatNotPublished({ file: 'scan.png', format: 'TIFF' }),
          en.imageNotImageFix({ formats: FORMATS }),
        ),
      ]),
    );
    expect(issues).toHaveLength(4);
  });

  test('a 20000 × 20000 PNG of 48 kB: refused by its pixels, without decoding it', async () => {
    const c = make();
    const bomb = bilevelPng(20_000, 20_000);
    expect(bomb.length).toBeLessThan(100_000);
    c.writeBytes(`${PRACTICE}/map.png`, bomb);
    const { issues } = await c.check();
    expect(issues).toEqual([
      problem(
        `${PRACTICE}/map.png`,
        en.imageTooManyPixels({
          file: 'map.png',
          width: 20_000,
          height: 20_000,
          megapixels: MAX_IMAGE_PIXELS / 1_000_000,
        }),
        en.imageTooLargeFix(),
      ),
    ]);
  });

  test('a PNG logo (site.yaml) is opened the same way: the 20000 × 20000 one is refused, a small one passes', async () => {
    const c = make();
    c.edit('site.yaml', (t) => `${t}logo: { file: logo.png, alt: { fr: Logo, en: Logo, es: Logotipo } }\n`);
    c.writeBytes('logo.png', bilevelPng(20_000, 20_000));
    expect((await c.check()).issues).toEqual([
      problem(
        'logo.png',
        en.imageTooManyPixels({
          file: 'logo.png',
          width: 20_000,
          height: 20_000,
          megapixels: MAX_IMAGE_PIXELS / 1_000_000,
        }),
        en.imageTooLargeFix(),
      ),
    ]);
    c.writeBytes('logo.png', await picture(256, 128).png().toBuffer());
    expect((await c.check()).issues).toEqual([]);
  });

  test('an image past 20 MB: refused by its size before it is opened', async () => {
    const c = make();
    const jpeg = await picture(16, 16).jpeg().toBuffer();
    c.writeBytes(`${PRACTICE}/huge.jpg`, Buffer.concat([jpeg, Buffer.alloc(21_000_000)]));
    const { issues } = await c.check();
    expect(issues).toEqual([
      problem(
        `${PRACTICE}/huge.jpg`,
        'This file weighs 21 MB, more than the 20 MB the check reads.',
        en.imageTooLargeFix(),
      ),
    ]);
  });

  test('images within the limits, in every published format, pass; so does one just under the pixel limit', async () => {
    const c = make();
    c.writeBytes(`${PRACTICE}/a.jpg`, await picture(40, 30).jpeg().toBuffer());
    c.writeBytes(`${PRACTICE}/b.JPEG`, await picture(40, 30).jpeg().toBuffer());
    c.writeBytes(`${PRACTICE}/c.png`, await picture(40, 30).png().toBuffer());
    c.writeBytes(`${PRACTICE}/d.webp`, await picture(40, 30).webp().toBuffer());
    c.writeBytes(`${PRACTICE}/e.avif`, await picture(40, 30).avif().toBuffer());
    c.writeBytes(`${PRACTICE}/f.gif`, await picture(40, 30).gif().toBuffer());
    c.writeBytes(`${CITY}/wide.png`, bilevelPng(10_000, 4_999));
    const { issues, valid } = await c.check();
    expect(issues).toEqual([]);
    expect(valid).toBe(true);
  });
});

function runBuild(contentDir: string, outDir: string) {
  return spawnSync(process.execPath, ['scripts/build.ts', '--content', contentDir, '--out', outDir], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', ATLAS_RENDER_PROCESSES: '1' },
    timeout: 300_000,
  });
}

describe('the build', { timeout: 300_000 }, () => {
  test('refuses the 20000 × 20000 PNG and the text named photo.jpg by name, before building anything, with no stack trace', () => {
    const c = make();
    c.writeBytes(`${PRACTICE}/map.png`, bilevelPng(20_000, 20_000));
    c.write(`${CITY}/photo.jpg`, 'not a picture');
    outRoot = mkdtempSync(join(tmpdir(), 'atlas-out-'));
    const run = runBuild(c.dir, join(outRoot, 'site'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${PRACTICE}/map.png:1 ${en.imageTooManyPixels({ file: 'map.png', width: 20_000, height: 20_000, megapixels: MAX_IMAGE_PIXELS / 1_000_000 })}`,
    );
    expect(run.stderr).toContain('20,000 × 20,000 pixels');
    expect(run.stderr).toContain(`${CITY}/photo.jpg:1 ${en.imageNotImage({ file: 'photo.jpg' })}`);
    expect(run.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
    expect(existsSync(join(outRoot, 'site'))).toBe(false);
  });

  test("publishes an image the check accepts, resized to the site's width", async () => {
    const c = make();
    c.writeBytes(`${PRACTICE}/photo.jpg`, await picture(2400, 1200).jpeg().toBuffer());
    c.edit(`${PRACTICE}/fr.mdx`, (t) =>
      t.replace('## Démarche', '## Démarche\n\n![Une rue éclairée la nuit](./photo.jpg)'),
    );
    expect((await c.check()).issues).toEqual([]);
    outRoot = mkdtempSync(join(tmpdir(), 'atlas-out-'));
    const out = join(outRoot, 'site');
    const run = runBuild(c.dir, out);
    expect(run.status, run.stderr).toBe(0);
    const published = await sharp(join(out, 'media', 'practices', 'street-lighting-audit', 'photo.jpg')).metadata();
    expect(published).toMatchObject({ format: 'jpeg', width: MAX_IMAGE_WIDTH, height: MAX_IMAGE_WIDTH / 2 });
  });
});
