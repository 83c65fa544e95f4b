/**
 * The demo case work `vsv start` adds (src/store/casework-demo.ts; docs/casework.md, "Demo"), on PGlite and
 * PostgreSQL: a workload with open, overdue and no-contact cases, a handover waiting in the primary coordinator's
 * incoming queue, absence reports from the demo school, real history and audit entries by the demo accounts — and
 * nothing more the second time, or when the region already has cases. `vsv start` itself: test/cli/start-cli.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openOperationalStore, type OperationalStore } from "../../src/store/index.js";
import { DEMO_CASES, DEMO_ABSENCE, DEMO_SOURCE, addDays, ensureDemoCasework } from "../../src/store/casework-demo.js";
import { ensureDemoAccounts } from "../../src/store/demo-accounts.js";
import { findAccountByUsername } from "../../src/store/accounts.js";
import { listIncomingHandovers } from "../../src/store/case-handover.js";
import { workloadOf } from "../../src/store/workload.js";
import { queryAudit } from "../../src/store/audit.js";
import { scopedSql } from "../../src/store/scope.js";
import { NO_CONTACT_DAYS } from "../../src/domain/casework/case-status.js";
import { Targets, storeKinds } from "./store-targets.js";
import { listedPerson } from "./case-seed.js";

const kinds = await storeKinds();
const places = { regions: { primary: "21", secondary: "19" }, institution: "90AX" };
const TODAY = "2026-12-07";

/** Every table the demo writes, counted. */
async function counts(sql: OperationalStore): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ["cases", "case_contacts", "case_events", "handovers", "absence_reports", "audit_log"]) {
    const [{ n }] = (await sql.query<{ n: number }>(`SELECT count(*) AS n FROM ${t}`)) as [{ n: number }];
    out[t] = n;
  }
  return out;
}

