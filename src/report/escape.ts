// Text from articles is data, never Markdown. Only what could change the structure of the line it
// stands in is backslash-escaped, so that the raw reports stay readable in a diff or a terminal:
//   - always: \ ` * _ (unless inside a word) ~ [ ] | $ @ (emphasis, code, strikethrough, links,
//     table cells, GitHub math and @mentions); < before a letter, / ! or ? (HTML, autolinks)
//   - & before something that reads as an entity (&amp; &#x202E;)
//   - the ":" of "://", the first "/" of "//" and the "." of a leading "www." (autolinks)
//   - at the start of the text, a character that would open a block (# > - + = 1. 1)), and a
//     trailing run of # (an ATX heading's closing sequence)
// Line breaks and tabs fold to spaces, control characters are dropped; bidirectional controls are
// shown, not obeyed.

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
/** C0 controls but the line breaks and tab (folded to spaces), DEL, and C1 controls (0x9b opens an escape sequence in some terminals). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this escapes
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const ALWAYS = /[\\`*~[\]|$@]/g;
/** "<" opens HTML or an autolink only before a letter, "/", "!" or "?"; "< 1,500" stays as it is. */
const TAG = /<(?=[A-Za-z/!?])/g;
/** "_" between two letters or digits cannot open or close emphasis; anywhere else it may. */
const UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
const ENTITY = /&(?=#?[0-9A-Za-z]+;)/g;
const AUTOLINK = /:(?=\/\/)|\/(?=\/)|(?<![\p{L}\p{N}])(www)\.(?=\S)/giu;
const BLOCK_START = /^(\s*)([#>+=-]|\d{1,9}(?=[.)]))/u;
const HEADING_CLOSE = /(\s)(#+)(\s*)$/u;

export function escapeMarkdown(text: string): string {
  return text
    .replace(CONTROL, "")
    .replace(/\r\n|\r|\n|\t|\u2028|\u2029/g, " ")
    .replace(BIDI, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}]`)
    .replace(ALWAYS, "\\$&")
    .replace(TAG, "\\<")
    .replace(UNDERSCORE, "\\_")
    .replace(ENTITY, "\\&")
    .replace(AUTOLINK, (m, www: string | undefined) => (www ? `${www}\\.` : `\\${m}`))
    .replace(BLOCK_START, (_m, space: string, mark: string) =>
      /\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
    )
    .replace(
      HEADING_CLOSE,
      (_m, space: string, hashes: string, end: string) => `${space}${hashes.replace(/#/g, "\\#")}${end}`,
    );
}

/** Text that starts a block (after "> " or "- "): leading blanks would make it code. */
export function escapeMarkdownBlock(text: string): string {
  return escapeMarkdown(text.replace(/^[\s\u2028\u2029]+/u, ""));
}

/** A file name made from any text: it cannot leave its folder, hide, or be a reserved name. */
export function safeFileName(text: string, taken: Set<string>): string {
  let base = text
    .normalize("NFKD")
    .replace(/[^\w.-]+/g, "-")
    .replace(/\.{2,}/g, ".")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 80)
    .toLowerCase();
  if (!base || /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(base)) base = `article-${base || "untitled"}`;
  let name = base;
  for (let k = 2; taken.has(name); k++) name = `${base}-${k}`;
  taken.add(name);
  return name;
}

const XML: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&#39;" };

/**
 * Text for HTML or SVG, in an element or a quoted attribute: the five characters that could
 * open markup or close an attribute become references (as the escape-html package and
 * OWASP's rule 1 and 2 do), control characters are dropped, and bidirectional controls are shown,
 * not obeyed.
 */
export function escapeXml(text: string): string {
  return (
    text
      .replace(CONTROL, "")
      // What XML 1.0 forbids besides controls (U+FFFE, U+FFFF, a lone surrogate): shown, so that the SVG stays well-formed.
      .replace(
        /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
        (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase()}]`,
      )
      .replace(BIDI, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}]`)
      .replace(/[<>&"']/g, (c) => XML[c]!)
  );
}
