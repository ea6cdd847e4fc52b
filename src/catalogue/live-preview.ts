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

const REQUESTS = Symbol.for('practice-atlas.preview-requests');

interface Requests {
  open: number;
  /** When the last request ended (performance.now()); undefined until one has. */
  lastEnded?: number;
}

function requests(): Requests {
  const global = globalThis as Record<symbol, Requests | undefined>;
  return (global[REQUESTS] ??= { open: 0 });
}

/** Counts a request to the dev server until `ended` is called (src/integrations/preview-requests.ts). */
export function requestStarted(): { ended: () => void } {
  const state = requests();
  state.open += 1;
  let done = false;
  return {
    ended: () => {
      if (done) return;
      done = true;
      state.open -= 1;
      state.lastEnded = performance.now();
    },
  };
}

/**
 * How long the dev server has answered nothing, in milliseconds: undefined
 * while a request is open or before the first one has been answered (the
 * first page is then still to come, and work left for later would delay it).
 */
export function requestsQuietFor(): number | undefined {
  const { open, lastEnded } = requests();
  return open > 0 || lastEnded === undefined ? undefined : performance.now() - lastEnded;
}
