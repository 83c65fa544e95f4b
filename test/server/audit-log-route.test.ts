/**
 * GET /api/v1/audit-log: coordinators read their own region's log (and that read is logged), nobody else does;
 * the log shows person references, never person numbers; CSV export.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "../../src/store/audit.js";
import { personRef } from "../../src/store/pseudonym.js";
import { type CaseworkTestApp, caseworkApp, TEST_KEY } from "../support/casework-app.js";
import { Targets, storeKinds } from "../store/store-targets.js";

const kinds = await storeKinds();
const alice = personRef(TEST_KEY, "123456782");
const bob = personRef(TEST_KEY, "111222333");

describe.each(kinds)("the audit log route on %s", (kind) => {
  const targets = new Targets(kind);
  let t: CaseworkTestApp;
  let officerId: number;

  beforeAll(async () => {
    t = await caseworkApp(await targets.fresh());
    officerId = (await t.createUser({ username: "officer21", role: "regional_officer", regions: ["21"] })).id;
    await t.createUser({ username: "coord21", role: "regional_coordinator", regions: ["21"] });
    await t.createUser({ username: "coord04", role: "regional_coordinator", regions: ["04"] });
    await t.createUser({ username: "analyst", role: "national_analyst" });
    await t.createUser({ username: "admin", role: "administrator" });
    const actor = { id: officerId, role: "regional_officer" };
    await recordAudit(t.sql, { actor, action: "read", activity: "signal_list", persons: [alice, bob], region: "21", details: { route: "/api/v1/signals" } });
    await recordAudit(t.sql, { actor, action: "update", activity: "case_work", persons: [alice], region: "21", details: { route: "/api/v1/cases/:id" } });
    await recordAudit(t.sql, { actor: { id: 99, role: "regional_officer" }, action: "read", activity: "signal_list", persons: [bob], region: "04" });
  }, 60_000);
  async function count(where: string): Promise<number> {
    return (await t.sql.query<{ n: number }>(`SELECT count(*) AS n FROM audit_log WHERE ${where}`))[0]!.n;
  }

  afterAll(async () => {
    await t?.close();
    await targets.cleanup();
  });

  it("shows a coordinator the entries of their own region only, newest first, with user names", async () => {
    const coord = await t.login("coord21");
    const r = await coord.get("/api/v1/audit-log");
    expect(r.status, r.body).toBe(200);
    const body = r.json();
    const entries = body.items.filter((i: { details: { route?: string } | null }) => i.details?.route !== "/api/v1/audit-log");
    expect(entries.map((i: { region: string }) => i.region)).toEqual(["21", "21", "21"]);
    expect(entries[0]).toMatchObject({ action: "update", person_ref: alice, actor_username: "officer21", actor_role: "regional_officer" });
    expect(entries[0].purpose).toMatch(/^case_work: Begeleiden/);
    expect(r.headers["cache-control"]).toBe("no-store");
    expect(r.body).not.toMatch(/123456782|111222333/);
  });

  it("filters by person, action and period", async () => {
    const coord = await t.login("coord21");
    const byPerson = (await coord.get(`/api/v1/audit-log?person=${bob}`)).json();
    expect(byPerson.items.map((i: { person_ref: string }) => i.person_ref)).toEqual([bob]);
    const updates = (await coord.get("/api/v1/audit-log?action=update")).json();
    expect(updates.total).toBe(1);
    const none = (await coord.get("/api/v1/audit-log?to=2000-01-01")).json();
    expect(none.total).toBe(0);
    expect((await coord.get("/api/v1/audit-log?person=123456782")).status).toBe(400);
  });

  it("logs the reading of the log itself", async () => {
    const coord = await t.login("coord21");
    const before = await count("subject_kind = 'audit_log' AND action = 'read'");
    const r = await coord.get("/api/v1/audit-log");
    expect(await count("subject_kind = 'audit_log' AND action = 'read'")).toBe(before + 1);
    expect(await count(`trace_id = '${String(r.headers["x-trace-id"])}'`)).toBe(1);
  });

  it("exports as CSV, logged as an export", async () => {
    const coord = await t.login("coord21");
    const r = await coord.get("/api/v1/audit-log?format=csv");
    expect(r.status).toBe(200);
    expect(String(r.headers["content-type"])).toMatch(/text\/csv/);
    expect(String(r.headers["content-disposition"])).toMatch(/attachment; filename="vsv-logboek-21.csv"/);
    expect(r.body.split("\r\n")[2]).toMatch(/^Nummer;Tijdstip;Account-id;Gebruikersnaam;Rol;Handeling;/);
    expect(r.body).toContain(alice);
    expect(await count("subject_kind = 'audit_log' AND action = 'export'")).toBeGreaterThanOrEqual(1);
  });

  it("refuses another region, other roles and anonymous users, and logs the refusals", async () => {
    const coord = await t.login("coord04");
    expect((await coord.get("/api/v1/audit-log?region=21")).status).toBe(403);
    const own = (await coord.get("/api/v1/audit-log")).json();
    expect(own.items.every((i: { region: string }) => i.region === "04")).toBe(true);
    for (const user of ["officer21", "analyst", "admin"]) {
      const c = await t.login(user);
      expect((await c.get("/api/v1/audit-log")).status, user).toBe(403);
    }
    expect((await t.anonymous().get("/api/v1/audit-log")).status).toBe(401);
    expect(await count("action = 'denied' AND subject_kind = 'audit_log'")).toBe(4);
    expect(await count("action = 'denied' AND actor_role = 'anonymous' AND details->>'route' = '/api/v1/audit-log'")).toBe(1);
  });
});
