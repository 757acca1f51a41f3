// Generated from spec/ by `npm run generate`. Do not edit.
// Typed entry point of the precompiled validators; every tier imports from here.
import type { ErrorObject } from "ajv";
import type { ApiError, Attachment, AuthSession, Channel, ChatMessage, ClientEnvelope, CreateChannelRequest, CreateServerRequest, Credentials, DataKey, DeletePluginDataCommand, DeletePluginDataResult, DesktopStateQuery, DisabledPlugins, EntityId, EventName, FileName, GetPluginDataQuery, GetPluginDataResult, HealthStatus, HttpOrigin, InstallPluginFromUrlRequest, InstallPluginResult, IpcError, LocalPluginDiscoveryResult, LocalPluginFile, LocalPluginsPathResult, MediaType, Member, MemberPermissions, Membership, MessagePageSize, PluginCapabilityGrants, PluginClientData, PluginClientDataQuery, PluginDataRecord, PluginEventDefinition, PluginEventDefinitionInput, PluginId, PluginInstallSource, PluginRequirement, PluginRequirementInput, PluginRequirementsSnapshot, ReadLocalPluginFileRequest, RequestId, Role, SavePluginClientDataCommand, SavePluginDataCommand, Server, ServerEnvelope, ServerSummary, TojuPluginManifest, UserProfile } from "../types/contract";

export interface ContractValidator<T> {
  (data: unknown): data is T;
  errors?: ErrorObject[] | null;
}

import * as manifest from "./manifest.standalone";
export const validateTojuPluginManifest = manifest.validateTojuPluginManifest as ContractValidator<TojuPluginManifest>;
import * as rest from "./rest.standalone";
export const validateApiError = rest.validateApiError as ContractValidator<ApiError>;
export const validateAttachment = rest.validateAttachment as ContractValidator<Attachment>;
export const validateAuthSession = rest.validateAuthSession as ContractValidator<AuthSession>;
export const validateChannel = rest.validateChannel as ContractValidator<Channel>;
export const validateChatMessage = rest.validateChatMessage as ContractValidator<ChatMessage>;
export const validateCreateChannelRequest = rest.validateCreateChannelRequest as ContractValidator<CreateChannelRequest>;
export const validateCreateServerRequest = rest.validateCreateServerRequest as ContractValidator<CreateServerRequest>;
export const validateCredentials = rest.validateCredentials as ContractValidator<Credentials>;
export const validateDataKey = rest.validateDataKey as ContractValidator<DataKey>;
export const validateEntityId = rest.validateEntityId as ContractValidator<EntityId>;
export const validateEventName = rest.validateEventName as ContractValidator<EventName>;
export const validateFileName = rest.validateFileName as ContractValidator<FileName>;
export const validateHealthStatus = rest.validateHealthStatus as ContractValidator<HealthStatus>;
export const validateMediaType = rest.validateMediaType as ContractValidator<MediaType>;
export const validateMember = rest.validateMember as ContractValidator<Member>;
export const validateMemberPermissions = rest.validateMemberPermissions as ContractValidator<MemberPermissions>;
export const validateMembership = rest.validateMembership as ContractValidator<Membership>;
export const validateMessagePageSize = rest.validateMessagePageSize as ContractValidator<MessagePageSize>;
export const validatePluginEventDefinition = rest.validatePluginEventDefinition as ContractValidator<PluginEventDefinition>;
export const validatePluginEventDefinitionInput = rest.validatePluginEventDefinitionInput as ContractValidator<PluginEventDefinitionInput>;
export const validatePluginId = rest.validatePluginId as ContractValidator<PluginId>;
export const validatePluginRequirement = rest.validatePluginRequirement as ContractValidator<PluginRequirement>;
export const validatePluginRequirementInput = rest.validatePluginRequirementInput as ContractValidator<PluginRequirementInput>;
export const validatePluginRequirementsSnapshot = rest.validatePluginRequirementsSnapshot as ContractValidator<PluginRequirementsSnapshot>;
export const validateRole = rest.validateRole as ContractValidator<Role>;
export const validateServer = rest.validateServer as ContractValidator<Server>;
export const validateServerSummary = rest.validateServerSummary as ContractValidator<ServerSummary>;
export const validateUserProfile = rest.validateUserProfile as ContractValidator<UserProfile>;
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
