// `npm run lint`: TypeScript rules plus Nx module boundaries, so the layering
// in ARCHITECTURE.md (apps -> features -> data-access -> util; scope:shared
// imports only scope:shared) is enforced rather than declared.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const boundaries = (extra = []) => [
  'error',
  {
    allow: [],
    enforceBuildableLibDependency: false,
    depConstraints: [
      { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
      { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
      { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
      { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util', ...extra] },
      { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util', ...extra] },
      { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', ...extra] },
      { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', ...extra] },
      { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', ...extra] },
      { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:testing'] },
    ],
  },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.data/**', '.nx/**', 'libs/web/core/src/gql/**', 'apps/e2e/artifacts/**'] },
  ...nx.configs['flat/base'],
  ...tseslint.configs.recommended,
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // Node scripts (start, build, migrate) are tools run by path, not libraries imported by alias.
  { files: ['**/*.mjs'], rules: { '@nx/enforce-module-boundaries': 'off' } },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests may use the testing library; production code may not.
    // The bench drives the API with the testing library's fixtures (the submission cohort).
    files: ['**/*.spec.ts', '**/*.test.ts', '**/*.test.tsx', '**/*.int-spec.ts', '**/*.e2e.ts', 'libs/api/*/src/testing.ts', 'apps/bench/src/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries(['type:testing']) },
  },
  {
    files: ['**/*.tsx', 'libs/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
