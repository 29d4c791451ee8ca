// Article text in a report is shown as it was written, whatever Markdown it looks like, and is
// escaped only where it has to be: rendered with markdown-it, every context gives back the text.
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { escapeMarkdown, escapeMarkdownBlock } from "../../src/report/escape.js";

const md = new MarkdownIt({ html: true, linkify: true });

const decode = (h: string): string =>
  h
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
const norm = (s: string): string => s.replace(/\s+/g, " ").trim();

/** The page's text in `context`, and the tags it rendered (beyond the context's own). */
function rendered(text: string, context: "cell" | "quote" | "item" | "heading"): { text: string; tags: string[] } {
  const src =
    context === "cell"
      ? `| a | b |\n| --- | --- |\n| ${escapeMarkdown(text)} | end |\n`
      : context === "quote"
        ? `> ${escapeMarkdownBlock(text)}\n`
        : context === "item"
          ? `- ${escapeMarkdownBlock(text)}\n`
          : `# ${escapeMarkdown(text)}\n`;
  const html = md.render(src);
  const own = {
    cell: /^<\/?(table|thead|tbody|tr|th|td)>$/,
    quote: /^<\/?(blockquote|p)>$/,
    item: /^<\/?(ul|li)>$/,
    heading: /^<\/?h1>$/,
  }[context];
  const tags = (html.match(/<[^>]*>/g) ?? []).filter((t) => !own.test(t));
  let body = html;
  if (context === "cell") body = /<td>([\s\S]*?)<\/td>\s*<td>end<\/td>/.exec(html)?.[1] ?? `(row broken) ${html}`;
  return { text: norm(decode(body.replace(/<[^>]*>/g, ""))), tags };
}

const hostile = fc.string({
  unit: fc.constantFrom(
    ..."ab1 .:/\\`*_~[]()<>!|#-+=&;@$%^\"'{}wh\n".split(""),
    "www.",
    "http://",
    "&amp;",
    "&#x41;",
    "1.",
    "2)",
    "    ",
    "<!--",
    "-->",
    "<b>",
    "**",
    "__",
  ),
  maxLength: 40,
});

describe("escapeMarkdown", () => {
  it("gives back the text, and no element of its own, in a table cell, a quote, a list item and a heading", () => {
    fc.assert(
      fc.property(
        hostile,
        fc.constantFrom("cell", "quote", "item", "heading") as fc.Arbitrary<"cell" | "quote" | "item" | "heading">,
        (text, context) => {
          const r = rendered(text, context);
          expect(r.tags, `${JSON.stringify(text)} in ${context}`).toEqual([]);
          const want = norm(text.replace(/[\r\n]+/g, " "));
          // An ATX heading drops a closing run of # only when it is unescaped; cells and headings trim.
          expect(r.text, `${JSON.stringify(text)} in ${context}`).toBe(want);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("leaves ordinary prose, paths and figures as they are", () => {
    for (const s of [
      "articles/en-eastern-frontier.md",
      "emigration: about 260,000 (Kazakh Interior Ministry, via Alpenblatt, 5 Oct 2022) vs about 700,000: the sources disagree (2.7× apart)",
      "Long lines at Russia's southern borders",
      '"We left at night," said 37-year-old Artyom Belov.',
      "Etwa 260.000 Männer sind seit der Verkündung geflohen; 1,200 miles is 1,931 km.",
      "snake_case_name and A/B",
    ])
      expect(escapeMarkdown(s)).toBe(s);
  });

  it("escapes what would open a block at the start, and a heading's closing #", () => {
    expect(escapeMarkdown("# Heading")).toBe("\\# Heading");
    expect(escapeMarkdown("1. first")).toBe("1\\. first");
    expect(escapeMarkdown("- item")).toBe("\\- item");
    expect(escapeMarkdown("> quoted")).toBe("\\> quoted");
    expect(escapeMarkdown("Title #")).toBe("Title \\#");
    expect(escapeMarkdown("a - b > c 1. d")).toBe("a - b > c 1. d");
  });
});
