// articles/<name>.md: one page per article, its claims in text order, each linked to its line
// and to the findings it is in.
import { createHash } from "node:crypto";
import type { Claim } from "../../model/claim.js";
import { measureName } from "../../language/lexicon.js";
import { articleKey } from "../piece-keys.js";
import { lineAnchor } from "../links.js";
import type { ReportSink } from "../sink.js";
import { extractedAsIs, type ResultArticle } from "../result.js";
import { dateText, describePeriod, languageNote, valueText } from "../words.js";
import type { MarkdownContext } from "./context.js";

/** A hand correction, a claim added by hand, or nothing. */
const noteOf = (c: Claim): string =>
  c.correction
    ? c.correction.ignored
      ? " (ignored by hand)"
      : ` (corrected by hand: ${c.correction.fields.join(", ")})`
    : !c.span && c.origin
      ? " (added by hand)"
      : "";

/**
 * `lineLink` is the link to a line of the article without the line's number: the same for every
 * claim of the page (at 100,000 articles, a million links were each made and cached alone).
 */
function claimRow(x: MarkdownContext, page: string, a: ResultArticle, c: Claim, lineLink: string): string {
  const { md } = x;
  // An extracted claim links its line of the article; a hand-added one the line of its claims file.
  const line = c.span
    ? `[${c.span.line}](${lineLink}${c.span.line})`
    : c.origin
      ? x.placeLink(page, c.origin.file, c.origin.line)
      : x.placeLink(page, a.path);
  const places = md((c.scope?.places ?? []).map((p) => p.name).join(", "));
  return `| ${line} | ${md(c.text)}${md(noteOf(c))} | ${c.kind} | ${x.figureCell(valueText(c))} | ${x.interval(c)} | ${md(c.unit ?? "")} | ${md(c.measure ? measureName(c.measure) : "")} | ${places} | ${md(c.period ? describePeriod(c.period) : "")} | ${md(c.entity ?? "")} | ${md(c.source ?? "")} | ${x.linksOfClaim(c.id)} |`;
}

/** The page's claims, in text order. */
const claimsOnPage = (x: MarkdownContext, a: ResultArticle): Claim[] =>
  (x.claimsOfArticle.get(a.path) ?? []).slice().sort((p, q) => (p.span?.start ?? 0) - (q.span?.start ?? 0));

function articlePage(x: MarkdownContext, a: ResultArticle, page: string, claims: readonly Claim[]): string {
  const { md } = x;
  const lines: string[] = [`# ${md(a.title ?? a.path)}`, ""];
  lines.push(
    `${x.placeLink(page, a.path)} · ${md(a.outlet ?? "outlet unknown")} · ${md(dateText(a.date))} · ${md(languageNote(a))}`,
    "",
  );
  lines.push(`${claims.length} claims. [Back to the index](../index.md)`, "");
  if (claims.length) {
    lines.push(
      "| line | text | kind | value | interval | unit | measure | place | period | entity | source | findings |",
      "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    );
    const lineLink = x.articleLink(page, a.path) + lineAnchor(a.path);
    for (const c of claims) lines.push(claimRow(x, page, a, c, lineLink));
    lines.push("");
  }
  return lines.join("\n");
}

/**
 * Everything a page is made from: the code, the report folder, the page's name, the article (but
 * its text), its claims, and the findings each claim links to. A re-check keeps the pages whose
 * key is the same (at 10,000 articles, making the pages took a quarter of a re-check). Claims
 * as extracted are named by the article's key (piece-keys.ts: its info, their number), not their
 * JSON (which took most of a re-check's page keys); their links by the article's pairs of claim
 * and finding (linksOfArticle).
 */
function pageKey(x: MarkdownContext, a: ResultArticle, page: string, claims: readonly Claim[]): string {
  // One string, hashed once: an update per claim cost as much as the hashing.
  let s = `${x.reportDir}\0${page}\0${articleKey(x.r, a.path)}\0${x.linksOfArticle(a.path)}`;
  for (const c of claims) s += `\0${extractedAsIs(c) ? "" : JSON.stringify(c)}`;
  return createHash("sha1").update(s).digest("base64");
}

export function writeArticlePages(x: MarkdownContext, sink: ReportSink): void {
  for (const a of x.r.articles) {
    const page = x.pageOf.get(a.path)!;
    const claims = claimsOnPage(x, a);
    const key = sink.reuse ? pageKey(x, a, page, claims) : undefined;
    if (key !== undefined && sink.reuse!(page, key)) continue;
    sink.file(page, articlePage(x, a, page, claims), key);
  }
}
