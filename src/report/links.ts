// Links from the reports to files: a path becomes a relative URL, each segment percent-encoded, so
// that no file name (with ( ) # ? % spaces or a backslash in it) can cut the link short or point
// it elsewhere; a line of a Markdown file is linked in its source view.
import { relative, sep } from "node:path";

/** Path segments: "/" everywhere, and also "\" where it separates folders (Windows). */
export const pathSegments = (p: string): string[] => (sep === "\\" ? p.split(/[\\/]/) : p.split("/"));

/** One segment as it may stand in a URL: everything but unreserved characters percent-encoded. */
export const encodeSegment = (s: string): string =>
  // A lone surrogate (a claims file may name one in "\ud800") has no UTF-8: encodeURIComponent
  // would throw and end the run; it stands as U+FFFD, as it would in any file written.
  encodeURIComponent(
    s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"),
  ).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** A path (relative or not) as a URL path: segments encoded, joined by "/". */
export const encodePath = (p: string): string => pathSegments(p).map(encodeSegment).join("/");

/** A path as a report shows it: with "/" between folders on every system. */
export const displayPath = (p: string): string => pathSegments(p).join("/");

const RENDERED = /\.(md|markdown|mdown|mkdn|mkd)$/i;

/**
 * The anchor of a line of a file. Code hosts render Markdown files and ignore "#L8" there; the
 * source view ("?plain=1") shows the file as text with numbered lines, where "#L8" works.
 */
export const lineSuffix = (path: string, line: number | undefined): string =>
  line ? `${lineAnchor(path)}${line}` : "";

/** What comes between a file's link and a line's number: "?plain=1#L" or "#L". */
export const lineAnchor = (path: string): string => (RENDERED.test(path) ? "?plain=1#L" : "#L");

// Every claim links to its article: the same few thousand paths are encoded again and again.
const encodedFrom = new Map<string, Map<string, string>>();

/** A relative link from a folder to a file (both relative to the working folder, or absolute). */
export function fileUrl(fromDir: string, path: string, line?: number): string {
  let byPath = encodedFrom.get(fromDir);
  if (!byPath) {
    byPath = new Map();
    encodedFrom.set(fromDir, byPath);
  }
  let url = byPath.get(path);
  if (url === undefined) {
    url = encodePath(relative(fromDir, path));
    if (byPath.size > 200_000) byPath.clear();
    byPath.set(path, url);
  }
  return `${url}${lineSuffix(path, line)}`;
}
