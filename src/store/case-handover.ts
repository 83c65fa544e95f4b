/**
 * Handover of a case to another region when the person moves (issue 5, part 4; issue 16, part 4). In one transaction:
 * - the sending case is closed (reason `handed_over`, `handed_over_to` set) at the version the officer read; the
 *   sending region keeps it as a closed record it can still read;
 * - the receiving region gets a new case (status `new`, no officer, `handed_over_from` set, the next step and its due
 *   date the sender gave) with copies of the contact moments, so its officer knows the history; event
 *   `received_from_region`;
 * - when the receiving region already has an open case for the person, that case is linked instead: it keeps its
 *   status and officer, gets the contact copies, the event, the next step when one was given, and `handed_over_from`
 *   when it had none;
 * - a row in `handovers` carries the note, the next step, the person's name, who sent it and when; both regions see
 *   it. It waits in the receiving region's incoming queue until a coordinator assigns the case (`received_at`).
 * The receiving region sees only its own case: the sending case stays in the sending region; the sending region sees
 * of the receiving side only when the handover was received. docs/casework.md, "Handover".
 */
import { type CaseStatus, handoverProblem } from "../domain/casework/case-status.js";
import { CaseError } from "./case-errors.js";
import { copyContacts } from "./case-contacts.js";
import { type CaseRecord, caseColumns, recordCaseEvent } from "./case-record.js";
import { NOW, caseAtVersion, closedCase, insertCase, updateAtVersion, updateCase } from "./cases.js";
import type { PersonRef } from "./pseudonym.js";
import type { Sql } from "./sql.js";

export interface HandoverResult {
  /** The sending case, now closed with reason handed_over. */
  readonly closed: CaseRecord;
  /** The case in the receiving region (new, or the open one it already had). */
  readonly receiving: CaseRecord;
  /** True when the receiving region already had an open case, which was linked instead of opening one. */
  readonly linked: boolean;
  readonly contactsCopied: number;
  /** The row in `handovers`. */
  readonly handoverId: number;
}

export interface HandoverInput {
  readonly toRegion: string;
  /** The sender's note for the receiving region ("Toelichting voor de nieuwe regio"). */
  readonly note?: string | null;
  /** The next step the receiving region should take, and its due date (ISO). */
  readonly nextStep?: string | null;
  readonly nextStepDue?: string | null;
}

