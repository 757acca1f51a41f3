import { TypedEmitter } from "./typed-emitter";

describe("TypedEmitter", () => {
  it("delivers events to listeners until they are disposed, even when another listener throws", () => {
    const errors: unknown[] = [];
    const emitter = new TypedEmitter<{ tick: number }>((e) => errors.push(e));
    const seen: number[] = [];
    emitter.on("tick", () => {
      throw new Error("bad listener");
    });
    const subscription = emitter.on("tick", (n) => seen.push(n));
    emitter.emit("tick", 1);
    subscription.dispose();
    emitter.emit("tick", 2);
    expect(seen).toEqual([1]);
    expect(errors).toHaveLength(2);
  });
});
