/**
 * Data minimisation (issue 5, part 7): removes person data past its retention period (src/domain/casework/
 * retention.ts; docs/casework.md, "Retention"), in one transaction with one audit entry that holds the counts.
 * The audit log itself is not touched: it is append-only, and its own retention is a privileged procedure.
 */
import { type RetentionCutoffs, retentionCutoffs } from "../domain/casework/retention.js";
import { recordAudit } from "./audit.js";
import { removeSignalsBefore } from "./signals.js";
import { systemSql } from "./scope.js";
import type { Sql } from "./sql.js";

export interface RetentionCounts {
  /** Closed cases removed, with their contact moments and history (removed with them). */
  readonly closed_cases: number;
  readonly case_contacts: number;
  readonly case_events: number;
  /** Absence reports past the period and not linked to an open case. */
  readonly absence_reports: number;
  /** Signal-list rows of teljaren past the period. */
  readonly signals: number;
  readonly login_attempts: number;
  /** Sessions that expired (also past their own logout). */
  readonly sessions: number;
}

export interface RetentionResult {
  readonly cutoffs: RetentionCutoffs;
  readonly removed: RetentionCounts;
}

async function count(sql: Sql, text: string, params: readonly unknown[]): Promise<number> {
  const [row] = await sql.query<{ n: number }>(text, params);
  return row?.n ?? 0;
}

async function deleted(sql: Sql, text: string, params: readonly unknown[]): Promise<number> {
  return count(sql, `WITH gone AS (${text} RETURNING 1) SELECT count(*) AS n FROM gone`, params);
}

/**
 * The key of the advisory lock a run holds for its transaction: every server instance on one database schedules
 * the job (src/server/casework/retention-schedule.ts), and their runs must not overlap any more than one's own do.
 */
export const RETENTION_LOCK = 581_734_401;

/**
 * Removes what is past its period at `now`. A run waits for a run in progress elsewhere (another instance, the
 * command line) to commit, and then finds little left to remove. A closed case handed over to (or from) a case that is kept loses
 * only the link: the kept case's handed_over_from/to becomes NULL (the foreign key's ON DELETE SET NULL).
 */
export async function runRetention(sql: Sql, now: Date): Promise<RetentionResult> {
  const cutoffs = retentionCutoffs(now);
  // The system's own job: it acts on every region's rows (row-level security, migration 0007).
  return systemSql(sql).transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${RETENTION_LOCK})`);
    const oldCases = (await tx.query<{ id: number }>("SELECT id FROM cases WHERE closed_at < $1", [cutoffs.closedCasesBefore])).map((r) => r.id);
    const case_contacts = await count(tx, "SELECT count(*) AS n FROM case_contacts WHERE case_id = ANY($1::bigint[])", [oldCases]);
    const case_events = await count(tx, "SELECT count(*) AS n FROM case_events WHERE case_id = ANY($1::bigint[])", [oldCases]);
    const closed_cases = await deleted(tx, "DELETE FROM cases WHERE id = ANY($1::bigint[])", [oldCases]);
    const absence_reports = await deleted(
      tx,
      `DELETE FROM absence_reports r WHERE r.reported_on < $1::date
       AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = r.case_id AND c.closed_at IS NULL)`,
      [cutoffs.absenceReportsBefore],
    );
    const signals = await removeSignalsBefore(tx, cutoffs.signalsTeljaarBefore);
    const login_attempts = await deleted(tx, "DELETE FROM login_attempts WHERE at < $1", [cutoffs.loginAttemptsBefore]);
    const sessions = await deleted(tx, "DELETE FROM sessions WHERE expires_at < $1", [now]);
    const removed: RetentionCounts = { closed_cases, case_contacts, case_events, absence_reports, signals, login_attempts, sessions };
    await recordAudit(tx, {
      actor: { id: null, role: "system" },
      action: "delete",
      activity: "retention",
      details: {
        job: "retention",
        now: now.toISOString(),
        cutoffs: { ...cutoffs, closedCasesBefore: cutoffs.closedCasesBefore.toISOString(), loginAttemptsBefore: cutoffs.loginAttemptsBefore.toISOString() },
        removed,
      },
    });
    return { cutoffs, removed };
  });
}
