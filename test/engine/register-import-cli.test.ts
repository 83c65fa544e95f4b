import { afterAll, describe, expect, it } from "vitest";
import { PassThrough } from "node:stream";
import { runCli } from "../../src/cli/main.js";
import { BSN, editFile, removeTempDirs, replaceIn, snapshot, tempDir, writeValidRegister } from "./fixtures/register/helpers.js";

afterAll(removeTempDirs);

async function vsv(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = "";
  let stderr = "";
  out.on("data", (c: Buffer) => (stdout += c.toString()));
  err.on("data", (c: Buffer) => (stderr += c.toString()));
  const code = await runCli(args, { stdout: out, stderr: err, interactive: false });
  return { code, stdout, stderr };
}

describe("vsv import register", () => {
  it("imports a register, prints the counts, and says unchanged the second time", async () => {
    const dataDir = tempDir();
    const folder = writeValidRegister();
    const first = await vsv("import", "register", folder, "--data-dir", dataDir);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Imported register [0-9a-f]{12} from /);
    expect(first.stdout).toMatch(/enrolments\s+4\n/);
    const second = await vsv("import", "register", folder, "--data-dir", dataDir);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^Register unchanged/);
    expect(second.stdout).toMatch(/persons\s+3\n/);
  });

  it("exits non-zero, prints every problem on stderr and leaves the store as it was", async () => {
    const dataDir = tempDir();
    await vsv("import", "register", writeValidRegister(), "--data-dir", dataDir, "--quiet");
    const before = await snapshot(dataDir);
    const folder = writeValidRegister();
    editFile(folder, "persons.csv", (t) => `${t}123456789,2001-01-01,V\n`);
    replaceIn(folder, "persons.csv", "2006-05-01", "2023-02-30");
    replaceIn(folder, "residences.csv", ",0599,", ",9999,");
    const r = await vsv("import", "register", folder, "--data-dir", dataDir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('persons.csv, line 3, column birth_date, value "2023-02-30": not a valid date');
    expect(r.stderr).toContain('persons.csv, line 5, column person_id, value "12*******"');
    expect(r.stderr).toContain('residences.csv, line 5, column municipality_code, value "9999"');
    expect(r.stderr).toMatch(/rejected, nothing was changed: 3 problems found/);
    expect(r.stderr).not.toContain("123456789");
    expect(r.stderr).not.toContain(BSN);
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it("says when the list was cut at --max-problems", async () => {
    const folder = writeValidRegister();
    editFile(folder, "persons.csv", (t) => t.replaceAll(/,(\d{4})-/g, ",$1/"));
    const r = await vsv("import", "register", folder, "--data-dir", tempDir(), "--max-problems", "1");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/and more: only the first 1 are listed/);
  });

  it("rejects a missing folder argument and a folder that does not exist", async () => {
    const none = await vsv("import", "register", "--data-dir", tempDir());
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/give exactly one register folder/);
    const missing = await vsv("import", "register", "/nonexistent/register", "--data-dir", tempDir());
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/is not a folder/);
  });

  it("shows progress per step on stderr unless --quiet", async () => {
    const folder = writeValidRegister();
    const loud = await vsv("import", "register", folder, "--data-dir", tempDir());
    expect(loud.stderr).toMatch(/Loading enrolments\.csv: 4 rows/);
    const quiet = await vsv("import", "register", folder, "--data-dir", tempDir(), "--quiet");
    expect(quiet.stderr).toBe("");
  });
});
