const {
  transform,
  transformIgnorePatterns,
  moduleFileExtensions,
} = require('../../../jest.preset.cjs');

module.exports = {
  displayName: 'ui',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
  transform,
  transformIgnorePatterns,
  moduleFileExtensions,
  moduleNameMapper: { '\\.css$': '<rootDir>/test/style-stub.cjs' },
};
