// Held-out stories as a test (issue 13): invented stories, written for this test and never tuned
// to, each run through `check` in this process. Does crosscheck compare like with like on them?
// Every folder under test/fixtures/stories/ is one story, and one describe here. The expectations
// stand in the articles (test/fixtures/stories/velmora-quake/README.md explains the format, and
// ardvik-strike/README.md and brovnik-crossing/README.md the optional keys copy-gap, names, ages and
// rule none, seltra-cholera/README.md and orrin-ferry/README.md the labels age and duration,
// kessvar-derailment/README.md the label no-figure): each
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

const storiesDir = join(import.meta.dirname, "..", "fixtures", "stories");

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
/** Labels that are no quantity: a figure compared with none, a year, a person's age, and a thing's age or any span of time. */
const NOT_COMPARED = "not-compared";
const YEAR = "year";
const AGE = "age";
const DURATION = "duration";
/** A word crosscheck may take for a figure that is none ("A third person has died": an ordinal). */
const NO_FIGURE = "no-figure";
/** The labels of what is no count, with the kinds crosscheck may read them as (or read nothing). */
const NOT_COUNTS: Record<string, { kind: string; as: string }> = {
  [YEAR]: { kind: "date", as: "a year" },
  [AGE]: { kind: "age", as: "an age" },
  [DURATION]: { kind: "duration", as: "a span of time" },
  // No claim has this kind: a no-figure label passes only where nothing is read.
  [NO_FIGURE]: { kind: "none", as: "no figure" },
};

interface FigureLabel {
  /** The figure as the article writes it (what crosscheck quotes as the claim's text). */
  at: string;
  /** Longer words around it, where `at` alone is not unique in the article. */
  in?: string;
  quantity: string;
  /** Quantities crosscheck pairs this figure with today, though it should not. */
  gap?: { "paired-with": string[]; why: string };
  /** Why crosscheck does not read this figure as a figure today (or reads a year as a count). */
  "read-gap"?: string;
}
type Label = FigureLabel & { file: string; offset: number };
interface Article {
  file: string;
  copyOf: string | null;
  /** Why crosscheck does not find this article as a copy or translation today. */
  copyGap?: string;
  figures: Label[];
}
type Check = "recall" | "verdict" | "complete";
interface Quantity {
  what: string;
  series?: string;
  /** The finding it must get; rule `none` (no severity): no figure finding may pair its figures (a conversion that holds). */
  expect?: { rule: string; severity?: string };
  gaps?: Partial<Record<Check, string>>;
}
/** The rule of a quantity that must get no finding. */
const NO_FINDING = "none";
/** Names crosscheck wrongly takes for spelling variants of one person's name today, and why. */
interface NameGap {
  names: string[];
  why: string;
}
/** Spellings of one person's name that a name-variant finding must group; `gap` where it does not today. */
interface NameExpectation {
  names: string[];
  gap?: string;
}
/** A person whose ages cannot all be true, which an age-conflict finding must name; `gap` where it does not today. */
interface AgeExpectation {
  person: string;
  gap?: string;
}
/** Age-conflict findings a story must get, and those it must not get that crosscheck gives today. */
interface AgeChecks {
  expect: AgeExpectation[];
  gaps: { person: string; why: string }[];
}
/** One story: its articles and labels, read from its folder; what `check` said, filled in beforeAll. */
interface Story {
  name: string;
  dir: string;
  articles: Article[];
  labels: Label[];
  quantities: Record<string, Quantity>;
  series: Record<string, Quantity>;
  /** The name-variant findings known to be wrong today; null where the story does not check names. */
  nameGaps: NameGap[] | null;
  /** The name-variant findings the story must get (spellings of one name across articles or languages). */
  nameExpectations: NameExpectation[];
  /** The age-conflict findings the story must get and must not get; null where the story does not check ages. */
  ages: AgeChecks | null;
  inputErrors: unknown[];
  claims: Claim[];
  findings: Finding[];
  byId: Map<string, Claim>;
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

interface ArticleExpectations {
  "copy-of"?: string;
  "copy-gap"?: string;
  figures?: FigureLabel[];
}

function readArticle(dir: string, file: string): Article {
  const text = readFileSync(join(dir, "articles", file), "utf8");
  const end = text.indexOf("\n---\n", 4);
  const expected = (parse(text.slice(4, end)) as { expect?: ArticleExpectations }).expect ?? {};
  const figures = (expected.figures ?? []).map((f) => ({ ...f, file, offset: offsetOf(file, text, end + 5, f) }));
  return { file, copyOf: expected["copy-of"] ?? null, copyGap: expected["copy-gap"], figures };
}

/** A story's folder read into its expectations; what `check` says is filled in by runStory. */
function readStory(name: string): Story {
  const dir = join(storiesDir, name);
  const articles = readdirSync(join(dir, "articles"))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => readArticle(dir, f));
  const file = parse(readFileSync(join(dir, "quantities.yaml"), "utf8")) as {
    quantities: Record<string, Quantity>;
    series?: Record<string, Quantity>;
    names?: { expect?: NameExpectation[]; gaps?: NameGap[] };
    ages?: { expect?: AgeExpectation[]; gaps?: { person: string; why: string }[] };
  };
  return {
    name,
    dir,
    articles,
    labels: articles.flatMap((a) => a.figures),
    quantities: file.quantities,
    series: file.series ?? {},
    nameGaps: file.names === undefined ? null : (file.names.gaps ?? []),
    nameExpectations: file.names?.expect ?? [],
    ages: file.ages === undefined ? null : { expect: file.ages.expect ?? [], gaps: file.ages.gaps ?? [] },
    inputErrors: [],
    claims: [],
    findings: [],
    byId: new Map(),
  };
}

