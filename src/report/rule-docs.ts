// The rule docs travel with the reports: every page of docs/rules/ is copied into the report
// folder's rules/, so that a finding's link to its rule works wherever the folder is opened (a
// mail attachment, a CI artifact, a laptop without the installation) and shows the docs of the
// version that wrote the report, offline. A link from a doc to a file outside docs/rules/ keeps its
// words and loses its target, which is not in the report folder.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../base/paths.js";
import type { ReportSink } from "./sink.js";

/** Where a finding's rule is documented, from the report folder's top. */
export const ruleDocPath = (rule: string): string => `rules/${rule}.md`;

/** Markdown links that leave docs/rules/ ("../../schema/config.schema.json"). */
const OUTSIDE_LINK = /\[([^\]]*)\]\((?:\.\.\/|\/)[^)]*\)/g;

/** Copies docs/rules/*.md into rules/ of the reports; returns the names copied. */
export function writeRuleDocs(sink: ReportSink, docsDir = join(packageRoot(), "docs", "rules")): string[] {
  if (!existsSync(docsDir)) return [];
  const names = readdirSync(docsDir)
    .filter((f) => f.endsWith(".md"))
    .sort();
  for (const name of names)
    sink.file(`rules/${name}`, readFileSync(join(docsDir, name), "utf8").replace(OUTSIDE_LINK, "$1"));
  return names;
}