describe.each(kinds)("demo case work on %s", (kind) => {
  const targets = new Targets(kind);
  let sql: OperationalStore;
  let ids: Record<string, number>;

  beforeAll(async () => {
    sql = await openOperationalStore(await targets.fresh());
    // The lists: persons in the primary region, one only in the secondary region, pupils of the demo school.
    for (let i = 0; i < DEMO_CASES.length + 3; i++) await listedPerson(sql, { region: "21" });
    await listedPerson(sql, { region: "19" });
    for (let i = 0; i < DEMO_ABSENCE.length; i++) {
      const pupil = await listedPerson(sql, { region: "21", institution: "90AX" });
      // A newer row on the Doorstroompunt's target-group list elsewhere, which the school does not see: the report
      // still goes to the region of the school's own row.
      await sql.query(
        `INSERT INTO signals (person_ref, person_key, list, source, teljaar, region, institution, target_group) VALUES ($1, $2, 'target_group', 'engine', '2024-2025', '19', '90AX', 'vsv')`,
        [pupil.ref, pupil.key],
      );
    }
    await ensureDemoAccounts(sql, places);
    ids = {};
    for (const u of ["demo-coordinator", "demo-begeleider", "demo-begeleider2", "demo-begeleider-andere-regio", "demo-school"]) ids[u] = (await findAccountByUsername(sql, u))!.id;
  }, 60_000);
  afterAll(async () => {
    await sql?.close();
    await targets.cleanup();
  });

  it("gives the primary coordinator a workload with open, overdue and no-contact cases, spread over both officers and unassigned", async () => {
    const result = await ensureDemoCasework(sql, places, TODAY);
    expect(result).toMatchObject({ region: "21", seeded: true, handovers: 1, absenceReports: DEMO_ABSENCE.length });
    const load = await workloadOf(sql, "21", TODAY);
    // 12 planned cases (2 closed) and the one handed over: 11 open.
    expect(load.total).toEqual({ open_cases: 11, overdue_next_steps: 3, without_contact: 4 });
    expect(result).toMatchObject({ cases: 13, open: 11, overdue: 3, withoutContact: 4 });
    const of = (id: number) => load.officers.find((o) => o.officer_id === id)!;
    expect(of(ids["demo-begeleider"]!).open_cases).toBe(4);
    expect(of(ids["demo-begeleider2"]!).open_cases).toBe(3);
    expect(load.unassigned.open_cases).toBe(4);
    expect(load.no_contact_days).toBe(NO_CONTACT_DAYS);

    const statuses = await sql.query<{ status: string; n: number }>("SELECT status, count(*) AS n FROM cases WHERE region = '21' GROUP BY status ORDER BY status");
    expect(Object.fromEntries(statuses.map((s) => [s.status, s.n]))).toEqual({ back_in_education: 1, closed: 2, contacting: 3, guidance: 3, new: 3, no_contact: 1 });
    const closed = await sql.query<{ closed_reason: string; outcome_one_year: string | null }>("SELECT closed_reason, outcome_one_year FROM cases WHERE region = '21' AND status = 'closed' ORDER BY id");
    expect(closed).toEqual([{ closed_reason: "back_in_education", outcome_one_year: "in_education" }, { closed_reason: "working", outcome_one_year: null }]);
    // Dates count back from today; none lies in the future.
    const [dates] = await sql.query<{ first: string; last: string }>("SELECT min(contact_on)::text AS first, max(contact_on)::text AS last FROM case_contacts");
    expect(dates!.last <= TODAY && dates!.first >= addDays(TODAY, -90)).toBe(true);
  });

  it("puts a handover from the secondary region, with its note and next step, in the primary coordinator's incoming queue", async () => {
    const coordinator = scopedSql(sql, { regions: ["21"], institutions: [] });
    const incoming = await listIncomingHandovers(coordinator, { regions: ["21"], waiting: true });
    expect(incoming.waiting).toBe(1);
    expect(incoming.rows[0]).toMatchObject({ from_region: "19", to_region: "21", case_status: "new", officer_id: null, next_step: "Kennismakingsgesprek plannen", next_step_due: addDays(TODAY, 10) });
    expect(incoming.rows[0]!.note).toMatch(/verhuisd naar uw regio/);
    // The receiving case came with copies of the sending region's contact moments.
    const [copied] = await sql.query<{ n: number }>("SELECT count(*) AS n FROM case_contacts WHERE case_id = $1", [incoming.rows[0]!.to_case]);
    expect(copied!.n).toBe(2);
  });

  it("files the school's absence reports with a period and a note, as the demo school", async () => {
    const reports = await sql.query<{ created_by: number; institution: string; region: string; note: string; absent_from: string; absent_to: string; kind: string }>(
      "SELECT created_by, institution, region, note, absent_from::text, absent_to::text, kind FROM absence_reports ORDER BY id",
    );
    expect(reports).toHaveLength(DEMO_ABSENCE.length);
    for (const r of reports) expect(r).toMatchObject({ created_by: ids["demo-school"], institution: "90AX", region: "21", note: expect.stringMatching(/\w/) });
    // Without birth dates on the list the store cannot refuse statutory absence: the plan's kinds stand.
    expect(reports.map((r) => r.kind)).toEqual(DEMO_ABSENCE.map((a) => a.kind));
    expect(reports[0]).toMatchObject({ absent_from: addDays(TODAY, -18), absent_to: addDays(TODAY, -16) });
  });

  it("writes the history and the audit log as the demo accounts, in the regions concerned, without person data in notes", async () => {
    const events = await sql.query<{ actor_id: number | null }>("SELECT DISTINCT actor_id FROM case_events");
    expect(events.map((e) => e.actor_id).sort()).toEqual([ids["demo-coordinator"], ids["demo-begeleider"], ids["demo-begeleider2"], ids["demo-begeleider-andere-regio"]].sort());
    const log = await queryAudit(sql, { regions: ["21"], limit: 1000 });
    expect(log.total).toBeGreaterThan(40);
    for (const row of log.rows) {
      expect(row.actor_username).toMatch(/^demo-/);
      expect(row.subject_pseudonym).toMatch(/\S/);
      expect(row.details).toMatchObject({ source: DEMO_SOURCE });
    }
    // One create per case opened in the region (the handed-over one's in the receiving region too).
    const created = log.rows.filter((r) => r.action === "create" && r.subject_kind === "case");
    expect(created).toHaveLength(13);
    expect((await queryAudit(sql, { regions: ["19"] })).rows.map((r) => r.actor_username)).toEqual(expect.arrayContaining(["demo-begeleider-andere-regio"]));
    const school = await queryAudit(sql, { regions: ["21"], actorId: ids["demo-school"], limit: 100 });
    expect(school.rows.map((r) => r.action)).toEqual(DEMO_ABSENCE.map(() => "create"));
    const notes = await sql.query<{ note: string }>("SELECT note FROM case_contacts UNION ALL SELECT note FROM absence_reports UNION ALL SELECT note FROM handovers");
    for (const { note } of notes) expect(note).not.toMatch(/\d{4,}|@|\b\d{4} ?[A-Z]{2}\b/);
  });

  it("adds nothing the second time (the primary region has cases)", async () => {
    const before = await counts(sql);
    const again = await ensureDemoCasework(sql, places, TODAY);
    expect(again).toMatchObject({ seeded: false, reason: "region 21 already has cases", cases: 0 });
    expect(await counts(sql)).toEqual(before);
  });

  it("adds nothing over users' work: a store whose primary region has a case of its own is left alone", async () => {
    const other = await openOperationalStore(await targets.fresh());
    try {
      const p = await listedPerson(other, { region: "21" });
      await other.query("INSERT INTO cases (person_ref, person_key, region) VALUES ($1, $2, '21')", [p.ref, p.key]);
      const before = await counts(other);
      expect((await ensureDemoCasework(other, places, TODAY)).seeded).toBe(false);
      expect(await counts(other)).toEqual(before);
    } finally {
      await other.close();
    }
  });
});
