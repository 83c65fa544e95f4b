/**
 * Where a request's time goes, without HTTP and without concurrency: the store calls the casework routes make,
 * timed one after the other on the seeded store (median and max of `repeat` runs). Under load the answers queue
 * behind each other, so these service times set the throughput; the HTTP figures add routing, sessions and JSON.
 */
import { addContact } from "../../src/store/case-contacts.js";
import { getCaseDetail } from "../../src/store/case-queries.js";
import { recordAudit } from "../../src/store/audit.js";
import { type SignalQuery, listSignals } from "../../src/store/signals.js";
import { scopedSql } from "../../src/store/scope.js";
import type { Sql } from "../../src/store/sql.js";
import { percentile } from "./casework-report.js";

export interface StepTime {
  step: string;
  median_ms: number;
  max_ms: number;
}

async function time(step: string, repeat: number, work: (i: number) => Promise<unknown>): Promise<StepTime> {
  await work(0); // the first run plans and caches: not counted
  const times: number[] = [];
  for (let i = 1; i <= repeat; i++) {
    const t0 = performance.now();
    await work(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { step, median_ms: Math.round(percentile(times, 50) * 10) / 10, max_ms: Math.round(times[times.length - 1]! * 10) / 10 };
}

/** Service times of the steps behind GET /signals, GET /cases/{id} and POST /cases/{id}/contacts for one officer. */
export async function serviceTimes(sql: Sql, o: { region: string; officerId: number; caseIds: readonly number[]; repeat: number }): Promise<StepTime[]> {
  const scope = { regions: [o.region], institutions: [] };
  const scoped = scopedSql(sql, scope);
  const page = (q: Omit<SignalQuery, "list">) => () => listSignals(sql, scope, { list: "possible", page: 1, pageSize: 50, ...q });
  const persons = (await page({})()).items.map((i) => i.person_ref);
  const [big] = await sql.query<{ code: string; n: number }>(
    "SELECT municipality_code AS code, count(*) AS n FROM signals WHERE region = $1 AND list = 'possible' GROUP BY 1 ORDER BY 2 DESC LIMIT 1",
    [o.region],
  );
  const [school] = await sql.query<{ code: string; n: number }>(
    "SELECT institution AS code, count(*) AS n FROM signals WHERE region = $1 AND list = 'possible' GROUP BY 1 ORDER BY 2 DESC LIMIT 1",
    [o.region],
  );
  const caseId = (i: number) => o.caseIds[i % o.caseIds.length]!;
  const actor = { id: o.officerId, role: "regional_officer" };
  const today = new Date().toISOString().slice(0, 10);
  return [
    await time("signal list page (listSignals, 50 of the region's possible list, default sort)", o.repeat, page({})),
    await time("signal list page, sort=name", o.repeat, page({ sort: "name" })),
    await time("signal list page, sort=last_contact", o.repeat, page({ sort: "last_contact" })),
    await time(`signal list page, institution=${school!.code} (${school!.n} rows)`, o.repeat, page({ institution: school!.code })),
    await time(`signal list page, municipality=${big!.code} (${big!.n} rows)`, o.repeat, page({ municipality: big!.code })),
    await time("signal list page, contacted=false", o.repeat, page({ contacted: false })),
    await time("signal list page, contacted=true", o.repeat, page({ contacted: true })),
    await time("audit entries of one list page (recordAudit, 50 persons, one INSERT)", o.repeat, () =>
      recordAudit(sql, { actor, action: "read", activity: "signal_list", subjectKind: "person", persons, region: o.region, details: { route: "/api/v1/signals" } }),
    ),
    await time("case detail (getCaseDetail: case, events, contacts, absence reports)", o.repeat, (i) => getCaseDetail(sql, caseId(i))),
    await time("contact save transaction (addContact + its audit entry)", o.repeat, (i) =>
      sql.transaction(async (tx) => {
        const { case: c } = await addContact(tx, caseId(i), { contactOn: today, channel: "phone", reached: true, note: "Gebeld, afspraak gemaakt." }, o.officerId);
        await recordAudit(tx, { actor, action: "update", activity: "case_work", subjectKind: "case", persons: [c.person_ref], region: o.region, details: { case_id: c.id } });
      }),
    ),
    // What the routes really run: the same steps under the officer's scope (row-level security, docs/auth.md "Scope").
    await time("signal list page, default sort, under the actor's scope (row-level security)", o.repeat, () =>
      listSignals(scoped, scope, { list: "possible", page: 1, pageSize: 50 }),
    ),
    await time("signal list page, sort=last_contact, under the actor's scope", o.repeat, () =>
      listSignals(scoped, scope, { list: "possible", page: 1, pageSize: 50, sort: "last_contact" }),
    ),
    await time("case detail, under the actor's scope", o.repeat, (i) => getCaseDetail(scoped, caseId(i))),
    await time("contact save transaction, under the actor's scope", o.repeat, (i) =>
      scoped.transaction(async (tx) => {
        const { case: c } = await addContact(tx, caseId(i), { contactOn: today, channel: "phone", reached: true, note: "Gebeld, afspraak gemaakt." }, o.officerId);
        await recordAudit(tx, { actor, action: "update", activity: "case_work", subjectKind: "case", persons: [c.person_ref], region: o.region, details: { case_id: c.id } });
      }),
    ),
  ];
}
