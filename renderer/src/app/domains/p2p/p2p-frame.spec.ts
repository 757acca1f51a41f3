// Data-channel frames: JSON `{payload}` of at most 64 KiB as UTF-8, both ways.
import { decodeP2pFrame, encodeP2pFrame, MAX_P2P_FRAME_BYTES } from "./p2p-frame";

describe("p2p frames", () => {
  it("round-trips any JSON payload", () => {
    for (const payload of [{ move: 4 }, [1, "two"], "text", 0, null, false]) {
      const frame = encodeP2pFrame(payload);
      expect(frame.ok).toBe(true);
      if (frame.ok) expect(decodeP2pFrame(frame.text)).toEqual({ payload });
    }
  });

  it("measures the limit in UTF-8 bytes, not characters", () => {
    const fits = "é".repeat((MAX_P2P_FRAME_BYTES - 20) / 2);
    expect(encodeP2pFrame(fits).ok).toBe(true);
    expect(encodeP2pFrame("é".repeat(MAX_P2P_FRAME_BYTES / 2))).toMatchObject({ ok: false, code: "value_too_large" });
  });

  it("refuses what JSON cannot carry", () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(encodeP2pFrame(cycle)).toMatchObject({ ok: false, code: "value_not_serializable" });
    expect(encodeP2pFrame(undefined)).toMatchObject({ ok: false, code: "value_not_serializable" });
    expect(encodeP2pFrame(10n)).toMatchObject({ ok: false, code: "value_not_serializable" });
  });

  it.each([["not json"], ['{"nope":1}'], ["[1]"], [new ArrayBuffer(4)], ["x".repeat(MAX_P2P_FRAME_BYTES + 1)]])(
    "drops the received frame %#",
    (data) => expect(decodeP2pFrame(data)).toBeUndefined(),
  );
});
