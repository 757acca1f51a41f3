// The window's CSP and the IPC sender check.
import { APP_ORIGIN, isTrustedRendererUrl, RENDERER_CONTENT_SECURITY_POLICY } from "./window-policy";

const directive = (name: string) => RENDERER_CONTENT_SECURITY_POLICY.split("; ").find((d) => d.startsWith(`${name} `));

describe("renderer CSP", () => {
  it("allows module scripts from the app and blob: only, never eval or inline script", () => {
    expect(directive("script-src")).toBe("script-src 'self' blob:");
    expect(RENDERER_CONTENT_SECURITY_POLICY).not.toContain("unsafe-eval");
    expect(directive("object-src")).toBe("object-src 'none'");
  });
});

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
