import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vsv } from "../support/cli.js";
import { openDuoStore, region, row, seriesExample, keys } from "../support/duo-store.js";
import { removeTempDirs, tempDir } from "../support/temp-dirs.js";

/** The worked example of test/support/duo-store.ts (institution 27GZ, 2022-2023) and a small region 28. */
let dir: string;
beforeAll(async () => {
  dir = tempDir("vsv-duo-cli-");
  const s = await openDuoStore({ dataDir: dir, teljaar: "2022-2023" });
  await seriesExample(s);
  await s.nrsp("definitive", keys(1, 4).map((k) => row(k, { level: "MBO-4" })), { scope: region("28") });
  await s.nenr("definitive", [row("000000001", { level: "MBO-4" })], { scope: region("28") });
  s.close();
});
afterAll(removeTempDirs);

const base = () => ["--data-dir", dir, "--teljaar", "2022-2023"];

describe("vsv duo figures", () => {
  it("gives the total as JSON: definitive by default, with the preliminary figures beside it", async () => {
    const r = await vsv("duo", "figures", ...base(), "--institution", "27gz", "--format", "json");
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows).toEqual([
      {
        scope_kind: "institution",
        scope_code: "27GZ",
        teljaar: "2022-2023",
        stage: "definitive",
        start_population: 8,
        vsv: 2,
        vsv_pct: 25,
        vsv_not_in_start_population: 1,
        preliminary_start_population: 6,
        preliminary_vsv: 2,
        preliminary_vsv_pct: 33.33,
        preliminary_vsv_not_in_start_population: 0,
      },
    ]);
  });

  it("gives level rows with the norm and whether it is met", async () => {
    const r = await vsv("duo", "figures", ...base(), "--institution", "27GZ", "--by", "level", "--stage", "definitive", "--format", "json");
    const rows = JSON.parse(r.stdout);
    expect(Object.keys(rows[0])).toEqual([
      "scope_kind", "scope_code", "teljaar", "stage", "level", "level_name", "start_population", "vsv", "vsv_pct", "vsv_not_in_start_population",
      "norm", "norm_met", "preliminary_start_population", "preliminary_vsv", "preliminary_vsv_pct", "preliminary_vsv_not_in_start_population",
    ]);
    expect(rows.map((x: { level: string; norm: number | null; norm_met: boolean | null }) => [x.level, x.norm, x.norm_met])).toEqual([
      ["MBO-2", 9.45, true],
      ["MBO-3", 3.8, null],
      ["MBO-4", 3.17, null],
    ]);
  });

  it("renders a table and says on stderr which stage and files it used", async () => {
    const r = await vsv("duo", "figures", ...base(), "--institution", "27GZ", "--by", "level");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("vsv duo figures institution 27GZ 2022-2023, definitive (definitive files imported), preliminary figures beside them");
    expect(r.stderr).toContain("1 vsv'er(s) of the NenR are not in the NRSP");
    const [header, rule, ...lines] = r.stdout.trimEnd().split("\n");
    expect(header).toMatch(/^level\s+level_name\s+start_population\s+vsv\s+vsv_pct/);
    expect(rule).toMatch(/^-+ +-+/);
    expect(lines).toHaveLength(3);
  });

  it("writes CSV", async () => {
    const r = await vsv("duo", "figures", ...base(), "--region", "28", "--format", "csv");
    expect(r.stdout).toBe("scope_kind,scope_code,teljaar,stage,start_population,vsv,vsv_pct,vsv_not_in_start_population\nregion,28,2022-2023,definitive,4,1,25,0\n");
  });

  it("fails with a message that says what to do", async () => {
    const none = await vsv("duo", "figures", ...base());
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/Say whose files: --institution 27GZ, --region 28 or --municipality 0363/);
    const two = await vsv("duo", "figures", ...base(), "--institution", "27GZ", "--region", "28");
    expect(two.stderr).toMatch(/Give one scope, not --institution and --region/);
    const badRegion = await vsv("duo", "figures", ...base(), "--region", "x9");
    expect(badRegion.stderr).toMatch(/Region "x9" is not an RMC region number/);
    const badBrin = await vsv("duo", "figures", ...base(), "--institution", "GZ27");
    expect(badBrin.stderr).toMatch(/Institution "GZ27" is not a BRIN/);
    const by = await vsv("duo", "figures", ...base(), "--institution", "27GZ", "--by", "province");
    expect(by.stderr).toMatch(/Breakdown "province" is not known/);
    const stage = await vsv("duo", "figures", ...base(), "--institution", "27GZ", "--stage", "final");
    expect(stage.stderr).toMatch(/Stage "final" is not valid/);
    const teljaar = await vsv("duo", "figures", "--data-dir", dir, "--institution", "27GZ");
    expect(teljaar.stderr).toMatch(/--teljaar is required/);
    const option = await vsv("duo", "figures", ...base(), "--institution", "27GZ", "--level", "4");
    expect(option.stderr).toMatch(/Unknown option '--level'/);
    for (const r of [two, badRegion, badBrin, by, stage, teljaar, option]) expect(r.code).toBe(1);
  });

  it("lists what is imported when nothing is for the scope or teljaar", async () => {
    const r = await vsv("duo", "figures", "--data-dir", dir, "--teljaar", "2023-2024", "--municipality", "363");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("No DUO files are imported for municipality 0363, teljaar 2023-2024. Imported:");
    expect(r.stderr).toContain("  institution 27GZ 2022-2023: NRSP definitive, NRSP preliminary, NenR definitive, NenR preliminary, A05 2022-11, A04 ×11 (2022-10 … 2023-09), A14 ×3 (2023-10 … 2023-12)");
    expect(r.stderr).toContain("  region 28 2022-2023: NRSP definitive, NenR definitive");
    const region28 = await vsv("duo", "figures", ...base(), "--region", "28", "--stage", "preliminary");
    expect(region28.stderr).toMatch(/No preliminary NRSP and NenR is imported for region 28, teljaar 2022-2023/);
  });
});

