/**
 * The target-group list in the closed part (docs/target-group.md): an officer reads their region's worklist through
 * GET /signals?list=target_group, each person logged under the activity target_group_list; the download names the
 * group; a school user is refused (the target group is the Doorstroompunt's task); a case opens for a person on it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SignalRow } from "../../src/domain/signal-row.js";
import { personRef } from "../../src/store/pseudonym.js";
import { replaceSignals } from "../../src/store/signals.js";
import { type CaseworkTestApp, TEST_KEY, caseworkApp } from "../support/casework-app.js";
import { Targets, storeKinds } from "../store/store-targets.js";

const kinds = await storeKinds();

function row(person_key: string, attrs: Partial<SignalRow>): SignalRow {
  return {
    person_key, list: "target_group", source: "engine", teljaar: "2026-2027", report_month: null, region: "21",
    municipality_code: "0363", municipality_name: "Amsterdam", institution: "90AX", institution_name: null, location: null, programme: null,
    programme_name: null, level: "PRO", leerweg: null, birth_date: "2005-02-01", age: 21, family_name: null, given_names: null, street: null,
    house_number: null, postcode: null, residence: null, phone: null, email: null, listed_since: null, deregistration_date: "2022-07-31",
    reason: null, absence_statutory: null, absence_non_statutory: null, target_group: "pro", ...attrs,
  };
}

const ROWS: SignalRow[] = [
  row("T-PRO", {}),
  row("T-VSO", { level: "VSO", target_group: "vso", deregistration_date: "2024-07-31" }),
  row("T-19", { region: "19", municipality_code: "0344", municipality_name: "Utrecht", target_group: "mbo2_bol", level: "MBO-2", leerweg: "BOL" }),
  // The same person on the possible list too: one person, two lists.
  row("T-VSO", { list: "possible", teljaar: "2025-2026", report_month: "2026-11", target_group: null }),
];

describe.each(kinds)("the target-group list on %s", (kind) => {
  const targets = new Targets(kind);
  let t: CaseworkTestApp;

  beforeAll(async () => {
    t = await caseworkApp(await targets.fresh());
    await t.createUser({ username: "officer21", role: "regional_officer", regions: ["21"] });
    await t.createUser({ username: "school", role: "school_user", institutions: ["90AX"] });
    await replaceSignals(t.sql, t.key, ROWS);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await targets.cleanup();
  });

  it("shows an officer their region's target group with each person's group, logged per person as target_group_list", async () => {
    const r = await (await t.login("officer21")).get("/api/v1/signals?list=target_group");
    expect(r.status, r.body).toBe(200);
    const body = r.json();
    expect(body.total).toBe(2);
    expect(body.items.map((i: { target_group: string }) => i.target_group).sort()).toEqual(["pro", "vso"]);
    expect(body.items.every((i: { list: string }) => i.list === "target_group")).toBe(true);
    const entries = await t.sql.query<{ subject_pseudonym: string; purpose: string; details: { list: string } }>(
      "SELECT subject_pseudonym, purpose, details FROM audit_log WHERE trace_id = $1 ORDER BY id",
      [String(r.headers["x-trace-id"])],
    );
    expect(entries.map((e) => e.subject_pseudonym).sort()).toEqual([personRef(TEST_KEY, "T-PRO"), personRef(TEST_KEY, "T-VSO")].sort());
    for (const e of entries) {
      expect(e.purpose).toMatch(/^target_group_list: .*Wet van school naar duurzaam werk/);
      expect(e.details.list).toBe("target_group");
    }
    // The possible list does not carry the group.
    const possible = (await (await t.login("officer21")).get("/api/v1/signals?list=possible")).json();
    expect(possible.items.map((i: { target_group: unknown }) => i.target_group)).toEqual([null]);
  });

  it("downloads the list with the group in Dutch", async () => {
    const r = await (await t.login("officer21")).get("/api/v1/signals?list=target_group&format=csv");
    expect(r.status).toBe(200);
    expect(String(r.headers["content-disposition"])).toContain("vsv-signaallijst-doelgroep-");
    expect(r.body).toContain("Doelgroep");
    expect(r.body).toContain("Praktijkonderwijs");
    expect(r.body).toContain("Voortgezet speciaal onderwijs");
  });

  it("refuses a school user the target group, in Dutch, and logs the refusal", async () => {
    const r = await (await t.login("school")).get("/api/v1/signals?list=target_group");
    expect(r.status).toBe(403);
    expect(r.json().detail).toMatch(/Doorstroompunt/);
    // Nor does the school's summary count it, though the rows name its institution.
    const summary = (await (await t.login("school")).get("/api/v1/signals/summary")).json();
    expect(summary.rows.map((x: { list: string }) => x.list)).toEqual(["possible"]);
  });

  it("opens a case for a person who is only on the target-group list", async () => {
    const r = await (await t.login("officer21")).post("/api/v1/cases", { person_ref: personRef(TEST_KEY, "T-PRO") });
    expect(r.status, r.body).toBe(201);
    expect(r.json().case).toMatchObject({ region: "21", teljaar: "2026-2027" });
  });
});
