// The test suites that drive Chromium, as a path pattern for jest (see jest.config.js): `npm test` runs them after
// every other suite, one at a time. `browser-suites.spec.ts` checks that every suite launching a browser matches.
module.exports = {
  BROWSER_SUITES: "/e2e/(browser/.+|plugin-api-two-users|plugin-manager-ui|plugin-support-api)\\.spec\\.ts$",
};
