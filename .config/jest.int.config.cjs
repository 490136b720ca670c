// Integration tier: real PostgreSQL (`*.int-spec.ts`). Each test file gets its
// own schema; two files run at a time. On a real server both workers share it;
// without DATABASE_URL each worker gets an embedded PGlite of its own (PGlite
// shares one session among its connections, so a worker's files take turns on it).
module.exports = {
  ...require('./jest.preset.cjs'),
  displayName: 'integration',
  roots: ['<rootDir>/apps/api', '<rootDir>/libs/api'],
  testMatch: ['**/*.int-spec.ts'],
  globalSetup: '<rootDir>/libs/api/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/api/testing/src/global-teardown.ts',
  setupFiles: ['<rootDir>/libs/api/testing/src/worker-database.ts'],
  maxWorkers: 2,
  // Each file's beforeAll migrates a fresh schema and boots the API: on a busy 2-core machine
  // (load 25-30) that took 11-12 s on PGlite (6-13 s on a server), and past 30 s with a few users
  // created after it, which failed whole files. The embedded database gets more room.
  testTimeout: process.env.DATABASE_URL ? 30_000 : 90_000,
};
