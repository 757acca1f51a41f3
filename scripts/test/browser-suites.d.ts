/** The path pattern (a regular expression's source) of the suites that drive Chromium. */
export declare const BROWSER_SUITES: string;
