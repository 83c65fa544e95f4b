import { afterAll, describe, expect, it } from "vitest";
import { vsv } from "../support/cli.js";
import { removeTempDirs, tempDir } from "../support/temp-dirs.js";
import { INSTITUTION_DIR, OTHER_KINDS_DIR, REGION_DIR, brokenFile, duoSnapshot, institutionFile } from "../fixtures/duo/helpers.js";
import { P } from "../fixtures/duo/story.js";

afterAll(removeTempDirs);

describe("vsv import duo", () => {
  it("prints a table per file and the totals, then says unchanged the second time", async () => {
    const dataDir = tempDir();
    const first = await vsv("import", "duo", INSTITUTION_DIR, REGION_DIR, "--data-dir", dataDir, "--by", "rmc-haaglanden");
    expect(first.code).toBe(0);
    const lines = first.stdout.split("\n");
    expect(lines[0]).toMatch(/^file\s+kind\s+teljaar\s+month\s+stage\s+scope\s+rows\s+outcome\s+warnings$/);
    expect(first.stdout).toMatch(/NRSP2023DI27GZ\.csv\s+NRSP\s+2022-2023\s+definitive\s+institution 27GZ\s+16\s+new\s+1\n/);
    expect(first.stdout).toMatch(/202310A04I27GZ\.csv\s+A04\s+2022-2023\s+2023-09\s+institution 27GZ\s+3\s+new\s+0\n/);
    expect(first.stdout).toMatch(/NenR2023DR28\.csv\s+NenR\s+2022-2023\s+definitive\s+region 28\s+4\s+new\s+0\n/);
    expect(first.stdout).toMatch(/16 new, 0 replaced, 0 unchanged, 0 skipped; 85 rows and 2 warnings stored in .* by rmc-haaglanden\)/);
    const second = await vsv("import", "duo", INSTITUTION_DIR, "--data-dir", dataDir, "--quiet");
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/0 new, 0 replaced, 12 unchanged, 0 skipped; 0 rows and 0 warnings stored/);
    expect(second.stderr).toBe("");
  });

  it("writes the summary as JSON with --format json", async () => {
    const r = await vsv("import", "duo", institutionFile("202211A04I27GZ.csv"), "--data-dir", tempDir(), "--format", "json", "--quiet");
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.files).toEqual([
      expect.objectContaining({ kind: "A04", teljaar: "2022-2023", reportMonth: "2022-10", stage: null, scope: { kind: "institution", code: "27GZ" }, rows: 1, outcome: "new", warnings: 0 }),
    ]);
    expect(summary.counts).toEqual({ new: 1, replaced: 0, unchanged: 0, skipped: 0 });
  });

  it("notes skipped kinds on stderr and shows progress unless --quiet", async () => {
    const r = await vsv("import", "duo", OTHER_KINDS_DIR, institutionFile("202211A04I27GZ.csv"), "--data-dir", tempDir());
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/202211A01I27GZ\.csv: skipped, an A01/);
    expect(r.stderr).toMatch(/Reading 1 A04 file: 1 row\b/);
    expect(r.stdout).toMatch(/202211A01I27GZ\.csv\s+A01\s+skipped\s+0/);
  });

  it("exits non-zero, lists the problems on stderr and leaves the store as it was", async () => {
    const dataDir = tempDir();
    await vsv("import", "duo", INSTITUTION_DIR, "--data-dir", dataDir, "--quiet");
    const before = await duoSnapshot(dataDir);
    const r = await vsv("import", "duo", REGION_DIR, brokenFile("bad-date"), brokenFile("comma"), "--data-dir", dataDir, "--quiet");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('202303A04I27GZ.csv, line 3, column GEBOORTEDATUM, value "31-02-2004": not a real date');
    expect(r.stderr).toContain("NRSP2022DI27GZ.csv, line 1: the header has no ';' but seems to use ','");
    expect(r.stderr).toMatch(/vsv import duo: The DUO import was rejected, nothing was changed: 2 problems found/);
    expect(r.stderr).not.toContain(P.mohammed.bsn);
    expect(await duoSnapshot(dataDir)).toEqual(before);
  });

  it("says when the list was cut at --max-problems, and asks for files", async () => {
    const r = await vsv("import", "duo", brokenFile("bad-date"), brokenFile("comma"), "--data-dir", tempDir(), "--max-problems", "1");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/and more: only the first 1 are listed/);
    const none = await vsv("import", "duo", "--data-dir", tempDir());
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/give one or more DUO files or folders/);
  });
});
