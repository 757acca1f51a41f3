// The generated blocks of docs/developer/llm-plugin-builder-guide.md, each a Markdown table made from spec/ (through
// generated/) and the SDK.
import { readFileSync } from "node:fs";
import path from "node:path";
import * as sdk from "../../contracts/sdk/toju-plugin-sdk";
import {
  capabilityDocs,
  manifestIssueCodeDocs,
  pluginEventDirectionDocs,
  pluginEventRejectionCodeDocs,
  pluginLifecycleStateDocs,
  pluginScopeDocs,
} from "../../generated/types/code-docs";
import { sdkMethodComments } from "./sdk-doc-comments";

type Schema = Record<string, unknown>;

const repoRoot = path.resolve(__dirname, "..", "..");

export function guideBlocks(): Record<string, string> {
  return {
    manifest: manifestTable(),
    capabilities: table(
      ["capability", "what the user allows"],
      Object.entries(capabilityDocs).map(([id, doc]) => [code(id), doc]),
    ),
    api: apiTable(),
    states: table(
      ["state", "meaning"],
      Object.entries(pluginLifecycleStateDocs).map(([id, doc]) => [code(id), doc]),
    ),
    directions: [
      table(
        ["direction", "meaning"],
        Object.entries(pluginEventDirectionDocs).map(([id, doc]) => [code(id), doc]),
      ),
      table(
        ["scope", "who receives it"],
        Object.entries(pluginScopeDocs).map(([id, doc]) => [code(id), doc]),
      ),
    ].join("\n\n"),
    rejections: table(
      ["code", "why"],
      Object.entries(pluginEventRejectionCodeDocs).map(([id, doc]) => [code(id), doc]),
    ),
    errors: errorsTable(),
    issues: table(
      ["code", "meaning"],
      Object.entries(manifestIssueCodeDocs).map(([id, doc]) => [code(id), doc]),
    ),
  };
}

function apiTable(): string {
  const comments = sdkMethodComments();
  const rows: string[][] = [];
  for (const [subsystem, methods] of Object.entries(sdk.pluginApiMethods)) {
    for (const [method, { capability, kind }] of Object.entries(methods as Record<string, { capability: string; kind: string }>)) {
      rows.push([
        code(`${subsystem}.${method}`),
        code(capability),
        kind === "async" ? "rejects" : "throws",
        comments.get(`${subsystem}.${method}`) ?? "",
      ]);
    }
  }
  return table(["method", "capability", "fails by", "what it does"], rows);
}

/** Every exported error class of the SDK with the codes it carries. */
function errorsTable(): string {
  const lists: Record<string, readonly string[]> = {
    PluginApiArgumentError: sdk.pluginApiArgumentErrorCodes,
    PluginMessageBusError: sdk.pluginMessageBusErrorCodes,
    PluginUiRegistryError: sdk.pluginUiRegistryErrorCodes,
    PluginStorageError: sdk.pluginStorageErrorCodes,
    PluginServerError: sdk.pluginServerErrorCodes,
    PluginEventRejectedError: sdk.pluginEventRejectedErrorCodes,
  };
  const rows = Object.entries(sdk)
    .filter(([, value]) => typeof value === "function" && value.prototype instanceof Error)
    .map(([name, value]) => {
      const codes = lists[name] ?? [fixedCode(value as new (...args: never[]) => Error)];
      return [code(name), codes.map(code).join(", ")];
    });
  return table(["error", "code(s)"], rows);
}

/** The one code a single-code error class always carries, read from a throwaway instance. */
function fixedCode(errorClass: new (...args: never[]) => Error): string {
  const instance = new (errorClass as unknown as new (...args: unknown[]) => { code: string })("plugin", "x", "x", "x");
  return instance.code;
}

function manifestTable(): string {
  const bundle = JSON.parse(readFileSync(path.join(repoRoot, "generated", "json-schema", "toju-plugin.schema.json"), "utf8")) as Schema;
  const required = new Set((bundle.required as string[]) ?? []);
  const properties = bundle.properties as Record<string, Schema>;
  const rows = Object.entries(properties).map(([name, schema]) => [
    code(name),
    required.has(name) ? "yes" : "",
    typeName(schema),
    oneLine(String(schema.description ?? "")),
  ]);
  return table(["field", "required", "type", "meaning"], rows);
}

function typeName(schema: Schema): string {
  if (typeof schema.$ref === "string") return schema.$ref.replace("#/$defs/", "");
  if ("const" in schema) return code(JSON.stringify(schema.const));
  if (schema.type === "array") return `${typeName((schema.items as Schema) ?? {})}[]`;
  return String(schema.type ?? "any");
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

function code(text: string): string {
  return `\`${text}\``;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
