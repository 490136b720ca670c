import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expectVisible, useBrowser } from './support/browser';
import { demoUser } from './support/demo-users';
import { heading, signIn } from './support/pages';
import { artifactsDir } from './support/server';

// Records how soon the browser first paints content on a cold load of the sign-in page and of a
// signed-in dashboard, in apps/e2e/artifacts/browser/web-speed.json. Timings depend on the machine, so the
// test asserts only that they were recorded; the JavaScript budget itself is npm run check:web-size.

interface PageSpeed {
  path: string;
  /** first-contentful-paint, in milliseconds from the start of navigation. */
  firstContentfulPaintMs: number;
  /** domContentLoadedEventEnd of the navigation, in milliseconds. */
  domContentLoadedMs: number;
  /** JavaScript the page fetched up to the moment it was measured: requests and encoded bytes. */
  scripts: { count: number; transferBytes: number };
}

const results: PageSpeed[] = [];

/** Reads the paint and navigation timings of the page's current document (waits for the paint). */
async function measure(page: Page, path: string): Promise<PageSpeed> {
  const timings = await page.evaluate(
    () =>
      new Promise<{ fcp: number; dcl: number; scripts: { count: number; transferBytes: number } }>((resolve) => {
        const finish = (fcp: number) => {
          const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
          const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) =>
            new URL(entry.name).pathname.endsWith('.js'),
          );
          resolve({
            fcp,
            dcl: navigation?.domContentLoadedEventEnd ?? Number.NaN,
            scripts: {
              count: scripts.length,
              transferBytes: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
            },
          });
        };
        const [entry] = performance.getEntriesByName('first-contentful-paint');
        if (entry) return finish(entry.startTime);
        new PerformanceObserver((list, observer) => {
          const [painted] = list.getEntriesByName('first-contentful-paint');
          if (!painted) return;
          observer.disconnect();
          finish(painted.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
  return { path, firstContentfulPaintMs: timings.fcp, domContentLoadedMs: timings.dcl, scripts: timings.scripts };
}

describe('web speed', () => {
  const browser = useBrowser('web-speed');

  afterAll(() => {
    mkdirSync(artifactsDir, { recursive: true });
    const report = { recordedAt: new Date().toISOString(), pages: results };
    writeFileSync(join(artifactsDir, 'web-speed.json'), `${JSON.stringify(report, null, 2)}\n`);
  });

  it('records first contentful paint of the sign-in page', async () => {
    const { page } = browser;
    await page.goto('/sign-in');
    await expectVisible(heading(page, 'Sign in'));

    const speed = await measure(page, '/sign-in');
    results.push(speed);
    expect(speed.firstContentfulPaintMs).toBeGreaterThan(0);
    expect(speed.scripts.count).toBeGreaterThan(0);
  });

  it("records first contentful paint of the applicant's dashboard, loaded cold", async () => {
    const { page } = browser;
    await signIn(page, demoUser('APPLICANT'));
    // A full navigation, so the dashboard's document (and its lazily loaded page) is measured on its own.
    await page.goto('/applications');
    await expectVisible(heading(page, 'Your applications'));

    const speed = await measure(page, '/applications');
    results.push(speed);
    expect(speed.firstContentfulPaintMs).toBeGreaterThan(0);
    expect(speed.scripts.count).toBeGreaterThan(0);
  });
});
