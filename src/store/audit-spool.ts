/**
 * Audit entries that could not be written at once because the embedded store was in use by another process
 * (a command line read of person data while the server runs on PGlite). They are appended to a spool file in
 * the data folder and moved into audit_log, with their original time, the next time the store is opened.
 * Nothing is lost: the spool is only removed after its entries are committed.
 */
import { appendFileSync, existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import type { AuditAction } from "./audit.js";
import type { Sql } from "./sql.js";

export interface SpooledEntry {
  readonly at: string;
  readonly actor_id: number | null;
  readonly actor_role: string;
  readonly action: AuditAction;
  readonly subject_kind: string | null;
  readonly subject_pseudonym: string | null;
  readonly purpose: string;
  readonly details: Record<string, unknown> | null;
  readonly region: string | null;
  readonly trace_id: string | null;
}

export function auditSpoolPath(dataDir: string): string {
  return path.join(dataDir, "audit-spool.jsonl");
}

export function spoolAudit(dataDir: string, entries: readonly SpooledEntry[]): void {
  appendFileSync(auditSpoolPath(dataDir), entries.map((e) => JSON.stringify(e) + "\n").join(""), { mode: 0o600 });
}

/** Moves spooled entries into audit_log (one transaction); returns how many. */
export async function drainAuditSpool(sql: Sql, dataDir: string): Promise<number> {
  const file = auditSpoolPath(dataDir);
  if (!existsSync(file)) return 0;
  // Renamed first, so entries appended meanwhile go to a new spool instead of being lost with this one.
  const draining = `${file}.${process.pid}.draining`;
  try {
    renameSync(file, draining);
  } catch (e) {
    // Another server on the same data folder took it first (several instances start and drain at once).
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw e;
  }
  const entries = readFileSync(draining, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as SpooledEntry);
  if (entries.length > 0) {
    const col = <K extends keyof SpooledEntry>(k: K) => entries.map((e) => e[k]);
    await sql.query(
      `INSERT INTO audit_log (at, actor_id, actor_role, action, subject_kind, subject_pseudonym, purpose, details, region, trace_id)
       SELECT * FROM unnest($1::timestamptz[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::text[], $10::text[])`,
      [
        col("at"),
        col("actor_id"),
        col("actor_role"),
        col("action"),
        col("subject_kind"),
        col("subject_pseudonym"),
        col("purpose"),
        entries.map((e) => (e.details === null ? null : JSON.stringify(e.details))),
        col("region"),
        col("trace_id"),
      ],
    );
  }
  rmSync(draining);
  return entries.length;
}
