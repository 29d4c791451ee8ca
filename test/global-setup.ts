import { compileGrammar } from "../scripts/compile-grammar.mjs";
import { compileSchemas, snapshotLexicons } from "../scripts/compile-schemas.mjs";
import { bundle } from "../scripts/bundle.mjs";
import { transpile } from "../scripts/transpile.mjs";

/**
 * Before any test runs: the grammar, schemas and lexicon snapshots are generated, so a stale
 * grammar can never be tested, and dist/ is written (one module per source file, and the
 * bundle the end-to-end tests start), so a stale CLI never is either. `npm test`
 * (scripts/test.mjs) has generated the sources just before, for the type check beside vitest,
 * and says so.
 */
export default async function setup(): Promise<void> {
  if (process.env.CROSSCHECK_SOURCES_GENERATED !== "1") {
    compileGrammar();
    compileSchemas();
    snapshotLexicons();
  }
  await transpile();
  await bundle();
}
