// The yaml package, required when first needed rather than when a module that may use it loads:
// loading it costs about 40 ms, which a run whose YAML is all read the fast way (claims files,
// lexicons: src/base/yaml-source.ts) and that reads no front matter need not pay.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
let yaml: typeof import("yaml") | undefined;

export const yamlPackage = (): typeof import("yaml") => (yaml ??= require("yaml") as typeof import("yaml"));
