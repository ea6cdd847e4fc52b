/**
 * What the browser tests ask the offline worker: once it controls the
 * page, the build it serves.
 */
import type { Page } from 'playwright-core';

/** Waits until a worker controls the page, then returns the version of the build that worker serves. */
export async function workerVersion(page: Page): Promise<string> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  return page.evaluate(
    () =>
      new Promise<string>((done) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => done((event.data as { version: string }).version);
        navigator.serviceWorker.controller!.postMessage({ type: 'version' }, [channel.port2]);
      }),
  );
}
