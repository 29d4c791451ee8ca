// JSON Schema validation with ajv, and ajv's errors turned into sentences a person can act on,
// each at the file:line:column of the offending YAML node.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import type { ErrorObject, ValidateFunction } from "ajv";
import { closest, distance } from "fastest-levenshtein";
import { packageRoot } from "./paths.js";
import type { InputError } from "../base/diagnostic.js";
import { locate, pointerPath, type YamlSource } from "./yaml-source.js";
import * as standalone from "./generated/validators.js";

// ajv ships CommonJS; require keeps its constructor's types without default-import games. It is
// required only when a validator must be compiled (a file's first error): loading ajv and its
// formats costs about 0.1 s, which a clean run need not pay.
const require = createRequire(import.meta.url);

const validators = new Map<string, ValidateFunction>();

/** The lean validators compiled at build (scripts/compile-schemas.mjs), by schema name. */
const PRECOMPILED = standalone as unknown as Record<string, ValidateFunction | undefined> & {
  LISTS?: Record<string, Record<string, string[]>>;
};

/**
 * Lists a schema takes from the installation rather than from its file (the claims schema's
 * languages are the lexicons present): schema name → JSON pointer of an enum → its values.
 */
const lists = new Map<string, Map<string, () => readonly string[]>>();

/** Makes the enum at `pointer` of schema `name` hold `values()` whenever the schema is compiled. */
export function fillSchemaList(name: string, pointer: string, values: () => readonly string[]): void {
  if (!lists.has(name)) lists.set(name, new Map());
  lists.get(name)!.set(pointer, values);
}

/** The schema's JSON with its lists filled in. */
function schemaJson(name: string): object {
  const schema = JSON.parse(readFileSync(join(packageRoot(), "schema", `${name}.schema.json`), "utf8")) as object;
  for (const [pointer, values] of lists.get(name) ?? []) {
    let at = schema as Record<string, unknown>;
    for (const seg of pointerPath(pointer)) at = at[seg] as Record<string, unknown>;
    at.enum = [...values()];
  }
  return schema;
}

/** The validator compiled at build, if its lists are this installation's. */
function precompiled(name: string): ValidateFunction | undefined {
  const built = PRECOMPILED.LISTS?.[name] ?? {};
  for (const [pointer, values] of lists.get(name) ?? []) {
    if (JSON.stringify(built[pointer] ?? null) !== JSON.stringify([...values()])) return undefined;
  }
  // Exported under an identifier: "claims-cache" → claimsCache (scripts/compile-schemas.mjs).
  return PRECOMPILED[name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())];
}

/**
 * A compiled validator for schema/<name>.schema.json. The lean one answers "valid?" fast, and
 * was compiled at build; the verbose one, which keeps the schema and data of every error for
 * the messages, is compiled when a file first fails.
 */
export function schemaValidator(name: string, verbose = false): ValidateFunction {
  const filled = [...(lists.get(name) ?? [])].map(([pointer, values]) => [pointer, values()]);
  const key = `${name}:${verbose}:${JSON.stringify(filled)}`;
  let v = validators.get(key) ?? (verbose ? undefined : precompiled(name));
  if (!v) {
    const schema = schemaJson(name);
    const Ajv2020 = require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js").default;
    const addFormats = require("ajv-formats") as typeof import("ajv-formats").default;
    const ajv = new Ajv2020({
      allErrors: verbose,
      verbose,
      strict: true,
      strictRequired: false,
      allowUnionTypes: true,
    });
    addFormats(ajv);
    // The schemas a schema may refer to (the claims cache's entries refer to findings.schema.json).
    for (const other of readdirSync(join(packageRoot(), "schema"))) {
      if (other.endsWith(".schema.json") && other !== `${name}.schema.json`)
        ajv.addSchema(JSON.parse(readFileSync(join(packageRoot(), "schema", other), "utf8")) as object);
    }
    v = ajv.compile(schema);
    validators.set(key, v);
  }
  return v;
}

/**
 * Messages for the schema's combinators, which ajv can only describe in its own terms; keyed by
 * the list the item stands in and the combinator.
 */
const COMBINATOR_MESSAGES: Record<string, string> = {
  "claims:anyOf": "a claim needs its figure: quantity, value, min or max (or date, for kind date)",
  "corrections:oneOf": "a correction names its claim either by id, or by article and text (not both)",
  "corrections:anyOf": "a correction either ignores the claim (ignore: true) or fixes fields (set: …)",
};

