// The social-graph engine checked against NetworkX (networkx-metrics.py, run by Debian's python3).
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'reference',
  rootDir: __dirname,
  testMatch: ['<rootDir>/*.spec.ts'],
};
