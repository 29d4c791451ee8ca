// crosscheck.sarif: SARIF 2.1.0 for code-review tools. One result per finding, with the rule's
// metadata, the locations of its claims, and its fingerprint; accepted findings are suppressed.
import type { Reporter } from "./reporter.js";
import type { Location, Notification, ReportingDescriptor, Result } from "sarif";
import { readFileSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Claim } from "../model/claim.js";
import type { Finding } from "../rules/types.js";
import { packageRoot } from "../base/paths.js";
import { claimsOfFindings, type CheckResult } from "./result.js";
import { LazyArray, MemorySink, Piece, writeJson, type ReportStream } from "./sink.js";
import { findingKey } from "./piece-keys.js";
import { encodePath } from "./links.js";
import { terminalSafe } from "./terminal.js";
import { andMore, MAX_SARIF_LOCATIONS, MAX_SARIF_RESULTS, shownFindings } from "./caps.js";
import { keptOrMade } from "../base/memo.js";

/**
 * A SARIF message's text, by the spec's rules for plain text (3.11.3, 3.11.6): "[", "]" (and every
 * "\" of a run before one) are escaped, so that no "[text](uri)" from an article is an embedded
 * link: "\\[" becomes "\\\\\[", never "\\\\[", where the bracket would be free again;
 * control and bidirectional characters and line breaks are shown visibly (\x1b, \u202e, \n), as
 * in the terminal, so that a viewer renders one inert line.
 */
export function sarifText(text: string): string {
  return terminalSafe(text).replace(/\\+(?=[[\]])|[[\]]/g, (m) => (m[0] === "\\" ? m + m : `\\${m}`));
}

export interface SarifOptions {
  reportDir: string;
  /** The folder relative paths are read from, SRCROOT (default: the current folder). */
  baseDir?: string;
}

/**
 * Related locations kept per result. GitHub code scanning rejects a result with more than 1,000
 * locations; a figure repeated in 10,000 articles keeps its first 1,000 here, and every claim's
 * id stays in the result's properties.claims (and in findings.json).
 */
export const MAX_RELATED_LOCATIONS = 1000;

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

/**
 * A path as a SARIF artifact location: below the base folder, a relative reference to SRCROOT,
 * each segment percent-encoded (so "#" or "?" stay in the name); anywhere else, an absolute
 * file: URI and no base, since a relative reference may not climb out of its base.
 */
function artifact(p: string, baseDir: string): Artifact {
  // An article is the location of many results: each path's location is made once per folder.
  return keptOrMade(artifacts, baseDir, p, MAX_ARTIFACTS, () => artifactOf(p, baseDir));
}

interface Artifact {
  uri: string;
  uriBaseId?: string;
}

const artifacts = new Map<string, Map<string, Artifact>>();
const MAX_ARTIFACTS = 200_000;

function artifactOf(p: string, baseDir: string): Artifact {
  const rel = relative(baseDir, resolve(baseDir, p));
  if (rel !== "" && !rel.startsWith("..") && !isAbsolute(rel)) return { uri: encodePath(rel), uriBaseId: "SRCROOT" };
  return { uri: pathToFileURL(resolve(baseDir, p)).href };
}

/** The folder as an absolute file: URI ending in "/", as originalUriBaseIds needs. */
export const folderUri = (dir: string): string => pathToFileURL(resolve(dir)).href.replace(/\/?$/, "/");

/** crosscheck's own folder (with package.json and docs/), or null when it cannot be found. */
function ownFolder(): string | null {
  try {
    return packageRoot();
  } catch {
    return null;
  }
}

/**
 * Where a rule's page can be read on the web, from package.json's repository (a GitHub URL or
 * "owner/name"); null without one. SARIF wants helpUri absolute, so a relative one is never given.
 */
export function repositoryDocsBase(pkg: { repository?: string | { url?: string } }): string | null {
  const raw = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url;
  if (!raw) return null;
  const short = /^(?:github:)?([\w.-]+)\/([\w.-]+)$/.exec(raw);
  const long = /^(?:git\+)?(?:https?|git|ssh):\/\/(?:git@)?github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(
    raw,
  );
  const m = short ?? long;
  return m ? `https://github.com/${m[1]}/${m[2]!.replace(/\.git$/, "")}/blob/HEAD/docs/rules/` : null;
}

