import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openOperationalStore, type OperationalStore } from "../../src/store/index.js";
import type { Sql } from "../../src/store/sql.js";
import { openCase } from "../../src/store/cases.js";
import { addContact } from "../../src/store/case-contacts.js";
import { recordAbsenceReport } from "../../src/store/absence-reports.js";
import { recordAudit } from "../../src/store/audit.js";
import { runRetention } from "../../src/store/retention.js";
import { scheduleRetention } from "../../src/server/casework/retention-schedule.js";
import type { RetentionResult } from "../../src/store/retention.js";
import { Targets, storeKinds } from "./store-targets.js";
import { addAccount, listPerson, listedPerson, newPerson } from "./case-seed.js";
import { vsv } from "../support/cli.js";
import { tempDir } from "../support/temp-dirs.js";

const kinds = await storeKinds();

/** The run's clock: 1 March 2031. Cut-offs: closed before 2026-03-01, reports before 2026-03-01, teljaren before 2028-2029, login attempts before 2031-01-30. */
const NOW = new Date("2031-03-01T00:00:00Z");

interface Seeded {
  kept: { cases: number[]; reports: number[]; signals: number[]; attempts: number[]; sessions: string[] };
  gone: { cases: number[]; reports: number[]; signals: number[]; attempts: number[]; sessions: string[] };
  contactsGone: number;
  eventsGone: number;
  keptHandoverCase: number;
}

async function closeAt(sql: Sql, id: number, at: string) {
  await sql.query("UPDATE cases SET status = 'closed', closed_reason = 'working', closed_at = $2 WHERE id = $1", [id, at]);
}

/** Old and fresh data of every kind the retention job looks at. */
async function seed(sql: Sql): Promise<Seeded> {
  const officer = await addAccount(sql, { role: "regional_officer", regions: ["21", "13"] });
  const s: Seeded = {
    kept: { cases: [], reports: [], signals: [], attempts: [], sessions: [] },
    gone: { cases: [], reports: [], signals: [], attempts: [], sessions: [] },
    contactsGone: 0,
    eventsGone: 0,
    keptHandoverCase: 0,
  };
  const person = () => listedPerson(sql, { region: "21", teljaar: "2030-2031" });
  const report = async (ref: string, reportedOn: string, caseId: number | null) =>
    (await recordAbsenceReport(sql, { personRef: ref as never, institution: "27GZ", region: "21", reportedOn, kind: "statutory", hours: 4, caseId, createdBy: officer })).id;

  // A closed case past the period, with contacts and events: removed with them.
  const a = await person();
  const oldClosed = await openCase(sql, { personRef: a.ref, region: "21", actorId: officer });
  await addContact(sql, oldClosed.id, { contactOn: "2025-01-01", channel: "phone", reached: true, note: "oud" }, officer);
  await addContact(sql, oldClosed.id, { contactOn: "2025-02-01", channel: "letter", reached: false, note: "oud" }, officer);
  await closeAt(sql, oldClosed.id, "2026-02-28T12:00:00Z");
  s.gone.cases.push(oldClosed.id);
  s.contactsGone += 2;
  // Reports: linked to the old closed case; old and unlinked — both removed; fresh — kept.
  s.gone.reports.push(await report(a.ref, "2025-06-01", oldClosed.id), await report(a.ref, "2026-02-28", null));
  s.kept.reports.push(await report(a.ref, "2026-03-01", null));
  s.eventsGone += 4; // opened, contact_added, status_changed, contact_added (+ absence_linked, counted below)
  s.eventsGone += 1;

  // A closed case within the period: kept; an old report linked to it is removed (not an open case).
  const b = await person();
  const freshClosed = await openCase(sql, { personRef: b.ref, region: "21", actorId: officer });
  await closeAt(sql, freshClosed.id, "2026-03-01T00:00:01Z");
  s.kept.cases.push(freshClosed.id);
  s.gone.reports.push(await report(b.ref, "2020-01-01", freshClosed.id));

  // An open case opened long ago: kept, and so is an old report linked to it.
  const c = await person();
  const open = await openCase(sql, { personRef: c.ref, region: "21", actorId: officer });
  await sql.query("UPDATE cases SET opened_at = '2019-05-01T00:00:00Z' WHERE id = $1", [open.id]);
  s.kept.cases.push(open.id);
  s.kept.reports.push(await report(c.ref, "2019-06-01", open.id));

  // A case handed over long ago: the old closed sending case goes, the receiving open case stays without the link.
  const d = await person();
  await listPerson(sql, d, { region: "13", teljaar: "2030-2031" });
  const sending = await openCase(sql, { personRef: d.ref, region: "21", actorId: officer });
  const receiving = await openCase(sql, { personRef: d.ref, region: "13", actorId: officer });
  await sql.query("UPDATE cases SET handed_over_from = $1 WHERE id = $2", [sending.id, receiving.id]);
  await sql.query("UPDATE cases SET handed_over_to = $2, status = 'closed', closed_reason = 'handed_over', closed_at = '2024-01-01T00:00:00Z' WHERE id = $1", [sending.id, receiving.id]);
  s.gone.cases.push(sending.id);
  s.kept.cases.push(receiving.id);
  s.keptHandoverCase = receiving.id;
  s.eventsGone += 1;

  // Signal rows: teljaren before 2028-2029 go.
  const listed = async (teljaar: string) => {
    const p = newPerson();
    await listPerson(sql, p, { region: "21", teljaar });
    const [row] = await sql.query<{ id: number }>("SELECT id FROM signals WHERE person_ref = $1", [p.ref]);
    return row!.id;
  };
  s.gone.signals.push(await listed("2026-2027"), await listed("2027-2028"));
  s.kept.signals.push(await listed("2028-2029"), await listed("2029-2030"));
  s.kept.signals.push(...(await sql.query<{ id: number }>("SELECT id FROM signals WHERE teljaar = '2030-2031'")).map((r) => r.id));

  // Login attempts past 30 days go; sessions that expired go.
  const attempt = async (at: string) =>
    (await sql.query<{ id: number }>("INSERT INTO login_attempts (at, username_hash, client, succeeded) VALUES ($1, 'h', '127.0.0.1', false) RETURNING id", [at]))[0]!.id;
  s.gone.attempts.push(await attempt("2031-01-29T23:59:59Z"));
  s.kept.attempts.push(await attempt("2031-01-30T00:00:01Z"));
  const session = async (token: string, expires: string) => {
    await sql.query("INSERT INTO sessions (token_hash, account_id, csrf_token, expires_at) VALUES ($1, $2, 'c', $3)", [token, officer, expires]);
    return token;
  };
  s.gone.sessions.push(await session("expired", "2031-02-28T23:00:00Z"));
  s.kept.sessions.push(await session("valid", "2031-03-01T08:00:00Z"));
  return s;
}

