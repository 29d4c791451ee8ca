// A held-out story as a test (issue 13): one invented story, written for this test and never tuned
// to, run through `check` in this process. Does crosscheck compare like with like on it?
// The expectations stand in the articles (test/fixtures/stories/velmora-quake/README.md): each
// figure's quantity in its article's front matter, what each quantity must get in quantities.yaml.
// What crosscheck gets wrong today is written down as a gap: the check runs as an expected failure
// (it.fails), so the suite stays green while the gap is visible, and breaks once the gap is mended.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCheck } from "../../src/commands/check.js";
import type { Claim } from "../../src/model/claim.js";
import type { Finding } from "../../src/rules/types.js";

const story = join(import.meta.dirname, "..", "fixtures", "stories", "velmora-quake");

/** Rules whose findings pair figures: each such finding must hold figures of one quantity only. */
const FIGURE_RULES = new Set([
  "figure-conflict",
  "disputed-figure",
  "divergent-estimate",
  "inconsistent-in-article",
  "duplicate-claim",
  "figure-series",
  "unit-mismatch",
]);
/** Kinds of claim that are no figure to compare (a year, a span of time, an age). */
const NOT_FIGURES = new Set(["date", "duration", "age"]);
/** Labels that are no quantity: a figure compared with none, and a year. */
const NOT_COMPARED = "not-compared";
const YEAR = "year";

interface FigureLabel {
  /** The figure as the article writes it (what crosscheck quotes as the claim's text). */
  at: string;
  /** Longer words around it, where `at` alone is not unique in the article. */
  in?: string;
  quantity: string;
  /** Quantities crosscheck pairs this figure with today, though it should not. */
  gap?: { "paired-with": string[]; why: string };
}
interface Article {
  file: string;
  copyOf: string | null;
  figures: Array<FigureLabel & { offset: number }>;
}
type Check = "recall" | "verdict" | "complete";
interface Quantity {
  what: string;
  series?: string;
  expect?: { rule: string; severity: string };
  gaps?: Partial<Record<Check, string>>;
}
interface Quantities {
  quantities: Record<string, Quantity>;
  series: Record<string, Quantity>;
}

/** Where a label's figure stands in the article's text (past the front matter). */
function offsetOf(file: string, text: string, bodyStart: number, label: FigureLabel): number {
  const words = label.in ?? label.at;
  const at = text.indexOf(words, bodyStart);
  if (at < 0) throw new Error(`${file}: "${words}" is not in the article`);
  if (text.indexOf(words, at + 1) >= 0) throw new Error(`${file}: "${words}" is not unique: give in: words around it`);
  const inner = words.indexOf(label.at);
  if (inner < 0) throw new Error(`${file}: "${label.at}" is not in "${words}"`);
  return at + inner;
}

function readArticle(file: string): Article {
  const text = readFileSync(join(story, "articles", file), "utf8");
  const end = text.indexOf("\n---\n", 4);
  const meta = parse(text.slice(4, end)) as { expect?: { "copy-of"?: string; figures?: FigureLabel[] } };
  const figures = (meta.expect?.figures ?? []).map((f) => ({ ...f, offset: offsetOf(file, text, end + 5, f) }));
  return { file, copyOf: meta.expect?.["copy-of"] ?? null, figures };
}

const articles = readdirSync(join(story, "articles"))
  .filter((f) => f.endsWith(".md"))
  .sort()
  .map(readArticle);
const labels = articles.flatMap((a) => a.figures.map((f) => ({ ...f, file: a.file })));
const { quantities, series } = parse(readFileSync(join(story, "quantities.yaml"), "utf8")) as Quantities;

/** `it`, or, where a gap is written down, an expected failure that names it. */
function itUnlessGap(gap: string | undefined, name: string, fn: () => void): void {
  if (gap === undefined) it(name, fn);
  else it.fails(`${name} [gap: ${gap}]`, fn);
}

function sink(): Writable {
  return new Writable({ write: (_chunk, _enc, cb) => cb() });
}

let out = "";
let inputErrors: unknown[] = [];
let claims: Claim[] = [];
let findings: Finding[] = [];
const byId = new Map<string, Claim>();

