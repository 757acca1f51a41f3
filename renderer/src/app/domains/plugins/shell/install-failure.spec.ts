// describeInstallFailure: each refusal of installPluginFromUrl says what went wrong first, then the desktop's words.
import { describeInstallFailure } from "./install-failure";

describe("describeInstallFailure", () => {
  it.each([
    [
      "integrity_mismatch",
      "the plugin's code from https://p.example/b.js failed its integrity check: The plugin code does not match its integrity hash (sha384-x).",
      "Integrity check failed (bundle.integrity): ",
    ],
    [
      "download_failed",
      "manifest: https://p.example/m.json redirected to another origin (https://evil.example); only https://p.example was approved",
      "Redirect to another origin refused: ",
    ],
    ["download_failed", "module: https://p.example/b.js is larger than 5242880 bytes", "Too large: "],
    ["download_failed", "manifest: https://p.example/m.json did not answer within 20 s", "Timed out: "],
    ["download_failed", "manifest: https://p.example/m.json answered HTTP 404", "Download failed: "],
    ["invalid_manifest", "the manifest is for plugin 'poll', not 'dice-roller'", "Wrong plugin: "],
    [
      "origin_not_approved",
      "the manifest is on https://p.example, which you have not allowed plugins to be installed from",
      "Origin not allowed: ",
    ],
    ["invalid_request", "a plugin folder named poll exists that was not installed from a URL; remove it first", "Not installed: "],
  ])("names %s first and keeps the desktop's message", (code, message, headline) => {
    expect(describeInstallFailure({ code, message })).toEqual({ code, summary: headline + message, details: [] });
  });

  it("keeps a refused manifest's details, one line each", () => {
    const failure = describeInstallFailure({
      code: "invalid_manifest",
      message: "the downloaded manifest is invalid (2 issue(s))",
      details: [{ path: "/version", message: "schema: must match pattern" }, { message: "no id" }],
    });
    expect(failure.summary).toBe("Invalid manifest: the downloaded manifest is invalid (2 issue(s))");
    expect(failure.details).toEqual(["/version: schema: must match pattern", "no id"]);
  });

  it("describes anything else that was thrown", () => {
    expect(describeInstallFailure(new Error("bridge unreachable"))).toEqual({ summary: "bridge unreachable", details: [] });
  });
});
