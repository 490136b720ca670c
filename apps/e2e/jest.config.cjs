// Browser tests: one server (started by global-setup) for the whole run, and a
// real Chromium driven through playwright-core. Run with `npx jest -c apps/e2e/jest.config.cjs`.
const { join } = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'e2e',
  rootDir: join(__dirname, '..', '..'),
  testMatch: ['<rootDir>/apps/e2e/src/**/*.e2e.ts'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { swcrc: false, jsc: { parser: { syntax: 'typescript' }, target: 'es2023' }, module: { type: 'commonjs' } },
    ],
  },
  globalSetup: '<rootDir>/apps/e2e/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/apps/e2e/src/support/global-teardown.ts',
  // A browser journey makes dozens of requests; the embedded PGlite (the default without DATABASE_URL)
  // answers each several times slower than a PostgreSQL server, and a busy 2-core machine ran the
  // longest journeys (apply, review, report, ledger) in 80-90 s there. A hang still fails within
  // 10 s: that is each Playwright action's own timeout (support/browser.ts).
  testTimeout: process.env.DATABASE_URL ? 60_000 : 150_000,
  // The tests share one server (and its sign-in rate limits); one browser at a time keeps them independent.
  maxWorkers: 1,
};
