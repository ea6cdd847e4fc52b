/**
 * The one way pages get the catalogue: `getCatalogue()`. In a build it is
 * the catalogue handed to the pages by whoever validated it in this process
 * (src/catalogue/pages-catalogue.ts); in the live preview, the one the
 * content loader keeps up to date (src/catalogue/live-preview.ts). Routes
 * list their pages through `staticPaths` (static-paths.ts), which gives
 * them the catalogue too.
 */
import type { Catalogue } from '../catalogue/model.ts';
import { livePreview } from '../catalogue/live-preview.ts';
import { handedToPages } from '../catalogue/pages-catalogue.ts';

export function getCatalogue(): Promise<Catalogue> {
  const handed = handedToPages();
  if (handed) return Promise.resolve(handed.catalogue);
  const live = livePreview();
  if (live?.catalogue) return Promise.resolve(live.catalogue);
  return Promise.reject(
    new Error(
      live
        ? 'The site file has never been read without a problem; the preview shows its problems.'
        : 'No catalogue was handed to the pages: the content loader (src/catalogue/astro-loader.ts) did not run.',
    ),
  );
}
