// Builds every language's lexicon with the modules just transpiled to dist/src/ and writes each
// to dist/lexicons/<lang>.v8 (Node's serializer), keyed by the build's id, the V8 and CLDR
// versions and the lexicon files' hashes, and the grammar's FIRST sets to grammar.tables.v8: a run
// reads them back instead of computing them (src/language/built-lexicon.ts says when). Run by
// scripts/transpile.mjs in a process of its own, so that it always imports the modules just written.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { serialize } from "node:v8";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const load = (path) => import(pathToFileURL(join(root, "dist", "src", path)).href);

export async function writeBuiltLexicons() {
  const { availableLanguages, buildLexicon, lexiconInputHashes, readLexiconFile } = await load("language/lexicon.js");
  const { builtLexiconFile, builtTablesFile, currentKey } = await load("language/built-lexicon.js");
  const key = currentKey(lexiconInputHashes);
  if (key === null) throw new Error("dist/src/ has no build id: scripts/transpile.mjs sets it");
  for (const lang of availableLanguages()) {
    const file = builtLexiconFile(lang, root);
    rmSync(file, { force: true });
    let lexicon;
    try {
      lexicon = buildLexicon(readLexiconFile(lang));
    } catch {
      // A lexicon file with a mistake: none is written for it, and a run reports the mistake at
      // its file:line:column, as it would without built lexicons. The other languages are built.
      continue;
    }
    write(file, key, lexicon);
  }
  // The grammar's FIRST sets, which parse-phrases.js computed at every start.
  const { computeGrammarTables } = await load("extract/parse-phrases.js");
  write(
    builtTablesFile("grammar", root),
    currentKey(() => ({})),
    computeGrammarTables(),
  );
}

function write(file, key, value) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, serialize({ key, value }));
  renameSync(`${file}.tmp`, file);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await writeBuiltLexicons();
