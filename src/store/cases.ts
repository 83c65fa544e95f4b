/**
 * Cases (issue 5, part 4): opening one for a person on the region's signal list, changing it under optimistic
 * concurrency, closing it with a reason and recording the outcome one year later. Each change is one transaction
 * that also writes the case's history (case_events). Contacts: case-contacts.ts; handover: case-handover.ts;
 * reading and listing: case-queries.ts. docs/casework.md.
 */
import {
  type CaseStatus,
  type CloseReason,
  type Outcome,
  closeProblem,
  outcomeProblem,
  statusChangeProblem,
} from "../domain/casework/case-status.js";
import { CaseAlreadyOpen, CaseError, VersionConflict } from "./case-errors.js";
import { type CaseEventKind, type CaseRecord, caseColumns, readCase, recordCaseEvent } from "./case-record.js";
import type { PersonRef } from "./pseudonym.js";
import type { Sql } from "./sql.js";

export type { CaseRecord } from "./case-record.js";

export interface OpenCase {
  readonly personRef: PersonRef;
  readonly region: string;
  readonly actorId: number | null;
}

/**
 * Opens a case for a person on a signal list of the region (the person number and teljaar are taken from the
 * latest signal row there). At most one open case per person and region: otherwise CaseAlreadyOpen with its id.
 */
export async function openCase(sql: Sql, input: OpenCase): Promise<CaseRecord> {
  return sql.transaction(async (tx) => {
    const [listed] = await tx.query<{ person_key: string; teljaar: string }>(
      `SELECT person_key, teljaar FROM signals WHERE person_ref = $1 AND region = $2
       ORDER BY teljaar DESC, loaded_at DESC, id DESC LIMIT 1`,
      [input.personRef, input.region],
    );
    if (!listed) {
      throw new CaseError(
        "PERSON_NOT_LISTED",
        `Deze persoon staat op geen signaallijst van regio ${input.region}: open een dossier voor een persoon op de signaallijst van de regio (of het komt via een overdracht uit een andere regio)`,
      );
    }
    const opened = await insertCase(tx, { personRef: input.personRef, personKey: listed.person_key, region: input.region, teljaar: listed.teljaar, handedOverFrom: null });
    if (!opened) throw new CaseAlreadyOpen(await openCaseId(tx, input.personRef, input.region));
    await recordCaseEvent(tx, opened.id, "opened", input.actorId, { region: input.region, teljaar: listed.teljaar });
    return opened;
  });
}

/** Inserts a new open case; null when the person already has an open case in the region (the unique index). */
export async function insertCase(
  sql: Sql,
  c: { personRef: PersonRef; personKey: string; region: string; teljaar: string | null; handedOverFrom: number | null },
): Promise<CaseRecord | null> {
  const [row] = await sql.query<CaseRecord>(
    `INSERT INTO cases (person_ref, person_key, region, teljaar, handed_over_from) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (person_ref, region) WHERE closed_at IS NULL DO NOTHING
     RETURNING ${caseColumns()}`,
    [c.personRef, c.personKey, c.region, c.teljaar, c.handedOverFrom],
  );
  return row ?? null;
}

/** The id of the person's open case in the region (called after the unique index reported one). */
export async function openCaseId(sql: Sql, personRef: PersonRef, region: string): Promise<number> {
  const [row] = await sql.query<{ id: number }>("SELECT id FROM cases WHERE person_ref = $1 AND region = $2 AND closed_at IS NULL", [personRef, region]);
  if (!row) throw new Error("Er werd geen open dossier gevonden terwijl de database er een meldde: probeer het opnieuw");
  return row.id;
}

export function caseNotFound(id: number): CaseError {
  return new CaseError("CASE_NOT_FOUND", `Er is geen dossier ${id}: kies een dossier uit de lijst`);
}

/** The case at the version the caller read; CASE_NOT_FOUND or a VersionConflict (with the current case) otherwise. */
export async function caseAtVersion(sql: Sql, id: number, expectedVersion: number): Promise<CaseRecord> {
  const current = await readCase(sql, id);
  if (!current) throw caseNotFound(id);
  if (current.version !== expectedVersion) throw new VersionConflict(expectedVersion, current);
  return current;
}

/** A value for updateAtVersion meaning the transaction's time. */
export const NOW: unique symbol = Symbol("now()");

/**
 * `UPDATE … SET …, version = version + 1 WHERE id = $1 AND version = $2`: the version check and the write are one
 * statement, so of two changes made from the same version exactly one wins (on PostgreSQL the second waits for the
 * first's row lock, then finds the version moved on). Zero rows: a VersionConflict, and the caller's transaction
 * rolls back whatever it did before.
 */
export async function updateAtVersion(sql: Sql, id: number, expectedVersion: number, sets: Record<string, unknown>): Promise<CaseRecord> {
  const params: unknown[] = [id, expectedVersion];
  const assignments = Object.entries(sets).map(([column, value]) => {
    if (value === NOW) return `${column} = now()`;
    params.push(value);
    return `${column} = $${params.length}`;
  });
  const [row] = await sql.query<CaseRecord>(
    `UPDATE cases SET ${[...assignments, "version = version + 1", "updated_at = now()"].join(", ")}
     WHERE id = $1 AND version = $2 RETURNING ${caseColumns()}`,
    params,
  );
  if (row) return row;
  const current = await readCase(sql, id);
  if (!current) throw caseNotFound(id);
  throw new VersionConflict(expectedVersion, current);
}

