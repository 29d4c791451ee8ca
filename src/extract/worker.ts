// A worker thread's task: analyse a batch of articles. Run by the piscina pool in parallel.ts.
import { analyse, type ExtractInput } from "./extract.js";

export default function analyseBatch(batch: ExtractInput[]): Array<ReturnType<typeof analyse>> {
  return batch.map((input) => analyse(input));
}
