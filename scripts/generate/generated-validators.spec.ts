// The precompiled validators stay CSP-safe (no require, eval or new Function) and carry the do-not-edit header.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { rewriteRequires, stripAnnotations } from "./validators-step";

const dir = path.join(__dirname, "..", "..", "generated", "validators");
const files = readdirSync(dir).filter((name) => /\.(js|ts)$/.test(name));

describe("generated/validators", () => {
  it("has a validator module per group", () => {
    expect(files).toEqual(
      expect.arrayContaining(["manifest.standalone.js", "rest.standalone.js", "envelopes.standalone.js", "ipc.standalone.js", "index.ts"]),
    );
  });

  it.each(files)("%s contains no require(, eval( or new Function and says it is generated", (name) => {
    const code = readFileSync(path.join(dir, name), "utf8");
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/\beval\(/);
    expect(code).not.toMatch(/new Function/);
    expect(code.split("\n")[0]).toMatch(/Generated from spec\/ .* Do not edit\./);
  });
});

describe("rewriteRequires", () => {
  it("turns ajv's runtime require() calls into imports (ajv#2209)", () => {
    const out = rewriteRequires(
      'const a = require("ajv/dist/runtime/ucs2length").default;const f = require("ajv-formats/dist/formats").fullFormats.uri;',
    );
    expect(out).not.toContain("require(");
    expect(out).toContain('import * as __ajv_dist_runtime_ucs2length from "ajv/dist/runtime/ucs2length";');
    expect(out).toContain("const a = __ajv_dist_runtime_ucs2length.default;");
    expect(out).toContain("const f = __ajv_formats_dist_formats.fullFormats.uri;");
  });
});

describe("stripAnnotations", () => {
  it("drops description/title/$comment keywords but keeps properties that happen to use those names", () => {
    const schema = {
      description: "x",
      $comment: "y",
      properties: { description: { type: "string", description: "z" }, title: { type: "string" } },
    };
    expect(stripAnnotations(schema)).toEqual({ properties: { description: { type: "string" }, title: { type: "string" } } });
  });
});
