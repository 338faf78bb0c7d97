import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents from the committed schema file, so generation needs no running server.
// Paths are relative to the workspace root, where every codegen target runs.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  // Test documents stay out: the manifest is the list of operations production accepts.
  documents: [
    'apps/web/src/**/*.{ts,tsx}',
    '!apps/web/src/gql/**/*',
    '!apps/web/src/**/*.spec.{ts,tsx}',
  ],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      // persistedDocuments writes persisted-documents.json beside the generated code: every operation
      // the web app can send, keyed by its SHA-256. In production the API accepts only these
      // (apps/api/src/security/trusted-documents.ts), so the manifest must be regenerated with the code.
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: {
        enumType: 'const',
        scalars: { DateTime: 'string' },
        useTypeImports: true,
      },
    },
  },
};

export default config;
