// How far V8 lets the heap grow past what its last full collection kept. On a machine with much
// memory V8 lets it reach up to four times that before collecting again; a check of a large
// corpus keeps its claims and findings to the end (about 1 GB at 100,000 articles) while the
// reports and the extraction make much short-lived garbage, and the peak of memory was 2.6
// times what was live (bench/README.md). For a large corpus the growth is held to a share of
// the live heap for the run, and V8's own choice is put back after it.
import { setFlagsFromString } from "node:v8";

/** Corpora of at least this many articles hold their growth (a small run's heap is small). */
export const HELD_FROM_ARTICLES = 20_000;

/** How far the heap may grow past what is live, in percent, while held. */
export const HEAP_GROWTH_PERCENT = 25;

/**
 * Holds the heap's growth for a run of `articles` articles; returns what puts V8's default back.
 * V8 reads the flag at each full collection (0, its default, is its own dynamic choice).
 */
export function holdHeapGrowth(articles: number): () => void {
  if (articles < HELD_FROM_ARTICLES) return () => undefined;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWTH_PERCENT}`);
  return () => setFlagsFromString("--heap-growing-percent=0");
}
