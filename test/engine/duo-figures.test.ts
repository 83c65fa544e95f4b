import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Teljaar } from "../../src/domain/teljaar.js";
import { duoFigures, flattenDuoFigure } from "../../src/engine/duo-figures.js";
import { type DuoStore, institution, keys, openDuoStore, region, row } from "../support/duo-store.js";

const teljaar = "2022-2023" as Teljaar;
const scope = institution("27GZ");

/**
 * Institution 27GZ, 2022-2023, hand-computed (norms 2022-2023: mbo-1 22.4, mbo-2 9.45, mbo-3 3.8, mbo-4 3.17):
 * definitive NRSP: 10 MBO-1, 20 MBO-2, 40 MBO-4, 5 HAVO-VWO (vavo)                      = 75
 * definitive NenR: 2 MBO-1, 3 MBO-2 + 1 MBO-2 not in the NRSP, 1 MBO-4, 1 HAVO-VWO       = 8
 * preliminary NRSP: the same minus one MBO-4 person, plus one MBO-3 person               = 75
 * preliminary NenR: 2 MBO-1, 2 MBO-2                                                      = 4
 */
const mbo1 = keys(100_000_001, 10);
const mbo2 = keys(100_000_101, 20);
const mbo4 = keys(100_000_201, 40);
const havo = keys(100_000_301, 5);
const notInStartPopulation = "100000999";
const mbo3Prelim = "100000401";

const at = (level: string) => (k: string) => row(k, { level });

async function institutionStore(): Promise<DuoStore> {
  const s = await openDuoStore({ teljaar, scope });
  const start = [...mbo1.map(at("MBO-1")), ...mbo2.map(at("MBO-2")), ...mbo4.map(at("MBO-4")), ...havo.map(at("HAVO-VWO"))];
  await s.nrsp("definitive", start);
  await s.nenr("definitive", [at("MBO-1")(mbo1[0]!), at("MBO-1")(mbo1[1]!), ...mbo2.slice(0, 3).map(at("MBO-2")), at("MBO-2")(notInStartPopulation), at("MBO-4")(mbo4[0]!), at("HAVO-VWO")(havo[0]!)]);
  await s.nrsp("preliminary", [...start.filter((r) => r.person_key !== mbo4[39]), at("MBO-3")(mbo3Prelim)]);
  await s.nenr("preliminary", [at("MBO-1")(mbo1[0]!), at("MBO-1")(mbo1[1]!), ...mbo2.slice(0, 2).map(at("MBO-2"))]);
  return s;
}

