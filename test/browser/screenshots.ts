// `npm run screenshots`: the pictures of the HTML report in the README (docs/screenshots/), made
// from the demo corpus's report in headless chromium: the top of the page (the summary), the
// first finding of the most serious kind, and the first chart. Run it again when the look changes.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { CHROMIUM, hasChromium, openChromium } from "./chromium.js";

const root = join(import.meta.dirname, "..", "..");
const shots = join(root, "docs", "screenshots");

async function main(): Promise<void> {
  if (!hasChromium())
    throw new Error(`no browser at ${CHROMIUM}: apt-get install chromium, or set CROSSCHECK_CHROMIUM`);
  const out = mkdtempSync(join(tmpdir(), "crosscheck-shots-"));
  try {
    const reports = join(out, "reports");
    const run = spawnSync(
      process.execPath,
      [
        join(root, "dist", "bundle", "cli.js"),
        "check",
        "articles",
        "--claims",
        "claims",
        "--out",
        reports,
        "--format",
        "html",
        "--no-cache",
        "--fail-on",
        "never",
        "--quiet",
      ],
      { cwd: root, encoding: "utf8" },
    );
    if (run.status !== 0) throw new Error(`crosscheck check failed (${run.status}): ${run.stderr}${run.stdout}`);
    mkdirSync(shots, { recursive: true });
    const browser = await openChromium({ width: 1100, height: 760 });
    try {
      const page = await browser.context.newPage();
      await page.goto(pathToFileURL(join(reports, "index.html")).href);
      await page.screenshot({ path: join(shots, "index.png"), timeout: 20_000 });
      const finding = page.locator("article.finding.error, article.finding.warning").first();
      await finding.screenshot({ path: join(shots, "finding.png"), timeout: 20_000 });
      // The chart with the most points shows the most of what a chart does.
      const points = await page.$$eval("#charts figure", (figs) =>
        figs.map((f) => f.querySelectorAll("text[data-label]").length),
      );
      const richest = points.indexOf(Math.max(...points));
      await page
        .locator("#charts figure")
        .nth(richest)
        .screenshot({ path: join(shots, "chart.png"), timeout: 20_000 });
    } finally {
      await browser.close();
    }
    console.log(
      `wrote ${["index.png", "finding.png", "chart.png"].map((f) => join("docs", "screenshots", f)).join(", ")}`,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

await main();
