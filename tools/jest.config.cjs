// The tools' own specs: how the test command counts a run, and the API's floors rule.
module.exports = {
  ...require('../jest.preset.cjs'),
  displayName: 'tools',
  rootDir: __dirname,
  testMatch: ['<rootDir>/scripts/*.spec.mjs', '<rootDir>/lint-rules/*.spec.mjs'],
};
