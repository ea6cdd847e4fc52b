/**
 * The live preview's catalogue, as pages see it. The content loader keeps a
 * LiveCatalogue (live-catalogue.ts) in Astro's own module graph; pages run
 * in Vite's, in the same process, so it is handed over on `globalThis` like
 * the catalogue handed to pages (pages-catalogue.ts). Its absence means a build.
 */
import type { ContentIssue } from './issues.ts';
import type { Catalogue } from './model.ts';

const LIVE_PREVIEW = Symbol.for('practice-atlas.live-preview');

export interface LivePreview {
  /** Undefined only when the site file never read without a problem. */
  readonly catalogue: Catalogue | undefined;
  /** The content's problems now, written in the editor's language (the message language of `npm run dev`). */
  readonly issues: readonly ContentIssue[];
  readonly revision: number;
  /** The language those problems are written in, for the `lang` of the list. */
  readonly language: string;
}

export function publishLivePreview(preview: LivePreview): void {
  (globalThis as Record<symbol, LivePreview | undefined>)[LIVE_PREVIEW] = preview;
}

export function livePreview(): LivePreview | undefined {
  return (globalThis as Record<symbol, LivePreview | undefined>)[LIVE_PREVIEW];
}
