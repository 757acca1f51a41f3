import { runWithTimeout } from "./hook-runner";

describe("runWithTimeout", () => {
  afterEach(() => jest.useRealTimers());

  it("returns the value of a hook that settles", async () => {
    await expect(runWithTimeout(async () => 7, 1000, "activate()")).resolves.toEqual({ ok: true, value: 7 });
  });

  it("turns a synchronous throw and a rejection into a failure naming the hook", async () => {
    await expect(
      runWithTimeout(
        () => {
          throw new Error("boom");
        },
        1000,
        "activate()",
      ),
    ).resolves.toEqual({ ok: false, timedOut: false, message: "activate() threw: boom" });
    await expect(runWithTimeout(() => Promise.reject("nope"), 1000, "ready()")).resolves.toEqual({
      ok: false,
      timedOut: false,
      message: "ready() threw: nope",
    });
  });

  it("fails a hook that never settles once the time limit passes", async () => {
    jest.useFakeTimers();
    const outcome = runWithTimeout(() => new Promise<void>(() => undefined), 5000, "activate()");
    await jest.advanceTimersByTimeAsync(5000);
    await expect(outcome).resolves.toEqual({ ok: false, timedOut: true, message: "activate() did not finish within 5000 ms" });
  });
});
