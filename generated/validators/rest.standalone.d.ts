// Generated from spec/ by `npm run generate`. Do not edit.
export declare const validateCredentials: unknown;
export declare const validateAuthSession: unknown;
export declare const validateCreateServerRequest: unknown;
export declare const validateServer: unknown;
export declare const validateMemberPermissions: unknown;
export declare const validateMembership: unknown;
export declare const validateHealthStatus: unknown;
export declare const validatePluginRequirementInput: unknown;
export declare const validatePluginRequirement: unknown;
export declare const validatePluginEventDefinitionInput: unknown;
export declare const validatePluginEventDefinition: unknown;
export declare const validatePluginRequirementsSnapshot: unknown;
export declare const validateApiError: unknown;
export declare const validateEntityId: unknown;
export declare const validatePluginId: unknown;
export declare const validateEventName: unknown;
export declare const validateDataKey: unknown;
