import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Teljaar } from "../../src/domain/teljaar.js";
import { RECONCILE_KINDS, duoReconcile, reconcileSummary, type Reconciliation } from "../../src/engine/duo-reconcile.js";
import { type DuoStore, P, institution, openDuoStore, row, seriesExample } from "../support/duo-store.js";

const teljaar = "2022-2023" as Teljaar;
const scope = institution("27GZ");

describe("reconciliation of DUO's files", () => {
  let s: DuoStore;
  let r: Reconciliation;
  beforeAll(async () => {
    s = await openDuoStore({ teljaar, scope });
    await seriesExample(s);
    r = await duoReconcile(s.conn, { scope, teljaar });
  });
  afterAll(() => s.close());

  it("has the five kinds as arrays, with their counts", () => {
    for (const k of RECONCILE_KINDS) expect(Array.isArray(r[k])).toBe(true);
    expect(r.counts).toEqual({ in_nenr_not_in_nrsp: 1, signalled_not_in_nenr: 3, in_nenr_never_signalled: 2, duplicates: 2, changed_preliminary_to_definitive: 3 });
  });

  it("lists a vsv'er of the NenR who is missing from the NRSP of the same stage", () => {
    expect(r.in_nenr_not_in_nrsp).toEqual([{ person_key: P.P4, stage: "definitive", level: "MBO-4", line: 3 }]);
  });

  it("lists who was signalled but is not in the definitive NenR: returned when off the last list, else still listed", () => {
    expect(r.signalled_not_in_nenr).toEqual([
      { person_key: P.P2, level: "MBO-2", first_month: "2022-11", last_month: "2022-12", months_listed: 2, reason: "returned" },
      { person_key: P.P3, level: "MBO-2", first_month: "2023-03", last_month: "2023-12", months_listed: 10, reason: "still_listed" },
      { person_key: P.P8, level: "MBO-2", first_month: "2023-01", last_month: "2023-01", months_listed: 1, reason: "returned" },
    ]);
  });

  it("lists the NenR's vsv'ers who were on no monthly list, per stage", () => {
    expect(r.in_nenr_never_signalled).toEqual([
      { person_key: P.P4, stage: "definitive", level: "MBO-4", line: 3 },
      { person_key: P.P6, stage: "preliminary", level: "MBO-2", line: 3 },
    ]);
  });

  it("lists a person key that occurs more than once within one file, with its lines", () => {
    expect(r.duplicates).toEqual([
      { person_key: P.P5, kind: "NRSP", stage: "definitive", report_month: null, file_name: "NRSP2023DI27GZ.csv", count: 2, lines: [5, 6] },
      { person_key: P.P8, kind: "A04", stage: null, report_month: "2023-01", file_name: "202302A04I27GZ.csv", count: 2, lines: [3, 4] },
    ]);
  });

  it("lists who was added or removed between the preliminary and the definitive NRSP and NenR", () => {
    expect(r.changed_preliminary_to_definitive).toEqual([
      { person_key: P.P7, list: "NRSP", change: "added", level: "MBO-2" },
      { person_key: P.P4, list: "NENR", change: "added", level: "MBO-4" },
      { person_key: P.P6, list: "NENR", change: "removed", level: "MBO-2" },
    ]);
  });

  it("carries identifiers and non-identifying context only", () => {
    const allowed = new Set(["person_key", "stage", "level", "line", "first_month", "last_month", "months_listed", "reason", "kind", "report_month", "file_name", "count", "lines", "list", "change"]);
    for (const k of RECONCILE_KINDS) for (const p of r[k]) for (const field of Object.keys(p)) expect(allowed).toContain(field);
  });

  it("says what it compared with, and which months are not imported", () => {
    expect(r.notes).toContain("signals: not imported: A04 2023-02");
    expect(r.notes.some((n) => n.includes("compared with NenR2023DI27GZ.csv") && n.includes("A14 2023-12"))).toBe(true);
  });

  it("summarises counts per kind and part", () => {
    const summary = reconcileSummary(r);
    expect(summary).toContainEqual({ kind: "signalled_not_in_nenr", detail: "returned", count: 2 });
    expect(summary).toContainEqual({ kind: "signalled_not_in_nenr", detail: "still_listed", count: 1 });
    expect(summary).toContainEqual({ kind: "duplicates", detail: "A04 2023-01", count: 1 });
    expect(summary).toContainEqual({ kind: "changed_preliminary_to_definitive", detail: "NENR removed", count: 1 });
    expect(summary.filter((x) => x.detail === "total").map((x) => x.kind)).toEqual([...RECONCILE_KINDS]);
  });

  it("does not decide who was signalled but not a vsv'er without a definitive NenR, and says so", async () => {
    const early = await openDuoStore({ teljaar, scope });
    await seriesExample(early, { definitiveNenr: false });
    const e = await duoReconcile(early.conn, { scope, teljaar });
    early.close();
    expect(e.signalled_not_in_nenr).toEqual([]);
    expect(e.notes).toContain("signalled_not_in_nenr: no definitive NenR is imported, so who ends as a vsv'er is not known yet");
    expect(e.notes).toContain("changed_preliminary_to_definitive: only the preliminary NenR is imported, nothing to compare");
  });

  it("keeps NenR rows without a person key: they cannot be found in the NRSP", async () => {
    const k = await openDuoStore({ teljaar, scope });
    await k.nrsp("definitive", ["000000001"]);
    await k.nenr("definitive", ["000000001", row(null)]);
    const e = await duoReconcile(k.conn, { scope, teljaar });
    k.close();
    expect(e.in_nenr_not_in_nrsp).toEqual([{ person_key: null, stage: "definitive", level: "MBO-2", line: 3 }]);
  });

  it("reports that nothing is imported for the scope", async () => {
    await expect(duoReconcile(s.conn, { scope: institution("25LX"), teljaar })).rejects.toThrow(/No DUO files are imported for institution 25LX/);
  });
});
