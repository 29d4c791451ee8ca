// The analyse stage gives everything the later stages need from a text (claims, names, quotes,
// the wording's signature, the article without its text), the same from the cache as fresh.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyseArticle, analyseArticles } from "../../src/commands/check/analyse.js";
import { articleFromText } from "../../src/corpus/article.js";
import { ExtractCache } from "../../src/claims/cache.js";
import { wordSignature } from "../../src/rules/clusters.js";

const TEXT =
  "---\ndate: 2022-09-21\nlang: en\n---\nAbout 300,000 reservists were called up, said Ilya Sorokin. Up to 1,000,000 could follow.\n";

describe("analyse", () => {
  it("gives the claims, names, quotes and signature, and the article without its text", () => {
    const a = articleFromText("a.md", TEXT).article;
    const got = analyseArticle(a);
    expect("text" in got.article).toBe(false);
    expect(got.article).toEqual(Object.fromEntries(Object.entries(a).filter(([k]) => k !== "text")));
    expect(got.claims.length).toBeGreaterThan(1);
    expect(got.names.length).toBeGreaterThan(0);
    expect([...got.quotes.keys()].sort()).toEqual(
      got.claims
        .filter((c) => c.span)
        .map((c) => c.id)
        .sort(),
    );
    expect(got.words).toEqual(wordSignature(a));
  });

  it("gives the same from the cache, signature included, without parsing again", async () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-analyse-"));
    const a = articleFromText("a.md", TEXT).article;
    const fresh = await analyseArticles([a], new ExtractCache(dir));
    const cache = new ExtractCache(dir);
    const again = await analyseArticles([articleFromText("a.md", TEXT).article], cache);
    expect([cache.hits, cache.misses]).toEqual([1, 0]);
    expect(again).toEqual(fresh);
  });
});