async function ids(sql: Sql, table: string, column = "id"): Promise<unknown[]> {
  return (await sql.query<Record<string, unknown>>(`SELECT ${column} AS id FROM ${table} ORDER BY ${column}`)).map((r) => r.id);
}

async function expectExactlyOldRemoved(sql: Sql, s: Seeded) {
  const sorted = (list: unknown[]) => [...list].sort((x, y) => String(x).localeCompare(String(y), "en", { numeric: true }));
  expect(sorted(await ids(sql, "cases"))).toEqual(sorted(s.kept.cases));
  expect(sorted(await ids(sql, "absence_reports"))).toEqual(sorted(s.kept.reports));
  expect(sorted(await ids(sql, "signals"))).toEqual(sorted(s.kept.signals));
  expect(await ids(sql, "login_attempts")).toEqual(s.kept.attempts);
  expect(await ids(sql, "sessions", "token_hash")).toEqual(s.kept.sessions);
  expect(await sql.query("SELECT id FROM case_contacts WHERE case_id = ANY($1::bigint[])", [s.gone.cases])).toEqual([]);
  expect(await sql.query("SELECT id FROM case_events WHERE case_id = ANY($1::bigint[])", [s.gone.cases])).toEqual([]);
  const [kept] = await sql.query<{ handed_over_from: number | null }>("SELECT handed_over_from FROM cases WHERE id = $1", [s.keptHandoverCase]);
  expect(kept!.handed_over_from).toBeNull();
}

