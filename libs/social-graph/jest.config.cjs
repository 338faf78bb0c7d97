module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'social-graph',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