/** Each rule's help: its page in docs/rules/ (as Markdown, and as the same text), when crosscheck ships it. */
function ruleHelp(): { docs: (id: string) => string | null; base: string | null; version: string | null } {
  const root = ownFolder();
  let base: string | null = null;
  let version: string | null = null;
  if (root) {
    try {
      const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
        repository?: string | { url?: string };
        version?: string;
      };
      base = repositoryDocsBase(pkg);
      version = pkg.version ?? null;
    } catch {
      base = null;
    }
  }
  const docs = (id: string): string | null => {
    if (!root || !/^[a-z0-9-]+$/.test(id)) return null;
    const file = join(root, "docs", "rules", `${id}.md`);
    try {
      return readFileSync(file, "utf8").replace(/\r\n?/g, "\n").trimEnd();
    } catch {
      return null;
    }
  };
  return { docs, base, version };
}

/** Whether a claim has a place in a file: its article's line, or its claims file's. */
const locatable = (c: Claim): boolean => !!(c.article && c.span) || !!c.origin;

function claimLocation(c: Claim, base: string, id?: number): Location | undefined {
  if (c.article && c.span) {
    return {
      ...(id !== undefined ? { id } : {}),
      physicalLocation: {
        artifactLocation: artifact(c.article, base),
        region: {
          startLine: c.span.line,
          startColumn: c.span.column,
          endColumn: c.span.column + c.text.length,
          snippet: { text: c.text },
        },
      },
      message: { text: sarifText(c.text) },
    };
  }
  if (c.origin) {
    return {
      ...(id !== undefined ? { id } : {}),
      physicalLocation: {
        artifactLocation: artifact(c.origin.file, base),
        region: { startLine: c.origin.line, startColumn: c.origin.column },
      },
      message: { text: sarifText(c.text) },
    };
  }
  return undefined;
}

/** The rules' descriptors, in the result's order, each with its docs page as help when crosscheck ships it. */
function descriptors(r: CheckResult, help: ReturnType<typeof ruleHelp>): ReportingDescriptor[] {
  return r.rules.map((meta) => {
    const doc = help.docs(meta.id);
    return {
      id: meta.id,
      name: meta.id.replace(/(^|-)(\w)/g, (_m, _d: string, ch: string) => ch.toUpperCase()),
      shortDescription: { text: meta.description },
      fullDescription: { text: meta.description },
      ...(help.base ? { helpUri: `${help.base}${encodePath(meta.id)}.md` } : {}),
      help: doc ? { text: doc, markdown: doc } : { text: meta.description },
      defaultConfiguration: { level: LEVEL[meta.severity] },
      messageStrings: Object.fromEntries(Object.entries(meta.messages).map(([k, v]) => [k, { text: v }])),
    };
  });
}

/**
 * Each finding's result: how many related locations it may hold (`most`), and how it is made.
 * The log holds at most MAX_SARIF_LOCATIONS related locations in all; what a result takes is
 * counted when it is asked for, so that a result kept from the last run (never made) counts too.
 */
function resultMaker(r: CheckResult, base: string): (f: Finding) => { most: number; make: () => Result } {
  const claims = claimsOfFindings(r);
  const ruleIndex = new Map(r.rules.map((x, i) => [x.id, i]));
  /** Related locations the log may still hold: each result takes at most what is left. */
  let locationsLeft = MAX_SARIF_LOCATIONS;
  return (f) => {
    const most = Math.min(MAX_RELATED_LOCATIONS, locationsLeft);
    // Only as many claims as can be shown are looked up and placed.
    const cs: Claim[] = [];
    for (const id of f.claims) {
      const c = claims.get(id);
      if (c) cs.push(c);
      if (cs.length > most) break;
    }
    const placed = cs.filter(locatable).length + f.places.length;
    locationsLeft -= Math.max(0, Math.min(placed, most + 1) - 1);
    return { most, make: () => makeResult(f, cs, base, most, ruleIndex.get(f.rule) ?? -1) };
  };
}

