// The report formats `check` writes, apart from check itself so that the command line can list
// and validate them without loading the whole check.
export const FORMATS = ["markdown", "json", "sarif", "html"] as const;
export type Format = (typeof FORMATS)[number];

/**
 * What check prints to standard output, apart from the report files written to --out: the
 * human format (default), ESLint's compact one, JSON (findings.json's shape), SARIF, and
 * GitHub workflow annotations.
 */
export const OUTPUT_FORMATS = ["human", "compact", "json", "sarif", "github"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
