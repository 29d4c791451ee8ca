// Every report format. A reporter is one file exporting `reporter` (reporter.ts) and one line
// here: its name, whether `check --format` writes it into the reports folder, whether
// `check --output-format` prints it, and how it is loaded (when a run uses it: the command line
// lists the formats without loading any reporter). --format lists the writers in this order,
// --output-format the printers.
import type { Reporter } from "./reporter.js";

interface Entry {
  name: string;
  writes: boolean;
  prints: boolean;
  load(): Promise<{ reporter: Reporter }>;
}

export const REPORTERS = [
  { name: "markdown", writes: true, prints: false, load: () => import("./markdown.js") },
  { name: "human", writes: false, prints: true, load: () => import("./terminal.js") },
  { name: "compact", writes: false, prints: true, load: () => import("./compact.js") },
  { name: "json", writes: true, prints: true, load: () => import("./json.js") },
  { name: "sarif", writes: true, prints: true, load: () => import("./sarif.js") },
  { name: "html", writes: true, prints: false, load: () => import("./html.js") },
  { name: "github", writes: false, prints: true, load: () => import("./github.js") },
] as const satisfies readonly Entry[];

type Registered = (typeof REPORTERS)[number];
type Writer = Extract<Registered, { writes: true }>;
type Printer = Extract<Registered, { prints: true }>;

/** The report files `check --format` can write. */
export type Format = Writer["name"];
/** What `check --output-format` can print. */
export type OutputFormat = Printer["name"];

export const FORMATS: readonly Format[] = REPORTERS.filter((e): e is Writer => e.writes).map((e) => e.name);
export const OUTPUT_FORMATS: readonly OutputFormat[] = REPORTERS.filter((e): e is Printer => e.prints).map(
  (e) => e.name,
);

/** The reporters of these formats, loaded, in the registry's order. */
export async function loadReporters(names: readonly string[]): Promise<Reporter[]> {
  return Promise.all(REPORTERS.filter((e) => names.includes(e.name)).map(async (e) => (await e.load()).reporter));
}
