import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { artifactsDir } from './server';

export const baseUrl = (() => {
  const url = process.env.ABATE_E2E_BASE_URL;
  if (!url)
    throw new Error('ABATE_E2E_BASE_URL is not set: run the browser tests with jest -c apps/e2e/jest.config.cjs');
  return url;
})();

// Debian's Chromium; playwright-core never downloads one.
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface BrowserTest {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Saves a full-page screenshot to apps/e2e/artifacts/browser/<test file>--<name>.png. */
  screenshot(name: string): Promise<void>;
}

/**
 * One browser per test file and a fresh context (no cookies) per test. A test fails when
 * its page logs a console error or throws: that is how broken assets and crashes show up.
 */
export function useBrowser(fileName: string): BrowserTest {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let problems: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    problems = [];
    context = await browser!.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 } });
    // Fail within the test's time budget, with Playwright's message naming the locator.
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught page error: ${error.stack ?? error.message}`));
  });
  afterEach(async () => {
    await context?.close();
    context = page = undefined;
    expect(problems).toEqual([]);
  });

  return {
    get page() {
      if (!page) throw new Error('No page outside a test');
      return page;
    },
    get context() {
      if (!context) throw new Error('No browser context outside a test');
      return context;
    },
    async screenshot(name: string) {
      // A full-page capture of a long form can take a while on a busy 2-core machine.
      await this.page.screenshot({
        path: join(artifactsDir, `${fileName}--${name}.png`),
        fullPage: true,
        timeout: 30_000,
      });
    },
  };
}

/** Waits for the locator to be visible (Playwright's own timeout message when it is not). */
export async function expectVisible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible' });
}

/** Waits until the page's URL has the path `path`. */
export async function expectPath(page: Page, path: string): Promise<void> {
  await page.waitForURL((url) => url.pathname === path);
  expect(new URL(page.url()).pathname).toBe(path);
}
