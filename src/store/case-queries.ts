/**
 * Reading cases: one case with its contacts, history and absence reports, and the case list of an officer's
 * regions with its filters (status, officer, overdue next step, no contact for NO_CONTACT_DAYS days) and paging.
 * Scope is the caller's: these functions take the regions to show, the routes pass the actor's. docs/casework.md.
 */
import { type CaseStatus, NO_CONTACT_DAYS } from "../domain/casework/case-status.js";
import { type AbsenceReport, listAbsenceReports } from "./absence-reports.js";
import { type CaseContact, listContacts } from "./case-contacts.js";
import { type IncomingHandover, type OutgoingHandover, handoverInto, handoverOutOf } from "./case-handover.js";
import { type CaseEventKind, type CaseRecord, caseColumns } from "./case-record.js";
import type { PersonRef } from "./pseudonym.js";
import type { Sql } from "./sql.js";

/** A case with what a list shows: the officer's name, the person's name (from the signal list), the last contact. */
export interface CaseSummary extends CaseRecord {
  readonly officer_name: string | null;
  readonly family_name: string | null;
  readonly given_names: string | null;
  /** ISO date of the latest contact moment, null when there was none. */
  readonly last_contact_on: string | null;
  readonly contact_count: number;
}

export interface CaseEvent {
  readonly id: number;
  readonly at: Date;
  readonly actor_id: number | null;
  readonly actor_name: string | null;
  readonly kind: CaseEventKind;
  readonly details: Record<string, unknown> | null;
}

/** A contact moment, marked with the region it was copied from when it came with a handover. */
export interface CaseDetailContact extends CaseContact {
  readonly from_region: string | null;
}

export interface CaseDetail {
  readonly case: CaseSummary;
  readonly contacts: CaseDetailContact[];
  readonly events: CaseEvent[];
  /** The person's absence reports in the case's region (linked to this case or not). */
  readonly absence_reports: AbsenceReport[];
  /** The handover that brought this case in: the sender's note, next step, who sent it and when (null: none). */
  readonly handover_in: CaseHandoverIn | null;
  /** The handover that took this case to another region: where to, when, and when it was received (null: none). */
  readonly handover_out: CaseHandoverOut | null;
}

/** What a handover carried, as a case's detail shows it (exactly these fields: the answer's schema is an allow-list). */
type HandoverSent = Pick<IncomingHandover, "id" | "note" | "next_step" | "next_step_due" | "sent_by_name" | "sent_at" | "received_at">;
export type CaseHandoverIn = HandoverSent & Pick<IncomingHandover, "from_region" | "received_by_name">;
export type CaseHandoverOut = HandoverSent & Pick<OutgoingHandover, "to_region">;

function sentPart(h: IncomingHandover | OutgoingHandover): HandoverSent {
  return { id: h.id, note: h.note, next_step: h.next_step, next_step_due: h.next_step_due, sent_by_name: h.sent_by_name, sent_at: h.sent_at, received_at: h.received_at };
}

/** SQL: an open case whose next step is due before `today`. */
export function overdueSql(c: string, today: string): string {
  return `(${c}.closed_at IS NULL AND ${c}.next_step_due < ${today}::date)`;
}

/**
 * SQL: an open case without any contact in the `days` days before `today` — its last contact, or its opening date
 * when it never had one, lies more than `days` days back (Dutch calendar days).
 */
export function withoutContactSql(c: string, lastContact: string, today: string, days: string): string {
  return `(${c}.closed_at IS NULL AND COALESCE(${lastContact}, (${c}.opened_at AT TIME ZONE 'Europe/Amsterdam')::date) < ${today}::date - ${days}::int)`;
}

const SUMMARY_FROM = `
  FROM cases c
  LEFT JOIN accounts a ON a.id = c.officer_id
  LEFT JOIN LATERAL (
    SELECT s.family_name, s.given_names FROM signals s WHERE s.person_ref = c.person_ref
    ORDER BY (s.region = c.region) DESC, s.teljaar DESC, s.loaded_at DESC, s.id DESC LIMIT 1
  ) n ON true
  LEFT JOIN LATERAL (
    SELECT h.family_name, h.given_names FROM handovers h WHERE h.to_case = c.id ORDER BY h.sent_at DESC, h.id DESC LIMIT 1
  ) hn ON true
  LEFT JOIN LATERAL (SELECT max(contact_on) AS last_contact, count(*) AS contact_count FROM case_contacts WHERE case_id = c.id) k ON true`;

