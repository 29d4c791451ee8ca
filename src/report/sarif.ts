// crosscheck.sarif: SARIF 2.1.0 for code-review tools. One result per finding, with the rule's
// metadata, the locations of its claims, and its fingerprint; accepted findings are suppressed.
import type { Log, ReportingDescriptor, Result, Location } from "sarif";
import { posix, relative } from "node:path";
import type { Claim } from "../claims/claim.js";
import { RULES } from "../rules/index.js";
import type { CheckResult } from "./result.js";

export interface SarifOptions {
  reportDir: string;
}

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

const uri = (p: string): string => encodeURI(p.split("\\").join("/"));

function claimLocation(c: Claim, id?: number): Location | undefined {
  if (c.article && c.span) {
    return {
      ...(id !== undefined ? { id } : {}),
      physicalLocation: {
        artifactLocation: { uri: uri(c.article), uriBaseId: "SRCROOT" },
        region: { startLine: c.span.line, startColumn: c.span.column, endColumn: c.span.column + c.text.length, snippet: { text: c.text } },
      },
      message: { text: c.text },
    };
  }
  if (c.origin) {
    return {
      ...(id !== undefined ? { id } : {}),
      physicalLocation: { artifactLocation: { uri: uri(c.origin.file), uriBaseId: "SRCROOT" }, region: { startLine: c.origin.line, startColumn: c.origin.column } },
      message: { text: c.text },
    };
  }
  return undefined;
}

export function sarifReport(r: CheckResult, o: SarifOptions): string {
  const claims = new Map(r.claims.map((c) => [c.id, c]));
  const rules: ReportingDescriptor[] = RULES.map((rule) => ({
    id: rule.meta.id,
    name: rule.meta.id.replace(/(^|-)(\w)/g, (_m, _d: string, ch: string) => ch.toUpperCase()),
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: rule.meta.description },
    helpUri: posix.join(relative(o.reportDir, "docs/rules").split("\\").join("/"), `${rule.meta.id}.md`),
    defaultConfiguration: { level: LEVEL[rule.meta.severity] },
    messageStrings: Object.fromEntries(Object.entries(rule.meta.messages).map(([k, v]) => [k, { text: v }])),
  }));
  const results: Result[] = r.findings.map((f) => {
    const cs = f.claims.map((id) => claims.get(id)).filter((c): c is Claim => !!c);
    const located = cs.map((c, i) => claimLocation(c, i)).filter((l): l is Location => !!l);
    const places: Location[] = f.places.map((p, i) => ({
      id: located.length + i,
      physicalLocation: { artifactLocation: { uri: uri(p.article), uriBaseId: "SRCROOT" }, region: { startLine: p.line, startColumn: p.column, endColumn: p.column + p.text.length, snippet: { text: p.text } } },
      message: { text: p.text },
    }));
    const all = [...located, ...places];
    const primary: Location = all[0] ?? {
      physicalLocation: { artifactLocation: { uri: uri(f.location.file), uriBaseId: "SRCROOT" }, region: { startLine: Math.max(1, f.location.line), startColumn: Math.max(1, f.location.column) } },
    };
    const result: Result = {
      ruleId: f.rule,
      ruleIndex: RULES.findIndex((x) => x.meta.id === f.rule),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: primary.physicalLocation! }],
      relatedLocations: all.slice(1),
      partialFingerprints: { "crosscheck/v1": f.fingerprint },
      properties: { claims: f.claims, articles: f.articles },
    };
    if (f.accepted) result.suppressions = [{ kind: "external", justification: f.accepted.reason }];
    return result;
  });
  const log: Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "crosscheck", informationUri: "https://crosscheck.invalid/", rules } },
        originalUriBaseIds: { SRCROOT: { uri: "./" } },
        results,
        invocations: [
          {
            executionSuccessful: r.inputErrors.length === 0,
            toolExecutionNotifications: r.inputErrors.map((e) => ({
              level: "error" as const,
              message: { text: e.message },
              ...(e.line > 0 ? { locations: [{ physicalLocation: { artifactLocation: { uri: uri(e.file) }, region: { startLine: e.line, startColumn: Math.max(1, e.column) } } }] } : { locations: [{ physicalLocation: { artifactLocation: { uri: uri(e.file) } } }] }),
            })),
          },
        ],
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
