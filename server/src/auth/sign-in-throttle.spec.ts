// The sign-in throttle: a sliding window per user name and per address, successes taken back, and address keys.
import { clientAddressKey, SignInThrottle } from "./sign-in-throttle";

describe("SignInThrottle", () => {
  let now = 0;
  const throttle = () => new SignInThrottle({ perUsername: 2, perAddress: 3, windowMs: 60_000 }, () => now);

  it("admits up to the limit per user name, then says how long to wait until the oldest attempt leaves the window", () => {
    now = 0;
    const t = throttle();
    expect(t.admit("a", "alice").admitted).toBe(true);
    now = 10_000;
    expect(t.admit("b", "alice").admitted).toBe(true);
    expect(t.admit("c", "alice")).toEqual({ admitted: false, retryAfterSeconds: 50 });
    now = 60_001;
    expect(t.admit("c", "alice").admitted).toBe(true);
  });

  it("limits an address across user names and registrations", () => {
    now = 0;
    const t = throttle();
    for (const name of ["u1", "u2", undefined]) expect(t.admit("addr", name).admitted).toBe(true);
    expect(t.admit("addr", "u4").admitted).toBe(false);
    expect(t.admit("addr").admitted).toBe(false);
    expect(t.admit("other", "u4").admitted).toBe(true);
  });

  it("takes a successful attempt back", () => {
    now = 0;
    const t = throttle();
    for (let i = 0; i < 10; i++) {
      const admission = t.admit("addr", "alice");
      if (!admission.admitted) throw new Error("refused a sign-in that succeeded every time");
      admission.attempt.succeeded();
    }
  });
});

describe("clientAddressKey", () => {
  it.each([
    ["127.0.0.1", "127.0.0.1"],
    ["::ffff:10.1.2.3", "10.1.2.3"],
    ["2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"],
    ["2001:db8:1:2::1", "2001:db8:1:2::/64"],
    ["2001:DB8:0001:0002:0::9", "2001:db8:1:2::/64"],
    ["::1", "0:0:0:0::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    [undefined, "unknown"],
  ])("%s → %s", (address, key) => {
    expect(clientAddressKey(address)).toBe(key);
  });
});
