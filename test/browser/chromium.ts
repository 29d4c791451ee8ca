// Debian's chromium driven by playwright-core, for the tests that need a real browser and for
// the screenshots. Never a downloaded browser: the system's, with a fresh profile, no network
// services, no first-run or sync.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Where Debian's package puts it; CROSSCHECK_CHROMIUM names another. */
export const CHROMIUM = process.env.CROSSCHECK_CHROMIUM ?? "/usr/bin/chromium";

export const hasChromium = (): boolean => existsSync(CHROMIUM);

export const NO_CHROMIUM = `no browser at ${CHROMIUM}: the HTML report's browser tests are skipped (apt-get install chromium, or set CROSSCHECK_CHROMIUM)`;

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A headless chromium with a fresh profile folder; close() ends it and removes the folder. */
export async function openChromium(
  viewport = { width: 1200, height: 900 },
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "crosscheck-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
    timeout: 30_000,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
