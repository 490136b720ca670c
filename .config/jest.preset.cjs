// Shared by the unit and integration tiers: TypeScript through swc with the
// same decorator settings as the API build, and the workspace path aliases.
const { join } = require('node:path');
const { swcOptions } = require('../apps/api/scripts/swc-options.mjs');

const root = join(__dirname, '..');
const { jsc, module: moduleOptions } = swcOptions();

module.exports = {
  rootDir: root,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { ...jsc, baseUrl: undefined, paths: undefined }, module: moduleOptions, sourceMaps: 'inline' },
    ],
  },
  moduleNameMapper: {
    '^@abate/testing/([^/]+)$': '<rootDir>/libs/api/$1/src/testing.ts',
    '^@abate/(api|shared|web)/([^/]+)$': '<rootDir>/libs/$1/$2/src/index.ts',
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};
