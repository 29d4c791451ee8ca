// Text from articles is data, never Markdown: every ASCII punctuation mark is backslash-escaped
// (CommonMark allows it for all of them), so no article can open a link, a heading, HTML, a
// table cell or code; line breaks fold to spaces; bidirectional controls are shown, not obeyed.

const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function escapeMarkdown(text: string): string {
  return text
    .replace(CONTROL, "")
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, " ")
    .replace(BIDI, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}]`)
    .replace(PUNCTUATION, "\\$&");
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
