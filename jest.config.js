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
  moduleNameMapper: {
    "^@toju/contracts/(.*)$": "<rootDir>/contracts/$1",
    "^@toju/generated/(.*)$": "<rootDir>/generated/$1",
  },
  testTimeout: 30000,
  maxWorkers: 2,
};
