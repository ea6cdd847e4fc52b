/**
 * Drawing the map in short tasks: between two, the browser paints and
 * answers a tap. One long task of projecting and drawing the basemap and the
 * markers held the page for about 300 ms (1.2 s on a slow phone, which
 * Lighthouse counts as blocking time; docs/performance.md, session 8).
 */

interface YieldingScheduler {
  yield(): Promise<void>;
}

/** Resolves in a later task: `scheduler.yield()` where the browser has it (it keeps this work's place in line), else a timer. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves in the first task after the browser's next paint: the style and layout of what changed are done by then. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Calls `each` on every item in order, in tasks of about `budget`
 * milliseconds: a slow phone (or Lighthouse's 4× slower CPU) then still
 * gets tasks under 50 ms.
 */
export async function inShortTasks<T>(items: Iterable<T>, each: (item: T) => void, budget = 5): Promise<void> {
  let start = performance.now();
  for (const item of items) {
    each(item);
    if (performance.now() - start >= budget) {
      await nextTask();
      start = performance.now();
    }
  }
}
