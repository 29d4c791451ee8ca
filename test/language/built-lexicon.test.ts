// The lexicons the build wrote (dist/lexicons/<lang>.v8) stand for building them only when they are
// exactly what building gives, and only for the build, Node and lexicon files they were made for.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { buildId } from "../../src/base/own-code.js";
import { computeGrammarTables } from "../../src/extract/parse-phrases.js";
import {
  builtLexiconFile,
  builtTablesFile,
  readBuiltTables,
  currentKey,
  type BuiltKey,
} from "../../src/language/built-lexicon.js";
import {
  availableLanguages,
  buildLexicon,
  getLexicon,
  lexiconInputHashes,
  readLexiconFile,
} from "../../src/language/lexicon.js";

const fromTheBuild = buildId() !== null;

describe("a built lexicon", () => {
  for (const lang of availableLanguages()) {
    it.runIf(fromTheBuild)(
      `(${lang}) is read back equal to the lexicon built now, and is what getLexicon gives`,
      () => {
        const built = readBuiltTables(builtLexiconFile(lang), currentKey(lexiconInputHashes)!);
        expect(built).toBeDefined();
        expect(built).toStrictEqual(buildLexicon(readLexiconFile(lang)));
        expect(getLexicon(lang)).toStrictEqual(built);
      },
    );
  }

  it.runIf(fromTheBuild)("and the grammar's FIRST sets the build wrote are those computed now", () => {
    const built = readBuiltTables(
      builtTablesFile("grammar"),
      currentKey(() => ({})),
    );
    expect(built).toBeDefined();
    expect(built).toStrictEqual(computeGrammarTables());
  });

  it.runIf(!fromTheBuild)("is never read when the code runs from its sources: there is no build id", () => {
    expect(currentKey(lexiconInputHashes)).toBeNull();
  });

  describe("is not read, and the lexicon is built instead, when its file", () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-built-lexicon-"));
    const key: BuiltKey = {
      buildId: "b1",
      v8: "12.4",
      cldr: "46.0",
      inputs: { "en.yaml": "aa", "units.yaml": "bb" },
    };
    const lexicon = { lang: "en", trie: { next: new Map([["men", { entry: { cats: ["noun"] } }]]) } };
    const write = (name: string, data: Buffer): string => {
      const file = join(dir, name);
      writeFileSync(file, data);
      return file;
    };
    const good = write("good.v8", serialize({ key, value: lexicon }));

    it("was written for this key (the control: it is read)", () => {
      expect(readBuiltTables(good, key)).toStrictEqual(lexicon);
    });
    const others: Array<[string, BuiltKey]> = [
      ["another build", { ...key, buildId: "b2" }],
      ["another V8 (the serializer's format)", { ...key, v8: "11.3" }],
      ["another CLDR (the currency forms)", { ...key, cldr: "44.1" }],
      ["a lexicon file changed since", { ...key, inputs: { "en.yaml": "aa", "units.yaml": "cc" } }],
      ["a lexicon file added since", { ...key, inputs: { ...key.inputs, "fr.yaml": "dd" } }],
    ];
    for (const [what, now] of others) {
      it(`was written for ${what}`, () => {
        expect(readBuiltTables(good, now)).toBeUndefined();
      });
    }
    it("is cut short, is not the serializer's, or is missing", () => {
      const whole = serialize({ key, value: lexicon });
      expect(readBuiltTables(write("short.v8", whole.subarray(0, whole.length >> 1)), key)).toBeUndefined();
      expect(readBuiltTables(write("text.v8", Buffer.from("lexicon: en\n")), key)).toBeUndefined();
      expect(readBuiltTables(join(dir, "missing.v8"), key)).toBeUndefined();
    });
  });
});
