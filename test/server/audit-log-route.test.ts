/**
 * GET /api/v1/audit-log: coordinators read their own region's log (and that read is logged), nobody else does;
 * the log shows person references, never person numbers; filters by user name, person reference, action, activity
 * and Dutch period; the grouped view (one line per request); a Dutch CSV with local times; a changed case names
 * its changed fields.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "../../src/store/audit.js";
import { personRef } from "../../src/store/pseudonym.js";
import { listPerson } from "../store/case-seed.js";
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
    officerId = (await t.createUser({ username: "officer21", displayName: "Olga Visser", role: "regional_officer", regions: ["21"] })).id;
    await t.createUser({ username: "coord21", role: "regional_coordinator", regions: ["21"] });
    await t.createUser({ username: "coord04", role: "regional_coordinator", regions: ["04"] });
    await t.createUser({ username: "analyst", role: "national_analyst" });
    await t.createUser({ username: "admin", role: "administrator" });
    const actor = { id: officerId, role: "regional_officer" };
    await recordAudit(t.sql, { actor, action: "read", activity: "signal_list", persons: [alice, bob], region: "21", details: { route: "/api/v1/signals" } });
    await recordAudit(t.sql, { actor, action: "update", activity: "case_work", subjectKind: "case", persons: [alice], region: "21", details: { route: "/api/v1/cases/:id" } });
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
    expect(entries[0]).toMatchObject({ action: "update", person_ref: alice, actor_username: "officer21", actor_display_name: "Olga Visser", actor_role: "regional_officer" });
    expect(body.view).toBe("entries");
    expect(entries[0].purpose).toMatch(/^case_work: Begeleiden/);
    expect(r.headers["cache-control"]).toBe("no-store");
    expect(r.body).not.toMatch(/123456782|111222333/);
  });

  it("filters by person reference (or its start), action and activity", async () => {
    const coord = await t.login("coord21");
    const byPerson = (await coord.get(`/api/v1/audit-log?personRef=${bob}`)).json();
    expect(byPerson.items.map((i: { person_ref: string }) => i.person_ref)).toEqual([bob]);
    const byStart = (await coord.get(`/api/v1/audit-log?personRef=${bob.slice(0, 8)}`)).json();
    expect(byStart.items.map((i: { person_ref: string }) => i.person_ref)).toContain(bob);
    const updates = (await coord.get("/api/v1/audit-log?action=update&activity=case_work")).json();
    expect(updates.total).toBe(1);
    expect((await coord.get("/api/v1/audit-log?activity=signal_list")).json().total).toBe(2);
    for (const bad of ["personRef=123456782", "activity=snooping", "user=", "from=2026-02-30", "from=2026-03-02&to=2026-03-01"]) {
      const r = await coord.get(`/api/v1/audit-log?${bad}`);
      expect(r.status, bad).toBe(400);
      expect(r.json().detail, bad).toMatch(/[a-z]/);
    }
  });

  it("filters by user name or display name, not by account number", async () => {
    const coord = await t.login("coord21");
    for (const user of ["officer", "Visser", "olga%20vis"]) {
      const r = (await coord.get(`/api/v1/audit-log?user=${user}`)).json();
      expect(r.total, user).toBe(3);
      expect(r.items.every((i: { actor_username: string }) => i.actor_username === "officer21"), user).toBe(true);
    }
    expect((await coord.get("/api/v1/audit-log?user=nobody")).json().total).toBe(0);
    expect((await coord.get(`/api/v1/audit-log?user=%23${officerId}`)).json().total).toBe(3);
  });

  it("reads the period as Dutch dates", async () => {
    const coord = await t.login("coord21");
    // 23:30 UTC on 14 January is 00:30 on 15 January in the Netherlands.
    await t.sql.query("INSERT INTO audit_log (at, actor_id, actor_role, action, subject_kind, subject_pseudonym, purpose, region) VALUES ('2026-01-14T23:30:00Z', $1, 'regional_officer', 'read', 'case', $2, 'case_work: x', '21')", [officerId, alice]);
    const on15 = (await coord.get("/api/v1/audit-log?from=2026-01-15&to=2026-01-15")).json();
    expect(on15.items.map((i: { at: string }) => i.at)).toEqual(["2026-01-14T23:30:00.000Z"]);
    expect((await coord.get("/api/v1/audit-log?from=2026-01-14&to=2026-01-14")).json().total).toBe(0);
    expect((await coord.get("/api/v1/audit-log?to=2000-01-01")).json().total).toBe(0);
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
    const lines = r.body.split("\r\n");
    expect(lines[2]).toBe("Tijdstip;Gebruikersnaam;Naam;Accountnummer;Rol;Handeling;Omschrijving;Soort gegevens;Referentie;Regio;Activiteit;Verwerkingsdoel;Trace-id;Details;Logboeknummer");
    // One row per entry, local time, names and Dutch words.
    const dutch = lines.find((l) => l.startsWith("2026-01-15 00:30:00;"));
    expect(dutch).toBeDefined();
    expect(dutch).toContain(";officer21;Olga Visser;");
    const update = lines.find((l) => l.includes(";gewijzigd;"))!;
    expect(update).toContain(";Trajectbegeleider Doorstroompunt;gewijzigd;wijzigde dossier, 1 jongere;dossier;");
    expect(update).toContain(";Trajectbegeleiding;Begeleiden van voortijdig schoolverlaters");
    expect(lines.filter((l) => l.includes(";Signaallijst (RMC);")).map((l) => l.split(";")[8]).sort()).toEqual([alice, bob].sort());
    expect(r.body).toContain(alice);
    expect(await count("subject_kind = 'audit_log' AND action = 'export'")).toBeGreaterThanOrEqual(1);
  });

  it("groups the entries of one request into one line, paging by groups", async () => {
    const coord = await t.login("coord21");
    const trace = "3b5c0f3e-8f0a-4e57-9d3c-5f0e2a7c1b01";
    const persons = Array.from({ length: 50 }, (_, i) => personRef(TEST_KEY, String(300_000_000 + i)));
    await recordAudit(t.sql, { actor: { id: officerId, role: "regional_officer" }, action: "read", activity: "signal_list", subjectKind: "signal_list", persons, region: "21", traceId: trace });
    const r = await coord.get(`/api/v1/audit-log?view=grouped&traceId=${trace}`);
    expect(r.status, r.body).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ view: "grouped", total: 1, page: 1 });
    expect(body.items[0]).toMatchObject({ trace_id: trace, actor_username: "officer21", actor_display_name: "Olga Visser", action: "read", count: 50, persons: 50, regions: ["21"], summary: "bekeek signaallijst, 50 jongeren", entries_complete: true });
    expect(body.items[0].entries).toHaveLength(50);
    expect(body.items[0].entries[0]).toEqual({ id: expect.any(Number), at: expect.stringMatching(/Z$/), person_ref: expect.stringMatching(/^p[0-9a-f]{24}$/), region: "21", details: {} });
    // Paging counts groups: the 50 entries are one group among the region's others.
    const entries = (await coord.get("/api/v1/audit-log?pageSize=1")).json().total;
    const groups = (await coord.get("/api/v1/audit-log?view=grouped&pageSize=1")).json();
    expect(groups.items).toHaveLength(1);
    // (The entries request itself added one entry, its own reading of the log.)
    expect(groups.total).toBeLessThanOrEqual(entries + 1 - 49);
    const page2 = (await coord.get("/api/v1/audit-log?view=grouped&pageSize=1&page=2")).json();
    expect(page2.total).toBe(groups.total + 1); // plus the previous request's reading of the log
    // That one new group moved the earlier first group to page 2.
    expect(page2.items[0]).toEqual(groups.items[0]);
  });

  it("names the fields a PATCH of a case changed, without their values", async () => {
    const carol = { key: "222333444", ref: personRef(TEST_KEY, "222333444") };
    await listPerson(t.sql, carol, { region: "21" });
    const officer = await t.login("officer21");
    const opened = await officer.post("/api/v1/cases", { person_ref: carol.ref });
    expect(opened.status, opened.body).toBe(201);
    const c = opened.json().case;
    const patched = await officer.patch(`/api/v1/cases/${c.id}`, { version: c.version, status: "contacting", next_step: "Bellen met school", officer_id: c.officer_id });
    expect(patched.status, patched.body).toBe(200);
    const coord = await t.login("coord21");
    const log = (await coord.get(`/api/v1/audit-log?personRef=${carol.ref}&action=update`)).json();
    expect(log.items).toHaveLength(1);
    // The officer did not change (it was sent unchanged), so it is not named.
    expect(log.items[0].details.changed).toEqual(["status", "next_step"]);
    expect(JSON.stringify(log.items[0].details)).not.toContain("Bellen");
    const grouped = (await coord.get(`/api/v1/audit-log?view=grouped&personRef=${carol.ref}&action=update`)).json();
    expect(grouped.items[0].summary).toBe("wijzigde dossier: status, volgende stap");
    const csv = (await coord.get(`/api/v1/audit-log?format=csv&personRef=${carol.ref}`)).body;
    expect(csv).toContain(";wijzigde dossier: status, volgende stap;");
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
