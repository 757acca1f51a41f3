// The one renderer CSP: module scripts from the app and blob: only, no eval, and connections only where the shell talks.
import { rendererContentSecurityPolicy } from "./renderer-csp";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("rendererContentSecurityPolicy", () => {
  it("allows module scripts from the app and blob: only, never eval or inline script", () => {
    const policy = rendererContentSecurityPolicy();
    expect(directive(policy, "script-src")).toBe("script-src 'self' blob:");
    expect(policy).not.toContain("unsafe-eval");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "base-uri")).toBe("base-uri 'none'");
  });

  it("connects to the app's own origin only, unless a signaling server is named", () => {
    expect(directive(rendererContentSecurityPolicy(), "connect-src")).toBe("connect-src 'self'");
    expect(directive(rendererContentSecurityPolicy(["https://chat.example", "http://127.0.0.1:3000"]), "connect-src")).toBe(
      "connect-src 'self' https://chat.example wss://chat.example http://127.0.0.1:3000 ws://127.0.0.1:3000",
    );
  });

  it("never allows remote scripts, images or media: plugin bytes come from the desktop tier as blobs", () => {
    const policy = rendererContentSecurityPolicy(["https://chat.example"]);
    for (const name of ["script-src", "img-src", "media-src", "worker-src"]) expect(directive(policy, name)).not.toMatch(/https:|http:/);
  });
});
