import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Teljaar } from "../../src/domain/teljaar.js";
import { type SignalCurve, duoSignalCurve, flattenSignalMonth } from "../../src/engine/duo-signal-curve.js";
import { type DuoStore, institution, openDuoStore, row, seriesExample } from "../support/duo-store.js";

const teljaar = "2022-2023" as Teljaar;
const scope = institution("27GZ");

describe("the monthly signal curve", () => {
  let s: DuoStore;
  let curve: SignalCurve;
  const month = (m: string) => curve.months.find((x) => x.report_month === m)!;
  beforeAll(async () => {
    s = await openDuoStore({ teljaar, scope });
    await seriesExample(s);
    curve = await duoSignalCurve(s.conn, { scope, teljaar });
  });
  afterAll(() => s.close());

  it("runs from the A04 of October to September, then the A14 of October to December", () => {
    expect(curve.months.map((m) => `${m.series} ${m.report_month}`)).toEqual([
      "A04 2022-10", "A04 2022-11", "A04 2022-12", "A04 2023-01", "A04 2023-02", "A04 2023-03", "A04 2023-04", "A04 2023-05",
      "A04 2023-06", "A04 2023-07", "A04 2023-08", "A04 2023-09", "A14 2023-10", "A14 2023-11", "A14 2023-12",
    ]);
    expect(curve.last_list).toBe("2023-12");
  });

  it("reports a month whose list is not imported as missing, not as zero", () => {
    expect(flattenSignalMonth(month("2023-02"))).toMatchObject({ status: "missing", possible_vsv: null, new_on_list: null, share_pct: null, end_as_vsv: null, returned: null });
    expect(curve.notes).toContain("not imported (reported as missing): A04 2023-02");
  });

  it("reports an imported empty list as zero", () => {
    expect(month("2022-10")).toMatchObject({ status: "imported", possible_vsv: 0, new_on_list: 0, start_set: 8, start_set_source: "NRSP", share_pct: 0 });
  });

  it("counts people, not rows, and who is new on the list", () => {
    // January: P1 and P8 (on two rows); P8 is new
    expect(month("2023-01")).toMatchObject({ possible_vsv: 2, new_on_list: 1 });
    expect(month("2022-11")).toMatchObject({ possible_vsv: 2, new_on_list: 2 });
    expect(month("2022-12")).toMatchObject({ possible_vsv: 2, new_on_list: 0 });
    // March follows the missing February: P3 is first seen in March
    expect(month("2023-03")).toMatchObject({ possible_vsv: 2, new_on_list: 1 });
    expect(month("2023-10")).toMatchObject({ series: "A14", possible_vsv: 2, new_on_list: 0 });
  });

  it("takes the share of the A05 of the month when imported, else of the NRSP", () => {
    expect(month("2022-11")).toMatchObject({ start_set: 10, start_set_source: "A05", share_pct: 20 });
    expect(month("2022-12")).toMatchObject({ start_set: 8, start_set_source: "NRSP", share_pct: 25 });
    expect(month("2023-11")).toMatchObject({ start_set: 8, start_set_source: "NRSP" });
  });

  it("says how the listed people end: definitive vsv'er, returned, or still listed without being a vsv'er", () => {
    // November: P1 ends as vsv'er, P2 returns
    expect(month("2022-11")).toMatchObject({ end_as_vsv: 1, returned: 1, still_listed_not_vsv: 0 });
    // January: P1 vsv'er, P8 returned
    expect(month("2023-01")).toMatchObject({ end_as_vsv: 1, returned: 1, still_listed_not_vsv: 0 });
    // From March: P1 vsv'er, P3 still listed at the end but not in the NenR
    expect(month("2023-12")).toMatchObject({ end_as_vsv: 1, returned: 0, still_listed_not_vsv: 1 });
  });

  it("breaks down the reasons of leaving per person, and counts absence reported where the files say it", () => {
    expect(month("2022-11").outflow_reasons).toEqual({ "01": 1, "02": 1 });
    // P8's two rows: the reason of the first row counts, once
    expect(month("2023-01").outflow_reasons).toEqual({ "01": 1, "03": 1 });
    expect(month("2023-03").reasons).toEqual({ "GEEN INSCHRIJVING": 1, unknown: 1 });
    expect(month("2022-11")).toMatchObject({ absence_statutory: 1, absence_non_statutory: null });
    expect(month("2022-12")).toMatchObject({ absence_statutory: null });
  });

  it("leaves how people end unknown without a definitive NenR", async () => {
    const early = await openDuoStore({ teljaar, scope });
    await seriesExample(early, { definitiveNenr: false });
    const c = await duoSignalCurve(early.conn, { scope, teljaar });
    early.close();
    expect(c.months[1]).toMatchObject({ possible_vsv: 2, end_as_vsv: null, returned: null, still_listed_not_vsv: null });
    expect(c.stage).toBe("definitive");
  });

  it("uses the NRSP of the stage asked for as the start set", async () => {
    const c = await duoSignalCurve(s.conn, { scope, teljaar, stage: "preliminary" });
    expect(c.months[2]).toMatchObject({ start_set: 6, share_pct: 33.33 });
  });

  it("keeps a listed row without a person key as a person of its own", async () => {
    const k = await openDuoStore({ teljaar, scope });
    await k.a04("2022-11", ["000000001", row(null), row(null)]);
    const c = await duoSignalCurve(k.conn, { scope, teljaar });
    k.close();
    expect(c.months[1]).toMatchObject({ possible_vsv: 3, new_on_list: 1, without_person_key: 2, start_set: null, share_pct: null });
  });

  it("needs at least one monthly list, and says what is imported", async () => {
    const y = await openDuoStore({ teljaar, scope });
    await y.nrsp("definitive", ["000000001"]);
    await expect(duoSignalCurve(y.conn, { scope, teljaar })).rejects.toThrow(/No A04 or A14 is imported for institution 27GZ, teljaar 2022-2023.*\n {2}institution 27GZ 2022-2023: NRSP definitive/s);
    y.close();
  });
});
