// Generated from spec/ by `npm run generate`. Do not edit.
// Named constants of the contract: the spec's enums whose members carry values.


