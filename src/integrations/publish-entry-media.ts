/**
 * Copies the images that practice and city bodies show into the built site
 * (media/<practices|cities>/<id>/<file>), where the rendered HTML points.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { IMAGE_EXTENSIONS } from '../catalogue/body/components.ts';

export function publishEntryMedia(): AstroIntegration {
  let root = '';
  return {
    name: 'practice-atlas:entry-media',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir }) => {
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
            for (const image of images) copyFileSync(join(folder, image), join(target, image));
          }
        }
      },
    },
  };
}