describe("figures from DUO's files", () => {
  let s: DuoStore;
  beforeAll(async () => {
    s = await institutionStore();
  });
  afterAll(() => s.close());

  describe("DUO's count is the rule", () => {
    it("counts the NRSP's rows as the start population and the NenR's rows as vsv'ers, a NenR person missing from the NRSP included", async () => {
      const r = await duoFigures(s.conn, { scope, teljaar });
      expect(r.rows).toHaveLength(1);
      expect(r.rows[0]).toMatchObject({ start_population: 75, vsv: 8, vsv_pct: 10.67, vsv_not_in_start_population: 1 });
    });

    it("counts rows, not persons: a person twice in a file and a row without person key count", async () => {
      const d = await openDuoStore({ teljaar, scope });
      await d.nrsp("definitive", ["000000001", "000000001", "000000002", "000000003"]);
      await d.nenr("definitive", ["000000001", row(null)]);
      const r = await duoFigures(d.conn, { scope, teljaar });
      d.close();
      expect(r.rows[0]).toMatchObject({ start_population: 4, vsv: 2, vsv_pct: 50, vsv_not_in_start_population: 1 });
    });

    it("shows the NenR person missing from the NRSP beside the count, in the group of their NenR row", async () => {
      const r = await duoFigures(s.conn, { scope, teljaar, by: ["level"] });
      const mbo2Row = r.rows.find((x) => x.keys.level === "MBO-2");
      expect(mbo2Row).toMatchObject({ start_population: 20, vsv: 4, vsv_pct: 20, vsv_not_in_start_population: 1 });
    });
  });

  describe("stage", () => {
    it("uses the definitive files when they are imported and no stage is asked", async () => {
      const r = await duoFigures(s.conn, { scope, teljaar });
      expect(r.stage).toBe("definitive");
      expect(r.stage_chosen).toBe("default");
      expect(r.files).toEqual({ nrsp: "NRSP2023DI27GZ.csv", nenr: "NenR2023DI27GZ.csv", preliminary_nrsp: "NRSP2023VI27GZ.csv", preliminary_nenr: "NenR2023VI27GZ.csv" });
    });

    it("uses the preliminary files when no definitive file is imported", async () => {
      const only = await openDuoStore({ teljaar, scope });
      await only.nrsp("preliminary", keys(1, 4));
      await only.nenr("preliminary", keys(1, 1));
      const r = await duoFigures(only.conn, { scope, teljaar });
      only.close();
      expect(r.stage).toBe("preliminary");
      expect(r.with_preliminary).toBe(false);
      expect(r.rows[0]).toMatchObject({ start_population: 4, vsv: 1, vsv_pct: 25 });
      expect(r.rows[0]!.preliminary).toBeUndefined();
    });

    it("gives the preliminary figures when asked, without columns beside them", async () => {
      const r = await duoFigures(s.conn, { scope, teljaar, stage: "preliminary" });
      expect(r.stage_chosen).toBe("asked");
      expect(r.rows[0]).toMatchObject({ start_population: 75, vsv: 4, vsv_pct: 5.33, vsv_not_in_start_population: 0 });
      expect(Object.keys(flattenDuoFigure(r.rows[0]!, r)).some((k) => k.startsWith("preliminary_"))).toBe(false);
    });

    it("puts the preliminary figures beside the definitive ones, a group only in the preliminary files included", async () => {
      const r = await duoFigures(s.conn, { scope, teljaar, by: ["level"] });
      expect(r.with_preliminary).toBe(true);
      const flat = r.rows.map((f) => flattenDuoFigure(f, r));
      expect(flat.map((x) => x.level)).toEqual(["MBO-1", "MBO-2", "MBO-3", "MBO-4", "HAVO-VWO"]);
      expect(flat[2]).toMatchObject({ level: "MBO-3", start_population: 0, vsv: 0, vsv_pct: null, preliminary_start_population: 1, preliminary_vsv: 0, preliminary_vsv_pct: 0 });
      expect(flat[1]).toMatchObject({ start_population: 20, vsv: 4, preliminary_start_population: 20, preliminary_vsv: 2, preliminary_vsv_pct: 10 });
      expect(flat[3]).toMatchObject({ start_population: 40, preliminary_start_population: 39, preliminary_vsv: 0 });
    });

    it("says which files are missing, and what to do, when a stage's NRSP or NenR is not imported", async () => {
      const half = await openDuoStore({ teljaar, scope });
      await half.nrsp("definitive", keys(1, 4));
      await half.nrsp("preliminary", keys(1, 4));
      await half.nenr("preliminary", keys(1, 1));
      await expect(duoFigures(half.conn, { scope, teljaar })).rejects.toThrow(/No definitive NenR is imported for institution 27GZ, teljaar 2022-2023.*or use --stage preliminary/s);
      await expect(duoFigures(half.conn, { scope, teljaar, stage: "preliminary" })).resolves.toMatchObject({ stage: "preliminary" });
      half.close();
    });

    it("lists what is imported when nothing is imported for the scope and teljaar", async () => {
      await expect(duoFigures(s.conn, { scope: institution("25LX"), teljaar })).rejects.toThrow(
        /No DUO files are imported for institution 25LX, teljaar 2022-2023\. Imported:\n {2}institution 27GZ 2022-2023: NRSP definitive, NRSP preliminary, NenR definitive, NenR preliminary/,
      );
      await expect(duoFigures(s.conn, { scope, teljaar: "2021-2022" as Teljaar })).rejects.toThrow(/teljaar 2021-2022/);
    });
  });

  describe("the mbo norm per level", () => {
    it("gives the norm of the teljaar and level and whether it is met; none for a vavo level", async () => {
      const r = await duoFigures(s.conn, { scope, teljaar, by: ["level"] });
      const byLevel = Object.fromEntries(r.rows.map((x) => [x.keys.level, x]));
      // 2/10 = 20% under the mbo-1 norm 22.4
      expect(byLevel["MBO-1"]).toMatchObject({ vsv_pct: 20, norm: 22.4, norm_met: true });
      // 4/20 = 20% over the mbo-2 norm 9.45
      expect(byLevel["MBO-2"]).toMatchObject({ vsv_pct: 20, norm: 9.45, norm_met: false });
      // 1/40 = 2.5% under the mbo-4 norm 3.17
      expect(byLevel["MBO-4"]).toMatchObject({ vsv_pct: 2.5, norm: 3.17, norm_met: true });
      // no percentage (no start population): no verdict, though the level has a norm
      expect(byLevel["MBO-3"]).toMatchObject({ vsv_pct: null, norm: 3.8, norm_met: null });
      // vavo pupils of the mbo institution: counted, no norm
      expect(byLevel["HAVO-VWO"]).toMatchObject({ start_population: 5, vsv: 1, vsv_pct: 20, norm: null, norm_met: null });
      expect(byLevel["HAVO-VWO"]!.keys.level_name).toBe("Havo/vwo bovenbouw");
    });

    it("has no norm for a teljaar the reference has no norms for", async () => {
      const later = await openDuoStore({ teljaar: "2030-2031", scope });
      await later.nrsp("definitive", keys(1, 4).map(at("MBO-2")));
      await later.nenr("definitive", keys(1, 1).map(at("MBO-2")));
      const r = await duoFigures(later.conn, { scope, teljaar: "2030-2031" as Teljaar, by: ["level"] });
      later.close();
      expect(r.rows[0]).toMatchObject({ vsv_pct: 25, norm: null, norm_met: null });
    });

    it("judges the norm on the rounded percentage the row shows", async () => {
      const edge = await openDuoStore({ teljaar, scope });
      await edge.nrsp("definitive", keys(1, 315).map(at("MBO-4")));
      await edge.nenr("definitive", keys(1, 10).map(at("MBO-4")));
      const r = await duoFigures(edge.conn, { scope, teljaar, by: ["level"] });
      edge.close();
      // 10/315 = 3.1746 %: shown as 3.17, the mbo-4 norm of 2022-2023
      expect(r.rows[0]).toMatchObject({ vsv_pct: 3.17, norm: 3.17, norm_met: true });
    });

    it("carries norm fields only with a level breakdown", async () => {
      const r = await duoFigures(s.conn, { scope, teljaar, by: ["leerweg"] });
      expect(Object.keys(flattenDuoFigure(r.rows[0]!, r))).not.toContain("norm");
    });
  });

  describe("breakdowns", () => {
    let b: DuoStore;
    beforeAll(async () => {
      b = await openDuoStore({ teljaar, scope });
      await b.nrsp("definitive", [
        row("000000001", { leerweg: "BOL", birth_date: "2005-10-01", sex: "M", municipality_code: "0363", provider_code: "100A1", provider_name: "Techniek", brin_volgnr: "27GZ00", brin_vest_name: "Centrum", location_code: "100X1", location_place: "AMSTERDAM" }),
        row("000000002", { leerweg: "BBL", birth_date: "2005-10-02", sex: "V", municipality_code: "0014", rmc_region: "03", provider_code: "100A2", provider_name: "Zorg", brin_volgnr: "27GZ01", brin_vest_name: "Noord" }),
        row("000000003", { leerweg: null, leerweg_raw: null, birth_date: null, sex: null, municipality_code: "9999", municipality_name: "Nergenshuizen", rmc_region: "99", rmc_region_name: "Regio Nergens" }),
      ]);
      await b.nenr("definitive", [row("000000002", { leerweg: "BBL", birth_date: "2005-10-02", sex: "V", municipality_code: "0014", rmc_region: "03" })]);
    });
    afterAll(() => b.close());

    it("takes the age on 1 October of the teljaar's first year", async () => {
      const r = await duoFigures(b.conn, { scope, teljaar, by: ["age"] });
      expect(r.rows.map((x) => [x.keys.age, x.start_population, x.vsv])).toEqual([[16, 1, 1], [17, 1, 0], [null, 1, 0]]);
    });

    it("names municipalities and regions from the reference data, and falls back to the file's name for an unknown code", async () => {
      const r = await duoFigures(b.conn, { scope, teljaar, by: ["municipality"] });
      expect(r.rows.map((x) => x.keys)).toEqual([
        { municipality: "0014", municipality_name: "Groningen" },
        { municipality: "0363", municipality_name: "Amsterdam" },
        { municipality: "9999", municipality_name: "Nergenshuizen" },
      ]);
      const regions = await duoFigures(b.conn, { scope, teljaar, by: ["region"] });
      expect(regions.rows.map((x) => x.keys)).toEqual([
        { region: "03", region_name: "Centraal en Westelijk Groningen" },
        { region: "21", region_name: "Agglomeratie Amsterdam" },
        { region: "99", region_name: "Regio Nergens" },
      ]);
    });

    it("splits by leerweg, sex, provider, location and teaching location, unknown values as their own group", async () => {
      const lw = await duoFigures(b.conn, { scope, teljaar, by: ["leerweg", "sex"] });
      expect(lw.rows.map((x) => [x.keys.leerweg, x.keys.sex, x.start_population, x.vsv])).toEqual([["BBL", "V", 1, 1], ["BOL", "M", 1, 0], [null, null, 1, 0]]);
      const provider = await duoFigures(b.conn, { scope, teljaar, by: ["provider"] });
      expect(provider.rows.map((x) => x.keys)).toEqual([
        { provider: "100A1", provider_name: "Techniek" },
        { provider: "100A2", provider_name: "Zorg" },
        { provider: null, provider_name: null },
      ]);
      const location = await duoFigures(b.conn, { scope, teljaar, by: ["location", "teaching_location"] });
      expect(location.rows[0]!.keys).toEqual({ location: "27GZ00", location_name: "Centrum", teaching_location: "100X1", teaching_location_name: "AMSTERDAM" });
    });

    it("rejects an unknown or repeated breakdown with the list of known ones", async () => {
      await expect(duoFigures(b.conn, { scope, teljaar, by: ["province"] })).rejects.toThrow(/Breakdown "province" is not known: use one or more of level, leerweg, provider/);
      await expect(duoFigures(b.conn, { scope, teljaar, by: ["level", "level"] })).rejects.toThrow(/given twice/);
    });
  });

  describe("region scope", () => {
    it("reads a region's files and splits them by institution", async () => {
      const r28 = region("28");
      const reg = await openDuoStore({ teljaar, scope: r28 });
      await reg.nrsp("definitive", [...keys(1, 6).map((k) => row(k, { brin: "27GZ" })), ...keys(11, 4).map((k) => row(k, { brin: "90AA" }))]);
      await reg.nenr("definitive", [row("000000001", { brin: "27GZ" }), row("000000011", { brin: "90AA" }), row("000000012", { brin: "90AA" })]);
      const total = await duoFigures(reg.conn, { scope: r28, teljaar });
      const by = await duoFigures(reg.conn, { scope: r28, teljaar, by: ["institution"] });
      await expect(duoFigures(reg.conn, { scope, teljaar })).rejects.toThrow(/Imported:\n {2}region 28 2022-2023: NRSP definitive, NenR definitive/);
      reg.close();
      expect(total.rows[0]).toMatchObject({ start_population: 10, vsv: 3, vsv_pct: 30 });
      expect(by.rows.map((x) => [x.keys.institution, x.keys.institution_name, x.start_population, x.vsv, x.vsv_pct])).toEqual([
        ["27GZ", null, 6, 1, 16.67],
        ["90AA", "Beroepscampus Oost-Groningen", 4, 2, 50],
      ]);
    });
  });
});
