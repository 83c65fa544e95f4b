/**
 * Audit entries for person data read on the command line (`vsv persons`, `vsv explain`, `vsv duo reconcile`).
 * The actor is the operating-system user (role `operator`): whoever can run these commands holds the data folder.
 * When the embedded store is in use by the server, the entries are spooled and written at its next open.
 */
import { userInfo } from "node:os";
import { randomUUID } from "node:crypto";
import { readConfig } from "../config.js";
import type { ProcessingActivity } from "../domain/casework/processing-activities.js";
import { purposeOf } from "../domain/casework/processing-activities.js";
import { VsvError } from "../domain/errors.js";
import type { AuditAction, AuditSubjectKind } from "../store/audit.js";
import { recordAudit } from "../store/audit.js";
import { spoolAudit } from "../store/audit-spool.js";
import { withOperationalStore } from "../store/index.js";
import { loadPseudonymKey, personRef } from "../store/pseudonym.js";
import type { CliIo } from "./command.js";

export interface CliAuditEntry {
  readonly command: string;
  readonly action: AuditAction;
  readonly activity: ProcessingActivity;
  readonly subjectKind: AuditSubjectKind;
  /** Person numbers (BSN or onderwijsnummer): turned into references here, never stored as they are. */
  readonly personKeys?: readonly string[];
  /** What was selected, without person data (teljaar, stage, counts…). */
  readonly details: Record<string, unknown>;
}

function operator(): string {
  try {
    return userInfo().username;
  } catch {
    return "unknown";
  }
}

export async function auditCliUse(dataDir: string, io: CliIo, entry: CliAuditEntry): Promise<void> {
  const key = loadPseudonymKey(dataDir);
  const persons = (entry.personKeys ?? []).map((k) => personRef(key, k));
  const traceId = randomUUID();
  const details = { ...entry.details, command: entry.command, os_user: operator() };
  const actor = { id: null, role: "operator" };
  try {
    await withOperationalStore({ dataDir, databaseUrl: readConfig().databaseUrl }, (sql) =>
      recordAudit(sql, { actor, action: entry.action, activity: entry.activity, subjectKind: entry.subjectKind, persons, traceId, details }),
    );
  } catch (e) {
    if (!(e instanceof VsvError && e.code === "STORE_BUSY")) throw e;
    const at = new Date().toISOString();
    spoolAudit(
      dataDir,
      (persons.length ? persons : [null]).map((p) => ({
        at,
        actor_id: null,
        actor_role: actor.role,
        action: entry.action,
        subject_kind: entry.subjectKind,
        subject_pseudonym: p,
        purpose: `${entry.activity}: ${purposeOf(entry.activity)}`,
        details,
        region: null,
        trace_id: traceId,
      })),
    );
    io.stderr.write("Audit entry spooled (the operational store is in use by the server); it is written to the audit log when the store is next opened.\n");
  }
}
