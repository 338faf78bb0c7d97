module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'town',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
