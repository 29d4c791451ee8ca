// A worker thread's tasks, run by the piscina pool in parallel.ts: analyse a batch of articles
// (the default export), and for the pieces of a large file, find a piece's full names and
// analyse a piece.
import { analyse, fullNameSpans, type ExtractInput, type NameSpan, type PieceInput } from "./extract.js";

export default function analyseBatch(batch: ExtractInput[]): Array<ReturnType<typeof analyse>> {
  return batch.map((input) => analyse(input));
}

/** A stretch of a file: its text, where it starts in the file and the line breaks before it. */
export interface PieceTask {
  path: string;
  lang: string;
  date: string | null;
  /** 0 for a piece: its file's front matter is blanked before it is cut (parallel.ts). */
  bodyStart: number;
  slice: string;
  sliceStart: number;
  breaks: number;
  piece?: PieceInput;
}

/**
 * The file's text as the piece's worker reads it: blanks (spaces, then the line breaks as "\n")
 * before the slice, so that every index, line and column is the file's own; nothing after it.
 */
export function pieceText(t: PieceTask): string {
  return " ".repeat(t.sliceStart - t.breaks) + "\n".repeat(t.breaks) + t.slice;
}

const inputOf = (t: PieceTask): ExtractInput => ({ path: t.path, text: pieceText(t), lang: t.lang, date: t.date, bodyStart: t.bodyStart, piece: t.piece });

export function namesOfPiece(t: PieceTask): NameSpan[] {
  return fullNameSpans(inputOf(t));
}

export function analysePiece(t: PieceTask): ReturnType<typeof analyse> {
  return analyse(inputOf(t));
}
