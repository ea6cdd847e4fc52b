/**
 * Shared helpers of the browser tests: one Chromium per test file, pages
 * that may only talk to 127.0.0.1, axe-core, and the page types of the site
 * in every language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Result as AxeResult } from 'axe-core';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';

export { LANGUAGES, type Lang } from './content.ts';

const LOCAL_HOST = '127.0.0.1';

/**
 * Debian's Chromium headless shell (package chromium-headless-shell, which
 * .ci/run installs): the same Chromium build without the desktop browser
 * around it, as Playwright itself runs headless tests. It spends half the
 * CPU time per page of /usr/bin/chromium (docs/performance.md, "Session 9:
 * test suite time"). CHROMIUM_PATH still chooses another browser.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const TEST_CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM_PATH);

/** Launches the browser of the tests, with the flags this machine needs. */
export function launchTestChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: TEST_CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
const AXE_PATH = resolve('node_modules/axe-core/axe.min.js');
let axeSource: string | undefined;

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 3,
};

/** Absolute URL of a path of the site ("/fr/practices/"), on the test server. */
export function siteUrl(path: string): string {
  return new URL(path.replace(/^\/+/, ''), inject('siteUrl')).href;
}

/** A pathname of the served site from a full URL ("http://127.0.0.1:1234/fr/" → "/fr/"). */
export function pathOf(url: string): string {
  const base = new URL(inject('siteUrl')).pathname;
  const { pathname } = new URL(url);
  return `/${pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '')}`;
}

/**
 * Waits until the page is at `path` (after a click or a redirect), then for
 * it to load; on failure, says where the page is instead.
 */
export async function expectPath(page: Page, path: string): Promise<void> {
  await expect.poll(() => pathOf(page.url()), { message: 'the page should be at', timeout: 10_000 }).toBe(path);
  await page.waitForLoadState('load');
}

export interface ResponseRecord {
  url: string;
  status: number;
  resourceType: string;
}

export interface TrackedPage {
  page: Page;
  context: BrowserContext;
  /** Every request the pages of the context made, in order. */
  requests: string[];
  /** Requests (and WebSockets) to any host but 127.0.0.1: aborted, and listed here. Should stay empty. */
  thirdParty: string[];
  /** Every response, with its status. */
  responses: ResponseRecord[];
  /** Requests that got no response at all (aborted, refused), with Chromium's reason. */
  failed: string[];
}

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  // data: and blob: addresses are not requests to any host.
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === LOCAL_HOST;
}

/**
 * Registers the hooks of a test file: Chromium is launched once before its
 * tests and closed after them; the contexts a test opened are closed after it.
 */
export function useBrowser(): { newPage: (options?: BrowserContextOptions) => Promise<TrackedPage> } {
  let browser: Browser | undefined;
  const open: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchTestChromium();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function newPage(options: BrowserContextOptions = {}): Promise<TrackedPage> {
    if (!browser) throw new Error('useBrowser(): Chromium is not running (call newPage inside a test)');
    const context = await browser.newContext(options);
    open.push(context);
    const tracked: Omit<TrackedPage, 'page'> = { context, requests: [], thirdParty: [], responses: [], failed: [] };
    const blockThirdParty = (url: string): boolean => {
      if (isLocal(url)) return false;
      if (!tracked.thirdParty.includes(url)) tracked.thirdParty.push(url);
      return true;
    };
    await context.route('**/*', (route) =>
      blockThirdParty(route.request().url()) ? route.abort('blockedbyclient') : route.continue(),
    );
    await context.routeWebSocket(/.*/, (ws) => {
      if (blockThirdParty(ws.url())) ws.close();
      else ws.connectToServer();
    });
    context.on('request', (request) => {
      tracked.requests.push(request.url());
      // Anything that slipped past routing (it should not) is still reported.
      blockThirdParty(request.url());
    });
    context.on('response', (response) => {
      tracked.responses.push({
        url: response.url(),
        status: response.status(),
        resourceType: response.request().resourceType(),
      });
    });
    context.on('requestfailed', (request) => {
      tracked.failed.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`);
    });
    const page = await context.newPage();
    return { page, ...tracked };
  }

  return { newPage };
}

/** Runs axe-core (default rule set, nothing disabled) on the page and returns its violations. */
export async function runAxe(page: Page): Promise<AxeResult[]> {
  // Evaluated rather than added as a <script>: the site's Content-Security-Policy refuses inline scripts.
  axeSource ??= readFileSync(AXE_PATH, 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    // Every rule still runs; only the other result types' node lists (and their selectors) are cut short.
    const results = await axe.run({ resultTypes: ['violations'] });
    return results.violations;
  });
}

/** One line per violation and one per failing element, to read in a failed assertion. */
export function describeViolations(violations: readonly AxeResult[]): string[] {
  return violations.map((v) =>
    [
      `${v.id} [${v.impact ?? 'no impact'}]: ${v.help} (${v.helpUrl})`,
      ...v.nodes.map(
        (node) =>
          `    at ${node.target.map(String).join(' ')}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
      ),
    ].join('\n'),
  );
}

export { pageTypes, UNOFFERED_LOCALE, type PageKind, type PageType } from './page-types.ts';