export async function handoverCase(
  sql: Sql,
  id: number,
  expectedVersion: number,
  handover: HandoverInput,
  actorId: number | null,
): Promise<HandoverResult> {
  return sql.transaction(async (tx) => {
    const current = await caseAtVersion(tx, id, expectedVersion);
    if (current.status === "closed") throw closedCase(id);
    const problem = handoverProblem(current, handover.toRegion);
    if (problem) throw new CaseError("HANDOVER_REFUSED", problem);
    // First the version-checked close: a stale version stops the handover before anything else is written.
    await updateAtVersion(tx, id, expectedVersion, { status: "closed", closed_reason: "handed_over", closed_at: NOW });

    const [{ person_key }] = (await tx.query<{ person_key: string }>("SELECT person_key FROM cases WHERE id = $1", [id])) as [{ person_key: string }];
    const nextStep = handover.nextStep?.trim() || null;
    const nextStepDue = nextStep ? (handover.nextStepDue ?? null) : null;
    let receiving = await insertCase(tx, { personRef: current.person_ref, personKey: person_key, region: handover.toRegion, teljaar: current.teljaar, handedOverFrom: id });
    const linked = receiving === null;
    let stepBefore: { next_step: string | null; next_step_due: string | null } | null = null;
    if (receiving && nextStep) {
      // A new case: the next step is part of how it starts (still version 1).
      [receiving] = (await tx.query<CaseRecord>(`UPDATE cases SET next_step = $2, next_step_due = $3 WHERE id = $1 RETURNING ${caseColumns()}`, [receiving.id, nextStep, nextStepDue])) as [CaseRecord];
    }
    if (!receiving) {
      const [before] = await tx.query<{ next_step: string | null; next_step_due: string | null }>(
        "SELECT next_step, next_step_due::text AS next_step_due FROM cases WHERE person_ref = $1 AND region = $2 AND closed_at IS NULL FOR UPDATE",
        [current.person_ref, handover.toRegion],
      );
      stepBefore = before ?? null;
      const [existing] = await tx.query<CaseRecord>(
        `UPDATE cases SET handed_over_from = COALESCE(handed_over_from, $3), version = version + 1, updated_at = now(),
           next_step = CASE WHEN $4::text IS NULL THEN next_step ELSE $4::text END,
           next_step_due = CASE WHEN $4::text IS NULL THEN next_step_due ELSE $5::date END
         WHERE person_ref = $1 AND region = $2 AND closed_at IS NULL RETURNING ${caseColumns()}`,
        [current.person_ref, handover.toRegion, id, nextStep, nextStepDue],
      );
      if (!existing) throw new Error("Het open dossier van de ontvangende regio verdween tijdens de overdracht: probeer de overdracht opnieuw");
      receiving = existing;
    }
    const copied = await copyContacts(tx, id, receiving.id);
    const [closed] = (await tx.query<CaseRecord>(`UPDATE cases SET handed_over_to = $2 WHERE id = $1 RETURNING ${caseColumns()}`, [id, receiving.id])) as [CaseRecord];

    const noteText = handover.note?.trim() || "";
    const note = noteText ? { note: noteText } : {};
    const step = nextStep ? { next_step: nextStep, next_step_due: nextStepDue } : {};
    // The name as the sending region knows it (its signal list, or the handover that brought the person there).
    const [named] = await tx.query<{ family_name: string | null; given_names: string | null }>(
      `SELECT family_name, given_names FROM (
         SELECT s.family_name, s.given_names, 0 AS rank, s.teljaar, s.loaded_at AS at, s.id FROM signals s WHERE s.person_ref = $1 AND s.region = $2
         UNION ALL
         SELECT h.family_name, h.given_names, 1, NULL, h.sent_at, h.id FROM handovers h WHERE h.to_case = $3
       ) n WHERE family_name IS NOT NULL ORDER BY rank, teljaar DESC NULLS LAST, at DESC, id DESC LIMIT 1`,
      [current.person_ref, current.region, id],
    );
    const [row] = (await tx.query<{ id: number }>(
      `INSERT INTO handovers (person_ref, from_case, to_case, from_region, to_region, family_name, given_names, note, next_step, next_step_due, sent_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::date, $11) RETURNING id`,
      [current.person_ref, id, receiving.id, current.region, handover.toRegion, named?.family_name ?? null, named?.given_names ?? null, noteText, nextStep, nextStepDue, actorId],
    )) as [{ id: number }];
    await recordCaseEvent(tx, id, "handed_over_to_region", actorId, { from: current.status, to_region: handover.toRegion, to_case: receiving.id, linked, handover_id: row.id, ...note, ...step });
    await recordCaseEvent(tx, receiving.id, "received_from_region", actorId, {
      from_region: current.region,
      from_case: id,
      linked,
      handover_id: row.id,
      copied_contact_ids: copied,
      ...note,
      ...step,
    });
    if (linked && nextStep && stepBefore && (stepBefore.next_step !== nextStep || stepBefore.next_step_due !== nextStepDue)) {
      await recordCaseEvent(tx, receiving.id, "next_step_set", actorId, { from: stepBefore, to: { next_step: nextStep, next_step_due: nextStepDue } });
    }
    return { closed, receiving, linked, contactsCopied: copied.length, handoverId: row.id };
  });
}

/** A handover as the receiving region sees it (its incoming queue, the block on its case). */
export interface IncomingHandover {
  readonly id: number;
  readonly person_ref: PersonRef;
  readonly family_name: string | null;
  readonly given_names: string | null;
  readonly from_region: string;
  readonly to_region: string;
  readonly to_case: number;
  readonly note: string;
  readonly next_step: string | null;
  /** ISO date. */
  readonly next_step_due: string | null;
  readonly sent_by_name: string | null;
  readonly sent_at: Date;
  readonly received_at: Date | null;
  readonly received_by_name: string | null;
  /** The receiving case now: its version (to assign it), status and officer. */
  readonly case_version: number;
  readonly case_status: CaseStatus;
  readonly officer_id: number | null;
  readonly officer_name: string | null;
}

