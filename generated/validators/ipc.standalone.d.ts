// Generated from spec/ by `npm run generate`. Do not edit.
export declare const validateLocalPluginDiscoveryResult: unknown;
export declare const validateLocalPluginsPathResult: unknown;
export declare const validateReadLocalPluginFileRequest: unknown;
export declare const validateLocalPluginFile: unknown;
export declare const validateSavePluginDataCommand: unknown;
export declare const validatePluginDataRecord: unknown;
export declare const validateGetPluginDataQuery: unknown;
export declare const validateGetPluginDataResult: unknown;
export declare const validateDeletePluginDataCommand: unknown;
export declare const validateDeletePluginDataResult: unknown;
export declare const validatePluginCapabilityGrants: unknown;
export declare const validateIpcError: unknown;
export declare const validateHttpOrigin: unknown;
