#!/usr/bin/env node
// Entry of `npx toju-plugin` inside this repository: runs the TypeScript CLI through tsx, no build step. (The packaged
// CLI in @toju/plugin-sdk is the same `toju-plugin.ts`, bundled.)
const path = require("node:path");
process.env.TSX_TSCONFIG_PATH = process.env.TSX_TSCONFIG_PATH || path.join(__dirname, "..", "..", "tsconfig.json");
require("tsx/cjs");
require("./toju-plugin.ts");