/** The result of finding `f`, `cs` its claims that may be shown. */
function makeResult(f: Finding, cs: readonly Claim[], base: string, most: number, ruleIndex: number): Result {
  const located = cs.map((c, i) => claimLocation(c, base, i)).filter((l): l is Location => !!l);
  const places: Location[] = f.places.map((p, i) => ({
    id: located.length + i,
    physicalLocation: {
      artifactLocation: artifact(p.article, base),
      region: {
        startLine: p.line,
        startColumn: p.column,
        endColumn: p.column + p.text.length,
        snippet: { text: p.text },
      },
    },
    message: { text: sarifText(p.text) },
  }));
  const all = [...located, ...places].slice(0, most + 1);
  const primary = all[0]?.physicalLocation ?? {
    artifactLocation: artifact(f.location.file, base),
    region: { startLine: Math.max(1, f.location.line), startColumn: Math.max(1, f.location.column) },
  };
  const out: Result = {
    ruleId: f.rule,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: sarifText(f.message) },
    locations: [{ physicalLocation: primary }],
    relatedLocations: all.slice(1),
    partialFingerprints: { "crosscheck/v1": f.fingerprint },
    properties: { claims: f.claims, articles: f.articles },
  };
  if (f.accepted) out.suppressions = [{ kind: "external", justification: f.accepted.reason }];
  return out;
}

/** The findings left out of the results, and every input error, as the run's notifications. */
function notifications(r: CheckResult, notShown: readonly Finding[], base: string): Notification[] {
  const left: Notification[] = notShown.length
    ? [
        {
          level: "note",
          message: {
            text: sarifText(
              `${andMore(notShown)} are not given as results: this log holds the first ${MAX_SARIF_RESULTS.toLocaleString("en-US")}, the most severe first; every finding is in findings.json`,
            ),
          },
        },
      ]
    : [];
  return [
    ...left,
    ...r.inputErrors.map(
      (e): Notification => ({
        level: "error",
        message: { text: sarifText(e.message) },
        ...(e.line > 0
          ? {
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: artifact(e.file, base),
                    region: { startLine: e.line, startColumn: Math.max(1, e.column) },
                  },
                },
              ],
            }
          : { locations: [{ physicalLocation: { artifactLocation: artifact(e.file, base) } }] }),
      }),
    ),
  ];
}

export function writeSarifReport(r: CheckResult, o: SarifOptions, w: ReportStream): void {
  const help = ruleHelp();
  const base = resolve(o.baseDir ?? process.cwd());
  const shown = shownFindings(r.findings, MAX_SARIF_RESULTS);
  const result = resultMaker(r, base);
  // A result is kept from the last run when its finding, what it names and its share of the related locations are the same.
  const results = new LazyArray(
    (function* () {
      for (const f of r.findings) {
        if (!shown.has(f)) continue;
        const { most, make } = result(f);
        yield w.piece ? new Piece(findingKey(r, f, `sarif\0${base}\0${most}`), [f], make) : make();
      }
    })(),
  );
  const driver = {
    name: "crosscheck",
    ...(help.version ? { version: help.version, semanticVersion: help.version } : {}),
    informationUri: "https://crosscheck.invalid/",
    rules: descriptors(r, help),
  };
  const run = {
    tool: { driver },
    originalUriBaseIds: { SRCROOT: { uri: folderUri(base) } },
    results,
    invocations: [
      {
        executionSuccessful: r.inputErrors.length === 0,
        toolExecutionNotifications: notifications(
          r,
          r.findings.filter((f) => !shown.has(f)),
          base,
        ),
      },
    ],
  };
  // Results are made one at a time as they are written: log → runs → run → results → result,
  // each result on one line (a result with a thousand locations is 400 KB indented, 150 KB not).
  writeJson(
    w,
    { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [run] },
    4,
    "",
    true,
  );
  w.write("\n");
}

/** The SARIF log as one string (small results; tests). */
export function sarifReport(r: CheckResult, o: SarifOptions): string {
  const sink = new MemorySink();
  const w = sink.open("crosscheck.sarif");
  writeSarifReport(r, o, w);
  w.close();
  return sink.files.get("crosscheck.sarif")!;
}

export const reporter: Reporter = {
  forPeople: false,
  files: ["crosscheck.sarif"],
  write(r, o, sink) {
    const w = sink.open("crosscheck.sarif");
    writeSarifReport(r, { reportDir: o.reportDir }, w);
    w.close();
  },
  print: (r, o) => sarifReport(r, { reportDir: o.reportDir }),
};
