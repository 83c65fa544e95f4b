/**
 * Handover of a case to another region when the person moves (issue 5, part 4). In one transaction:
 * - the sending case is closed (reason `handed_over`, `handed_over_to` set) at the version the officer read; the
 *   sending region keeps it as a closed record it can still read;
 * - the receiving region gets a new case (status `new`, no officer, `handed_over_from` set) with copies of the
 *   contact moments, so its officer knows the history; event `received_from_region`;
 * - when the receiving region already has an open case for the person, that case is linked instead: it keeps its
 *   status and officer, gets the contact copies and the event, and `handed_over_from` when it had none.
 * The receiving region sees only its own case: the sending case stays in the sending region. docs/casework.md.
 */
import { handoverProblem } from "../domain/casework/case-status.js";
import { CaseError } from "./case-errors.js";
import { copyContacts } from "./case-contacts.js";
import { type CaseRecord, caseColumns, recordCaseEvent } from "./case-record.js";
import { NOW, caseAtVersion, closedCase, insertCase, updateAtVersion } from "./cases.js";
import type { Sql } from "./sql.js";

export interface HandoverResult {
  /** The sending case, now closed with reason handed_over. */
  readonly closed: CaseRecord;
  /** The case in the receiving region (new, or the open one it already had). */
  readonly receiving: CaseRecord;
  /** True when the receiving region already had an open case, which was linked instead of opening one. */
  readonly linked: boolean;
  readonly contactsCopied: number;
}

export async function handoverCase(
  sql: Sql,
  id: number,
  expectedVersion: number,
  handover: { toRegion: string; note?: string | null },
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
    let receiving = await insertCase(tx, { personRef: current.person_ref, personKey: person_key, region: handover.toRegion, teljaar: current.teljaar, handedOverFrom: id });
    const linked = receiving === null;
    if (!receiving) {
      const [existing] = await tx.query<CaseRecord>(
        `UPDATE cases SET handed_over_from = COALESCE(handed_over_from, $3), version = version + 1, updated_at = now()
         WHERE person_ref = $1 AND region = $2 AND closed_at IS NULL RETURNING ${caseColumns()}`,
        [current.person_ref, handover.toRegion, id],
      );
      if (!existing) throw new Error("Het open dossier van de ontvangende regio verdween tijdens de overdracht: probeer de overdracht opnieuw");
      receiving = existing;
    }
    const copied = await copyContacts(tx, id, receiving.id);
    const [closed] = (await tx.query<CaseRecord>(`UPDATE cases SET handed_over_to = $2 WHERE id = $1 RETURNING ${caseColumns()}`, [id, receiving.id])) as [CaseRecord];

    const note = handover.note ? { note: handover.note } : {};
    await recordCaseEvent(tx, id, "handed_over_to_region", actorId, { from: current.status, to_region: handover.toRegion, to_case: receiving.id, linked, ...note });
    await recordCaseEvent(tx, receiving.id, "received_from_region", actorId, {
      from_region: current.region,
      from_case: id,
      linked,
      copied_contact_ids: copied,
      ...note,
    });
    return { closed, receiving, linked, contactsCopied: copied.length };
  });
}
