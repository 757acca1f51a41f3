// Test helper: small valid manifests and descriptors for the activation and host specs.
import type {
  PluginRelationships,
  PluginRequirement,
  PluginRequirementsSnapshot,
  TojuPluginManifest,
} from "@toju/generated/types/contract";
import type { PluginDescriptor } from "../plugin-descriptor";

export type ManifestOverrides = Partial<Omit<TojuPluginManifest, "relationships">> & { relationships?: PluginRelationships };

export function manifest(id: string, overrides: ManifestOverrides = {}): TojuPluginManifest {
  const base: TojuPluginManifest = {
    id,
    title: `Plugin ${id}`,
    description: `Test plugin ${id}.`,
    version: "1.0.0",
    apiVersion: "1",
    kind: "client",
    schemaVersion: 1,
    compatibility: { minimumTojuVersion: "1.0.0" },
    entrypoint: "index.js",
  };
  const result = { ...base, ...overrides };
  if (result.kind === "theme") {
    delete result.entrypoint;
    result.ui ??= { stylesheets: ["theme.css"] };
  }
  return result;
}

export function local(m: TojuPluginManifest): PluginDescriptor {
  return { manifest: m, origin: { kind: "local", pluginRootUrl: `file:///plugins/${m.id}/` } };
}

export function snapshot(requirements: Partial<PluginRequirement>[]): PluginRequirementsSnapshot {
  return {
    serverId: "srv1",
    revision: 1,
    requirements: requirements.map((r) => ({ pluginId: "x", status: "required", updatedAt: "2026-01-01T00:00:00Z", ...r })),
    events: [],
  };
}
