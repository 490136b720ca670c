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
  testTimeout: 60_000,
  // The tests share one server (and its sign-in rate limits); one browser at a time keeps them independent.
  maxWorkers: 1,
};