/**
 * A handover as the sending region sees it: what it sent and whether (when) it was received — never the receiving
 * case's status or officer, nor who received it.
 */
export interface OutgoingHandover {
  readonly id: number;
  readonly person_ref: PersonRef;
  readonly family_name: string | null;
  readonly given_names: string | null;
  readonly from_region: string;
  readonly from_case: number;
  readonly to_region: string;
  readonly note: string;
  readonly next_step: string | null;
  readonly next_step_due: string | null;
  readonly sent_by_name: string | null;
  readonly sent_at: Date;
  readonly received_at: Date | null;
}

const INCOMING_COLUMNS = `h.id, h.person_ref, h.family_name, h.given_names, h.from_region, h.to_region, h.to_case, h.note, h.next_step,
  h.next_step_due::text AS next_step_due, s.display_name AS sent_by_name, h.sent_at, h.received_at, r.display_name AS received_by_name,
  c.version AS case_version, c.status AS case_status, c.officer_id, o.display_name AS officer_name`;
const INCOMING_FROM = `FROM handovers h JOIN cases c ON c.id = h.to_case
  LEFT JOIN accounts s ON s.id = h.sent_by LEFT JOIN accounts r ON r.id = h.received_by LEFT JOIN accounts o ON o.id = c.officer_id`;
const OUTGOING_COLUMNS = `h.id, h.person_ref, h.family_name, h.given_names, h.from_region, h.from_case, h.to_region, h.note, h.next_step,
  h.next_step_due::text AS next_step_due, s.display_name AS sent_by_name, h.sent_at, h.received_at`;
const OUTGOING_FROM = "FROM handovers h LEFT JOIN accounts s ON s.id = h.sent_by";

export interface HandoverFilter {
  /** The regions whose incoming (to_region) or outgoing (from_region) handovers to list. */
  readonly regions: readonly string[];
  /** Only those not yet received (true), only received (false), or all (undefined). */
  readonly waiting?: boolean;
  readonly limit?: number;
  readonly offset?: number;
}

function handoverWhere(column: "to_region" | "from_region", f: HandoverFilter): string {
  const where = [`h.${column} = ANY($1::text[])`];
  if (f.waiting === true) where.push("h.received_at IS NULL");
  if (f.waiting === false) where.push("h.received_at IS NOT NULL");
  return where.join(" AND ");
}

function paging(f: HandoverFilter): string {
  return `LIMIT ${Math.max(1, Math.min(f.limit ?? 50, 1000))} OFFSET ${Math.max(0, f.offset ?? 0)}`;
}

/** The incoming queue: handovers to the regions, those not yet received first, then newest first; with totals. */
export async function listIncomingHandovers(sql: Sql, f: HandoverFilter): Promise<{ rows: IncomingHandover[]; total: number; waiting: number }> {
  const where = handoverWhere("to_region", f);
  const [counted] = await sql.query<{ total: number; waiting: number }>(
    `SELECT count(*) AS total, count(*) FILTER (WHERE h.received_at IS NULL) AS waiting FROM handovers h WHERE ${where}`,
    [f.regions],
  );
  const rows = await sql.query<IncomingHandover>(
    `SELECT ${INCOMING_COLUMNS} ${INCOMING_FROM} WHERE ${where}
     ORDER BY (h.received_at IS NULL) DESC, h.sent_at DESC, h.id DESC ${paging(f)}`,
    [f.regions],
  );
  return { rows, total: counted?.total ?? 0, waiting: counted?.waiting ?? 0 };
}

/** What the regions handed over: newest first, with whether each was received. */
export async function listOutgoingHandovers(sql: Sql, f: HandoverFilter): Promise<{ rows: OutgoingHandover[]; total: number; waiting: number }> {
  const where = handoverWhere("from_region", f);
  const [counted] = await sql.query<{ total: number; waiting: number }>(
    `SELECT count(*) AS total, count(*) FILTER (WHERE h.received_at IS NULL) AS waiting FROM handovers h WHERE ${where}`,
    [f.regions],
  );
  const rows = await sql.query<OutgoingHandover>(`SELECT ${OUTGOING_COLUMNS} ${OUTGOING_FROM} WHERE ${where} ORDER BY h.sent_at DESC, h.id DESC ${paging(f)}`, [f.regions]);
  return { rows, total: counted?.total ?? 0, waiting: counted?.waiting ?? 0 };
}

