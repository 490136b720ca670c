// `npm run lint`: TypeScript rules plus Nx module boundaries, so the layering in
// docs/architecture.md (apps -> features -> data-access -> util; scope:shared imports only
// scope:shared; each API domain only the domains below it) is enforced rather than declared,
// and Abate's own rules (.config/eslint-rules/abate.mjs): role lists only in policy tables,
// each table written only by its owning domain. apps/api/src/architecture-lint.spec.ts
// shows each rule failing on a fixture.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import abate from './eslint-rules/abate.mjs';

/**
 * The API's domains and the domains each may depend on (docs/architecture.md, "Domains"):
 * the lower domain never imports the higher one; when it must reach up, the lower domain
 * owns an interface the higher one provides (ApplicationReadGrant, AwardsCreatedListener).
 * Written as "must not depend on" every other listed domain, so a new library is free
 * until it gets its `domain:<name>` tag and a line here.
 */
const DOMAIN_DEPENDENCIES = {
  core: [],
  identity: ['core'],
  organizations: ['core', 'identity'],
  notifications: ['core'],
  checklists: ['core'],
  audit: ['core'],
  rounds: ['core', 'checklists', 'organizations'],
  attachments: ['core'],
  applications: ['core', 'attachments', 'checklists', 'notifications', 'organizations', 'rounds'],
  reviews: ['core', 'applications', 'checklists', 'notifications', 'organizations', 'rounds'],
  ledger: ['core', 'organizations', 'rounds'],
  awards: ['core', 'applications', 'checklists', 'ledger', 'notifications', 'organizations', 'reviews', 'rounds'],
  reporting: ['core', 'applications', 'awards', 'organizations'],
  portfolio: ['core', 'awards', 'reporting', 'rounds'],
  public: ['core', 'awards', 'organizations', 'portfolio'],
  payments: ['core', 'attachments', 'awards', 'ledger', 'notifications', 'organizations', 'reporting'],
  jobs: ['core', 'notifications', 'organizations', 'reporting'],
};
/** What a domain reaches, directly or through the domains it depends on (Nx checks the whole chain). */
const reachable = (domain, seen = new Set()) => {
  for (const next of DOMAIN_DEPENDENCIES[domain] ?? []) if (!seen.has(next)) reachable(next, seen.add(next));
  return seen;
};
const domainConstraints = Object.keys(DOMAIN_DEPENDENCIES).map((domain) => ({
  sourceTag: `domain:${domain}`,
  notDependOnLibsWithTags: Object.keys(DOMAIN_DEPENDENCIES)
    .filter((other) => other !== domain && !reachable(domain).has(other))
    .map((other) => `domain:${other}`),
}));

const boundaries = (extra = [], { domains = true } = {}) => [
  'error',
  {
    allow: [],
    enforceBuildableLibDependency: false,
    depConstraints: [
      { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
      { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
      { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
      {
        sourceTag: 'type:app',
        onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util', ...extra],
      },
      {
        sourceTag: 'type:feature',
        onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util', ...extra],
      },
      { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', ...extra] },
      { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', ...extra] },
      { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', ...extra] },
      {
        sourceTag: 'type:testing',
        onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:testing'],
      },
      ...(domains ? domainConstraints : []),
    ],
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      '.nx/**',
      'libs/web/core/src/gql/**',
      'apps/e2e/artifacts/**',
    ],
  },
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
      // A second `case` of the same value never runs (the bad-input corpus had four `case 'Cents':`).
      'no-duplicate-case': 'error',
    },
  },
  {
    // Tests may use the testing library; production code may not.
    // The bench drives the API with the testing library's fixtures (the submission cohort).
    // Tests and factories compose several domains (a report needs an award), so the domain order does not bind them.
    files: [
      '**/*.spec.ts',
      '**/*.test.ts',
      '**/*.test.tsx',
      '**/*.int-spec.ts',
      '**/*.e2e.ts',
      'libs/api/*/src/testing.ts',
      'apps/bench/src/**/*.ts',
    ],
    rules: { '@nx/enforce-module-boundaries': boundaries(['type:testing'], { domains: false }) },
  },
  {
    files: ['**/*.tsx', 'libs/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Role lists only in the policy tables (docs/architecture.md, "Access rules"): each
    // domain's <domain>.policy.ts on the API, libs/web/identity/src/access.ts on the web.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: [
      '**/*.policy.ts',
      'libs/api/core/src/lib/auth/role.enum.ts',
      'libs/api/core/src/lib/auth/access.decorators.ts',
      'libs/web/identity/src/access.ts',
      // Tests, test factories and seeds give users roles; they declare no access.
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      '**/*.e2e.ts',
      'apps/e2e/**',
      'libs/api/*/src/testing.ts',
      'libs/api/testing/**',
      'apps/api/src/*demo-seed.ts',
      'apps/bench/**',
    ],
    plugins: { abate },
    rules: { 'abate/roles-in-policy-files': 'error' },
  },
  {
    // Each table has one owning domain (docs/architecture.md, "Who owns which table"):
    // no other domain's entity class as a value, no raw SQL writing another domain's table.
    files: ['libs/api/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', 'libs/api/*/src/testing.ts', 'libs/api/testing/**'],
    plugins: { abate },
    rules: { 'abate/own-tables-only': 'error' },
  },
);
