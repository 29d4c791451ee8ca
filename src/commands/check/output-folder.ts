// The output folder: which folders the reports may replace, where the cache goes by default, and
// how a run's reports are swapped in whole (a failure leaves the previous ones in place).
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { homedir } from "node:os";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import { REPORTS_MARKER, type Expanded } from "../../corpus/files.js";
import type { ReportManifest } from "../../claims/cache.js";
import { FolderSink, inside } from "../../report/sink.js";

const MARKER_TEXT =
  "This folder holds the reports of `crosscheck check`. Every run replaces the whole folder:\nkeep nothing else in it.\n";

/** An input of the run: the paths as given, and what walking them reached (real paths). */
export interface WalkedInput {
  paths: readonly string[];
  walked: Expanded["real"];
}

/**
 * The real path of `p` (symbolic links resolved); for a path that does not exist yet, the real
 * path of its nearest existing parent with the rest of `p` after it.
 */
export function realPath(p: string): string {
  let head = resolve(p);
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(head), ...rest);
    } catch {
      const up = dirname(head);
      if (up === head) return resolve(p);
      rest.unshift(head.slice(up.length).replace(/^[\\/]+/, ""));
      head = up;
    }
  }
}

/** Why the reports may not replace `out`, or null when they may (it is new, empty, or a reports folder). */
export function outFolderProblem(out: string): string | null {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(out);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    return `cannot use ${out} as the output folder: ${(e as Error).message}`;
  }
  if (!st.isDirectory()) return `the output folder ${out} is a file, not a folder; choose another --out`;
  if (lstatSync(join(out, REPORTS_MARKER), { throwIfNoEntry: false })?.isFile()) return null;
  let entries: string[];
  try {
    entries = readdirSync(out);
  } catch (e) {
    return `cannot use ${out} as the output folder: ${(e as Error).message}`;
  }
  if (entries.length === 0) return null;
  return `refusing to replace ${out}: it is not empty and not a crosscheck reports folder (it has no ${REPORTS_MARKER} file); choose a new or empty folder with --out, or remove ${out} yourself`;
}

/**
 * Why the reports may not go to `out`, compared by real paths, or null. The output folder may lie
 * inside a folder of articles (the walk never enters it), but it may not hold an article given or
 * listed, nor lie inside or hold the claims folder: replacing it would lose them.
 */
export function overlapProblem(out: string, articles: WalkedInput, claims: WalkedInput): string | null {
  const o = realPath(out);
  const fix = "choose another folder with --out";
  for (const p of articles.paths)
    if (inside(realPath(p), o))
      return `the output folder ${out} holds the input ${p}, and every run replaces it whole; ${fix}, one that holds no articles`;
  if (articles.walked.files.some((f) => inside(f, o)))
    return `the output folder ${out} holds articles of the input ${articles.paths.join(", ")} (reached through a link); ${fix}, one that holds no articles`;
  for (const p of claims.paths) {
    const r = realPath(p);
    if (inside(o, r) || inside(r, o))
      return `the output folder ${out} overlaps the claims folder ${p}; crosscheck never writes into claims: ${fix}, outside ${p}`;
  }
  if (claims.walked.folders.some((f) => inside(o, f)) || claims.walked.files.some((f) => inside(f, o)))
    return `the output folder ${out} overlaps the claims folder ${claims.paths.join(", ")} (reached through a link); ${fix}, outside it`;
  return null;
}

/**
 * The input `out` overlaps, compared by real paths: an input as given, or a folder walked or a
 * file listed below one (a link inside the articles folder leads to an input too); or null.
 */
function overlappingInput(out: string, inputs: ReadonlyArray<WalkedInput>): string | null {
  const o = realPath(out);
  for (const { paths, walked } of inputs) {
    for (const p of paths) {
      const r = realPath(p);
      if (inside(o, r) || inside(r, o)) return p;
    }
    if (walked.folders.some((f) => inside(o, f)) || walked.files.some((f) => inside(f, o))) return paths.join(", ");
  }
  return null;
}

/** The user's cache folder for crosscheck: $XDG_CACHE_HOME/crosscheck, else ~/.cache/crosscheck. */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), ".cache"), "crosscheck");
}

/**
 * Where the cache lives by default: with the output, as `.crosscheck-cache` beside the reports
 * folder (check writes nowhere else), or in the user's cache folder when that place is among the
 * inputs. Never among the articles or claims: `check .` run inside an articles folder writes nothing there.
 */
export function defaultCacheDir(
  out: string,
  inputs: ReadonlyArray<WalkedInput>,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const beside = join(dirname(realPath(out)), ".crosscheck-cache");
  return overlappingInput(beside, inputs) === null &&
    !inputs.some((i) => i.walked.files.some((f) => dirname(f) === dirname(beside)))
    ? beside
    : userCacheDir(env);
}

