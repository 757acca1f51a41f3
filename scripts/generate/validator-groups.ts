// Which models get a precompiled validator, grouped so each tier imports only the module it needs.
export const validatorGroups: Record<string, readonly string[]> = {
  manifest: ["TojuPluginManifest"],
  rest: [
    "Credentials", "AuthSession", "CreateServerRequest", "Server", "MemberPermissions", "Membership", "HealthStatus",
    "PluginRequirementInput", "PluginRequirement", "PluginEventDefinitionInput", "PluginEventDefinition",
    "PluginRequirementsSnapshot", "ApiError", "EntityId", "PluginId", "EventName", "DataKey",
  ],
  envelopes: ["ClientEnvelope", "ServerEnvelope", "RequestId"],
  ipc: [
    "LocalPluginDiscoveryResult", "LocalPluginsPathResult", "ReadLocalPluginFileRequest", "LocalPluginFile",
    "SavePluginDataCommand", "GetPluginDataQuery", "DeletePluginDataCommand", "GetPluginDataResult",
    "DeletePluginDataResult", "PluginCapabilityGrants", "HttpOrigin", "IpcError",
  ],
};
