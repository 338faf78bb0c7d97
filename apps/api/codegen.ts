import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the API's integration specs, from the committed schema file, so a spec that
// selects a field the schema lacks fails generation and the type check, not a run. Paths are
// relative to the workspace root, where every codegen target runs.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  // The fuzz test builds its operations at run time from the schema, so it has no documents here.
  documents: [
    'apps/api/test/**/*.ts',
    '!apps/api/test/gql/**/*',
    '!apps/api/test/fuzz.integration-spec.ts',
    '!apps/api/test/support/fuzz/**/*',
  ],
  ignoreNoDocuments: false,
  generates: {
    'apps/api/test/gql/': {
      preset: 'client',
      // Tests send what they write, so there is no persisted-documents manifest here.
      presetConfig: { fragmentMasking: false },
      config: {
        enumType: 'const',
        scalars: { DateTime: 'string' },
        useTypeImports: true,
      },
    },
  },
};

export default config;
