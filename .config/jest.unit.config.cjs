// Unit tier: pure code, no database (`*.spec.ts` beside the code).
module.exports = {
  ...require('./jest.preset.cjs'),
  displayName: 'unit',
  roots: ['<rootDir>/apps/api', '<rootDir>/apps/bench', '<rootDir>/libs'],
  testMatch: ['**/*.spec.ts'],
};
