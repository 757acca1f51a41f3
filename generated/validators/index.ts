// Generated from spec/ by `npm run generate`. Do not edit.
// Typed entry point of the precompiled validators; every tier imports from here.
import type { ErrorObject } from "ajv";
import type { ApiError, AuthSession, ClientEnvelope, CreateServerRequest, Credentials, DataKey, DeletePluginDataCommand, DeletePluginDataResult, DesktopStateQuery, DisabledPlugins, EntityId, EventName, GetPluginDataQuery, GetPluginDataResult, HealthStatus, HttpOrigin, InstallPluginFromUrlRequest, InstallPluginResult, IpcError, LocalPluginDiscoveryResult, LocalPluginFile, LocalPluginsPathResult, MemberPermissions, Membership, PluginCapabilityGrants, PluginClientData, PluginClientDataQuery, PluginDataRecord, PluginEventDefinition, PluginEventDefinitionInput, PluginId, PluginInstallSource, PluginRequirement, PluginRequirementInput, PluginRequirementsSnapshot, ReadLocalPluginFileRequest, RequestId, SavePluginClientDataCommand, SavePluginDataCommand, Server, ServerEnvelope, TojuPluginManifest } from "../types/contract";

export interface ContractValidator<T> {
  (data: unknown): data is T;
  errors?: ErrorObject[] | null;
}

import * as manifest from "./manifest.standalone";
export const validateTojuPluginManifest = manifest.validateTojuPluginManifest as ContractValidator<TojuPluginManifest>;
import * as rest from "./rest.standalone";
export const validateCredentials = rest.validateCredentials as ContractValidator<Credentials>;
export const validateAuthSession = rest.validateAuthSession as ContractValidator<AuthSession>;
export const validateCreateServerRequest = rest.validateCreateServerRequest as ContractValidator<CreateServerRequest>;
export const validateServer = rest.validateServer as ContractValidator<Server>;
export const validateMemberPermissions = rest.validateMemberPermissions as ContractValidator<MemberPermissions>;
export const validateMembership = rest.validateMembership as ContractValidator<Membership>;
export const validateHealthStatus = rest.validateHealthStatus as ContractValidator<HealthStatus>;
export const validatePluginRequirementInput = rest.validatePluginRequirementInput as ContractValidator<PluginRequirementInput>;
export const validatePluginRequirement = rest.validatePluginRequirement as ContractValidator<PluginRequirement>;
export const validatePluginEventDefinitionInput = rest.validatePluginEventDefinitionInput as ContractValidator<PluginEventDefinitionInput>;
export const validatePluginEventDefinition = rest.validatePluginEventDefinition as ContractValidator<PluginEventDefinition>;
export const validatePluginRequirementsSnapshot = rest.validatePluginRequirementsSnapshot as ContractValidator<PluginRequirementsSnapshot>;
export const validateApiError = rest.validateApiError as ContractValidator<ApiError>;
export const validateEntityId = rest.validateEntityId as ContractValidator<EntityId>;
export const validatePluginId = rest.validatePluginId as ContractValidator<PluginId>;
export const validateEventName = rest.validateEventName as ContractValidator<EventName>;
export const validateDataKey = rest.validateDataKey as ContractValidator<DataKey>;
import * as envelopes from "./envelopes.standalone";
export const validateClientEnvelope = envelopes.validateClientEnvelope as ContractValidator<ClientEnvelope>;
export const validateServerEnvelope = envelopes.validateServerEnvelope as ContractValidator<ServerEnvelope>;
export const validateRequestId = envelopes.validateRequestId as ContractValidator<RequestId>;
import * as ipc from "./ipc.standalone";
export const validateLocalPluginDiscoveryResult = ipc.validateLocalPluginDiscoveryResult as ContractValidator<LocalPluginDiscoveryResult>;
export const validateLocalPluginsPathResult = ipc.validateLocalPluginsPathResult as ContractValidator<LocalPluginsPathResult>;
export const validateReadLocalPluginFileRequest = ipc.validateReadLocalPluginFileRequest as ContractValidator<ReadLocalPluginFileRequest>;
export const validateLocalPluginFile = ipc.validateLocalPluginFile as ContractValidator<LocalPluginFile>;
export const validateSavePluginDataCommand = ipc.validateSavePluginDataCommand as ContractValidator<SavePluginDataCommand>;
export const validatePluginDataRecord = ipc.validatePluginDataRecord as ContractValidator<PluginDataRecord>;
export const validateGetPluginDataQuery = ipc.validateGetPluginDataQuery as ContractValidator<GetPluginDataQuery>;
export const validateGetPluginDataResult = ipc.validateGetPluginDataResult as ContractValidator<GetPluginDataResult>;
export const validateDeletePluginDataCommand = ipc.validateDeletePluginDataCommand as ContractValidator<DeletePluginDataCommand>;
export const validateDeletePluginDataResult = ipc.validateDeletePluginDataResult as ContractValidator<DeletePluginDataResult>;
export const validateDesktopStateQuery = ipc.validateDesktopStateQuery as ContractValidator<DesktopStateQuery>;
export const validatePluginCapabilityGrants = ipc.validatePluginCapabilityGrants as ContractValidator<PluginCapabilityGrants>;
export const validateDisabledPlugins = ipc.validateDisabledPlugins as ContractValidator<DisabledPlugins>;
export const validatePluginClientDataQuery = ipc.validatePluginClientDataQuery as ContractValidator<PluginClientDataQuery>;
export const validatePluginClientData = ipc.validatePluginClientData as ContractValidator<PluginClientData>;
export const validateSavePluginClientDataCommand = ipc.validateSavePluginClientDataCommand as ContractValidator<SavePluginClientDataCommand>;
export const validateInstallPluginFromUrlRequest = ipc.validateInstallPluginFromUrlRequest as ContractValidator<InstallPluginFromUrlRequest>;
export const validateInstallPluginResult = ipc.validateInstallPluginResult as ContractValidator<InstallPluginResult>;
export const validateIpcError = ipc.validateIpcError as ContractValidator<IpcError>;
export const validateHttpOrigin = ipc.validateHttpOrigin as ContractValidator<HttpOrigin>;
export const validatePluginInstallSource = ipc.validatePluginInstallSource as ContractValidator<PluginInstallSource>;
