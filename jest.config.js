// One jest run for every tier: the node project runs TypeScript (and the generated ES-module validators) through
// ts-jest, the postgres project runs the server's contract suites again on PostgreSQL, and the Angular project runs the
// renderer's component, service and directive specs in jsdom with TestBed.
const { createCjsPreset } = require("jest-preset-angular/presets");

const moduleNameMapper = {
  "^@toju/contracts/(.*)$": "<rootDir>/contracts/$1",
  "^@toju/generated/(.*)$": "<rootDir>/generated/$1",
};
const angularSpecs = [
  "<rootDir>/renderer/src/app/**/*.component.spec.ts",
  "<rootDir>/renderer/src/app/**/*.service.spec.ts",
  "<rootDir>/renderer/src/app/**/*.directive.spec.ts",
];

/** Every TypeScript test outside the Angular components, in Node. */
const nodeProject = {
  testEnvironment: "node",
  roots: [
    "<rootDir>/contracts",
    "<rootDir>/electron",
    "<rootDir>/renderer",
    "<rootDir>/server",
    "<rootDir>/e2e",
    "<rootDir>/scripts",
    "<rootDir>/bench",
    "<rootDir>/examples",
  ],
  testMatch: ["**/*.spec.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/renderer/src/app/.*\\.(component|service|directive)\\.spec\\.ts$"],
  transform: {
    "^.+\\.[tj]s$": ["ts-jest", { tsconfig: { allowJs: true, isolatedModules: true }, diagnostics: false }],
  },
  // p-limit and its queue ship only as ES modules; ts-jest turns them into CommonJS like our own sources.
  transformIgnorePatterns: ["/node_modules/(?!(p-limit|yocto-queue)/)"],
  moduleNameMapper,
};

/**
 * The suites that drive Chromium. `npm test` runs every other suite first (TOJU_TEST_PHASE=other, two workers), then
 * these one at a time (TOJU_TEST_PHASE=browser, --runInBand): one browser at a time, as Playwright's own runner would
 * with one worker. Two browsers and a full jest run at once on a two-core machine starved each other (a server created
 * in one suite timed out; two WebRTC peers never found each other). Without the variable, jest runs everything.
 */
const { BROWSER_SUITES } = require("./scripts/test/browser-suites");
const phaseIgnores = {
  other: [BROWSER_SUITES],
  browser: [`^(?!.*${BROWSER_SUITES})`],
};

/** The project with the current phase's suites left out. */
function inPhase(project) {
  const extra = phaseIgnores[process.env.TOJU_TEST_PHASE ?? ""] ?? [];
  return { ...project, testPathIgnorePatterns: [...(project.testPathIgnorePatterns ?? ["/node_modules/"]), ...extra] };
}

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30000,
  maxWorkers: 2,
  projects: [
    { displayName: "node", ...nodeProject },
    {
      // The server's REST/websocket contract suites and the e2e flows again, on PostgreSQL (each server under test gets
      // a database of its own); the suites that set up their own databases and instances run once, in "node".
      displayName: "postgres",
      ...nodeProject,
      roots: ["<rootDir>/server", "<rootDir>/e2e"],
      testMatch: ["<rootDir>/server/src/**/*.spec.ts", "<rootDir>/e2e/*.spec.ts"],
      // plugin-api-two-users drives Chromium against its own stack on sqlite: once, in "node", is enough.
      testPathIgnorePatterns: ["/node_modules/", "/server/src/scale-out/", "/server/src/fanout/", "/e2e/plugin-api-two-users\\.spec\\.ts$"],
      setupFiles: ["<rootDir>/server/src/testing/postgres-project.ts"],
    },
    {
      displayName: "angular",
      ...createCjsPreset({ tsconfig: "<rootDir>/renderer/tsconfig.spec.json", diagnostics: false }),
      roots: ["<rootDir>/renderer"],
      testMatch: angularSpecs,
      setupFilesAfterEnv: ["<rootDir>/renderer/src/test-setup.ts"],
      moduleNameMapper,
    },
  ].map(inPhase),
};
