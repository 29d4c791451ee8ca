// The article index gives back what reading decided the first time: an article read with it is
// the article read without it, front-matter errors included, in a later run too.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ArticleIndex } from "../../src/claims/cache.js";
import { readArticle } from "../../src/corpus/article.js";

describe("ArticleIndex", () => {
  it("reads an article as reading without it does, from the saved index in a later run", () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-index-"));
    const files = {
      "ok.md": "---\ntitle: Hello\noutlet: Wire\ndate: 2022-09-21\nlang: de\n---\n\nMehr als 200.000 Männer.\n",
      "bad.md": "---\ntitle: [unclosed\nlang: xx\n---\n\nMore than 200,000 men.\n",
      "plain.txt": "About 300,000 reservists were called up, the ministry said.\n",
    };
    for (const [n, t] of Object.entries(files)) writeFileSync(join(dir, n), t);
    const cache = join(dir, "cache");
    const first = new ArticleIndex(cache);
    const plain = Object.keys(files).map((n) => readArticle(join(dir, n)));
    expect(Object.keys(files).map((n) => readArticle(join(dir, n), undefined, first))).toEqual(plain);
    first.save();
    const again = new ArticleIndex(cache);
    expect(Object.keys(files).map((n) => readArticle(join(dir, n), undefined, again))).toEqual(plain);
    expect(again.getFacts(plain[0]!.article!.hash, undefined)?.title).toBe("Hello");
    // a copy under another name is the same text: its errors name its own file
    writeFileSync(join(dir, "copy.md"), files["bad.md"]);
    expect(
      readArticle(join(dir, "copy.md"), undefined, again).errors.every((e) => e.file === join(dir, "copy.md")),
    ).toBe(true);
  });
});
