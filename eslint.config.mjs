// Lint for every tier: typescript-eslint's recommended rules, Prettier's formatting left to Prettier, and the tier
// boundary: electron/, renderer/ and server/ import only generated/, contracts/ and their own files.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import tseslint from "typescript-eslint";

const tiers = ["electron", "renderer", "server"];

/** One zone per tier: nothing in it may import another tier (or e2e, bench, scripts, examples). */
const boundaryZones = tiers.map((tier) => ({
  target: `./${tier}`,
  from: ["./electron", "./renderer", "./server", "./e2e", "./bench", "./scripts", "./examples"].filter((f) => f !== `./${tier}`),
  message: `${tier}/ imports only generated/, contracts/ and its own files; move what two tiers share into contracts/.`,
}));

/** contracts/ is the shared package: it never reaches into a tier. */
const contractsZone = {
  target: "./contracts",
  from: ["./electron", "./renderer", "./server", "./e2e", "./bench", "./scripts", "./examples"],
  message: "contracts/ is shared by every tier and imports none of them.",
};

export default tseslint.config(
  {
    ignores: [
      "generated/**",
      "node_modules/**",
      "data/**",
      "renderer/dist/**",
      ".angular/**",
      "**/fixtures/**",
      "coverage/**",
      "packages/*/dist/**",
      "test-results/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.mjs", "**/*.js"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: [...boundaryZones, contractsZone] }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Example plugins are ES modules the renderer imports: browser globals, no Node.
    files: ["examples/**/*.js"],
    languageOptions: {
      sourceType: "module",
      globals: { document: "readonly", crypto: "readonly", URL: "readonly", console: "readonly", HTMLElement: "readonly" },
    },
  },
  prettier,
);