/** How many handovers to each of the regions wait to be assigned (counts only: the menu and the workload page). */
export async function waitingHandovers(sql: Sql, regions: readonly string[]): Promise<{ region: string; waiting: number }[]> {
  const rows = await sql.query<{ region: string; waiting: number }>(
    "SELECT to_region AS region, count(*) AS waiting FROM handovers WHERE to_region = ANY($1::text[]) AND received_at IS NULL GROUP BY to_region",
    [regions],
  );
  return [...regions].sort().map((region) => ({ region, waiting: rows.find((r) => r.region === region)?.waiting ?? 0 }));
}

/** The latest handover that brought case `caseId` in (null: none). */
export async function handoverInto(sql: Sql, caseId: number): Promise<IncomingHandover | null> {
  const [row] = await sql.query<IncomingHandover>(`SELECT ${INCOMING_COLUMNS} ${INCOMING_FROM} WHERE h.to_case = $1 ORDER BY h.sent_at DESC, h.id DESC LIMIT 1`, [caseId]);
  return row ?? null;
}

/** The handover that took case `caseId` out of its region (null: none). */
export async function handoverOutOf(sql: Sql, caseId: number): Promise<OutgoingHandover | null> {
  const [row] = await sql.query<OutgoingHandover>(`SELECT ${OUTGOING_COLUMNS} ${OUTGOING_FROM} WHERE h.from_case = $1 ORDER BY h.sent_at DESC, h.id DESC LIMIT 1`, [caseId]);
  return row ?? null;
}

/** One incoming handover of the regions, or null (not there, or not to one of these regions). */
export async function incomingHandover(sql: Sql, id: number, regions: readonly string[]): Promise<IncomingHandover | null> {
  const [row] = await sql.query<IncomingHandover>(`SELECT ${INCOMING_COLUMNS} ${INCOMING_FROM} WHERE h.id = $1 AND h.to_region = ANY($2::text[])`, [id, regions]);
  return row ?? null;
}

/**
 * A coordinator of the receiving region takes a handover in: the receiving case (read at `version`) gets its officer
 * (event `assigned`, optimistic concurrency as every case change) and the handover its received_at/received_by, in one
 * transaction. A handover already received is refused (HANDOVER_REFUSED): change the officer on the case then.
 */
export async function assignHandover(
  sql: Sql,
  id: number,
  assign: { officerId: number; version: number; regions: readonly string[] },
  actorId: number | null,
): Promise<{ handover: IncomingHandover; case: CaseRecord }> {
  return sql.transaction(async (tx) => {
    const [locked] = await tx.query<{ to_case: number; received_at: Date | null }>(
      "SELECT to_case, received_at FROM handovers WHERE id = $1 AND to_region = ANY($2::text[]) FOR UPDATE",
      [id, assign.regions],
    );
    if (!locked) throw new CaseError("CASE_NOT_FOUND", `Er is geen binnengekomen overdracht ${id} in uw regio's: kies er een uit de lijst Binnengekomen`);
    if (locked.received_at !== null) {
      throw new CaseError("HANDOVER_REFUSED", `Overdracht ${id} is al toegewezen: wijzig de trajectbegeleider zo nodig in het dossier zelf`);
    }
    const updated = await updateCase(tx, locked.to_case, assign.version, { officer_id: assign.officerId }, actorId);
    await markReceived(tx, locked.to_case, actorId);
    return { handover: (await incomingHandover(tx, id, assign.regions))!, case: updated };
  });
}

/** Marks the handovers into a case as received (by whom, now); those received already keep their time. */
export async function markReceived(sql: Sql, caseId: number, actorId: number | null): Promise<void> {
  await sql.query("UPDATE handovers SET received_at = now(), received_by = $2 WHERE to_case = $1 AND received_at IS NULL", [caseId, actorId]);
}
