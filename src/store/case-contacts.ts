/**
 * Contact moments of a case: date, channel, reached or not, a note and the officer. Adding one is additive, so it
 * needs no version: two officers can log contacts at the same time without a conflict. The first contact of a
 * `new` case moves it to `contacting` (an event, and a new version). docs/casework.md, "Contact moments".
 */
import type { ContactChannel } from "../domain/casework/case-status.js";
import { caseNotFound, closedCase, updateAtVersion } from "./cases.js";
import { type CaseRecord, readCase, recordCaseEvent } from "./case-record.js";
import type { Sql } from "./sql.js";

export interface ContactInput {
  /** ISO date of the contact (YYYY-MM-DD). */
  readonly contactOn: string;
  readonly channel: ContactChannel;
  readonly reached: boolean;
  readonly note: string;
}

export interface CaseContact {
  readonly id: number;
  readonly case_id: number;
  readonly contact_on: string;
  readonly channel: ContactChannel;
  readonly reached: boolean;
  readonly note: string;
  readonly officer_id: number | null;
  /** The officer's display name, while the account exists. */
  readonly officer_name: string | null;
  readonly created_at: Date;
}

const CONTACT_COLUMNS = `k.id, k.case_id, k.contact_on::text AS contact_on, k.channel, k.reached, k.note, k.officer_id,
  a.display_name AS officer_name, k.created_at`;

/**
 * Adds a contact moment by `officerId` to an open case (event `contact_added`). The case row is locked for the
 * moment, so two first contacts at once move a `new` case to `contacting` once.
 */
export async function addContact(
  sql: Sql,
  caseId: number,
  contact: ContactInput,
  officerId: number | null,
): Promise<{ contact: CaseContact; case: CaseRecord }> {
  return sql.transaction(async (tx) => {
    const current = await readCase(tx, caseId, true);
    if (!current) throw caseNotFound(caseId);
    if (current.status === "closed") throw closedCase(caseId);
    const [{ id }] = (await tx.query<{ id: number }>(
      `INSERT INTO case_contacts (case_id, contact_on, channel, reached, note, officer_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [caseId, contact.contactOn, contact.channel, contact.reached, contact.note, officerId],
    )) as [{ id: number }];
    await recordCaseEvent(tx, caseId, "contact_added", officerId, { contact_id: id, contact_on: contact.contactOn, channel: contact.channel, reached: contact.reached });
    let after = current;
    if (current.status === "new") {
      after = await updateAtVersion(tx, caseId, current.version, { status: "contacting" });
      await recordCaseEvent(tx, caseId, "status_changed", officerId, { from: "new", to: "contacting", cause: "first_contact" });
    }
    const [added] = await tx.query<CaseContact>(`SELECT ${CONTACT_COLUMNS} FROM case_contacts k LEFT JOIN accounts a ON a.id = k.officer_id WHERE k.id = $1`, [id]);
    return { contact: added!, case: after };
  });
}

/** The contact moments of a case, newest first. */
export async function listContacts(sql: Sql, caseId: number): Promise<CaseContact[]> {
  return sql.query<CaseContact>(
    `SELECT ${CONTACT_COLUMNS} FROM case_contacts k LEFT JOIN accounts a ON a.id = k.officer_id
     WHERE k.case_id = $1 ORDER BY k.contact_on DESC, k.id DESC`,
    [caseId],
  );
}

/** Copies the contact moments of one case to another (a handover); returns the ids of the copies. */
export async function copyContacts(sql: Sql, fromCaseId: number, toCaseId: number): Promise<number[]> {
  const rows = await sql.query<{ id: number }>(
    `INSERT INTO case_contacts (case_id, contact_on, channel, reached, note, officer_id, created_at)
     SELECT $2, contact_on, channel, reached, note, officer_id, created_at FROM case_contacts WHERE case_id = $1 ORDER BY id
     RETURNING id`,
    [fromCaseId, toCaseId],
  );
  return rows.map((r) => r.id);
}
