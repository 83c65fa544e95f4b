import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { enrolment, loadRegisterDirect, person } from "../support/register-builder.js";
import { computeResults } from "../../src/engine/compute.js";
import { defaultNormTeljaar, normRows, sectorNorms } from "../../src/engine/steering-norms.js";
import { parseTeljaar } from "../../src/domain/teljaar.js";
import type { PersonFacts } from "../../src/domain/register.js";
import type { Run } from "../../src/engine/runs.js";

const T = parseTeljaar("2022-2023");

/** `n` people at an institution in one sort of education, the first `left` of whom leave in June 2023 without a diploma. */
function group(prefix: string, n: number, left: number, e: { institution: string; sector: "MBO" | "VO"; level: string }): PersonFacts[] {
  return Array.from({ length: n }, (_, i) =>
    person(`${prefix}${i}`, "2005-03-01", {
      enrolments: [enrolment({ ...e, leerweg: e.sector === "MBO" ? "BOL" : null, start: "2021-08-01", end: i < left ? "2023-06-30" : null })],
    }),
  );
}

const people: PersonFacts[] = [
  ...group("M2-", 20, 2, { institution: "27GZ", sector: "MBO", level: "2" }), // 10% against 9.45%: 1 too many
  ...group("M1-", 5, 1, { institution: "27GZ", sector: "MBO", level: "1" }), // 20% against 22.4%: met
  ...group("M4-", 8, 0, { institution: "25LZ", sector: "MBO", level: "4" }), // 0%: met
  ...group("OB-", 10, 0, { institution: "20AB", sector: "VO", level: "VO-ONDERBOUW" }),
  ...group("KB-", 4, 1, { institution: "20AB", sector: "VO", level: "VMBO-KB" }), // bovenbouw vmbo: 1 of 10
  ...group("GT-", 6, 0, { institution: "20AB", sector: "VO", level: "VMBO-GT" }),
  ...group("HV-", 5, 0, { institution: "20AB", sector: "VO", level: "HAVO" }),
];

let db: DuckDBInstance;
let conn: DuckDBConnection;

beforeAll(async () => {
  db = await DuckDBInstance.create(":memory:");
  conn = await db.connect();
  await loadRegisterDirect(conn, people);
  await computeResults(conn, { teljaren: [T], stages: ["definitive"] });
}, 60_000);
afterAll(() => {
  conn.closeSync();
  db.closeSync();
});

describe("performance norms per institution from the stored results", () => {
  it("reads the mbo norms of the teljaar from reference/mbo-norms.csv and the vo norms from reference/vo-norms.csv", async () => {
    expect((await sectorNorms(conn, T, "mbo")).map((n) => [n.group, n.norm])).toEqual([["1", 22.4], ["2", 9.45], ["3", 3.8], ["4", 3.17]]);
    const vo = await sectorNorms(conn, T, "vo");
    expect(vo.map((n) => n.group)).toEqual(["onderbouw", "bovenbouw-vmbo", "bovenbouw-havo-vwo"]);
    expect(vo.every((n) => /derived/.test(n.source))).toBe(true);
    expect(await sectorNorms(conn, parseTeljaar("1999-2000"), "mbo")).toEqual([]);
  });

  it("evaluates each institution and mbo level: met or not and how many vsv'ers fewer", async () => {
    const r = await normRows(conn, { sector: "mbo", teljaar: T, definition: 23 });
    expect(r.stage).toBe("definitive");
    expect(r.rows.map((x) => [x.institution, x.group, x.start_population, x.vsv, x.vsv_pct, x.norm, x.met, x.fewer_needed])).toEqual([
      ["25LZ", "4", 8, 0, 0, 3.17, true, 0],
      ["27GZ", "1", 5, 1, 20, 22.4, true, 0],
      ["27GZ", "2", 20, 2, 10, 9.45, false, 1],
    ]);
  });

  it("sums the sorts of education into vo categories", async () => {
    const r = await normRows(conn, { sector: "vo", teljaar: T, definition: 23 });
    expect(r.rows.map((x) => [x.institution, x.group, x.start_population, x.vsv, x.met, x.fewer_needed])).toEqual([
      ["20AB", "onderbouw", 10, 0, true, 0],
      ["20AB", "bovenbouw-vmbo", 10, 1, false, 1],
      ["20AB", "bovenbouw-havo-vwo", 5, 0, true, 0],
    ]);
  });

  it("defaults to the latest teljaar with definitive figures on a complete register", () => {
    const run = (teljaar: string, stage: "preliminary" | "definitive", complete: boolean): Run =>
      ({ teljaar: parseTeljaar(teljaar), stage, cutoff: "", complete, start_population_23: 0, vsv_23: 0, start_population_27: 0, vsv_27: 0 });
    expect(defaultNormTeljaar([run("2022-2023", "definitive", true), run("2023-2024", "definitive", false), run("2023-2024", "preliminary", false)])).toBe("2022-2023");
    expect(defaultNormTeljaar([run("2023-2024", "preliminary", false)])).toBe("2023-2024");
  });
});
