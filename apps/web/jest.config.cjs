// Dates in specs are written in UTC; the app itself always formats in Europe/London.
process.env.TZ = 'UTC';

const {
  transform,
  transformIgnorePatterns,
  moduleFileExtensions,
  moduleNameMapper,
} = require('../../jest.preset.cjs');

module.exports = {
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
  setupFiles: ['<rootDir>/test/setup.ts'],
  transform,
  transformIgnorePatterns,
  moduleFileExtensions,
  moduleNameMapper: {
    ...moduleNameMapper,
    '^@village/ui$': '<rootDir>/../../libs/web/ui/src/index.ts',
    '\\.css$': '<rootDir>/test/style-stub.cjs',
  },
};
