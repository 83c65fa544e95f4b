/**
 * `vsv import duo` publishes: servers read snapshots only (docs/publication.md), so an import that adds or replaces a
 * file on a data folder with computed figures makes a new snapshot current, and an import that changes nothing does not.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { vsv } from "../support/cli.js";
import { demoData } from "../support/demo-data.js";
import { removeTempDirs, tempDir } from "../support/temp-dirs.js";

afterAll(removeTempDirs);

const pointerOf = (dataDir: string) => JSON.parse(readFileSync(path.join(dataDir, "snapshots", "current.json"), "utf8")) as { id: string };

describe("vsv import duo publishes a new snapshot", () => {
  it("after a replaced file, and not after an unchanged one", async () => {
    const dataDir = demoData(path.join(tempDir("vsv-duo-publish-"), "data"));
    const before = pointerOf(dataDir).id;
    const institution = readdirSync(path.join(dataDir, "duo-demo")).find((f) => f.startsWith("I"))!;
    const folder = path.join(dataDir, "duo-demo", institution);

    const same = await vsv("import", "duo", folder, "--data-dir", dataDir);
    expect(same.code, same.stderr).toBe(0);
    expect(pointerOf(dataDir).id).toBe(before);

    const linesOf = (f: string) => readFileSync(path.join(folder, f), "utf8").trimEnd().split(/\r?\n/);
    const a04 = readdirSync(folder).filter((f) => f.includes("A04")).sort((a, b) => linesOf(b).length - linesOf(a).length)[0]!;
    const lines = linesOf(a04);
    expect(lines.length).toBeGreaterThan(2);
    writeFileSync(path.join(folder, a04), `${lines.slice(0, -1).join("\r\n")}\r\n`);
    const changed = await vsv("import", "duo", path.join(folder, a04), "--data-dir", dataDir);
    expect(changed.code, changed.stderr).toBe(0);
    expect(changed.stdout).toContain("1 replaced");
    expect(changed.stderr).toMatch(/Published snapshot /);
    expect(pointerOf(dataDir).id).not.toBe(before);
  });
});