beforeAll(async () => {
  // A project of its own (config, no hand-added claims) so that nothing of this repository's is read.
  out = realpathSync(mkdtempSync(join(tmpdir(), "crosscheck-held-out-")));
  writeFileSync(join(out, "crosscheck.config.yaml"), "rules: {}\n");
  mkdirSync(join(out, "claims"));
  const run = await runCheck({
    paths: [join(story, "articles")],
    config: join(out, "crosscheck.config.yaml"),
    claims: join(out, "claims"),
    out: join(out, "reports"),
    formats: ["json"],
    failOn: "never",
    quiet: true,
    cache: false,
    cacheDir: join(out, "cache"),
    threads: 1,
    stdout: sink(),
    stderr: sink(),
  });
  inputErrors = run.result.inputErrors;
  claims = run.result.claims;
  findings = run.result.findings;
  for (const c of claims) byId.set(c.id, c);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The figure claim crosscheck read at a label, or undefined. */
function claimAt(label: FigureLabel & { file: string; offset: number }): Claim | undefined {
  return claims.find(
    (c) =>
      c.article !== null &&
      basename(c.article) === label.file &&
      c.span !== null &&
      c.span.start <= label.offset &&
      label.offset < c.span.end,
  );
}

/** Each labelled figure's claim id → its label. */
function labelsById(): Map<string, (typeof labels)[number]> {
  const out = new Map<string, (typeof labels)[number]>();
  for (const l of labels) {
    const c = claimAt(l);
    if (c !== undefined && !NOT_FIGURES.has(c.kind)) out.set(c.id, l);
  }
  return out;
}

const figureFindings = (): Finding[] => findings.filter((f) => FIGURE_RULES.has(f.rule));

/** Whether a finding may hold figures labelled a and b: one quantity, or one series in a series finding. */
function mayPair(a: string, b: string, rule: string): boolean {
  if (a === NOT_COMPARED || b === NOT_COMPARED) return false;
  if (a === b) return true;
  const seriesOfA = quantities[a]?.series;
  return rule === "figure-series" && seriesOfA !== undefined && seriesOfA === quantities[b]?.series;
}

/** The quantities of the figures that share a figure finding with this claim and should not. */
function wronglyPairedWith(id: string, quantity: string): string[] {
  const labelled = labelsById();
  const out = new Set<string>();
  for (const f of figureFindings().filter((f) => f.claims.includes(id))) {
    for (const other of f.claims) {
      const label = labelled.get(other);
      if (other !== id && label !== undefined && !mayPair(quantity, label.quantity, f.rule)) out.add(label.quantity);
    }
  }
  return [...out].sort();
}

/** A claim as a reader finds it: file, line, column and the figure's words. */
function where(id: string): string {
  const c = byId.get(id);
  return c === undefined ? id : `${basename(c.article ?? "")}:${c.span?.line}:${c.span?.column} "${c.text}"`;
}

describe("the expectations themselves", () => {
  const known = (q: string): boolean => q === NOT_COMPARED || q === YEAR || q in quantities;
  it("name only quantities of quantities.yaml, and series it defines", () => {
    const unknown = labels.flatMap((l) => [l.quantity, ...(l.gap?.["paired-with"] ?? [])]).filter((q) => !known(q));
    const seriesUnknown = Object.values(quantities).flatMap((q) =>
      q.series && !(q.series in series) ? [q.series] : [],
    );
    expect([...unknown, ...seriesUnknown]).toEqual([]);
  });
  it("name only articles of the story as originals of copies", () => {
    const files = new Set(articles.map((a) => a.file));
    expect(articles.filter((a) => a.copyOf !== null && !files.has(a.copyOf)).map((a) => a.copyOf)).toEqual([]);
  });
});

describe("every figure of the story is labelled and read", () => {
  it("reads every article without an input error", () => {
    expect(inputErrors).toEqual([]);
  });
  it("labels every figure crosscheck reads in the story", () => {
    const labelled = labelsById();
    const unlabelled = claims.filter((c) => !NOT_FIGURES.has(c.kind) && !labelled.has(c.id)).map((c) => where(c.id));
    expect(unlabelled).toEqual([]);
  });
  for (const label of labels) {
    if (label.quantity === YEAR) {
      it(`${label.file}: reads "${label.at}" as a year, not a count`, () => {
        const c = claimAt(label);
        expect(c === undefined || c.kind === "date").toBe(true);
      });
      continue;
    }
    it(`${label.file}: reads "${label.at}" (${label.quantity}) as a figure`, () => {
      expect(claimAt(label)?.kind).toBeOneOf(["count", "number", "percent", "measure", "money"]);
    });
  }
});

describe("precision: a figure finding holds figures of one quantity", () => {
  for (const label of labels.filter((l) => l.quantity !== YEAR)) {
    const known = label.gap?.["paired-with"] ?? [];
    const name = `${label.file}: "${label.at}" (${label.quantity})`;
    it(`${name} is paired with no figure of another quantity${known.length > 0 ? " but the known gaps" : ""}`, () => {
      const c = claimAt(label);
      const paired = c === undefined ? [] : wronglyPairedWith(c.id, label.quantity);
      expect(paired.filter((q) => !known.includes(q))).toEqual([]);
    });
    if (label.gap !== undefined) {
      it.fails(`${name} is not paired with ${known.join(", ")} [gap: ${label.gap.why}]`, () => {
        const c = claimAt(label);
        const paired = c === undefined ? [] : wronglyPairedWith(c.id, label.quantity);
        expect(paired.filter((q) => known.includes(q))).toEqual([]);
      });
    }
  }
});

/** The claim ids labelled with a quantity, or with any quantity of a series. */
function idsOf(name: string, isSeries: boolean): string[] {
  const out: string[] = [];
  for (const [id, label] of labelsById()) {
    if (isSeries ? quantities[label.quantity]?.series === name : label.quantity === name) out.push(id);
  }
  return out;
}

/** The figure finding that holds most of these figures (a series finding for a series, else any other). */
function findingOf(ids: string[], isSeries: boolean): Finding | undefined {
  const held = (f: Finding): number => ids.filter((id) => f.claims.includes(id)).length;
  const candidates = figureFindings().filter((f) => (f.rule === "figure-series") === isSeries && held(f) >= 2);
  return candidates.sort((a, b) => held(b) - held(a))[0];
}

/** Recall: a series finding spans two of its quantities; a quantity's finding pairs two of its figures that differ. */
function recallHolds(ids: string[], finding: Finding | undefined, isSeries: boolean): boolean {
  if (finding === undefined) return false;
  const held = ids.filter((id) => finding.claims.includes(id)).map((id) => byId.get(id));
  const keys = held.map((c) => (isSeries ? labelsById().get(c?.id ?? "")?.quantity : `${c?.min} ${c?.max}`));
  return new Set(keys).size >= 2;
}

function describeQuantity(name: string, q: Quantity, isSeries: boolean): void {
  const expected = q.expect;
  if (expected === undefined) return;
  const gaps = q.gaps ?? {};
  describe(`${isSeries ? "series" : "quantity"} ${name}: ${q.what}`, () => {
    itUnlessGap(gaps.recall, "is found by a figure finding that pairs its figures", () => {
      const ids = idsOf(name, isSeries);
      expect(recallHolds(ids, findingOf(ids, isSeries), isSeries)).toBe(true);
    });
    itUnlessGap(gaps.verdict, `is a ${expected.rule} at ${expected.severity}`, () => {
      const finding = findingOf(idsOf(name, isSeries), isSeries);
      expect(`${finding?.rule} ${finding?.severity}`).toBe(`${expected.rule} ${expected.severity}`);
    });
    itUnlessGap(gaps.complete, "is one finding that lists every figure of it", () => {
      const ids = idsOf(name, isSeries);
      const finding = findingOf(ids, isSeries);
      expect(ids.filter((id) => !finding?.claims.includes(id)).map(where)).toEqual([]);
    });
  });
}

describe("recall and severity: the quantities a fact-checker must be shown", () => {
  for (const [name, q] of Object.entries(quantities)) describeQuantity(name, q, false);
  for (const [name, q] of Object.entries(series)) describeQuantity(name, q, true);
});

describe("copies and translations", () => {
  const filesOf = (f: Finding): Set<string> => new Set([...f.articles, f.location.file].map((p) => basename(p)));
  const copies = articles.filter((a) => a.copyOf !== null);
  for (const a of copies) {
    it(`finds ${a.file} as a copy or translation of ${a.copyOf}`, () => {
      const found = findings.filter((f) => f.rule === "duplicate-article").map(filesOf);
      expect(found.some((files) => files.has(a.file) && files.has(a.copyOf ?? ""))).toBe(true);
    });
  }
  it("takes no other articles for copies", () => {
    const declared = new Set(copies.flatMap((a) => [`${a.file} ${a.copyOf}`, `${a.copyOf} ${a.file}`]));
    const found = findings.filter((f) => f.rule === "duplicate-article").map((f) => [...filesOf(f)].sort());
    const undeclared = found.flatMap((files) =>
      files.flatMap((x) => files.filter((y) => x < y && !declared.has(`${x} ${y}`)).map((y) => `${x} ${y}`)),
    );
    expect(undeclared).toEqual([]);
  });
});
