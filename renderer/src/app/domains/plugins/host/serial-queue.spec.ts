import { SerialQueue } from "./serial-queue";

describe("SerialQueue", () => {
  it("runs operations one after another, also after a failure", async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    let release!: () => void;
    const first = queue.run(async () => {
      log.push("first start");
      await new Promise<void>((resolve) => (release = resolve));
      log.push("first end");
    });
    const second = queue.run(async () => {
      log.push("second");
      throw new Error("second fails");
    });
    const third = queue.run(async () => log.push("third"));
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(["first start"]);
    release();
    await first;
    await expect(second).rejects.toThrow("second fails");
    await third;
    expect(log).toEqual(["first start", "first end", "second", "third"]);
  });
});
