// The analyse stage gives everything the later stages need from a text (claims, names, quotes,
// the wording's signature, the article without its text), the same from the cache as fresh.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyseArticle, analyseArticles, compactClaim, Parts } from "../../src/commands/check/analyse.js";
import { analyse } from "../../src/extract/extract.js";
import { articleFromText } from "../../src/corpus/article.js";
import { ExtractCache } from "../../src/claims/cache.js";
import { wordSignature } from "../../src/rules/clusters.js";

const TEXT =
  "---\ndate: 2022-09-21\nlang: en\n---\nAbout 300,000 reservists were called up, said Ilya Sorokin. Up to 1,000,000 could follow.\n";

describe("analyse", () => {
  it("keeps each claim as one literal of the same keys in the same order, whose JSON is the same", () => {
    const a = articleFromText("a.md", TEXT).article;
    const extracted = analyse(a).claims;
    // As a worker's clone or the cache gives it: the fields added one by one.
    const cloned = extracted.map((c) => JSON.parse(JSON.stringify(c)) as typeof c);
    const got = analyseArticle(a).claims;
    expect(got.map((c) => JSON.stringify(c))).toEqual(cloned.map((c) => JSON.stringify(c)));
    for (const c of cloned) expect(JSON.stringify(compactClaim(c))).toBe(JSON.stringify(c));
    // A claim of another shape (corrected by hand: one key more) is kept as it is.
    const corrected = {
      ...cloned[0]!,
      correction: { file: "c.yaml", line: 1, column: 1, reason: "r", ignored: false, fields: [] },
    };
    expect(compactClaim(corrected)).toBe(corrected);
    const [first, ...rest] = Object.entries(cloned[0]!);
    const reordered = Object.fromEntries([...rest, first!]) as (typeof cloned)[0];
    expect(JSON.stringify(compactClaim(reordered))).toBe(JSON.stringify(reordered));
  });

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

  it("keeps one frozen copy of each scope and period the claims of a run repeat, their values unchanged", () => {
    // Two articles stating figures for one place and one day: their claims share those parts.
    const text = (n: string): string =>
      `---\ndate: 2024-01-22\nlang: en\n---\nOn 21 January 2024, ${n} people marched in Munich, the police said.\n`;
    const parts = new Parts();
    const [a, b] = ["a.md", "b.md"].map((p, i) => articleFromText(p, text(i ? "12,000" : "10,000")).article);
    const [ca, cb] = [a!, b!].map((x) => analyseArticle(x, null, parts).claims.find((c) => c.kind === "count")!);
    expect(ca!.scope).not.toBeNull();
    expect(ca!.period).not.toBeNull();
    expect(cb!.scope).toBe(ca!.scope);
    expect(cb!.period).toBe(ca!.period);
    expect(Object.isFrozen(ca!.scope) && Object.isFrozen(ca!.scope!.places[0]) && Object.isFrozen(ca!.period)).toBe(
      true,
    );
    // The same values as the extractor gave.
    const fresh = analyse({ path: "b.md", text: b!.text, lang: b!.lang, date: b!.date, bodyStart: b!.bodyStart });
    expect(analyseArticle(b!, null, parts).claims).toEqual(fresh.claims);
  });
});
