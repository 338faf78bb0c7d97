// Browser journeys: the built API (with the demo town) serves the built web app; Chromium drives it.
process.env.TZ = 'UTC';

const {
  transform,
  transformIgnorePatterns,
  moduleFileExtensions,
  moduleNameMapper,
} = require('../../jest.preset.cjs');

module.exports = {
  displayName: 'web-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  testTimeout: 60_000,
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/src/support/setup-trusted-documents.ts'],
  // Each journey has its own browser; two at a time keeps a small machine responsive.
  maxWorkers: 2,
  transform,
  transformIgnorePatterns,
  moduleFileExtensions,
  moduleNameMapper,
};
