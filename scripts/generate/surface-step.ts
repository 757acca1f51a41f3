// Reads what JSON Schema cannot carry straight from the checked TypeSpec program: the desktop IPC surface
// (`interface DesktopIpc`: operations with their request and result models) and the named constants (enums whose
// members carry values, such as close codes and limits), and writes them as TypeScript.
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Enum, Interface, Model, Namespace, Operation, Program, Type } from "@typespec/compiler";

const HEADER = "// Generated from spec/ by `npm run generate`. Do not edit.\n";

export interface IpcOperation {
  method: string;
  doc?: string;
  /** The request model, or undefined for a method that takes none. */
  request?: string;
  result: string;
}

export interface ContractSurface {
  ipc: { doc?: string; operations: IpcOperation[] };
  constants: EnumSurface[];
  /** Enums whose members are strings (codes, capabilities, states), with each member's documentation. */
  codeLists: EnumSurface[];
}

interface EnumSurface {
  name: string;
  doc?: string;
  members: { name: string; value: string | number; doc?: string }[];
}

export async function readSurface(program: Program): Promise<ContractSurface> {
  const { getDoc } = await import("@typespec/compiler");
  const contract = resolve<Namespace>(program, "Toju.Contract", "Namespace");
  const ipc = resolve<Interface>(program, "Toju.Contract.DesktopIpc", "Interface");
  const operations = [...ipc.operations.values()].map((op) => ipcOperation(op, getDoc(program, op)));
  const enums = [...contract.enums.values()]
    .map((e: Enum) => ({
      name: e.name,
      doc: getDoc(program, e),
      members: [...e.members.values()].map((m) => ({ name: m.name, value: m.value ?? m.name, doc: getDoc(program, m) })),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const constants = enums.filter((e) => e.members.some((m) => typeof m.value === "number"));
  const codeLists = enums.filter((e) => e.members.every((m) => typeof m.value === "string"));
  return { ipc: { doc: getDoc(program, ipc), operations }, constants, codeLists };
}

function ipcOperation(op: Operation, doc: string | undefined): IpcOperation {
  const params = [...op.parameters.properties.values()];
  if (params.length > 1) throw new Error(`DesktopIpc.${op.name}: an IPC method takes at most one request model`);
  return {
    method: op.name,
    doc,
    request: params[0] ? modelName(params[0].type, `${op.name} request`) : undefined,
    result: modelName(op.returnType, `${op.name} result`),
  };
}

function modelName(type: Type, what: string): string {
  if (type.kind !== "Model" || !(type as Model).name) throw new Error(`DesktopIpc: the ${what} must be a named model`);
  return (type as Model).name;
}

function resolve<T>(program: Program, reference: string, kind: string): T {
  const [type] = program.resolveTypeReference(reference);
  if (!type || type.kind !== kind) throw new Error(`spec/ has no ${kind} ${reference}`);
  return type as T;
}

/** The models the IPC validators must cover: every request and result, plus the error value. */
export function ipcModelNames(surface: ContractSurface): string[] {
  const names = surface.ipc.operations.flatMap((op) => (op.request ? [op.request, op.result] : [op.result]));
  return [...new Set([...names, "IpcError", "HttpOrigin", "PluginInstallSource"])];
}

export function writeSurface(typesDir: string, validatorsDir: string, surface: ContractSurface): void {
  writeFileSync(path.join(typesDir, "desktop-ipc.ts"), desktopIpcTypes(surface));
  writeFileSync(path.join(validatorsDir, "desktop-ipc.ts"), desktopIpcValidators(surface));
  writeFileSync(path.join(typesDir, "constants.ts"), constantsModule(surface));
  writeFileSync(path.join(typesDir, "code-docs.ts"), codeDocsModule(surface));
}

function desktopIpcTypes({ ipc }: ContractSurface): string {
  const models = [...new Set(ipc.operations.flatMap((op) => (op.request ? [op.request, op.result] : [op.result])))].sort();
  const methods = ipc.operations.map((op) => {
    const parameter = op.request ? `request: ${op.request}` : "";
    return `${jsDoc(op.doc, "  ")}  ${op.method}(${parameter}): Promise<${op.result}>;`;
  });
  return [
    HEADER.trimEnd(),
    "// The desktop IPC surface (`interface DesktopIpc` in spec/ipc.tsp).",
    `import type { ${models.join(", ")} } from "./contract";`,
    "",
    `${jsDoc(ipc.doc, "")}export interface TojuDesktopApi {`,
    methods.join("\n\n"),
    "}",
    "",
    "/** Every method name of `TojuDesktopApi`, in spec order. */",
    `export const desktopIpcMethods = [${ipc.operations.map((op) => JSON.stringify(op.method)).join(", ")}] as const;`,
    "",
    "export type DesktopIpcMethod = (typeof desktopIpcMethods)[number];",
    "",
  ].join("\n");
}

function desktopIpcValidators({ ipc }: ContractSurface): string {
  const used = new Set<string>();
  const rows = ipc.operations.map((op) => {
    used.add(`validate${op.result}`);
    if (op.request) used.add(`validate${op.request}`);
    const request = `request: ${op.request ? `validate${op.request}` : "null"}, `;
    return `  ${op.method}: { ${request}result: validate${op.result} },`;
  });
  return [
    HEADER.trimEnd(),
    "// The validators of each desktop IPC method's request (null when it takes none) and result.",
    `import { ${[...used].sort().join(", ")} } from "./index";`,
    "",
    "export const desktopIpcValidators = {",
    ...rows,
    "} as const;",
    "",
  ].join("\n");
}

function constantsModule({ constants }: ContractSurface): string {
  const blocks = constants.map((c) => {
    const members = c.members.map((m) => `${jsDoc(m.doc, "  ")}  ${m.name}: ${JSON.stringify(m.value)},`);
    return `${jsDoc(c.doc, "")}export const ${c.name[0].toLowerCase()}${c.name.slice(1)} = {\n${members.join("\n")}\n} as const;`;
  });
  return `${HEADER}// Named constants of the contract: the spec's enums whose members carry values.\n\n${blocks.join("\n\n")}\n`;
}

/** For every string enum, what each value means in words: consent lines, error texts and the generated guides read it. */
function codeDocsModule({ codeLists }: ContractSurface): string {
  const blocks = codeLists.map((list) => {
    const rows = list.members.map((m) => `  ${JSON.stringify(m.value)}: ${JSON.stringify((m.doc ?? "").trim())},`);
    return `${jsDoc(list.doc, "")}export const ${list.name[0].toLowerCase()}${list.name.slice(1)}Docs: Readonly<Record<${list.name}, string>> = {\n${rows.join("\n")}\n};`;
  });
  const names = codeLists.map((list) => list.name).join(", ");
  return `${HEADER}// What each value of the contract's string enums means, from the spec's @doc of each member.\nimport type { ${names} } from "./contract";\n\n${blocks.join("\n\n")}\n`;
}

function jsDoc(doc: string | undefined, indent: string): string {
  if (!doc) return "";
  const lines = doc
    .trim()
    .split("\n")
    .map((line) => `${indent} * ${line.trim().replace(/\*\//g, "*\\/")}`.trimEnd());
  return `${indent}/**\n${lines.join("\n")}\n${indent} */\n`;
}
