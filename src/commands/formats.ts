// The report formats `check` writes, apart from check itself so that the command line can list
// and validate them without loading the whole check.
export const FORMATS = ["markdown", "json", "sarif", "html"] as const;
export type Format = (typeof FORMATS)[number];
