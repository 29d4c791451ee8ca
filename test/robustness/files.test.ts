// Files as they come: every one is either read correctly or reported as `path: error: reason`,
// and the others are still checked.
import { execFileSync, spawnSync } from "node:child_process";
import {
  mkdtempSync,
  mkdirSync,
  openSync,
  closeSync,
  ftruncateSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/corpus/article.js";
import { expandPaths } from "../../src/corpus/files.js";
import { extract } from "../../src/extract/extract.js";

const dir = mkdtempSync(join(tmpdir(), "crosscheck-files-"));
const write = (name: string, data: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const claimsOf = (path: string): Array<{ text: string; line: number; column: number }> => {
  const { article } = readArticle(path, "en");
  return extract({ path, text: article!.text, lang: "en" }).map((c) => ({
    text: c.text,
    line: c.span!.line,
    column: c.span!.column,
  }));
};

describe("reading article files", () => {
  it("reads an empty file as an article without claims", () => {
    const r = readArticle(write("empty.md", ""));
    expect(r.errors).toEqual([]);
    expect(r.article?.text).toBe("");
  });

  it("reports a binary file", () => {
    const p = write("image.md", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    expect(readArticle(p).errors.map((e) => e.message)).toEqual([
      "not valid UTF-8 or UTF-16 text (binary file or another encoding?)",
    ]);
    const q = write("nul.md", "text\u0000more");
    expect(readArticle(q).errors.map((e) => e.message)).toEqual(["binary file (contains NUL bytes)"]);
  });

  it("reports invalid UTF-8 (a Latin-1 file)", () => {
    const p = write("latin1.md", new Uint8Array([0x4d, 0xe4, 0x6e, 0x6e, 0x65, 0x72])); // "Männer" in Latin-1
    expect(readArticle(p).errors[0]?.message).toMatch(/not valid UTF-8/);
  });

  it("reads UTF-8 with a BOM, and UTF-16 LE and BE with a BOM", () => {
    const text = "More than 200,000 men fled.";
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
    const be = Buffer.from(text, "utf16le").swap16();
    for (const [name, bytes] of [
      ["bom8.md", new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text)])],
      ["le.md", le],
      ["be.md", new Uint8Array([0xfe, 0xff, ...be])],
    ] as const) {
      expect(claimsOf(write(name, bytes)), name).toEqual([{ text: "More than 200,000", line: 1, column: 1 }]);
    }
  });

  it("counts lines right with CRLF and CR line ends", () => {
    expect(claimsOf(write("crlf.md", "Title\r\n\r\nSome 300 men fled.\r\n"))).toEqual([
      { text: "Some 300", line: 3, column: 1 },
    ]);
    expect(claimsOf(write("cr.md", "Title\r\rSome 300 men fled.\r"))).toEqual([
      { text: "Some 300", line: 3, column: 1 },
    ]);
  });

  it("reports an article too large to be one (a 100 MB file)", () => {
    const p = join(dir, "huge.md");
    const fd = openSync(p, "w");
    ftruncateSync(fd, 100 * 1024 * 1024); // sparse: costs no disk
    closeSync(fd);
    expect(readArticle(p).errors.map((e) => e.message)).toEqual([
      "too large to be an article: 100.0 MB (the limit is 64.0 MB)",
    ]);
  });

  it("reads names with spaces and non-ASCII letters", () => {
    const p = write(
      "Männer über die Grenze – Bericht.md",
      "---\nlang: de\n---\nMehr als 200.000 Männer sind geflohen.\n",
    );
    const r = readArticle(p);
    expect(r.errors).toEqual([]);
    expect(
      extract({ path: p, text: r.article!.text, lang: r.article!.lang, bodyStart: r.article!.bodyStart })[0]?.value,
    ).toBe(200000);
  });

  it("reports a missing file and a symlink loop, and still lists the rest", () => {
    const loopDir = join(dir, "loops");
    mkdirSync(loopDir);
    writeFileSync(join(loopDir, "good.md"), "Some 300 men fled.");
    symlinkSync(join(loopDir, "a.md"), join(loopDir, "b.md"));
    symlinkSync(join(loopDir, "b.md"), join(loopDir, "a.md"));
    const { files, errors } = expandPaths([loopDir, join(dir, "missing.md")]);
    expect(files.map((f) => f.split("/").pop())).toEqual(["good.md"]);
    expect(errors.map((e) => `${e.file.split("/").pop()}: ${e.message}`)).toEqual([
      "a.md: cannot read: symbolic link loop",
      "b.md: cannot read: symbolic link loop",
      "missing.md: cannot read: no such file or folder",
    ]);
  });

  it("reports a named pipe and a link to a device as not regular files, and lists the rest", () => {
    const special = join(dir, "special");
    mkdirSync(special);
    writeFileSync(join(special, "good.md"), "Some 300 men fled.");
    execFileSync("mkfifo", [join(special, "pipe.md")]);
    symlinkSync("/dev/zero", join(special, "zero.md"));
    symlinkSync("/dev/null", join(special, "null.txt"));
    execFileSync("mkfifo", [join(special, "pipe.log")]); // not an article's extension: not listed, not an error
    const { files, errors, real } = expandPaths([special]);
    expect(files.map((f) => f.split("/").pop())).toEqual(["good.md"]);
    expect(real.files).toEqual([realpathSync(join(special, "good.md"))]);
    expect(errors.map((e) => `${e.file.split("/").pop()}: ${e.message}`)).toEqual([
      "null.txt: not a regular file",
      "pipe.md: not a regular file",
      "zero.md: not a regular file",
    ]);
    // Given by name, too.
    expect(expandPaths([join(special, "pipe.md")]).errors.map((e) => e.message)).toEqual(["not a regular file"]);
  });

  it("reads no pipe or device even when asked to read one directly (no wait for a writer, no endless read)", () => {
    const pipe = join(dir, "direct-pipe.md");
    execFileSync("mkfifo", [pipe]);
    const zero = join(dir, "direct-zero.md");
    symlinkSync("/dev/zero", zero);
    for (const p of [pipe, zero])
      expect(readArticle(p)).toEqual({
        article: null,
        errors: [{ file: p, line: 0, column: 0, message: "not a regular file" }],
      });
    expect(readArticle(dir).errors.map((e) => e.message)).toEqual(["cannot read: is a folder"]);
  });

  it("reads an article through a symbolic link to a regular file", () => {
    const target = write("target.md", "Some 300 men fled.");
    const link = join(dir, "link.md");
    symlinkSync(target, link);
    expect(readArticle(link, "en").article?.text).toBe("Some 300 men fled.");
  });

  // Root reads everything, so as root the same case runs `check` as the unprivileged user
  // nobody (uid 65534), which cannot read a file with mode 000 (where nobody can reach the
  // project's files at all: a clone under a private folder is out of its reach).
  const cliPath = join(import.meta.dirname, "../../dist/bundle/cli.js");
  const nobodyCanRunCheck =
    process.getuid?.() === 0 &&
    spawnSync(process.execPath, ["-e", `require("fs").accessSync(${JSON.stringify(cliPath)}, 4)`], {
      uid: 65534,
      gid: 65534,
    }).status === 0;
  it.skipIf(!nobodyCanRunCheck)(
    "reports a file it may not read and checks the rest (as root: check runs as nobody)",
    async () => {
      const { chmodSync } = await import("node:fs");
      const work = mkdtempSync(join(tmpdir(), "crosscheck-perm-"));
      chmodSync(work, 0o777);
      mkdirSync(join(work, "articles"));
      chmodSync(join(work, "articles"), 0o755);
      writeFileSync(join(work, "articles", "open.md"), "More than 300 men fled.\n");
      writeFileSync(join(work, "articles", "secret.md"), "Some 300 men fled.\n");
      chmodSync(join(work, "articles", "open.md"), 0o644);
      chmodSync(join(work, "articles", "secret.md"), 0o000);
      const r = spawnSync(
        process.execPath,
        [cliPath, "check", "articles", "--claims", "none", "--out", "reports", "--quiet", "--no-cache"],
        {
          cwd: work,
          uid: 65534,
          gid: 65534,
          encoding: "utf8",
          env: { PATH: process.env.PATH ?? "", CI: "1" },
        },
      );
      expect(r.stdout).toContain("articles/secret.md: error: cannot read: permission denied");
      expect(r.status).toBe(2);
      const findings = JSON.parse(
        (await import("node:fs")).readFileSync(join(work, "reports", "findings.json"), "utf8"),
      ) as { claims: Array<{ article: string; text: string }> };
      expect(findings.claims.map((c) => [c.article, c.text])).toEqual([["articles/open.md", "More than 300"]]);
    },
  );

  it.skipIf(process.getuid?.() === 0)(
    "reports a file it may not read (not testable as root, which reads everything)",
    async () => {
      const { chmodSync } = await import("node:fs");
      const p = write("secret.md", "Some 300 men fled.");
      chmodSync(p, 0o000);
      expect(readArticle(p).errors[0]?.message).toBe("cannot read: permission denied");
    },
  );
});
