/**
 * The benchmark's step line: "N = 1000 · our build · pages 1200/≈9204
 * (13 %, 21/s, 6 min 10 s left) · 1 min 02 s", redrawn in place every
 * second on a terminal. Under CI or when stderr is not a terminal only the
 * closing line of each step is printed ("N = 1000 · our build: 5 min 48 s"),
 * so that a log still says how far a run went.
 */
import { formatDuration, isQuiet, progressText } from '../../scripts/lib/progress.ts';
import { buildLogEvent } from './astro-log.ts';

export interface StepState {
  /** What the step is doing now ("loading the catalogue", "pages", "search index"). */
  stage?: string;
  /** Routes generated so far, and how many are expected. */
  count?: number;
  total?: number;
  estimated?: boolean;
  /** Seconds since the count started, for its rate. */
  countSeconds?: number;
}

/** The text of a running step's line. */
export function stepText(label: string, state: StepState, elapsedSeconds: number): string {
  const parts = [label];
  if (state.stage) parts.push(state.stage);
  if (state.count !== undefined && state.count > 0) {
    // Once the pages are written, the count is a result, not a progress.
    const generating = state.stage === undefined || state.stage === 'pages';
    const countSeconds = state.countSeconds ?? elapsedSeconds;
    if (!generating || !state.total) parts.push(`${state.count} routes`);
    // A rate over the first second or two would promise an end far too soon.
    else if (countSeconds < 2) parts.push(`${state.count}/${state.estimated ? '≈' : ''}${state.total}`);
    else parts.push(progressText(state.count, state.total, countSeconds, { estimated: state.estimated }));
  }
  parts.push(formatDuration(elapsedSeconds));
  return parts.join(' · ');
}

/** What a step reports while it runs. */
export interface StepReporter {
  /** Follows a build's output: counts the routes Astro logs, shows the stage it is in. */
  buildLine(line: string): void;
  stage(stage: string): void;
  expect(total: number, estimated: boolean): void;
  /** Routes counted so far. */
  routes(): number;
}

export interface StepOptions {
  stream?: NodeJS.WriteStream;
  quiet?: boolean;
  /** False when the step draws its own progress (the generator's bars): then only the closing line. */
  live?: boolean;
  /** Stage shown before the build prints anything. */
  stage?: string;
  /** Whose output buildLine reads: our build script's (the default) or Astro's alone. */
  source?: 'build-script' | 'astro';
}

/**
 * Runs a step with its line. The closing line gives its duration, or
 * "failed after …" when it throws or `failed` says its result is a failure.
 */
export async function step<T>(
  label: string,
  run: (reporter: StepReporter) => Promise<T>,
  options: StepOptions & { failed?: (result: T) => boolean } = {},
): Promise<T> {
  const stream = options.stream ?? process.stderr;
  const quiet = options.quiet ?? isQuiet(process.env, stream.isTTY);
  const live = !quiet && options.live !== false;
  const started = performance.now();
  let countStarted = 0;
  const state: StepState = { stage: options.stage };
  const seconds = () => (performance.now() - started) / 1000;
  let lastDraw = 0;
  let width = 0;
  const draw = () => {
    lastDraw = performance.now();
    if (countStarted) state.countSeconds = (lastDraw - countStarted) / 1000;
    // Cut to the terminal's width: a wrapped line could not be redrawn in place.
    const text = stepText(label, state, seconds()).slice(0, Math.max(20, (stream.columns || 120) - 1));
    // Pad to the previous line's width so that a shorter line leaves nothing behind.
    stream.write(`\r${text.padEnd(width)}`);
    width = text.length;
  };
  const timer = live ? setInterval(draw, 1000) : undefined;
  if (live) draw();
  else if (!quiet) stream.write(`${label} …\n`);
  const reporter: StepReporter = {
    buildLine(line) {
      const event = buildLogEvent(line, options.source);
      if (!event) return;
      if (event.kind === 'route') {
        if (!countStarted) countStarted = performance.now();
        state.count = (state.count ?? 0) + 1;
        // Redrawn at most five times a second: a build logs hundreds of routes a second.
        if (live && performance.now() - lastDraw > 200) draw();
      } else reporter.stage(event.stage);
    },
    stage(stage) {
      state.stage = stage;
      if (live) draw();
    },
    expect(total, estimated) {
      state.total = total;
      state.estimated = estimated;
    },
    routes: () => state.count ?? 0,
  };
  const close = (outcome: string) => {
    clearInterval(timer);
    const text = `${label}: ${outcome}`;
    stream.write(live ? `\r${text.padEnd(width)}\n` : `${text}\n`);
  };
  try {
    const result = await run(reporter);
    close(
      options.failed?.(result)
        ? `failed after ${formatDuration(seconds())}`
        : formatDuration(seconds()) + (state.count ? ` (${state.count} routes)` : ''),
    );
    return result;
  } catch (error) {
    close(`failed after ${formatDuration(seconds())}`);
    throw error;
  }
}
