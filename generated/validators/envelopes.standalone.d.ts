// Generated from spec/ by `npm run generate`. Do not edit.
export declare const validateClientEnvelope: unknown;
export declare const validateServerEnvelope: unknown;
export declare const validateRequestId: unknown;
