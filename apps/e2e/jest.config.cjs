// Browser tests: one server per jest worker (started by global-setup), and a real Chromium
// driven through playwright-core. Run with `npm run test:e2e`. The tests that start their own
// API processes (src/processes/) are a tier of their own: jest.processes.config.cjs.
const { join } = require('node:path');

process.env.ABATE_E2E_TIER = 'browser';

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'e2e',
  rootDir: join(__dirname, '..', '..'),
  testMatch: ['<rootDir>/apps/e2e/src/*.e2e.ts'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { swcrc: false, jsc: { parser: { syntax: 'typescript' }, target: 'es2023' }, module: { type: 'commonjs' } },
    ],
  },
  globalSetup: '<rootDir>/apps/e2e/src/support/global-setup.ts',
  setupFiles: ['<rootDir>/apps/e2e/src/support/worker-server.ts'],
  globalTeardown: '<rootDir>/apps/e2e/src/support/global-teardown.ts',
  // A browser journey makes dozens of requests, which the embedded PGlite (the default without
  // DATABASE_URL) answers one statement at a time and more slowly than a PostgreSQL server: on a
  // 2-core machine shared with other work (load 25-30) the apply, review, report and ledger
  // journeys took 110-170 s there, about a fifth of it in the server. A hang still fails within
  // 10 s: that is each Playwright action's own timeout (support/browser.ts).
  testTimeout: process.env.DATABASE_URL ? 60_000 : 300_000,
  // Two workers, each with its own server, database and identity provider (global-setup), so
  // the files of one worker never meet another's test clock or sign-in throttling. The machine
  // the suite runs on has 2 cores, and a browser journey mostly waits on the server and the page:
  // two at once finish the tier in about half the time. E2E_WORKERS=1 runs one file at a time.
  maxWorkers: Number(process.env.E2E_WORKERS ?? 2),
};