const isCombinator = (k: string): boolean => k === "anyOf" || k === "oneOf";
const combinatorKey = (e: ErrorObject): string => `${String(pointerPath(e.instancePath)[0])}:${e.keyword}`;

/**
 * The option a misspelt word was most likely meant to be, only when it is close: at most one
 * edit for a word of up to five characters, two for a longer one (case is not counted). "valu"
 * → "value", "quantiy" → "quantity"; "base" is three edits from "lang" and gets no suggestion.
 */
export function closeMatch(word: string, options: readonly string[]): string | undefined {
  if (options.length === 0 || word.length === 0) return undefined;
  const lower = word.toLowerCase();
  const best = closest(
    lower,
    options.map((o) => o.toLowerCase()),
  );
  const i = options.findIndex((o) => o.toLowerCase() === best);
  const allowed = word.length <= 5 ? 1 : 2;
  return i >= 0 && distance(lower, best) <= allowed ? options[i] : undefined;
}

export const didYouMean = (word: string, options: readonly string[]): string => {
  const best = closeMatch(word, options);
  return best !== undefined ? ` (did you mean "${best}"?)` : "";
};

function describe(e: ErrorObject): { message: string; key?: string } | undefined {
  const data = e.data;
  const shown = typeof data === "string" ? `"${data}"` : JSON.stringify(data);
  switch (e.keyword) {
    case "additionalProperties": {
      const prop = (e.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys((e.parentSchema as { properties?: object }).properties ?? {});
      return {
        message: `unknown key "${prop}"${didYouMean(prop, allowed)}; allowed: ${allowed.join(", ")}`,
        key: prop,
      };
    }
    case "required":
      return { message: `missing key "${(e.params as { missingProperty: string }).missingProperty}"` };
    case "enum": {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      return {
        message: `${shown} is not one of: ${allowed.join(", ")}${typeof data === "string" ? didYouMean(data, allowed) : ""}`,
      };
    }
    case "const":
      return undefined; // reported through its combinator
    case "type": {
      // "date: 2022" is a number to YAML: the date's pattern allows a bare year, if quoted.
      if (String(e.schemaPath).includes("date") && typeof data === "number")
        return {
          message: `${shown} is read as a number: write a year in quotes ("${shown}"), or a date as YYYY-MM-DD`,
        };
      const want = String((e.params as { type: string | string[] }).type).replace(",", " or ");
      return { message: `${shown} must be a ${want}` };
    }
    case "pattern":
      if (String(e.schemaPath).includes("date"))
        return { message: `${shown} is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)` };
      return { message: `${shown} is not allowed here: it must match ${(e.params as { pattern: string }).pattern}` };
    case "format":
      return { message: `${shown} is not a valid ${(e.params as { format: string }).format}` };
    case "minLength":
      return { message: "must not be empty" };
    case "minProperties":
      return { message: "must name at least one field" };
    case "anyOf":
    case "oneOf": {
      const msg = COMBINATOR_MESSAGES[combinatorKey(e)];
      return msg ? { message: msg } : { message: e.message ?? e.keyword };
    }
    default:
      return { message: e.message ?? e.keyword };
  }
}

/**
 * Validates a parsed YAML file against a schema; returns located errors (all of them, once
 * each) and the JSON pointers of the items that failed, so that valid items still load.
 */
export function checkAgainstSchema(src: YamlSource, schema: string): { errors: InputError[]; failed: Set<string> } {
  const errors: InputError[] = [];
  const failed = new Set<string>();
  if (schemaValidator(schema)(src.data)) return { errors, failed };
  const validate = schemaValidator(schema, true);
  validate(src.data);
  const all = validate.errors ?? [];
  // Errors inside a combinator's branches say "must have property X" for every branch; the
  // combinator's own message says it better.
  const combinators = all.filter((e) => isCombinator(e.keyword) && COMBINATOR_MESSAGES[combinatorKey(e)]);
  const seen = new Set<string>();
  for (const e of all) {
    const inBranch = combinators.some(
      (c) => c.instancePath === e.instancePath && e.schemaPath.startsWith(`${c.schemaPath}/`),
    );
    if (inBranch || (e.keyword === "not" && combinators.some((c) => c.instancePath === e.instancePath))) continue;
    const d = describe(e);
    if (!d) continue;
    const path = pointerPath(e.instancePath);
    const where = locate(src, path, d.key);
    const line = `${where.line}:${where.column}:${d.message}`;
    if (seen.has(line)) continue;
    seen.add(line);
    errors.push({ file: src.file, ...where, message: d.message });
    failed.add(e.instancePath);
  }
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  return { errors, failed };
}
