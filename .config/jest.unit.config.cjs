// Unit tier: pure code, no database (`*.spec.ts` beside the code). The web's specs run in Vitest
// (`npm run test:web`, .config/vitest.web.config.mts) with its component and hook tests.
const preset = require('./jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'unit',
  roots: ['<rootDir>/apps/api', '<rootDir>/apps/bench', '<rootDir>/libs'],
  testMatch: ['**/*.spec.ts'],
  testPathIgnorePatterns: [...preset.testPathIgnorePatterns, '<rootDir>/libs/web/'],
  // Building the whole schema (schema.spec) took 14 s beside the other tiers on 2 cores: no unit test is timed.
  testTimeout: 60000,
};
