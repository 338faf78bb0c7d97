// The test command's own specs: how a Jest run is counted.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'scripts',
  rootDir: __dirname,
  testMatch: ['<rootDir>/*.spec.mjs'],
};
