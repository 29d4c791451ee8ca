// The middle stages of check: load the hand-added claims and apply the corrections, build the
// claim store, find copies and translations, and run the rules.
import { existsSync } from "node:fs";
import type { InputError } from "../../base/diagnostic.js";
import type { Claim } from "../../model/claim.js";
import { applyCorrections } from "../../claims/corrections.js";
import { loadClaims, type LoadedClaims } from "../../claims/load.js";
import { ClaimsCache } from "../../claims/claims-cache.js";
import type { ClaimStore } from "../../claims/store.js";
import { clusterOptionsOf, findClusters, type ArticleClusters } from "../../rules/clusters.js";
import { runRules } from "../../rules/engine.js";
import type { Finding } from "../../rules/types.js";
import { count, plural, WORDS } from "../../report/words.js";
import { pushAll } from "../../base/arrays.js";
import type { Corpus } from "./analyse.js";
import type { Run } from "./run.js";

const counted = (n: number, word: string): string => plural(n, word, count(n));

/**
 * Every claim (extracted ones corrected by hand, and the hand-added ones), what was loaded, and
 * the articles whose claims are no longer just those extracted (a correction, or a hand-added claim
 * of the article): their analysis's fact signature is not theirs any more.
 */
export function loadHandClaims(
  run: Run,
  corpus: Corpus,
  cacheDir: string,
): { claims: Claim[]; loaded: LoadedClaims; touched: Set<string> } {
  const { o, progress } = run;
  progress.start("Loading hand-added claims");
  // A --claims folder that does not exist is an input error, as a missing --config is.
  const loaded =
    run.project.claimsGiven || existsSync(o.claims)
      ? loadClaims([o.claims], o.cache ? new ClaimsCache(cacheDir) : null)
      : { claims: [], corrections: [], errors: [], warnings: [], files: [] };
  pushAll(run.inputErrors, loaded.errors);
  const corrected = applyCorrections(corpus.claims, loaded.corrections);
  pushAll(run.inputErrors, corrected.errors);
  progress.done(
    loaded.files.length || existsSync(o.claims)
      ? `Loaded ${counted(loaded.claims.length, "hand-added claim")} and ${counted(loaded.corrections.length, "correction")} from ${counted(loaded.files.length, "file")}`
      : `No hand-added claims (no folder ${o.claims})`,
  );
  const touched = new Set<string>();
  corrected.claims.forEach((c, i) => {
    if (c !== corpus.claims[i]) touched.add(corpus.claims[i]!.article ?? "");
  });
  for (const c of loaded.claims) touched.add(c.article ?? "");
  return { claims: [...corrected.claims, ...loaded.claims], loaded, touched };
}

/** Copies and translations, from the signatures the analyse stage made (the facts' of articles not `touched` by hand). */
export function findCopies(run: Run, corpus: Corpus, store: ClaimStore, touched: ReadonlySet<string>): ArticleClusters {
  run.progress.start("Finding copies and translations");
  const clusters = findClusters(
    corpus.articles,
    store,
    corpus.names,
    clusterOptionsOf(run.settings),
    (a) => corpus.words.get(a)!,
    (a) => (touched.has(a.path) ? undefined : corpus.facts.get(a)),
  );
  run.progress.done(`Found ${counted(clusters.clusters.length, "group")} of copies and translations`);
  return clusters;
}

/** The findings, and a warning for each accepted fingerprint no finding has. */
export function judge(
  run: Run,
  corpus: Corpus,
  store: ClaimStore,
  clusters: ArticleClusters,
): { findings: Finding[]; named: Map<string, Claim>; staleAccepts: InputError[] } {
  const { progress, settings } = run;
  let rulesRun = 0;
  const onRule = (id: string): void => {
    rulesRun++;
    progress.update(`Running rule ${id}`);
  };
  const articles = new Map(corpus.articles.map((a) => [a.path, a]));
  const named = new Map<string, Claim>();
  const findings = runRules({ store, articles, clusters, config: settings, words: WORDS, onRule, named });
  progress.done(`Ran ${counted(rulesRun, "rule")}: ${counted(findings.length, "finding")}`);
  // An accepted fingerprint no finding has: the finding was fixed, or changed and is no longer accepted.
  const fingerprints = new Set(findings.map((f) => f.fingerprint));
  const staleAccepts: InputError[] = [...settings.accept.keys()]
    .filter((fp) => !fingerprints.has(fp))
    .map((fp) => ({
      file: settings.file ?? run.project.config ?? "",
      line: 0,
      column: 0,
      message: `accepted fingerprint ${fp} matches no finding of this run (fixed, or changed so that it has a new fingerprint); remove it from accept:`,
    }));
  return { findings, named, staleAccepts };
}
