/**
 * One case as the store hands it out, and the small pieces every case function shares: the column list (which
 * leaves out `person_key`: the BSN/onderwijsnummer never leaves the store), reading a case, writing a case event.
 */
import type { CaseStatus, CloseReason, Outcome } from "../domain/casework/case-status.js";
import type { PersonRef } from "./pseudonym.js";
import type { Sql } from "./sql.js";

export interface CaseRecord {
  readonly id: number;
  readonly person_ref: PersonRef;
  readonly region: string;
  readonly status: CaseStatus;
  readonly closed_reason: CloseReason | null;
  readonly officer_id: number | null;
  readonly next_step: string | null;
  /** ISO date (YYYY-MM-DD). */
  readonly next_step_due: string | null;
  readonly teljaar: string | null;
  readonly opened_at: Date;
  readonly updated_at: Date;
  readonly closed_at: Date | null;
  readonly version: number;
  readonly handed_over_from: number | null;
  readonly handed_over_to: number | null;
  readonly outcome_one_year: Outcome | null;
  readonly outcome_recorded_at: Date | null;
}

/** The columns of a CaseRecord, for SELECT and RETURNING; dates as ISO text so both drivers agree. */
export function caseColumns(alias = ""): string {
  const a = alias ? `${alias}.` : "";
  return [
    "id",
    "person_ref",
    "region",
    "status",
    "closed_reason",
    "officer_id",
    "next_step",
    "next_step_due::text AS next_step_due",
    "teljaar",
    "opened_at",
    "updated_at",
    "closed_at",
    "version",
    "handed_over_from",
    "handed_over_to",
    "outcome_one_year",
    "outcome_recorded_at",
  ]
    .map((c) => a + c)
    .join(", ");
}

export async function readCase(sql: Sql, id: number, lock = false): Promise<CaseRecord | null> {
  const [row] = await sql.query<CaseRecord>(`SELECT ${caseColumns()} FROM cases WHERE id = $1${lock ? " FOR UPDATE" : ""}`, [id]);
  return row ?? null;
}

/** The kinds of history a case records (case_events.kind). */
export type CaseEventKind =
  | "opened"
  | "status_changed"
  | "assigned"
  | "next_step_set"
  | "contact_added"
  | "closed"
  | "outcome_recorded"
  | "handed_over_to_region"
  | "received_from_region"
  | "absence_linked";

/** Appends one event to a case's history. `details` holds what changed (from/to), never the BSN. */
export async function recordCaseEvent(sql: Sql, caseId: number, kind: CaseEventKind, actorId: number | null, details: Record<string, unknown>): Promise<void> {
  await sql.query("INSERT INTO case_events (case_id, actor_id, kind, details) VALUES ($1, $2, $3, $4::jsonb)", [caseId, actorId, kind, JSON.stringify(details)]);
}