/** Whether a process with this id is running (a signal 0 reaches it, or it exists but is not ours). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes what killed runs left beside `target`: its `.tmp-PID` and `.old-PID` folders whose run
 * is no longer running, and only those that are crosscheck's (they hold the reports marker), so
 * that a folder of the user's that happens to be named so, or a running run's, is never touched.
 */
function removeLeftovers(target: string): void {
  const parent = dirname(target);
  const prefix = `${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const m = /^(?:tmp|old)-(\d+)$/.exec(name.slice(prefix.length));
    if (!name.startsWith(prefix) || !m || Number(m[1]) === process.pid || running(Number(m[1]))) continue;
    const dir = join(parent, name);
    if (
      !lstatSync(dir, { throwIfNoEntry: false })?.isDirectory() ||
      !lstatSync(join(dir, REPORTS_MARKER), { throwIfNoEntry: false })?.isFile()
    )
      continue;
    try {
      // A run killed (or failed) between its two renames left the previous reports under .old-PID
      // and no output folder: they are put back, not removed.
      if (name.slice(prefix.length).startsWith("old-") && !existsSync(target)) {
        renameSync(dir, target);
        continue;
      }
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // another run may be removing it too; what is left is tried again next time
    }
  }
}

/** File-system steps of the swap, replaceable by a test that makes one of them fail. */
export const swapSteps = {
  rename: renameSync,
  remove: (dir: string): void => rmSync(dir, { recursive: true, force: true }),
};

/**
 * Writes every report into a fresh folder beside `target` as it is made; returns the sink, or
 * the error message when the reports could not be written (the fresh folder is removed then).
 */
async function writeFresh(
  out: string,
  target: string,
  tmp: string,
  write: (sink: FolderSink) => void,
  manifest: ReportManifest | null,
): Promise<FolderSink | string> {
  let sink: FolderSink | undefined;
  try {
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    writeFileSync(join(tmp, REPORTS_MARKER), MARKER_TEXT);
    // Files that come out the same as in the previous reports are linked, not written again.
    sink = new FolderSink(tmp, existsSync(target) ? target : null, manifest?.load(), manifest !== null);
    write(sink);
    await sink.finish();
    const problem = outFolderProblem(target);
    if (problem) throw new Error(`refusing to write: ${problem}`);
    return sink;
  } catch (e) {
    await sink?.abandon();
    removeQuietly(tmp);
    // A reporter's own bug is a bug, not a folder that cannot be written.
    if ((e as NodeJS.ErrnoException).code === undefined && !(e as Error).message.startsWith("refusing to write"))
      throw e;
    return existsSync(target) ? kept(out, (e as Error).message) : `${(e as Error).message}; no reports were written`;
  }
}

const kept = (out: string, why: string): string => `${why}; the previous reports in ${out} are unchanged`;

function removeQuietly(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // the temporary folder could not be made either, or a later run removes it
  }
}

/** Puts the fresh folder in the place of `target`; the error message when it could not, or null. */
function swapIn(out: string, target: string, tmp: string, old: string): string | null {
  let moved = false;
  try {
    if (existsSync(target)) {
      swapSteps.rename(target, old);
      moved = true;
    }
    swapSteps.rename(tmp, target);
  } catch (e) {
    const why = (e as Error).message;
    if (moved) {
      try {
        swapSteps.rename(old, target);
      } catch (e2) {
        // Neither folder could be put in place: say where each one is, and leave both.
        return `${why}; putting the previous reports back failed too (${(e2 as Error).message}): they are in ${old}, the new ones in ${tmp}`;
      }
    }
    removeQuietly(tmp);
    return existsSync(target) ? kept(out, why) : `${why}; no reports were written`;
  }
  return null;
}

/**
 * Writes every report into a fresh folder as it is made, then swaps the folder in: a failure
 * leaves the old reports in place, and the message says truthfully which folder is there.
 * Returns the error message when the reports could not be written, or null.
 */
export async function writeReports(
  out: string,
  write: (sink: FolderSink) => void,
  manifest: ReportManifest | null,
): Promise<string | null> {
  // Through a link to the folder, the folder is replaced, not the link.
  const target = realPath(out);
  removeLeftovers(target);
  const tmp = `${target}.tmp-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  const sink = await writeFresh(out, target, tmp, write, manifest);
  if (typeof sink === "string") return sink;
  const failed = swapIn(out, target, tmp, old);
  if (failed !== null) return failed;
  manifest?.save(sink.manifest);
  // The new reports are in place: the old folder that cannot be removed (read-only) is no failure
  // of this run; a later run removes it.
  try {
    swapSteps.remove(old);
  } catch {
    // left for the next run
  }
  return null;
}