describe("vsv duo reconcile", () => {
  it("gives one JSON object whose keys are the five kinds, each an array of persons; notes on stderr", async () => {
    const r = await vsv("duo", "reconcile", ...base(), "--institution", "27GZ", "--format", "json");
    expect(r.code, r.stderr).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(Object.keys(rec)).toEqual(["in_nenr_not_in_nrsp", "signalled_not_in_nenr", "in_nenr_never_signalled", "duplicates", "changed_preliminary_to_definitive"]);
    expect(Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, (v as unknown[]).length]))).toEqual({ in_nenr_not_in_nrsp: 1, signalled_not_in_nenr: 3, in_nenr_never_signalled: 2, duplicates: 2, changed_preliminary_to_definitive: 3 });
    expect(rec.signalled_not_in_nenr[0]).toEqual({ person_key: "000000002", level: "MBO-2", first_month: "2022-11", last_month: "2022-12", months_listed: 2, reason: "returned" });
  });

  it("prints counts per kind as a table, without person numbers", async () => {
    const r = await vsv("duo", "reconcile", ...base(), "--institution", "27GZ");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^kind\s+detail\s+count/);
    expect(r.stdout).toMatch(/signalled_not_in_nenr\s+returned\s+2/);
    expect(r.stdout).not.toMatch(/00000000\d/);
    expect(r.stderr).toContain("note: signals: not imported: A04 2023-02");
  });

  it("rejects CSV", async () => {
    const r = await vsv("duo", "reconcile", ...base(), "--institution", "27GZ", "--format", "csv");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Format "csv" is not valid: use table or json/);
  });
});

describe("vsv duo signals", () => {
  it("gives fifteen months as JSON, a missing month with nulls", async () => {
    const r = await vsv("duo", "signals", ...base(), "--institution", "27GZ", "--format", "json");
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows).toHaveLength(15);
    expect(rows[1]).toEqual({
      series: "A04", report_month: "2022-11", status: "imported", possible_vsv: 2, new_on_list: 2, without_person_key: 0,
      start_set: 10, start_set_source: "A05", share_pct: 20, end_as_vsv: 1, returned: 1, still_listed_not_vsv: 0,
      absence_statutory: 1, absence_non_statutory: null, outflow_reasons: { "01": 1, "02": 1 }, reasons: { "GEEN INSCHRIJVING": 2 },
      file_name: "202212A04I27GZ.csv",
    });
    expect(rows[4]).toMatchObject({ report_month: "2023-02", status: "missing", possible_vsv: null, outflow_reasons: null });
  });

  it("renders a table with the reasons as columns", async () => {
    const r = await vsv("duo", "signals", ...base(), "--institution", "27GZ");
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^series\s+report_month\s+status\s+possible_vsv/);
    expect(lines[0]).toContain("outflow_reasons.01");
    expect(lines).toHaveLength(17);
    expect(lines[6]).toMatch(/^A04\s+2023-02\s+missing\s*$/);
  });

  it("says a region has no monthly lists", async () => {
    const r = await vsv("duo", "signals", ...base(), "--region", "28");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/No A04 or A14 is imported for region 28/);
  });
});

describe("vsv duo files", () => {
  it("lists the imported files", async () => {
    const r = await vsv("duo", "files", "--data-dir", dir, "--format", "json");
    expect(r.code, r.stderr).toBe(0);
    const files = JSON.parse(r.stdout);
    expect(files).toHaveLength(21);
    expect(files[0]).toMatchObject({ kind: "NRSP", teljaar: "2022-2023", stage: "definitive", scope_kind: "institution", scope_code: "27GZ", file_name: "NRSP2023DI27GZ.csv", rows: 8, warnings: 0 });
    const region28 = JSON.parse((await vsv("duo", "files", "--data-dir", dir, "--region", "28", "--format", "json")).stdout);
    expect(region28.map((f: { file_name: string }) => f.file_name)).toEqual(["NRSP2023DR28.csv", "NenR2023DR28.csv"]);
  });

  it("renders a table, and the import log with --log", async () => {
    const t = await vsv("duo", "files", "--data-dir", dir, "--teljaar", "2022-2023");
    expect(t.stdout).toMatch(/^kind\s+teljaar\s+report_month\s+stage/);
    expect(t.stdout).not.toContain("checksum");
    const log = JSON.parse((await vsv("duo", "files", "--data-dir", dir, "--log", "--format", "json")).stdout);
    expect(log).toHaveLength(21);
    expect(log[0]).toMatchObject({ log_id: 1, outcome: "new", replaced_checksum: null });
  });

  it("says when nothing is imported for a selection", async () => {
    const r = await vsv("duo", "files", "--data-dir", dir, "--institution", "25LX", "--format", "json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toMatch(/No DUO files are imported for that selection/);
  });
});
