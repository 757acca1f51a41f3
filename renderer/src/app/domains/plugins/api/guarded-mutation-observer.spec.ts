/**
 * @jest-environment jsdom
 */
// GuardedPluginMutationObserver in jsdom's real MutationObserver: a throwing callback is contained and reported, a
// callback that re-triggers itself is stopped at the bound, and an ordinary observer behaves like the browser's.
import { createPluginClientApi } from "./plugin-client-api";
import { createGuardedMutationObserverClass, type MutationGuardProblem } from "./guarded-mutation-observer";
import type { HostPorts } from "./plugin-host-ports";

/** Every port method exists and does nothing: only `dom` is under test. */
const anyPorts = new Proxy({}, { get: () => new Proxy({}, { get: () => () => undefined }) }) as HostPorts;

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

function guarded(maxRoundsPerTask?: number) {
  const problems: MutationGuardProblem[] = [];
  const Observer = createGuardedMutationObserverClass({ report: (problem) => problems.push(problem), maxRoundsPerTask });
  return { Observer, problems };
}

describe("GuardedPluginMutationObserver", () => {
  it("delivers records to the callback as the browser's observer does", async () => {
    const { Observer, problems } = guarded();
    const host = document.createElement("div");
    const seen: string[] = [];
    const observer = new Observer((records, self) => {
      seen.push(...records.map((record) => record.type));
      expect(self).toBe(observer);
    });
    observer.observe(host, { childList: true });
    host.append(document.createElement("span"));
    await nextTask();
    expect(seen).toEqual(["childList"]);
    expect(observer).toBeInstanceOf(MutationObserver);
    expect(problems).toEqual([]);
  });

  it("contains a callback that throws: it is reported, the observer keeps observing and other code runs on", async () => {
    const { Observer, problems } = guarded();
    const host = document.createElement("div");
    let calls = 0;
    const observer = new Observer(() => {
      calls += 1;
      throw new Error("plugin bug");
    });
    observer.observe(host, { attributes: true });
    host.setAttribute("data-a", "1");
    await nextTask();
    host.setAttribute("data-a", "2");
    await nextTask();
    expect(calls).toBe(2);
    expect(problems).toEqual([
      { code: "observer_threw", message: "a MutationObserver callback threw", error: new Error("plugin bug") },
      { code: "observer_threw", message: "a MutationObserver callback threw", error: new Error("plugin bug") },
    ]);
  });

  it("stops a callback that re-triggers itself beyond the bound within one task, and reports it once", async () => {
    const { Observer, problems } = guarded(100);
    const host = document.createElement("div");
    let rounds = 0;
    const observer = new Observer(() => {
      rounds += 1;
      host.setAttribute("data-round", String(rounds));
    });
    observer.observe(host, { attributes: true });
    host.setAttribute("data-round", "0");
    await nextTask();
    await nextTask();
    expect(rounds).toBe(100);
    expect(problems).toEqual([{ code: "observer_loop", message: expect.stringContaining("100 times in one task") }]);
    observer.observe(host, { attributes: true });
    host.setAttribute("data-round", "again");
    await nextTask();
    expect(rounds).toBe(100);
  });

  it("counts rounds per task: a callback that reacts once per task is never stopped", async () => {
    const { Observer, problems } = guarded(3);
    const host = document.createElement("div");
    let calls = 0;
    const observer = new Observer(() => void (calls += 1));
    observer.observe(host, { attributes: true });
    for (let i = 0; i < 10; i++) {
      host.setAttribute("data-i", String(i));
      await nextTask();
    }
    expect(calls).toBe(10);
    expect(problems).toEqual([]);
  });

  it("is what plugins get as api.dom.MutationObserver, reporting through the plugin's log", async () => {
    const log = { debug: jest.fn(), info: jest.fn(), warn: jest.fn(), error: jest.fn() };
    const api = createPluginClientApi(
      "dice-roller",
      { host: anyPorts, log, context: { serverId: () => undefined, channelId: () => undefined } },
      { assert: () => undefined },
    );
    expect(api.dom.MutationObserver).toBe(api.dom.MutationObserver);
    const host = document.createElement("div");
    const observer = new api.dom.MutationObserver(() => {
      throw new Error("render bug");
    });
    observer.observe(host, { childList: true });
    host.append("text");
    await nextTask();
    expect(log.error).toHaveBeenCalledWith("[plugin dice-roller]", "a MutationObserver callback threw", new Error("render bug"));
  });
});
