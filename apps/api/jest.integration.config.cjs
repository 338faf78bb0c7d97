// Integration specs boot the real app on a real PostgreSQL: an embedded server by default, or the
// server in DATABASE_URL. Each spec file gets its own database cloned from a migrated template.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'api-integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // The Redis specs need a Redis server; they join the run when REDIS_URL names one.
  testPathIgnorePatterns: process.env.REDIS_URL ? [] : ['/test/redis/'],
  testTimeout: 60_000,
};
