// A worker thread's tasks, run by the piscina pool in parallel.ts: analyse a batch of articles
// (the default export), and analyse a piece of a large file.
import { analyse, analysePieceText, type ExtractInput, type PieceAnalysis, type PieceInput } from "./extract.js";

export default function analyseBatch(batch: ExtractInput[]): Array<ReturnType<typeof analyse>> {
  return batch.map((input) => analyse(input));
}

/**
 * A stretch of a file: its text, where it starts in the file and the line breaks before it (it
 * starts at the start of a line). `piece` is in the file's indexes.
 */
export interface PieceTask {
  path: string;
  lang: string;
  date: string | null;
  slice: string;
  sliceStart: number;
  breaks: number;
  piece?: PieceInput;
}

// The slice is analysed as a text of its own, and every index and line is then moved to the
// file's: columns need no change, since the slice starts a line. (Padding the slice with blanks
// to the file's indexes instead made one run of white space as long as the text before it, and
// moo's regular expression runs out of stack on a few megabytes of it.)
const inputOf = (t: PieceTask): ExtractInput => ({
  path: t.path,
  text: t.slice,
  lang: t.lang,
  date: t.date,
  piece: t.piece && { ...t.piece, start: t.piece.start - t.sliceStart, end: t.piece.end - t.sliceStart },
});

export function analysePiece(t: PieceTask): PieceAnalysis {
  const a = analysePieceText(inputOf(t));
  for (const c of a.claims) {
    const span = c.span!;
    span.start += t.sliceStart;
    span.end += t.sliceStart;
    span.line += t.breaks;
    // The id is the path and the claim's place, with "#2" … for a second claim at one place.
    c.id = `${t.path}@${span.line}:${span.column}${/#\d+$/u.exec(c.id)?.[0] ?? ""}`;
  }
  for (const n of a.names) {
    n.start += t.sliceStart;
    n.end += t.sliceStart;
    n.line += t.breaks;
  }
  for (const s of a.spans) {
    s.start += t.sliceStart;
    s.end += t.sliceStart;
  }
  for (const w of a.widened) w.at += t.sliceStart;
  for (const s of a.surnames) s.at += t.sliceStart;
  for (const r of a.longRuns) r.at += t.sliceStart;
  return a;
}
