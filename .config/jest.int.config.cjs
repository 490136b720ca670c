// Integration tier: real PostgreSQL (`*.int-spec.ts`). Each test file gets its
// own schema. On the embedded PGlite every connection shares one session, so
// files run one at a time there; on a real server, two at a time.
module.exports = {
  ...require('./jest.preset.cjs'),
  displayName: 'integration',
  roots: ['<rootDir>/apps/api', '<rootDir>/libs/api'],
  testMatch: ['**/*.int-spec.ts'],
  globalSetup: '<rootDir>/libs/api/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/api/testing/src/global-teardown.ts',
  maxWorkers: process.env.DATABASE_URL ? 2 : 1,
  testTimeout: 30000,
};
