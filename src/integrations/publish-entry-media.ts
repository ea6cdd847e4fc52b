/**
 * Publishes the images of practice and city folders into the built site
 * (media/<practices|cities>/<id>/<file>), where the rendered HTML points,
 * resized and re-encoded for slow connections: at most 1280 pixels wide,
 * in their own format, metadata (camera, location) removed.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sharp from 'sharp';
import { IMAGE_EXTENSIONS } from '../catalogue/body/components.ts';
import { MAX_IMAGE_PIXELS } from '../catalogue/image-check.ts';
import { readFileInside } from '../catalogue/safe-file.ts';

export const MAX_IMAGE_WIDTH = 1280;

/**
 * One image resized and re-encoded. The check has opened it already
 * (src/catalogue/image-check.ts); it is read again the same way (inside the
 * content folder, within the size limit) and any failure names the file.
 */
async function optimize(source: string, target: string, contentDir: string, label: string): Promise<void> {
  const read = readFileInside(source, contentDir, label, 'image');
  if (!read.ok)
    throw new Error(
      `${label}: ${read.missing ? 'the image disappeared while the site was built' : read.problem.message}`,
    );
  try {
    await encode(read.value, target);
  } catch (error) {
    throw new Error(`${label}: the image could not be published (${(error as Error).message})`, { cause: error });
  }
}

async function encode(source: Buffer, target: string): Promise<void> {
  const input = { animated: true, limitInputPixels: MAX_IMAGE_PIXELS };
  const image = sharp(source, input).rotate().resize({ width: MAX_IMAGE_WIDTH, withoutEnlargement: true });
  const format = (await sharp(source, input).metadata()).format;
  if (format === 'jpeg') image.jpeg({ quality: 78, mozjpeg: true });
  else if (format === 'png') image.png({ compressionLevel: 9, palette: true });
  else if (format === 'webp') image.webp({ quality: 78 });
  // AVIF files are read by sharp as HEIF.
  else if (format === 'heif') image.avif({ quality: 55 });
  await image.toFile(target);
}

export function publishEntryMedia(): AstroIntegration {
  let root = '';
  return {
    name: 'practice-atlas:entry-media',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir }) => {
        const contentDir = process.env.ATLAS_CONTENT_DIR ?? join(root, 'content');
        const out = fileURLToPath(dir);
        for (const kind of ['practices', 'cities']) {
          const kindDir = join(contentDir, kind);
          if (!existsSync(kindDir)) continue;
          for (const id of readdirSync(kindDir)) {
            const folder = join(kindDir, id);
            let names: string[];
            try {
              names = readdirSync(folder);
            } catch {
              continue;
            }
            const images = names.filter((n) => IMAGE_EXTENSIONS.some((ext) => n.toLowerCase().endsWith(ext)));
            if (images.length === 0) continue;
            const target = join(out, 'media', kind, id);
            mkdirSync(target, { recursive: true });
            for (const image of images)
              await optimize(join(folder, image), join(target, image), contentDir, `${kind}/${id}/${image}`);
          }
        }
      },
    },
  };
}
