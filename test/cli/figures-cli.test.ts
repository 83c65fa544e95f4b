import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { diploma, enrolment, person, residence, status } from "../support/register-builder.js";
import { loadRegisterDirect } from "../support/register-builder.js";
import { withDatabase } from "../../src/engine/database.js";
import { vsv } from "../support/cli.js";

/**
 * A small register over two teljaren: Amsterdam (region 21) and Leeuwarden (region 04),
 * mbo and vo, a vsv'er per teljaar and some exclusions.
 */
const people = [
  person("A1", "2005-01-01", { enrolments: [enrolment({ enrolmentId: "A1-1", level: "2", start: "2021-08-01", end: "2023-01-31" })], residences: [residence("0363", "2005-01-01")] }),
  person("A2", "2005-02-01", { enrolments: [enrolment({ enrolmentId: "A2-1", level: "3", leerweg: "BBL", start: "2021-08-01", end: "2024-02-28" })], residences: [residence("0363", "2005-01-01")] }),
  person("A3", "2005-03-01", { enrolments: [enrolment({ enrolmentId: "A3-1", level: "4", start: "2021-08-01" })], residences: [residence("0363", "2005-01-01")] }),
  person("A4", "2005-04-01", { enrolments: [enrolment({ enrolmentId: "A4-1", level: "2", start: "2021-08-01", end: "2023-03-01" })], statuses: [status("EMIGRATED", "2023-03-02")], residences: [residence("0363", "2005-01-01")] }),
  person("L1", "2008-01-01", { enrolments: [enrolment({ enrolmentId: "L1-1", sector: "VO", level: "VMBO-BB", grade: 3, start: "2020-08-01", end: "2024-06-30" })], residences: [residence("0080", "2008-01-01")] }),
  person("L2", "2008-02-01", { enrolments: [enrolment({ enrolmentId: "L2-1", sector: "VO", level: "HAVO", grade: 4, start: "2020-08-01", end: "2024-07-31" })], diplomas: [diploma("HAVO", "2024-07-01")], residences: [residence("0080", "2008-01-01")] }),
  person("L3", "2007-02-01", { enrolments: [enrolment({ enrolmentId: "L3-1", sector: "VO", level: "VMBO-KB", grade: 4, start: "2019-08-01", end: "2023-07-31" }), enrolment({ enrolmentId: "L3-2", level: "2", start: "2023-08-15", end: "2023-12-01", recordedOn: "2024-01-10" })], residences: [residence("0080", "2007-01-01")] }),
];

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "vsv-cli-"));
  await withDatabase(dir, (db) => loadRegisterDirect(db.connection, people));
  const r = await vsv("compute", "--data-dir", dir, "--teljaar", "2022-2023,2023-2024", "--format", "json");
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("vsv compute / figures / persons / explain", () => {
  it("prints the runs it computed with start population and vsv per definition", async () => {
    const r = await vsv("compute", "--data-dir", dir, "--teljaar", "2023-2024", "--stage", "definitive", "--definition", "23", "--format", "json");
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows).toEqual([expect.objectContaining({ teljaar: "2023-2024", stage: "definitive", start_population_23: 5, vsv_23: 3 })]);
  });

  it("gives national figures as JSON with exclusions and the change against the previous teljaar", async () => {
    const r = await vsv("figures", "--data-dir", dir, "--teljaar", "2023-2024", "--format", "json");
    expect(r.code, r.stderr).toBe(0);
    const [row] = JSON.parse(r.stdout);
    // 2023-2024: A2 (left Feb 2024), A3, L1 (left June 2024), L2 (HAVO diploma), L3 (mbo-2, left Dec 2023) → vsv A2, L1, L3.
    expect(row).toMatchObject({ teljaar: "2023-2024", definition: 23, stage: "definitive", start_population: 5, vsv: 3, vsv_pct: 60 });
    expect(row.exclusions).toMatchObject({ UNFUNDED: 0, DECEASED_EMIGRATED: 0 });
    // 2022-2023: A1 vsv, A4 emigrated, A2, A3 continue; L1, L2, L3 in vo → 1 vsv
    expect(row.previous_vsv).toBe(1);
    expect(row.change).toBe(2);
    expect(row.change_pct).toBe(200);
  });

  it("splits by region and the parts add up to the national total", async () => {
    const r = await vsv("figures", "--data-dir", dir, "--teljaar", "2023-2024", "--by", "region", "--format", "json");
    const rows = JSON.parse(r.stdout) as { region: string; region_name: string; vsv: number; start_population: number }[];
    expect(rows.map((x) => x.region)).toEqual(["04", "21"]);
    expect(rows.find((x) => x.region === "21")?.region_name).toBe("Agglomeratie Amsterdam");
    expect(rows.reduce((s, x) => s + x.vsv, 0)).toBe(3);
    expect(rows.reduce((s, x) => s + x.start_population, 0)).toBe(5);
  });

  it("counts exclusions by kind", async () => {
    const r = await vsv("figures", "--data-dir", dir, "--teljaar", "2022-2023", "--format", "json");
    const [row] = JSON.parse(r.stdout);
    expect(row.vsv).toBe(1);
    expect(row.exclusions.DECEASED_EMIGRATED).toBe(1);
  });

  it("shows the preliminary stage without a late-recorded enrolment", async () => {
    const prelim = JSON.parse((await vsv("figures", "--data-dir", dir, "--teljaar", "2023-2024", "--stage", "preliminary", "--format", "json")).stdout)[0];
    expect(prelim.stage).toBe("preliminary");
    expect(prelim.vsv).toBe(3);
  });

  it("rejects an unknown breakdown and a badly written teljaar with a message that says what to use", async () => {
    const bad = await vsv("figures", "--data-dir", dir, "--teljaar", "2023-2024", "--by", "province");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Breakdown "province" is not known: use one or more of region, municipality/);
    const year = await vsv("figures", "--data-dir", dir, "--teljaar", "2023");
    expect(year.stderr).toMatch(/use "2023-2024"/);
    const missing = await vsv("figures", "--data-dir", dir, "--teljaar", "2019-2020");
    expect(missing.stderr).toMatch(/vsv compute --teljaar 2019-2020/);
  });

  it("lists every person of the register, and the list sums to the figures", async () => {
    const r = await vsv("persons", "--data-dir", dir, "--teljaar", "2023-2024", "--definition", "23", "--stage", "definitive", "--format", "csv");
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("person_id,in_start_population,vsv,exclusion,institution,location,level,leerweg,municipality_code,region,programme,sector,education_type,vo_mbo,labour_market_region,age,age_group,sex");
    expect(lines).toHaveLength(1 + people.length);
    const a1 = lines.find((l) => l.startsWith("A1,"));
    expect(a1?.split(",").slice(1, 4)).toEqual(["false", "false", ""]);
    const vsvRows = lines.filter((l) => l.split(",")[2] === "true");
    expect(vsvRows.map((l) => l.split(",")[0]).sort()).toEqual(["A2", "L1", "L3"]);
    const json = JSON.parse((await vsv("persons", "--data-dir", dir, "--teljaar", "2023-2024", "--format", "json", "--only", "vsv")).stdout);
    expect(json).toHaveLength(3);
    expect(json[0]).toMatchObject({ person_id: "A2", vsv: true, exclusion: "", institution: "27GZ", level: "3", leerweg: "BBL", municipality_code: "0363", region: "21" });
  });

  it("writes the list to a file with --out", async () => {
    const file = path.join(dir, "persons.csv");
    const r = await vsv("persons", "--data-dir", dir, "--teljaar", "2022-2023", "--out", file);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(file, "utf8").trim().split("\n")).toHaveLength(1 + people.length);
  });

  it("explains rule by rule why a person is counted, and that the stored result agrees", async () => {
    const r = await vsv("explain", "--data-dir", dir, "--person", "L3", "--teljaar", "2023-2024", "--definition", "23");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/2023-2024, younger than 23, preliminary .*: COUNTED AS NEW VSV'ER/);
    expect(r.stdout).toMatch(/\[x\] start.enrolment/);
    expect(r.stdout).toMatch(/main enrolment L3-2/);
    expect(r.stdout).toMatch(/\(agrees\)/);
    expect(r.stdout).not.toMatch(/DISAGREES/);
    const json = JSON.parse((await vsv("explain", "--data-dir", dir, "--person", "A4", "--teljaar", "2022-2023", "--format", "json")).stdout);
    expect(json[0]).toMatchObject({ exclusion: "DECEASED_EMIGRATED", vsv: false });
    const unknown = await vsv("explain", "--data-dir", dir, "--person", "NOBODY", "--teljaar", "2022-2023");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/not in the register/);
  });

  it("prints the national series for both definitions", async () => {
    const r = await vsv("series", "--data-dir", dir, "--format", "json");
    const rows = JSON.parse(r.stdout);
    expect(rows.map((x: { teljaar: string; definition: number }) => `${x.teljaar}/${x.definition}`)).toEqual(["2022-2023/23", "2022-2023/27", "2023-2024/23", "2023-2024/27"]);
    expect(rows[2]).toMatchObject({ vsv: 3, vo_vsv: 1, mbo_vsv: 2, official: true });
  });
});
