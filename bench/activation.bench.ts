// `npm run bench -- activation`: in headless Chromium under the renderer's CSP, the real PluginHost registers, plans
// and activates 100 plugins with a random dependency DAG (modules imported from Blob URLs, each with its API facade),
// against the same-run baseline of the same activations without the host (the 100 modules imported at once, then
// activated in a fixed order); and planning alone for 1,000 plugins.
import path from "node:path";
import { serveBundlePage } from "../e2e/support/bundle-page";
import type { Browser } from "playwright-core";
import { rendererContentSecurityPolicy } from "../contracts/security/renderer-csp";
import { launchChromium } from "../e2e/browser/chromium";
import type { ActivationRound, activationRound, planningRounds } from "./activation-page";
import { median, round } from "./measure";

const PLUGINS = 100;
const PLANNED = 1000;
const ROUNDS = 9;
const PLAN_ROUNDS = 15;
const GOAL_MS = 100;
const SEED = 20260301;

interface BenchPage {
  tojuBench: { activationRound: typeof activationRound; planningRounds: typeof planningRounds };
}

async function main(): Promise<void> {
  const server = await serveBundlePage(path.join(__dirname, "activation-page.ts"), { csp: rendererContentSecurityPolicy() });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(server.url);
    await page.waitForFunction(() => "tojuBench" in window);
    const rounds: ActivationRound[] = [];
    // Round 0 warms the JIT and the module machinery; it is not counted.
    for (let i = 0; i <= ROUNDS; i++) {
      const result = await page.evaluate(
        ([count, seed, index]) => (window as unknown as BenchPage).tojuBench.activationRound(count, seed, index),
        [PLUGINS, SEED, i] as const,
      );
      if (result.activated !== PLUGINS) throw new Error(`the host activated ${result.activated} of ${PLUGINS} plugins`);
      if (i > 0) rounds.push(result);
    }
    const planning = await page.evaluate(
      ([count, seed, times]) => (window as unknown as BenchPage).tojuBench.planningRounds(count, seed, times),
      [PLANNED, SEED, PLAN_ROUNDS] as const,
    );
    if (errors.length) throw new Error(`the bench page failed: ${errors.join("; ")}`);
    if (planning.planned !== PLANNED) throw new Error(`the planner activated ${planning.planned} of ${PLANNED} plugins`);

    const total = rounds.map((r) => r.registerMs + r.activateMs);
    const register = median(rounds.map((r) => r.registerMs));
    const activate = median(rounds.map((r) => r.activateMs));
    const hostMs = median(total);
    const baselineMs = median(rounds.map((r) => r.baselineMs));
    const planMs = median(planning.durations);
    console.log(
      `activation: ${PLUGINS} plugins, ${rounds[0].edges} dependency edges (random DAG, seed ${SEED}), headless Chromium, median of ${ROUNDS} rounds`,
    );
    console.log(
      `  register (validate) ${register.toFixed(1)} ms + plan and activate ${activate.toFixed(1)} ms = ${hostMs.toFixed(1)} ms (goal <= ${GOAL_MS} ms)`,
    );
    console.log(
      `  baseline: import the same ${PLUGINS} modules at once from Blob URLs, then activate them in a fixed order, no host: ${baselineMs.toFixed(1)} ms`,
    );
    console.log(`  planning alone for ${PLANNED} plugins: ${planMs.toFixed(1)} ms (median of ${PLAN_ROUNDS})`);
    console.log(`  ratio ${(hostMs / baselineMs).toFixed(2)} (host / baseline)`);
    console.log(
      JSON.stringify({
        bench: "activation",
        plugins: PLUGINS,
        edges: rounds[0].edges,
        rounds: ROUNDS,
        registerMs: round(register),
        activateMs: round(activate),
        totalMs: round(hostMs),
        goalMs: GOAL_MS,
        baselineMs: round(baselineMs),
        plan1000Ms: round(planMs),
        ratio: round(hostMs / baselineMs),
      }),
    );
  } finally {
    await browser?.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