/** `it`, or, where a gap is written down, an expected failure that names it. */
function itUnlessGap(gap: string | undefined, name: string, fn: () => void): void {
  if (gap === undefined) it(name, fn);
  else it.fails(`${name} [gap: ${gap}]`, fn);
}

function sink(): Writable {
  return new Writable({ write: (_chunk, _enc, cb) => cb() });
}

/** Runs `check` on the story's articles in a project of its own (config, no hand-added claims). */
async function runStory(story: Story, out: string): Promise<void> {
  writeFileSync(join(out, "crosscheck.config.yaml"), "rules: {}\n");
  mkdirSync(join(out, "claims"));
  const run = await runCheck({
    paths: [join(story.dir, "articles")],
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
  story.inputErrors = run.result.inputErrors;
  story.claims = run.result.claims;
  story.findings = run.result.findings;
  for (const c of story.claims) story.byId.set(c.id, c);
}

/** The figure claim crosscheck read at a label, or undefined. */
function claimAt(story: Story, label: Label): Claim | undefined {
  return story.claims.find(
    (c) =>
      c.article !== null &&
      basename(c.article) === label.file &&
      c.span !== null &&
      c.span.start <= label.offset &&
      label.offset < c.span.end,
  );
}

const labelsByIdOf = new WeakMap<Story, Map<string, Label>>();

/** Each labelled figure's claim id → its label (worked out once a story's run has filled its claims). */
function labelsById(story: Story): Map<string, Label> {
  let out = labelsByIdOf.get(story);
  if (out) return out;
  out = new Map<string, Label>();
  for (const l of story.labels) {
    const c = claimAt(story, l);
    if (c !== undefined && !NOT_FIGURES.has(c.kind)) out.set(c.id, l);
  }
  labelsByIdOf.set(story, out);
  return out;
}

const figureFindings = (story: Story): Finding[] => story.findings.filter((f) => FIGURE_RULES.has(f.rule));

/** Whether a finding may hold figures labelled a and b: one quantity, or one series in a series finding. */
function mayPair(story: Story, a: string, b: string, rule: string): boolean {
  if (a === NOT_COMPARED || b === NOT_COMPARED) return false;
  if (a === b) return true;
  const seriesOfA = story.quantities[a]?.series;
  return rule === "figure-series" && seriesOfA !== undefined && seriesOfA === story.quantities[b]?.series;
}

/** The quantities of the figures that share a figure finding with this label's claim and should not. */
function wronglyPairedWith(story: Story, label: Label): string[] {
  const id = claimAt(story, label)?.id;
  if (id === undefined) return [];
  const labelled = labelsById(story);
  const out = new Set<string>();
  for (const f of figureFindings(story).filter((f) => f.claims.includes(id))) {
    for (const other of f.claims) {
      const otherLabel = labelled.get(other);
      if (other !== id && otherLabel !== undefined && !mayPair(story, label.quantity, otherLabel.quantity, f.rule)) {
        out.add(otherLabel.quantity);
      }
    }
  }
  return [...out].sort();
}

/** A claim as a reader finds it: file, line, column and the figure's words. */
function where(story: Story, id: string): string {
  const c = story.byId.get(id);
  return c === undefined ? id : `${basename(c.article ?? "")}:${c.span?.line}:${c.span?.column} "${c.text}"`;
}

function describeExpectations(story: Story): void {
  describe("the expectations themselves", () => {
    const known = (q: string): boolean => q === NOT_COMPARED || q in NOT_COUNTS || q in story.quantities;
    it("name only quantities of quantities.yaml, and series it defines", () => {
      const named = story.labels.flatMap((l) => [l.quantity, ...(l.gap?.["paired-with"] ?? [])]);
      const seriesUnknown = Object.values(story.quantities).flatMap((q) =>
        q.series && !(q.series in story.series) ? [q.series] : [],
      );
      expect([...named.filter((q) => !known(q)), ...seriesUnknown]).toEqual([]);
    });
    it("name only articles of the story as originals of copies", () => {
      const files = new Set(story.articles.map((a) => a.file));
      const unknown = story.articles.filter((a) => a.copyOf !== null && !files.has(a.copyOf));
      expect(unknown.map((a) => a.copyOf)).toEqual([]);
    });
  });
}

function describeReading(story: Story): void {
  describe("every figure of the story is labelled and read", () => {
    it("reads every article without an input error", () => {
      expect(story.inputErrors).toEqual([]);
    });
    it("labels every figure crosscheck reads in the story", () => {
      const labelled = labelsById(story);
      const unlabelled = story.claims.filter((c) => !NOT_FIGURES.has(c.kind) && !labelled.has(c.id));
      expect(unlabelled.map((c) => where(story, c.id))).toEqual([]);
    });
    for (const label of story.labels) {
      const notCount = NOT_COUNTS[label.quantity];
      if (notCount !== undefined) {
        itUnlessGap(label["read-gap"], `${label.file}: reads "${label.at}" as ${notCount.as}, not a count`, () => {
          const c = claimAt(story, label);
          expect(c === undefined || c.kind === notCount.kind).toBe(true);
        });
        continue;
      }
      itUnlessGap(label["read-gap"], `${label.file}: reads "${label.at}" (${label.quantity}) as a figure`, () => {
        expect(claimAt(story, label)?.kind).toBeOneOf(["count", "number", "percent", "measure", "money"]);
      });
    }
  });
}

function describePrecision(story: Story): void {
  describe("precision: a figure finding holds figures of one quantity", () => {
    for (const label of story.labels.filter((l) => !(l.quantity in NOT_COUNTS))) {
      const known = label.gap?.["paired-with"] ?? [];
      const name = `${label.file}: "${label.at}" (${label.quantity})`;
      it(`${name} is paired with no figure of another quantity${known.length > 0 ? " but the known gaps" : ""}`, () => {
        expect(wronglyPairedWith(story, label).filter((q) => !known.includes(q))).toEqual([]);
      });
      if (label.gap !== undefined) {
        it.fails(`${name} is not paired with ${known.join(", ")} [gap: ${label.gap.why}]`, () => {
          expect(wronglyPairedWith(story, label).filter((q) => known.includes(q))).toEqual([]);
        });
      }
    }
  });
}

/** The claim ids labelled with a quantity, or with any quantity of a series. */
function idsOf(story: Story, name: string, isSeries: boolean): string[] {
  const out: string[] = [];
  for (const [id, label] of labelsById(story)) {
    if (isSeries ? story.quantities[label.quantity]?.series === name : label.quantity === name) out.push(id);
  }
  return out;
}

/** The figure finding that holds most of these figures (a series finding for a series, else any other). */
function findingOf(story: Story, ids: string[], isSeries: boolean): Finding | undefined {
  const held = (f: Finding): number => ids.filter((id) => f.claims.includes(id)).length;
  const candidates = figureFindings(story).filter((f) => (f.rule === "figure-series") === isSeries && held(f) >= 2);
  return candidates.sort((a, b) => held(b) - held(a))[0];
}

/** Recall: a series finding spans two of its quantities; a quantity's finding pairs two of its figures that differ. */
function recallHolds(story: Story, ids: string[], isSeries: boolean): boolean {
  const finding = findingOf(story, ids, isSeries);
  if (finding === undefined) return false;
  const labelled = labelsById(story);
  const held = ids.filter((id) => finding.claims.includes(id)).map((id) => story.byId.get(id));
  const keys = held.map((c) => (isSeries ? labelled.get(c?.id ?? "")?.quantity : `${c?.min} ${c?.max}`));
  return new Set(keys).size >= 2;
}

function describeQuantity(story: Story, name: string, q: Quantity, isSeries: boolean): void {
  const expected = q.expect;
  if (expected === undefined) return;
  const gaps = q.gaps ?? {};
  describe(`${isSeries ? "series" : "quantity"} ${name}: ${q.what}`, () => {
    if (expected.rule === NO_FINDING) {
      itUnlessGap(gaps.verdict, "gets no figure finding that pairs its figures", () => {
        const ids = idsOf(story, name, isSeries);
        const pairing = figureFindings(story).filter((f) => ids.filter((id) => f.claims.includes(id)).length >= 2);
        expect(pairing.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
      });
      return;
    }
    itUnlessGap(gaps.recall, "is found by a figure finding that pairs its figures", () => {
      expect(recallHolds(story, idsOf(story, name, isSeries), isSeries)).toBe(true);
    });
    itUnlessGap(gaps.verdict, `is a ${expected.rule} at ${expected.severity}`, () => {
      const finding = findingOf(story, idsOf(story, name, isSeries), isSeries);
      expect(`${finding?.rule} ${finding?.severity}`).toBe(`${expected.rule} ${expected.severity}`);
    });
    itUnlessGap(gaps.complete, "is one finding that lists every figure of it", () => {
      const ids = idsOf(story, name, isSeries);
      const finding = findingOf(story, ids, isSeries);
      expect(ids.filter((id) => !finding?.claims.includes(id)).map((id) => where(story, id))).toEqual([]);
    });
  });
}

function describeRecall(story: Story): void {
  describe("recall and severity: the quantities a fact-checker must be shown", () => {
    for (const [name, q] of Object.entries(story.quantities)) describeQuantity(story, name, q, false);
    for (const [name, q] of Object.entries(story.series)) describeQuantity(story, name, q, true);
  });
}

const filesOf = (f: Finding): Set<string> => new Set([...f.articles, f.location.file].map((p) => basename(p)));

function describeCopies(story: Story): void {
  describe("copies and translations", () => {
    const copies = story.articles.filter((a) => a.copyOf !== null);
    for (const a of copies) {
      itUnlessGap(
        a.copyGap,
        `finds ${a.file} as a copy or translation of ${a.copyOf} (or of another copy of it)`,
        () => {
          // A cluster's findings are a spanning tree of it: a translation may be paired with a copy
          // of its original rather than the original itself.
          const original = [
            a.copyOf ?? "",
            ...copies.filter((b) => b.copyOf === a.copyOf && b !== a).map((b) => b.file),
          ];
          const found = story.findings.filter((f) => f.rule === "duplicate-article").map(filesOf);
          expect(found.some((files) => files.has(a.file) && original.some((o) => files.has(o)))).toBe(true);
        },
      );
    }
    it("takes no other articles for copies", () => {
      // Two copies of one original are copies of one another.
      const group = (a: Article): string[] => [
        a.copyOf ?? "",
        ...copies.filter((b) => b.copyOf === a.copyOf).map((b) => b.file),
      ];
      const declared = new Set(copies.flatMap((a) => group(a).flatMap((x) => group(a).map((y) => `${x} ${y}`))));
      const found = story.findings.filter((f) => f.rule === "duplicate-article").map((f) => [...filesOf(f)].sort());
      const undeclared = found.flatMap((files) =>
        files.flatMap((x) => files.filter((y) => x < y && !declared.has(`${x} ${y}`)).map((y) => `${x} ${y}`)),
      );
      expect(undeclared).toEqual([]);
    });
  });
}

/** The spellings a name-variant finding groups, sorted and joined: "A / B". */
const spellingsOf = (f: Finding): string => [...new Set((f.places ?? []).map((p) => p.text))].sort().join(" / ");

/** A story that has `names:` in quantities.yaml states every name-variant finding it must not get as a gap. */
function describeNames(story: Story, nameGaps: NameGap[]): void {
  describe("names: no spelling variants of names that are not one person's", () => {
    const gapOf = (spellings: string): NameGap | undefined =>
      nameGaps.find((g) => [...g.names].sort().join(" / ") === spellings);
    const expected = new Set(story.nameExpectations.map((e) => [...e.names].sort().join(" / ")));
    it("groups no spellings but the expected ones and the known gaps", () => {
      const found = story.findings.filter((f) => f.rule === "name-variant").map(spellingsOf);
      expect(found.filter((s) => gapOf(s) === undefined && !expected.has(s))).toEqual([]);
    });
    for (const e of story.nameExpectations) {
      const spellings = [...e.names].sort().join(" / ");
      itUnlessGap(e.gap, `takes ${spellings} for one name`, () => {
        const found = story.findings.filter((f) => f.rule === "name-variant").map(spellingsOf);
        expect(found).toContain(spellings);
      });
    }
    for (const gap of nameGaps) {
      const spellings = [...gap.names].sort().join(" / ");
      it.fails(`does not take ${spellings} for one name [gap: ${gap.why}]`, () => {
        const found = story.findings.filter((f) => f.rule === "name-variant").map(spellingsOf);
        expect(found).not.toContain(spellings);
      });
    }
  });
}

/** The people age-conflict findings name. */
const agePeople = (story: Story): string[] =>
  story.findings.filter((f) => f.rule === "age-conflict").map((f) => String(f.data.person));

/** A story that has `ages:` in quantities.yaml states every age-conflict finding it must get, and must not. */
function describeAges(story: Story, ages: AgeChecks): void {
  describe("ages: a person given ages that cannot all be true", () => {
    const allowed = new Set([...ages.expect.map((e) => e.person), ...ages.gaps.map((g) => g.person)]);
    it("finds no age conflict but the expected ones and the known gaps", () => {
      expect(agePeople(story).filter((p) => !allowed.has(p))).toEqual([]);
    });
    for (const e of ages.expect) {
      itUnlessGap(e.gap, `finds the ages of ${e.person} in conflict`, () => {
        expect(agePeople(story)).toContain(e.person);
      });
    }
    for (const gap of ages.gaps) {
      it.fails(`finds no age conflict for ${gap.person} [gap: ${gap.why}]`, () => {
        expect(agePeople(story)).not.toContain(gap.person);
      });
    }
  });
}

function describeStory(story: Story): void {
  let out = "";
  beforeAll(async () => {
    out = realpathSync(mkdtempSync(join(tmpdir(), "crosscheck-held-out-")));
    await runStory(story, out);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  describeExpectations(story);
  describeReading(story);
  describePrecision(story);
  describeRecall(story);
  describeCopies(story);
  if (story.nameGaps !== null) describeNames(story, story.nameGaps);
  if (story.ages !== null) describeAges(story, story.ages);
}

const stories = readdirSync(storiesDir, { withFileTypes: true }).filter((e) => e.isDirectory());
for (const entry of stories.map((e) => e.name).sort()) {
  const story = readStory(entry);
  describe(`held-out story ${entry}`, () => describeStory(story));
}
