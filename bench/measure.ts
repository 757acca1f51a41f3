// Small timing helpers shared by the benchmarks: run a function for a bounded time and report its rate.
import { performance } from "node:perf_hooks";

export interface Rate {
  opsPerSecond: number;
  iterations: number;
  elapsedMs: number;
}

/** Calls `fn` in batches until `budgetMs` has passed (after a short warm-up); never loops unbounded. */
export function measureRate(fn: () => unknown, budgetMs = 1000, maxIterations = 5_000_000): Rate {
  for (let i = 0; i < 200; i++) fn();
  let iterations = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < budgetMs && iterations < maxIterations) {
    for (let i = 0; i < 100; i++) fn();
    iterations += 100;
    elapsed = performance.now() - start;
  }
  return { opsPerSecond: (iterations / elapsed) * 1000, iterations, elapsedMs: elapsed };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
