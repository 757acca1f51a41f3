// The IPC sender check.
import { APP_ORIGIN, isTrustedRendererUrl } from "./window-policy";

describe("isTrustedRendererUrl", () => {
  it.each([
    [`${APP_ORIGIN}/index.html`, true],
    [`${APP_ORIGIN}/deep/route?x=1`, true],
    ["app://other/index.html", false],
    ["http://127.0.0.1:4200/", false],
    ["https://evil.example/", false],
    ["file:///etc/passwd", false],
    ["not a url", false],
    [undefined, false],
  ])("%s → %s", (url, trusted) => {
    expect(isTrustedRendererUrl(url, [APP_ORIGIN])).toBe(trusted);
  });

  it("trusts a development server only when it is listed", () => {
    expect(isTrustedRendererUrl("http://127.0.0.1:4200/app", [APP_ORIGIN, "http://127.0.0.1:4200"])).toBe(true);
  });
});
