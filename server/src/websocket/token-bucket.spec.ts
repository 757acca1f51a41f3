// Token bucket: burst, refusal when empty, refill at the configured rate, and rate 0 meaning no limit.
import { TokenBucket } from "./token-bucket";

describe("TokenBucket", () => {
  it("allows a burst, refuses beyond it, and refills at the rate", () => {
    let now = 0;
    const bucket = new TokenBucket(10, 3, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now += 100;
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    now += 10_000;
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });

  it("never refuses when the rate is 0", () => {
    const bucket = new TokenBucket(0, 1, () => 0);
    for (let i = 0; i < 1000; i++) expect(bucket.take()).toBe(true);
  });
});
