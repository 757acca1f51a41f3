// The SDK's one table covers every gated method with a real capability, its doc comments agree with the table, and
// every error it names is exported here as a coded error.
import path from "node:path";
import ts from "typescript";
import {
  apiErrorCodeValues,
  capabilityValues,
  pluginEventRejectionCodeValues,
  webSocketErrorCodeValues,
} from "../../generated/types/contract";
import { CodedError } from "../errors/coded-error";
import * as sdk from "./toju-plugin-sdk";

const { pluginApiMethods } = sdk;
type Table = Record<string, Record<string, { capability: string; kind: "sync" | "async" }>>;
const table = pluginApiMethods as Table;

describe("pluginApiMethods", () => {
  const used = Object.values(table).flatMap((methods) => Object.values(methods).map((method) => method.capability));

  it("names only capabilities of the contract", () => {
    for (const capability of used) expect(capabilityValues).toContain(capability);
  });

  it("uses every capability of the contract at least once", () => {
    expect(new Set(used)).toEqual(new Set(capabilityValues));
  });
});

/** Each method's doc comment of `TojuClientPluginApi`, read with the TypeScript checker, as `subsystem.method → text`. */
function methodDocs(): Map<string, string> {
  const file = path.join(__dirname, "toju-plugin-sdk.ts");
  const program = ts.createProgram([file], {
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  });
  const checker = program.getTypeChecker();
  const api = program
    .getSourceFile(file)!
    .statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === "TojuClientPluginApi")!;
  const docs = new Map<string, string>();
  for (const subsystem of checker.getTypeAtLocation(api).getProperties()) {
    for (const method of checker.getTypeOfSymbolAtLocation(subsystem, api).getProperties()) {
      docs.set(`${subsystem.name}.${method.name}`, ts.displayPartsToString(method.getDocumentationComment(checker)).replace(/\s+/g, " "));
    }
  }
  return docs;
}

describe("the doc comments of TojuClientPluginApi", () => {
  const docs = methodDocs();
  const gated = Object.entries(table).flatMap(([subsystem, methods]) =>
    Object.entries(methods).map(([method, entry]) => [`${subsystem}.${method}`, entry] as const),
  );

  it("cover exactly the table's methods, plus logger, context and dom", () => {
    const documented = [...docs.keys()].filter((name) => !/^(logger|context|dom)\./.test(name));
    expect(documented.sort()).toEqual(gated.map(([name]) => name).sort());
  });

  it.each(gated)("%s names its capability and fails the way its kind says", (name, { capability, kind }) => {
    const doc = docs.get(name)!;
    expect(doc).toContain(`Needs \`${capability}\`.`);
    expect(doc).toContain("`PluginCapabilityError`");
    if (kind === "async") {
      expect(doc).toMatch(/\bRejects with\b/);
      expect(doc).not.toMatch(/\bThrows\b/);
    } else {
      expect(doc).toMatch(/\bThrows\b/);
      expect(doc).not.toMatch(/\bRejects\b/);
    }
  });

  it("name only errors the SDK exports, each a coded error", () => {
    const named = new Set([...docs.values()].flatMap((doc) => [...doc.matchAll(/`(\w+Error)`/g)].map((m) => m[1])));
    expect(named.size).toBeGreaterThan(5);
    for (const name of named) {
      const exported = (sdk as Record<string, unknown>)[name];
      expect(typeof exported).toBe("function");
      expect((exported as { prototype: unknown }).prototype).toBeInstanceOf(CodedError);
    }
  });
});

describe("errors a plugin can catch", () => {
  it.each([
    ["PluginCapabilityError", "capability_not_granted", () => new sdk.PluginCapabilityError("dice-roller", "ui.pages")],
    ["PluginMessageBusError", "invalid_topic", () => new sdk.PluginMessageBusError("invalid_topic", "bad topic")],
    ["PluginUiRegistryError", "undeclared_contribution", () => new sdk.PluginUiRegistryError("undeclared_contribution", "not declared")],
    ["PluginHostNotConnectedError", "not_connected", () => new sdk.PluginHostNotConnectedError("channels.list")],
    ["PluginDataUnavailableError", "server_data_unavailable", () => new sdk.PluginDataUnavailableError("serverData.get")],
    ["P2pUnavailableError", "p2p_unavailable", () => new sdk.P2pUnavailableError("u-42")],
    ["PluginStorageError", "quota_exceeded", () => new sdk.PluginStorageError("quota_exceeded", "full")],
    ["PluginServerError", "forbidden", () => new sdk.PluginServerError("forbidden", "users.list", "members only")],
    ["PluginEventRejectedError", "schema_mismatch", () => new sdk.PluginEventRejectedError("schema_mismatch", "dice.rolled", "bad")],
  ])("%s is an Error with its own name and the stable code %s", (name, code, create) => {
    const error = create();
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(CodedError);
    expect(error).toMatchObject({ name, code });
    expect(error.message.length).toBeGreaterThan(0);
  });

  it("carry what the plugin needs to react", () => {
    expect(new sdk.PluginCapabilityError("dice-roller", "ui.pages")).toMatchObject({ pluginId: "dice-roller", capability: "ui.pages" });
    expect(new sdk.PluginCapabilityError("dice-roller", "ui.pages").message).toContain("ui.pages");
    expect(new sdk.PluginApiArgumentError("value_too_large", "dice-roller", "storage.set", "too big").message).toBe("storage.set: too big");
    const details = [{ path: "/fontSize", message: "must be <= 32" }];
    expect(new sdk.PluginApiArgumentError("value_not_valid", "dice-roller", "clientData.set", "refused", details)).toMatchObject({
      code: "value_not_valid",
      details,
    });
    expect(new sdk.PluginHostNotConnectedError("channels.list").message).toContain("channels.list");
    expect(new sdk.P2pUnavailableError("u-42")).toMatchObject({ peerUserId: "u-42" });
    const rejection = [{ path: "/value", message: "must be integer" }];
    expect(new sdk.PluginEventRejectedError("schema_mismatch", "dice.rolled", "no match", rejection)).toMatchObject({
      eventName: "dice.rolled",
      details: rejection,
    });
    expect(new sdk.PluginServerError("not_found", "messages.list", "unknown channel").message).toBe("messages.list: unknown channel");
  });

  it("take their codes from the contract's enums", () => {
    expect(sdk.pluginEventRejectedErrorCodes).toEqual(pluginEventRejectionCodeValues);
    expect(new Set(sdk.pluginServerErrorCodes)).toEqual(new Set([...apiErrorCodeValues, ...webSocketErrorCodeValues]));
  });

  it("lists each code family once, without repeats", () => {
    for (const codes of [
      sdk.pluginApiArgumentErrorCodes,
      sdk.pluginMessageBusErrorCodes,
      sdk.pluginUiRegistryErrorCodes,
      sdk.pluginStorageErrorCodes,
      sdk.pluginServerErrorCodes,
      sdk.pluginEventRejectedErrorCodes,
    ]) {
      expect(new Set(codes).size).toBe(codes.length);
    }
  });
});
