// GuardedPluginMutationObserver: the `MutationObserver` plugins get as `api.dom.MutationObserver`. A callback that
// throws is reported and the observer keeps observing; a callback that keeps re-triggering itself (its own mutations
// queue its next round, so the task never ends and the page freezes) is disconnected after a bound and reported.

export const DEFAULT_MAX_ROUNDS_PER_TASK = 100;

export interface MutationGuardProblem {
  code: "observer_threw" | "observer_loop";
  message: string;
  error?: unknown;
}

export interface MutationGuardOptions {
  report(problem: MutationGuardProblem): void;
  /** Rounds of one observer's callback within one task before it is stopped. */
  maxRoundsPerTask?: number;
  /** The browser's `MutationObserver`. */
  base?: typeof MutationObserver;
  /** Runs `callback` in a later task, when the round count starts again; default `setTimeout(…, 0)`. */
  nextTask?(callback: () => void): void;
}

export function createGuardedMutationObserverClass(options: MutationGuardOptions): typeof MutationObserver {
  const Base = options.base ?? globalThis.MutationObserver;
  if (typeof Base !== "function") throw new Error("this host has no DOM, so it offers no MutationObserver");
  const maxRounds = options.maxRoundsPerTask ?? DEFAULT_MAX_ROUNDS_PER_TASK;
  const nextTask = options.nextTask ?? ((callback: () => void) => void setTimeout(callback, 0));
  const report = (problem: MutationGuardProblem) => {
    try {
      options.report(problem);
    } catch {
      // A failing reporter must not turn a contained plugin error into a host error.
    }
  };

  return class GuardedPluginMutationObserver extends Base {
    private stopped = false;

    constructor(callback: MutationCallback) {
      if (typeof callback !== "function") throw new TypeError("GuardedPluginMutationObserver needs a callback function");
      let rounds = 0;
      let resetPending = false;
      super((records, observer) => {
        const self = observer as GuardedPluginMutationObserver;
        if (self.stopped) return;
        rounds += 1;
        if (!resetPending) {
          resetPending = true;
          nextTask(() => {
            rounds = 0;
            resetPending = false;
          });
        }
        if (rounds > maxRounds) {
          self.stopped = true;
          Base.prototype.disconnect.call(self);
          report({
            code: "observer_loop",
            message: `a MutationObserver callback re-triggered itself ${maxRounds} times in one task; the observer was disconnected`,
          });
          return;
        }
        try {
          callback.call(self, records, self);
        } catch (error) {
          report({ code: "observer_threw", message: "a MutationObserver callback threw", error });
        }
      });
    }

    /** An observer stopped for looping stays stopped. */
    override observe(target: Node, init?: MutationObserverInit): void {
      if (!this.stopped) super.observe(target, init);
    }
  };
}
