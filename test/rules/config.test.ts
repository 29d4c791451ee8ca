// crosscheck.config.yaml: rules turned off, severities and options changed, accepted findings;
// every mistake in it reported at file:line:column, with a did-you-mean for a misspelt rule.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { articleFromText } from "../../src/corpus/article.js";
import { analyse } from "../../src/extract/extract.js";
import { ClaimStore } from "../../src/claims/store.js";
import { DEFAULT_CLUSTER_OPTIONS, findClusters, wordSignature } from "../../src/rules/clusters.js";
import { WORDS } from "../../src/report/words.js";
import { loadConfig, parseConfig, type Config } from "../../src/rules/config.js";
import { runRules } from "../../src/rules/engine.js";
import type { Finding } from "../../src/rules/types.js";
import { runCheck } from "../../src/commands/check.js";
import { WIRE, WIRE_RETOLD } from "./stories.js";

/** 4,000 miles is 6,437 km: 6,800 km is 5.6% off, over unit-mismatch's default tolerance of 3%. */
const TEXT = "---\ndate: 2022-09-27\nlang: en\n---\nThey travelled 4,000 miles (6,800 km) to safety.\n";

function findingsWith(config: Config): Finding[] {
  const a = articleFromText("a.md", TEXT).article;
  const { claims, names } = analyse({ path: a.path, text: a.text, lang: a.lang, date: a.date, bodyStart: a.bodyStart });
  const store = new ClaimStore(claims, names);
  return runRules({
    store,
    articles: new Map([[a.path, a]]),
    clusters: findClusters([a], store, names, DEFAULT_CLUSTER_OPTIONS, () => wordSignature(a)),
    config,
    words: WORDS,
  });
}

