#!/usr/bin/env bash
# `npm test`: generated/ freshness, type check, lint (tier boundaries, formatting, unused code), Chromium and the built
# renderer for the browser tests, then every jest suite (unit, integration, e2e), then the browser suites one at a time.
set -euo pipefail
cd "$(dirname "$0")/.."
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
echo "== generated/ freshness"
npx tsx scripts/generate/index.ts --check
echo "== docs/ freshness (SDK reference, generated guide tables)"
npx tsx scripts/docs/index.ts --check
echo "== typecheck"
npx tsc -p tsconfig.json
npx tsc -p examples/tsconfig.json
echo "== lint (eslint with the tier boundary rule, prettier, knip)"
npx eslint .
npx prettier --check . >/dev/null || { npx prettier --check . ; exit 1; }
npx knip
echo "== chromium"
bash scripts/ensure-chromium.sh
echo "== renderer build (once, when stale: the browser suites serve it)"
npx tsx -e 'require("./scripts/start/renderer-build").ensureRendererBuild().catch((error) => { console.error(error.message); process.exit(1); })'
echo "== jest: every suite but the browser suites (two workers)"
TOJU_TEST_PHASE=other npx jest --passWithNoTests "$@"
echo "== jest: the browser suites, one at a time (one Chromium at a time)"
TOJU_TEST_PHASE=browser npx jest --runInBand --passWithNoTests "$@"
