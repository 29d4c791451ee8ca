// Report links reach their files whatever the files are called, and line links open the source view.
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { encodePath, encodeSegment, fileUrl, lineSuffix } from "../../src/report/links.js";

const md = new MarkdownIt();
const hrefOf = (url: string): string | undefined => /href="([^"]*)"/.exec(md.renderInline(`[x](${url})`))?.[1];

describe("links to files", () => {
  it("percent-encodes every character of a segment that a URL or Markdown would read", () => {
    for (const name of [
      "a).md",
      "b(.md",
      "e#f.md",
      "i\\j.md",
      "s p?.md",
      "100%.md",
      "x*y!'.md",
      "ü ß.md",
      "<a>.md",
      "[z].md",
    ]) {
      const seg = encodeSegment(name);
      expect(seg, name).toMatch(/^[A-Za-z0-9._~%-]+$/);
      expect(decodeURIComponent(seg)).toBe(name);
      // markdown-it keeps the whole destination as the link's href
      expect(hrefOf(seg), name).toBe(seg);
    }
  });

  it("keeps folders and .. as they are, and a backslash inside a POSIX name as part of it", () => {
    expect(encodePath("../articles/a).md")).toBe("../articles/a%29.md");
    expect(encodePath("articles/i\\j.md")).toBe("articles/i%5Cj.md");
    expect(fileUrl("/r/reports/articles", "/r/articles/e#f.md", 3)).toBe("../../articles/e%23f.md?plain=1#L3");
  });

  it("links a line of a Markdown file in its source view, and of a text file with #L alone", () => {
    expect(lineSuffix("a/x.md", 8)).toBe("?plain=1#L8");
    expect(lineSuffix("a/x.MARKDOWN", 8)).toBe("?plain=1#L8");
    expect(lineSuffix("a/x.txt", 8)).toBe("#L8");
    expect(lineSuffix("claims/c.yaml", 7)).toBe("#L7");
    expect(lineSuffix("a/x.md", undefined)).toBe("");
  });
});
