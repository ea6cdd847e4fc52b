/**
 * The dev server's requests as the live preview counts them
 * (src/catalogue/live-preview.ts): what the start left for later waits
 * for a first page served and for no request open.
 */
import { describe, expect, test } from 'vitest';
import { requestStarted, requestsQuietFor } from '../../../src/catalogue/live-preview.ts';

describe('requestsQuietFor', () => {
  test('is unknown before a first request has ended and while one is open, then counts from the last one', async () => {
    expect(requestsQuietFor()).toBeUndefined();
    const first = requestStarted();
    const second = requestStarted();
    expect(requestsQuietFor()).toBeUndefined();
    first.ended();
    expect(requestsQuietFor()).toBeUndefined();
    second.ended();
    // Ended twice (a response's "finish" then "close"): counted once.
    second.ended();
    const quiet = requestsQuietFor();
    expect(quiet).toBeGreaterThanOrEqual(0);
    await new Promise((done) => setTimeout(done, 30));
    expect(requestsQuietFor()!).toBeGreaterThan(quiet! + 20);
    const third = requestStarted();
    expect(requestsQuietFor()).toBeUndefined();
    third.ended();
    expect(requestsQuietFor()!).toBeLessThan(20);
  });
});