/** The name from the region's signal list; for a person who came with a handover only, the name the handover carried. */
const SUMMARY_COLUMNS = `${caseColumns("c")}, a.display_name AS officer_name,
  CASE WHEN n.family_name IS NULL AND n.given_names IS NULL THEN hn.family_name ELSE n.family_name END AS family_name,
  CASE WHEN n.family_name IS NULL AND n.given_names IS NULL THEN hn.given_names ELSE n.given_names END AS given_names,
  k.last_contact::text AS last_contact_on, k.contact_count`;

/** One case with its contacts (newest first), history (oldest first) and the person's absence reports in its region. */
export async function getCaseDetail(sql: Sql, id: number): Promise<CaseDetail | null> {
  const [summary] = await sql.query<CaseSummary>(`SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} WHERE c.id = $1`, [id]);
  if (!summary) return null;
  const events = await sql.query<CaseEvent>(
    `SELECT e.id, e.at, e.actor_id, a.display_name AS actor_name, e.kind, e.details
     FROM case_events e LEFT JOIN accounts a ON a.id = e.actor_id WHERE e.case_id = $1 ORDER BY e.at, e.id`,
    [id],
  );
  const copiedFrom = new Map<number, string>();
  for (const e of events) {
    if (e.kind !== "received_from_region" || !e.details) continue;
    const ids = e.details.copied_contact_ids;
    if (Array.isArray(ids)) for (const contactId of ids) copiedFrom.set(Number(contactId), String(e.details.from_region));
  }
  const contacts = (await listContacts(sql, id)).map((k) => ({ ...k, from_region: copiedFrom.get(k.id) ?? null }));
  const reports = await listAbsenceReports(sql, { scope: { regions: [summary.region], institutions: [] }, personRef: summary.person_ref, limit: 1000 });
  const into = summary.handed_over_from !== null ? await handoverInto(sql, id) : null;
  const outOf = summary.handed_over_to !== null ? await handoverOutOf(sql, id) : null;
  const handoverIn = into ? { ...sentPart(into), from_region: into.from_region, received_by_name: into.received_by_name } : null;
  const handoverOut = outOf ? { ...sentPart(outOf), to_region: outOf.to_region } : null;
  return { case: summary, contacts, events, absence_reports: reports.rows, handover_in: handoverIn, handover_out: handoverOut };
}

export interface CaseFilter {
  /** The regions to list (the actor's); empty: nothing. */
  readonly regions: readonly string[];
  /** A status, `open` (every status but closed; the default) or `all`. */
  readonly status?: CaseStatus | "open" | "all";
  /** Only this officer's cases; null: only unassigned cases. */
  readonly officerId?: number | null;
  /** Only open cases whose next step is overdue (due before `today`). */
  readonly overdue?: boolean;
  /** Only open cases without contact for NO_CONTACT_DAYS days. */
  readonly withoutContact?: boolean;
  readonly personRef?: PersonRef;
  /** ISO date the overdue and no-contact filters count from (the caller's clock; the store has none). */
  readonly today: string;
  readonly limit?: number;
  readonly offset?: number;
}

/** Cases ordered by next step due (none last), then opening; with the total for paging. */
export async function listCases(sql: Sql, f: CaseFilter): Promise<{ rows: CaseSummary[]; total: number }> {
  const params: unknown[] = [f.regions, f.today, NO_CONTACT_DAYS];
  const where = ["c.region = ANY($1::text[])"];
  const add = (clause: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(clause(`$${params.length}`));
  };
  const status = f.status ?? "open";
  if (status === "open") where.push("c.closed_at IS NULL");
  else if (status !== "all") add((n) => `c.status = ${n}`, status);
  if (f.officerId === null) where.push("c.officer_id IS NULL");
  else if (f.officerId !== undefined) add((n) => `c.officer_id = ${n}`, f.officerId);
  if (f.personRef) add((n) => `c.person_ref = ${n}`, f.personRef);
  if (f.overdue) where.push(overdueSql("c", "$2"));
  if (f.withoutContact) where.push(withoutContactSql("c", "k.last_contact", "$2", "$3"));
  // $2 and $3 are referenced only by some filters; casting them in an always-true clause keeps their types known.
  where.push("$2::date IS NOT NULL AND $3::int IS NOT NULL");
  const filter = where.join(" AND ");
  const [counted] = await sql.query<{ total: number }>(`SELECT count(*) AS total ${SUMMARY_FROM} WHERE ${filter}`, params);
  const limit = Math.max(1, Math.min(f.limit ?? 50, 1000));
  const offset = Math.max(0, f.offset ?? 0);
  const rows = await sql.query<CaseSummary>(
    `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} WHERE ${filter}
     ORDER BY c.next_step_due ASC NULLS LAST, c.opened_at, c.id LIMIT ${limit} OFFSET ${offset}`,
    params,
  );
  return { rows, total: counted?.total ?? 0 };
}
