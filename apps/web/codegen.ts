import type { CodegenConfig } from '@graphql-codegen/cli';

// Run from the workspace root (the Nx target's default cwd): paths below are relative to it.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['libs/web/*/src/**/*.{ts,tsx}', '!libs/web/core/src/gql/**'],
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
