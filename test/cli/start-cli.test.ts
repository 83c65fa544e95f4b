import { afterAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { vsv } from "../support/cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "vsv-start-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("vsv start (what npm start runs)", () => {
  it("on an empty data directory generates, imports, computes and prints the national series", async () => {
    const r = await vsv("start", "--data-dir", dir, "--scale", "0.005", "--quiet");
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(path.join(dir, "register", "persons.csv"))).toBe(true);
    expect(existsSync(path.join(dir, "register", "register.csv"))).toBe(true);
    const lines = r.stdout.split("\n").filter((l) => /^\d{4}-\d{4}\s/.test(l));
    // Ten teljaren (2015-2016 … 2024-2025, as register.csv declares), two definitions each.
    expect(lines).toHaveLength(20);
    expect(lines[0]).toMatch(/^2015-2016\s+23\s+definitive\s+true/);
    expect(lines.at(-1)).toMatch(/^2024-2025\s+27\s+definitive\s+false/);
  }, 180_000);

  it("reuses the data the second time", async () => {
    const r = await vsv("start", "--data-dir", dir, "--quiet");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/generating/i);
    expect(r.stdout.split("\n").filter((l) => /^\d{4}-\d{4}\s/.test(l))).toHaveLength(20);
  }, 60_000);
});