describe.each(kinds)("the retention job on %s", (kind) => {
  const targets = new Targets(kind);
  let sql: OperationalStore;
  let seeded: Seeded;

  beforeAll(async () => {
    sql = await openOperationalStore(await targets.fresh());
    seeded = await seed(sql);
  });
  afterAll(async () => {
    await sql?.close();
    await targets.cleanup();
  });

  it("removes exactly what is past its period, writes one audit entry with the counts, and leaves the audit log's rows alone", async () => {
    await recordAudit(sql, { actor: { id: 1, role: "regional_officer" }, action: "read", activity: "case_work", persons: [newPerson().ref], region: "21" });
    const logBefore = await sql.query<{ id: number }>("SELECT id FROM audit_log ORDER BY id");
    const result = await runRetention(sql, NOW);
    expect(result.removed).toEqual({
      closed_cases: seeded.gone.cases.length,
      case_contacts: seeded.contactsGone,
      case_events: seeded.eventsGone,
      absence_reports: seeded.gone.reports.length,
      signals: seeded.gone.signals.length,
      login_attempts: 1,
      sessions: 1,
    });
    expect(result.cutoffs.signalsTeljaarBefore).toBe("2028-2029");
    await expectExactlyOldRemoved(sql, seeded);

    const logAfter = await sql.query<{ id: number; actor_id: number | null; actor_role: string; action: string; purpose: string; subject_pseudonym: string | null; details: any }>(
      "SELECT id, actor_id, actor_role, action, purpose, subject_pseudonym, details FROM audit_log ORDER BY id",
    );
    expect(logAfter.slice(0, logBefore.length).map((r) => r.id)).toEqual(logBefore.map((r) => r.id));
    expect(logAfter).toHaveLength(logBefore.length + 1);
    const entry = logAfter.at(-1)!;
    expect(entry).toMatchObject({ actor_id: null, actor_role: "system", action: "delete", subject_pseudonym: null });
    expect(entry.purpose).toMatch(/^retention: /);
    expect(entry.details.removed).toEqual(result.removed);
    expect(entry.details.now).toBe(NOW.toISOString());
  });

  it("removes nothing more when run again, and still logs the run", async () => {
    const [before] = await sql.query<{ n: number }>("SELECT count(*) AS n FROM audit_log");
    const again = await runRetention(sql, NOW);
    expect(Object.values(again.removed)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    await expectExactlyOldRemoved(sql, seeded);
    const [after] = await sql.query<{ n: number }>("SELECT count(*) AS n FROM audit_log");
    expect(after!.n).toBe(before!.n + 1);
  });
});

describe("the schedule", () => {
  it("runs shortly after start and then at every interval, until stopped", async () => {
    const calls: Date[] = [];
    const fake = {
      kind: "pglite",
      transaction: async () => {
        calls.push(new Date());
        return { cutoffs: {}, removed: {} } as RetentionResult;
      },
    } as unknown as Sql;
    const runs: RetentionResult[] = [];
    const schedule = scheduleRetention(fake, { firstRunAfterMs: 5, intervalMs: 20, now: () => NOW, onRun: (r) => runs.push(r) });
    await new Promise((resolve) => setTimeout(resolve, 120));
    schedule.stop();
    const seen = runs.length;
    expect(seen).toBeGreaterThanOrEqual(3);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(runs.length).toBe(seen);
  });

  it("reports a failed run and tries again at the next interval", async () => {
    const errors: string[] = [];
    const failing = { kind: "pglite", transaction: () => Promise.reject(new Error("store unreachable")) } as unknown as Sql;
    const schedule = scheduleRetention(failing, { firstRunAfterMs: 0, intervalMs: 15, onError: (e) => errors.push(e.message) });
    await new Promise((resolve) => setTimeout(resolve, 60));
    schedule.stop();
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors[0]).toBe("store unreachable");
  });
});

describe("vsv retention run", () => {
  // The command uses DATABASE_URL when set: these runs are about the embedded store of --data-dir only.
  const databaseUrl = process.env.DATABASE_URL;
  beforeAll(() => {
    delete process.env.DATABASE_URL;
  });
  afterAll(() => {
    if (databaseUrl !== undefined) process.env.DATABASE_URL = databaseUrl;
  });

  it("removes what is past its period in the embedded store of --data-dir and prints the counts", async () => {
    const dataDir = tempDir("vsv-retention-cli-");
    const store = await openOperationalStore({ dataDir });
    const seeded = await seed(store);
    await store.close();
    const run = await vsv("retention", "run", "--data-dir", dataDir, "--now", "2031-03-01", "--format", "json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed.removed).toMatchObject({ closed_cases: 2, absence_reports: 3, signals: 2, login_attempts: 1, sessions: 1 });
    const after = await openOperationalStore({ dataDir });
    try {
      await expectExactlyOldRemoved(after, seeded);
    } finally {
      await after.close();
    }
    const table = await vsv("retention", "run", "--data-dir", dataDir, "--now", "2031-03-01");
    expect(table.stdout).toMatch(/closed_cases\s+0\s+closed before 2026-03-01/);
  });

  it("refuses a --now that is not a date, saying how to write it", async () => {
    const run = await vsv("retention", "run", "--data-dir", tempDir("vsv-retention-cli-"), "--now", "1-3-2031");
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/use YYYY-MM-DD/);
  });
});
