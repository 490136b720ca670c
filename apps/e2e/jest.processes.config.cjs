// The tests that start and stop their own API processes and databases (src/processes/): a
// crash in the middle of 1,000 submissions and of a payment batch's results, two replicas on
// one database, the embedded default across restarts. Run with `npm run test:processes`.
//
// They are a tier of their own, one file at a time, that `npm test` starts beside the
// integration and browser tiers: they use none of the browser tier's servers, and the replicas'
// file mostly waits for pg-boss's once-a-minute schedule, which costs the machine nothing.
const { join } = require('node:path');
const browser = require('./jest.config.cjs');

process.env.ABATE_E2E_TIER = 'processes';

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'processes',
  rootDir: join(__dirname, '..', '..'),
  testMatch: ['<rootDir>/apps/e2e/src/processes/*.e2e.ts'],
  testEnvironment: 'node',
  transform: browser.transform,
  globalSetup: '<rootDir>/apps/e2e/src/support/process-setup.ts',
  testTimeout: browser.testTimeout,
  maxWorkers: 1,
};
