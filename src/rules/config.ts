// crosscheck.config.yaml: which rules run, at what severity, with what options, and which
// findings were accepted. Validated like the claims files: located errors, nothing lost.
import { createRequire } from "node:module";
import { closest } from "fastest-levenshtein";
import type { InputError } from "../base/diagnostic.js";
import { decode } from "../base/decode.js";
import { readRegularFile } from "../corpus/read-file.js";
import { parseYamlSource, locate } from "../base/yaml-source.js";
import { checkAgainstSchema } from "../base/schema-check.js";
import { locateIndentation } from "../base/indentation.js";
import { RULES } from "./index.js";
import type { Severity } from "./types.js";
import { pushAll } from "../base/arrays.js";

// ajv is required only when a rule's options are set, as in schema-check.ts.
const require = createRequire(import.meta.url);

export interface RuleSetting {
  severity: Severity | "off" | null;
  options: Record<string, unknown>;
}

export interface Config {
  rules: Map<string, RuleSetting>;
  accept: Map<string, { reason: string }>;
  /** Paths the walk for articles leaves out, in gitignore syntax, relative to the config's folder. */
  ignore: string[];
  file: string | null;
}

export { DEFAULT_CONFIG_FILE, findConfigFile } from "../corpus/files.js";
const MAX_CONFIG_BYTES = 16 * 1024 * 1024;

export const emptyConfig = (): Config => ({ rules: new Map(), accept: new Map(), ignore: [], file: null });

interface RawConfig {
  rules?: Record<string, string | Record<string, unknown>>;
  accept?: Array<{ fingerprint: string; reason: string }>;
  ignore?: string[];
}

/** Reads a config file's text. */
export function parseConfig(file: string, text: string): { config: Config; errors: InputError[] } {
  const config = emptyConfig();
  config.file = file;
  const src = parseYamlSource(file, text);
  const errors: InputError[] = locateIndentation(file, text, src.errors);
  if (src.data === undefined || src.data === null) return { config, errors };
  const schema = checkAgainstSchema(src, "config");
  pushAll(errors, schema.errors);
  if (schema.errors.length) return { config, errors };
  const raw = src.data as RawConfig;
  const ids = RULES.map((r) => r.meta.id);
  for (const [id, value] of Object.entries(raw.rules ?? {})) {
    const rule = RULES.find((r) => r.meta.id === id);
    if (!rule) {
      errors.push({
        file,
        ...locate(src, ["rules"], id),
        message: `unknown rule "${id}" (did you mean "${closest(id, ids)}"?); rules: ${ids.join(", ")}`,
      });
      continue;
    }
    const { severity = null, ...options } =
      typeof value === "string" ? { severity: value } : (value as { severity?: Severity | "off" });
    const Ajv2020 = require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js").default;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(rule.meta.options);
    if (!validate(options)) {
      for (const e of validate.errors ?? []) {
        const prop = (e.params as { additionalProperty?: string }).additionalProperty;
        const allowed = Object.keys((rule.meta.options as { properties?: object }).properties ?? {});
        const message = prop
          ? `rule ${id} has no option "${prop}"${allowed.length ? ` (options: ${allowed.join(", ")})` : ""}`
          : `rule ${id}: option ${e.instancePath.slice(1)} ${e.message}`;
        errors.push({ file, ...locate(src, ["rules", id, ...(prop ? [] : [e.instancePath.slice(1)])], prop), message });
      }
      continue;
    }
    config.rules.set(id, { severity: severity as RuleSetting["severity"], options });
  }
  for (const a of raw.accept ?? []) config.accept.set(a.fingerprint, { reason: a.reason });
  config.ignore = raw.ignore ?? [];
  return { config, errors };
}

export function loadConfig(file: string, required: boolean): { config: Config; errors: InputError[] } {
  // A config file is read as any input is: only a regular file of bounded size (a pipe would hang).
  const read = readRegularFile(file, MAX_CONFIG_BYTES, "a config file");
  if ("error" in read) {
    if (!required && read.code === "ENOENT") return { config: emptyConfig(), errors: [] };
    return { config: emptyConfig(), errors: [{ file, line: 0, column: 0, message: read.error }] };
  }
  let text: string;
  try {
    text = decode(read.bytes);
  } catch {
    return {
      config: emptyConfig(),
      errors: [{ file, line: 0, column: 0, message: "not UTF-8 or UTF-16 text: save the file as UTF-8" }],
    };
  }
  return parseConfig(file, text);
}