const parsed = (yaml: string): { config: Config; errors: string[] } => {
  const { config, errors } = parseConfig("crosscheck.config.yaml", yaml);
  return { config, errors: errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`) };
};

describe("the config file", () => {
  const base = findingsWith(parsed("").config);

  it("without settings, the rule runs at its default severity", () => {
    expect(base.map((f) => `${f.rule} ${f.severity}`)).toEqual(["unit-mismatch error"]);
  });

  it("turns a rule off", () => {
    const { config, errors } = parsed("rules:\n  unit-mismatch: off\n");
    expect(errors).toEqual([]);
    expect(findingsWith(config)).toEqual([]);
  });

  it("changes a rule's severity, alone or beside options", () => {
    expect(findingsWith(parsed("rules:\n  unit-mismatch: info\n").config).map((f) => f.severity)).toEqual(["info"]);
    expect(
      findingsWith(parsed("rules:\n  unit-mismatch:\n    severity: warning\n").config).map((f) => f.severity),
    ).toEqual(["warning"]);
  });

  it("changes an option: a wider tolerance lets the figure pass, a narrower one still flags it", () => {
    const wide = parsed("rules:\n  unit-mismatch:\n    tolerance: 0.1\n");
    expect(wide.errors).toEqual([]);
    expect(wide.config.rules.get("unit-mismatch")).toEqual({ severity: null, options: { tolerance: 0.1 } });
    expect(findingsWith(wide.config)).toEqual([]);
    expect(findingsWith(parsed("rules:\n  unit-mismatch:\n    tolerance: 0.01\n").config)).toHaveLength(1);
  });

  it("reports an unknown rule id at its place, with a did-you-mean, and keeps the other settings", () => {
    const { config, errors } = parsed("rules:\n  unit-mismatch: off\n  figure-conflikt: warning\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^crosscheck\.config\.yaml:3:3 unknown rule "figure-conflikt" \(did you mean "figure-conflict"\?\); rules: /,
    );
    expect(config.rules.get("unit-mismatch")?.severity).toBe("off");
  });

  it("reports an unknown option and an option of the wrong type at their places", () => {
    expect(parsed("rules:\n  unit-mismatch:\n    tolerence: 0.1\n").errors).toEqual([
      'crosscheck.config.yaml:3:5 rule unit-mismatch has no option "tolerence" (options: tolerance, maxGap)',
    ]);
    expect(parsed("rules:\n  unit-mismatch:\n    tolerance: wide\n").errors[0]).toMatch(
      /^crosscheck\.config\.yaml:3:\d+ rule unit-mismatch: option tolerance must be number/,
    );
  });

  it("reports a severity that is not one, and a file that is not YAML", () => {
    expect(parsed("rules:\n  unit-mismatch: loud\n").errors[0]).toMatch(/^crosscheck\.config\.yaml:2:\d+ /);
    expect(parsed("rules: [unclosed\n").errors[0]).toMatch(/^crosscheck\.config\.yaml:\d+:\d+ /);
  });

  it("marks an accepted finding by its fingerprint", () => {
    const fp = base[0]!.fingerprint;
    const { config } = parsed(`accept:\n  - fingerprint: ${fp}\n    reason: checked with the desk\n`);
    expect(findingsWith(config).map((f) => f.accepted)).toEqual([{ reason: "checked with the desk" }]);
  });

  it("is optional by default, and required when named", () => {
    const missing = join(mkdtempSync(join(tmpdir(), "crosscheck-config-")), "none.yaml");
    expect(loadConfig(missing, false).errors).toEqual([]);
    expect(loadConfig(missing, true).errors.map((e) => e.message)).toEqual(["cannot read: no such file"]);
  });

  it("a stale accepted fingerprint is reported by check as a warning, and does not change the exit code", async () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-config-"));
    writeFileSync(join(dir, "a.md"), TEXT);
    const fp = base[0]!.fingerprint;
    writeFileSync(
      join(dir, "desk.yaml"),
      `accept:\n  - fingerprint: ${fp}\n    reason: checked\n  - fingerprint: 0123456789abcdef\n    reason: an old finding\n`,
    );
    let out = "";
    const stdout = new Writable({
      write: (c, _e, cb) => {
        out += String(c);
        cb();
      },
    });
    const cwd = process.cwd();
    process.chdir(dir); // the fingerprint is of the finding in "a.md", as given
    let run: Awaited<ReturnType<typeof runCheck>>;
    try {
      run = await runCheck({
        paths: ["a.md"],
        out: "reports",
        config: "desk.yaml",
        formats: ["json"],
        failOn: "error",
        quiet: false,
        cache: false,
        stdout,
        stderr: new Writable({ write: (_c, _e, cb) => cb() }),
      });
    } finally {
      process.chdir(cwd);
    }
    expect(run.exitCode).toBe(0);
    expect(out.split("\n")[0]).toBe(
      `desk.yaml: warning: accepted fingerprint 0123456789abcdef matches no finding of this run (fixed, or changed so that it has a new fingerprint); remove it from accept:`,
    );
    expect(out).not.toContain(`fingerprint ${fp} matches`);
  });
  it("sets the thresholds copies are found with under duplicate-article, and they hold when the rule is off", async () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-clusters-"));
    const article = (outlet: string, body: string): string =>
      `---\noutlet: ${outlet}\ndate: 2022-09-27\nlang: en\n---\n${body}\n`;
    writeFileSync(join(dir, "a.md"), article("Wire", WIRE));
    writeFileSync(join(dir, "b.md"), article("Desk", WIRE_RETOLD));
    const sink = new Writable({ write: (_c, _e, cb) => cb() });
    const run = async (yaml: string) => {
      writeFileSync(join(dir, "c.yaml"), yaml);
      const r = await runCheck({
        paths: [join(dir, "a.md"), join(dir, "b.md")],
        out: join(dir, "reports"),
        config: join(dir, "c.yaml"),
        formats: ["json"],
        failOn: "never",
        quiet: true,
        cache: false,
        stdout: sink,
        stderr: sink,
      });
      const dup = r.result.findings.filter((f) => f.rule === "duplicate-claim" || f.rule === "duplicate-article");
      return {
        errors: r.result.inputErrors.map((e) => `${e.line}:${e.column} ${e.message}`),
        rules: dup.map((f) => `${f.rule} ${f.messageId}`),
        clusters: r.result.clusters,
      };
    };
    // The retelling is one story through the two people with the same ages (clusters.test.ts).
    expect((await run("rules: {}\n")).rules).toContain("duplicate-article rewrite");
    expect((await run("rules:\n  duplicate-article:\n    rewriteMinAgedPeople: 3\n")).rules).not.toContain(
      "duplicate-article rewrite",
    );
    // Off, the rule says nothing, but the pair is still one cluster (one source for the other rules).
    const off = await run("rules:\n  duplicate-article: off\n");
    expect(off.rules).toEqual([]);
    expect(off.clusters.map((c) => c.map((p) => p.split("/").pop()))).toEqual([["a.md", "b.md"]]);
    expect(
      (await run("rules:\n  duplicate-article:\n    severity: off\n    rewriteMinAgedPeople: 3\n")).clusters,
    ).toEqual([]);
    expect((await run("rules:\n  duplicate-article:\n    orderThreshold: 1.5\n")).errors).toEqual([
      "3:21 rule duplicate-article: option orderThreshold must be <= 1",
    ]);
  });
});
