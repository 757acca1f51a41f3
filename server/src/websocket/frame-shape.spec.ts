// The container count before parsing: arrays and objects count, brackets inside strings (escaped quotes included) do not.
import { requestSizeLimit } from "@toju/generated/types/constants";
import { containersWithin } from "./frame-shape";

describe("containersWithin", () => {
  it.each([
    ['{"a":[1,{}]}', 3, true],
    ['{"a":[1,{}]}', 2, false],
    ['{"s":"[[[{{{"}', 1, true],
    ['{"s":"a\\"[[[{"}', 1, true],
    ['{"s":"a\\\\"}', 1, true],
    ['{"s":"a\\\\","t":[[]]}', 2, false],
  ])("%s within %d → %s", (text, limit, within) => {
    expect(containersWithin(Buffer.from(text), limit)).toBe(within);
  });

  it("refuses a frame of more empty objects than the contract allows, and lets a long string through", () => {
    const objects = (n: number) => Buffer.from(`[${Array<string>(n).fill("{}").join(",")}]`);
    expect(containersWithin(objects(requestSizeLimit.webSocketFrameContainers - 1))).toBe(true);
    expect(containersWithin(objects(requestSizeLimit.webSocketFrameContainers + 1))).toBe(false);
    expect(containersWithin(Buffer.from(JSON.stringify({ s: "[{".repeat(400_000) })))).toBe(true);
  });
});
