// One jest run for every tier; TypeScript and the generated ES-module validators go through ts-jest.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: [
    "<rootDir>/contracts",
    "<rootDir>/electron",
    "<rootDir>/renderer",
    "<rootDir>/server",
    "<rootDir>/e2e",
    "<rootDir>/scripts",
    "<rootDir>/bench",
  ],
  testMatch: ["**/*.spec.ts"],
  transform: {
    "^.+\\.[tj]s$": ["ts-jest", { tsconfig: { allowJs: true, isolatedModules: true }, diagnostics: false }],
  },
  // p-limit and its queue ship only as ES modules; ts-jest turns them into CommonJS like our own sources.
  transformIgnorePatterns: ["/node_modules/(?!(p-limit|yocto-queue)/)"],
  moduleNameMapper: {
    "^@toju/contracts/(.*)$": "<rootDir>/contracts/$1",
    "^@toju/generated/(.*)$": "<rootDir>/generated/$1",
  },
  testTimeout: 30000,
  maxWorkers: 2,
};
