#!/usr/bin/env node
// Entry of `npx toju-plugin`: runs the TypeScript CLI through tsx, no build step.
const path = require("node:path");
process.env.TSX_TSCONFIG_PATH = process.env.TSX_TSCONFIG_PATH || path.join(__dirname, "..", "..", "tsconfig.json");
require("tsx/cjs");
require("./main.ts")
  .runCli(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
