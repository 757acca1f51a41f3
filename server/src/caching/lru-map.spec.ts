// LruMap: a size cap that forgets the least recently used entry, with reads counting as use.
import { LruMap } from "./lru-map";

describe("LruMap", () => {
  it("keeps at most `capacity` entries, forgetting the least recently used", () => {
    const map = new LruMap<string, number>(2);
    map.set("a", 1).set("b", 2);
    expect(map.get("a")).toBe(1);
    map.set("c", 3);
    expect([map.get("a"), map.get("b"), map.get("c"), map.size]).toEqual([1, undefined, 3, 2]);
  });

  it("replacing a value refreshes it; delete forgets it", () => {
    const map = new LruMap<string, number>(2);
    map.set("a", 1).set("b", 2).set("a", 10).set("c", 3);
    expect([map.get("a"), map.get("b")]).toEqual([10, undefined]);
    expect(map.delete("a")).toBe(true);
    expect(map.get("a")).toBeUndefined();
  });

  it("refuses a capacity below 1", () => {
    expect(() => new LruMap(0)).toThrow(RangeError);
  });
});