export interface CaseChanges {
  readonly status?: CaseStatus;
  /** null: nobody is assigned. */
  readonly officer_id?: number | null;
  /** null: no next step. */
  readonly next_step?: string | null;
  /** ISO date; null: no due date. */
  readonly next_step_due?: string | null;
}

/**
 * Changes status, officer and next step of an open case read at `expectedVersion`, in one transaction with one
 * event per change (status_changed, assigned, next_step_set, details {from, to}). Fields equal to the current
 * value are not changes; when nothing changes, the case is returned as it is (its version unchanged).
 */
export async function updateCase(sql: Sql, id: number, expectedVersion: number, changes: CaseChanges, actorId: number | null): Promise<CaseRecord> {
  return sql.transaction(async (tx) => {
    const current = await caseAtVersion(tx, id, expectedVersion);
    if (current.status === "closed") throw closedCase(id);
    const sets: Record<string, unknown> = {};
    const events: [CaseEventKind, Record<string, unknown>][] = [];

    if (changes.status !== undefined && changes.status !== current.status) {
      const problem = statusChangeProblem(current.status, changes.status);
      if (problem) throw new CaseError("STATUS_CHANGE_REFUSED", problem);
      sets.status = changes.status;
      events.push(["status_changed", { from: current.status, to: changes.status }]);
    }
    if (changes.officer_id !== undefined && changes.officer_id !== current.officer_id) {
      if (changes.officer_id !== null) await checkOfficer(tx, changes.officer_id, current.region);
      sets.officer_id = changes.officer_id;
      events.push(["assigned", { from: current.officer_id, to: changes.officer_id }]);
    }
    const step = {
      next_step: changes.next_step === undefined ? current.next_step : changes.next_step,
      next_step_due: changes.next_step_due === undefined ? current.next_step_due : changes.next_step_due,
    };
    if (step.next_step !== current.next_step || step.next_step_due !== current.next_step_due) {
      sets.next_step = step.next_step;
      sets.next_step_due = step.next_step_due;
      events.push(["next_step_set", { from: { next_step: current.next_step, next_step_due: current.next_step_due }, to: step }]);
    }
    if (events.length === 0) return current;

    const updated = await updateAtVersion(tx, id, expectedVersion, sets);
    for (const [kind, details] of events) await recordCaseEvent(tx, id, kind, actorId, details);
    // Assigning a case that came with a handover takes the handover in: it leaves the incoming queue (case-handover.ts).
    if (sets.officer_id != null) {
      await tx.query("UPDATE handovers SET received_at = now(), received_by = $2 WHERE to_case = $1 AND received_at IS NULL", [id, actorId]);
    }
    return updated;
  });
}

export function closedCase(id: number): CaseError {
  return new CaseError("CASE_CLOSED", `Dossier ${id} is afgesloten en blijft bewaard als vastlegging: alleen de situatie een jaar later kan nog worden vastgelegd; open zo nodig een nieuw dossier voor deze persoon`);
}

/** The account must be an enabled regional officer or coordinator with the case's region in its scope. */
async function checkOfficer(sql: Sql, officerId: number, region: string): Promise<void> {
  const [row] = await sql.query(
    `SELECT 1 FROM accounts a JOIN account_scopes s ON s.account_id = a.id AND s.scope_kind = 'region' AND s.scope_code = $2
     WHERE a.id = $1 AND a.role IN ('regional_officer', 'regional_coordinator') AND a.disabled_at IS NULL`,
    [officerId, region],
  );
  if (!row) {
    throw new CaseError("OFFICER_NOT_IN_REGION", `Account ${officerId} is geen actieve trajectbegeleider of coördinator van regio ${region}: wijs het dossier toe aan een trajectbegeleider van de regio`);
  }
}

/** Closes an open case with a reason (not `handed_over`: that is a handover), at `expectedVersion`. Event `closed`. */
export async function closeCase(
  sql: Sql,
  id: number,
  expectedVersion: number,
  close: { reason: CloseReason; note?: string | null },
  actorId: number | null,
): Promise<CaseRecord> {
  return sql.transaction(async (tx) => {
    const current = await caseAtVersion(tx, id, expectedVersion);
    if (current.status === "closed") throw closedCase(id);
    const problem = closeProblem(current.status, close.reason);
    if (problem) throw new CaseError("CLOSE_REFUSED", problem);
    const closed = await updateAtVersion(tx, id, expectedVersion, { status: "closed", closed_reason: close.reason, closed_at: NOW });
    await recordCaseEvent(tx, id, "closed", actorId, { from: current.status, reason: close.reason, ...(close.note ? { note: close.note } : {}) });
    return closed;
  });
}

/** Records the situation one year later on an open or closed case (not on one handed over), at `expectedVersion`. */
export async function recordOutcome(sql: Sql, id: number, expectedVersion: number, outcome: Outcome, actorId: number | null): Promise<CaseRecord> {
  return sql.transaction(async (tx) => {
    const current = await caseAtVersion(tx, id, expectedVersion);
    const problem = outcomeProblem({ status: current.status, closedReason: current.closed_reason });
    if (problem) throw new CaseError("OUTCOME_REFUSED", problem);
    const updated = await updateAtVersion(tx, id, expectedVersion, { outcome_one_year: outcome, outcome_recorded_at: NOW });
    await recordCaseEvent(tx, id, "outcome_recorded", actorId, { from: current.outcome_one_year, to: outcome });
    return updated;
  });
}
