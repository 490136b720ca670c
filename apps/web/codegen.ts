import type { CodegenConfig } from '@graphql-codegen/cli';

// Run from the workspace root (the Nx target's default cwd): paths below are relative to it.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  // Test files declare stand-in operations for their own mock API: no types are generated from them.
  documents: [
    'libs/web/*/src/**/*.{ts,tsx}',
    '!libs/web/core/src/gql/**',
    '!libs/web/*/src/**/*.{test,spec,test-fixture}.{ts,tsx}',
  ],
  ignoreNoDocuments: false,
  generates: {
    'libs/web/core/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Cents: 'string' },
        strictScalars: true,
      },
    },
  },
};

export default config;
