// Which models get a precompiled validator, grouped so each tier imports only the module it needs. The REST group is
// read from the published OpenAPI document (every model an operation names in a parameter, body or response, plus
// what the route table checks raw bodies with), the IPC group from `interface DesktopIpc` in spec/: a new route or
// IPC method brings its validators with it.
import { collectRefs, type JsonObject } from "./schema-normalize";
import { operationsOf, RAW_BODY_MEDIA_TYPE } from "./route-table-step";

const COMPONENT_REF = /^#\/components\/schemas\/(\w+)$/;

export function restModelNames(openapi: JsonObject): string[] {
  const names = new Set<string>();
  let rawBodies = false;
  for (const [route, , operation] of operationsOf(openapi)) {
    for (const ref of collectRefs(operation)) {
      const match = COMPONENT_REF.exec(ref);
      if (!match) throw new Error(`${route}: $ref ${ref} is not a component schema`);
      names.add(match[1]);
    }
    const content = (operation.requestBody as { content?: Record<string, unknown> } | undefined)?.content ?? {};
    if ("*/*" in content) rawBodies = true;
  }
  if (rawBodies) names.add(RAW_BODY_MEDIA_TYPE);
  return [...names].sort();
}

export function validatorGroups(openapi: JsonObject, ipcModels: readonly string[]): Record<string, readonly string[]> {
  return {
    manifest: ["TojuPluginManifest"],
    rest: restModelNames(openapi),
    envelopes: ["ClientEnvelope", "ServerEnvelope", "RequestId"],
    ipc: ipcModels,
  };
}
