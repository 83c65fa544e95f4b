/**
 * Writing and reading the audit log (Logboek dataverwerkingen; docs/audit-log.md). Every read, change and export
 * of person data is one entry per person: who (account and role), what (action), whom (the person reference,
 * never the BSN), when (set by the database), why (the processing activity's purpose), in which region, and the
 * trace id of the request. The table refuses UPDATE and DELETE itself (migration 0001).
 */
import { type ProcessingActivity, purposeOf } from "../domain/casework/processing-activities.js";
import type { PersonRef } from "./pseudonym.js";
import type { Sql } from "./sql.js";

export const AUDIT_ACTIONS = ["read", "create", "update", "delete", "export", "login", "logout", "denied"] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditSubjectKind = "person" | "population" | "case" | "absence_report" | "signal_list" | "audit_log" | "account" | "session";

export interface AuditActor {
  /** null: the system itself (the retention job) or an unknown user (a failed login). */
  readonly id: number | null;
  /** The role, or `system` / `anonymous`. */
  readonly role: string;
}

export interface AuditEntry {
  readonly actor: AuditActor;
  readonly action: AuditAction;
  readonly activity: ProcessingActivity;
  readonly subjectKind?: AuditSubjectKind;
  /** The persons concerned: one entry is written per person (none: one entry without a subject). */
  readonly persons?: readonly PersonRef[];
  readonly region?: string | null;
  readonly traceId?: string | null;
  /** What was done, without person data: route, filters, case id, counts. */
  readonly details?: Record<string, unknown>;
}

/** Writes the entries of one event, one row per person (a single statement however many persons). */
export async function recordAudit(sql: Sql, entry: AuditEntry): Promise<void> {
  const persons = entry.persons && entry.persons.length > 0 ? entry.persons : [null];
  await sql.query(
    `INSERT INTO audit_log (actor_id, actor_role, action, subject_kind, subject_pseudonym, purpose, details, region, trace_id)
     SELECT $1, $2, $3, $4, p, $6, $7::jsonb, $8, $9 FROM unnest($5::text[]) AS p`,
    [
      entry.actor.id,
      entry.actor.role,
      entry.action,
      entry.subjectKind ?? (entry.persons ? "person" : null),
      persons,
      `${entry.activity}: ${purposeOf(entry.activity)}`,
      JSON.stringify({ ...(entry.details ?? {}) }),
      entry.region ?? null,
      entry.traceId ?? null,
    ],
  );
}

export interface AuditRow {
  readonly id: number;
  readonly at: Date;
  readonly actor_id: number | null;
  readonly actor_username: string | null;
  readonly actor_role: string;
  readonly action: AuditAction;
  readonly subject_kind: string | null;
  readonly subject_pseudonym: string | null;
  readonly purpose: string;
  readonly region: string | null;
  readonly trace_id: string | null;
  readonly details: Record<string, unknown> | null;
}

export interface AuditQuery {
  /** Only entries of these regions (the coordinator's scope); undefined: all (not offered through the API). */
  readonly regions?: readonly string[];
  readonly from?: Date;
  readonly to?: Date;
  readonly actorId?: number;
  readonly person?: PersonRef;
  readonly action?: AuditAction;
  readonly limit?: number;
  readonly offset?: number;
}

/** Entries newest first, with the actor's user name where the account still exists. */
export async function queryAudit(sql: Sql, q: AuditQuery): Promise<{ rows: AuditRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(clause(`$${params.length}`));
  };
  if (q.regions) add((n) => `l.region = ANY(${n}::text[])`, q.regions);
  if (q.from) add((n) => `l.at >= ${n}`, q.from);
  if (q.to) add((n) => `l.at < ${n}`, q.to);
  if (q.actorId !== undefined) add((n) => `l.actor_id = ${n}`, q.actorId);
  if (q.person) add((n) => `l.subject_pseudonym = ${n}`, q.person);
  if (q.action) add((n) => `l.action = ${n}`, q.action);
  const filter = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const [counted] = await sql.query<{ total: number }>(`SELECT count(*) AS total FROM audit_log l ${filter}`, params);
  const total = counted?.total ?? 0;
  const limit = Math.min(q.limit ?? 100, 10_000);
  const rows = await sql.query<AuditRow>(
    `SELECT l.id, l.at, l.actor_id, a.username AS actor_username, l.actor_role, l.action, l.subject_kind, l.subject_pseudonym,
            l.purpose, l.region, l.trace_id, l.details
     FROM audit_log l LEFT JOIN accounts a ON a.id = l.actor_id
     ${filter} ORDER BY l.at DESC, l.id DESC LIMIT ${limit} OFFSET ${Math.max(0, q.offset ?? 0)}`,
    params,
  );
  return { rows, total };
}
