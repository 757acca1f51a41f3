// Which models get a precompiled validator, grouped so each tier imports only the module it needs. The IPC group is
// read from `interface DesktopIpc` in spec/, so a new IPC method brings its validators with it.
export function validatorGroups(ipcModels: readonly string[]): Record<string, readonly string[]> {
  return {
    manifest: ["TojuPluginManifest"],
    rest: [
      "Credentials",
      "AuthSession",
      "CreateServerRequest",
      "Server",
      "MemberPermissions",
      "Membership",
      "HealthStatus",
      "PluginRequirementInput",
      "PluginRequirement",
      "PluginEventDefinitionInput",
      "PluginEventDefinition",
      "PluginRequirementsSnapshot",
      "ApiError",
      "EntityId",
      "PluginId",
      "EventName",
      "DataKey",
    ],
    envelopes: ["ClientEnvelope", "ServerEnvelope", "RequestId"],
    ipc: ipcModels,
  };
}
