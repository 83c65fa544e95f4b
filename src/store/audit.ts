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
  /** The account's user name and display name; null when the account no longer exists (its stored id remains). */
  readonly actor_username: string | null;
  readonly actor_display_name: string | null;
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
  /** First day (YYYY-MM-DD, a date in the Netherlands: from 00:00 Europe/Amsterdam), inclusive. */
  readonly from?: string;
  /** Last day (YYYY-MM-DD, Dutch date), inclusive: up to 00:00 Europe/Amsterdam of the day after. */
  readonly to?: string;
  /**
   * Who did it: a fragment of the account's user name or display name (case-insensitive), or `#<id>` for an
   * account number (an account that no longer exists has only its stored id).
   */
  readonly user?: string;
  /** Who did it, by account number (command line, tests). */
  readonly actorId?: number;
  /** A person reference, or the start of one (`p` and at least one hex digit). */
  readonly person?: string;
  readonly action?: AuditAction;
  readonly activity?: ProcessingActivity;
  /** The entries of one request. */
  readonly traceId?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/** The WHERE clause of a query on `audit_log l` and its parameters. */
function filterOf(q: AuditQuery): { filter: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(clause(`$${params.length}`));
  };
  if (q.regions) add((n) => `l.region = ANY(${n}::text[])`, q.regions);
  // Dutch dates: the day starts at midnight in Europe/Amsterdam (CET or CEST), whatever the session's time zone.
  if (q.from) add((n) => `l.at >= (${n}::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`, q.from);
  if (q.to) add((n) => `l.at < ((${n}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`, q.to);
  if (q.user !== undefined) {
    const id = /^#(\d{1,15})$/.exec(q.user.trim());
    if (id) add((n) => `l.actor_id = ${n}`, Number(id[1]));
    else add((n) => `l.actor_id IN (SELECT id FROM accounts WHERE username ILIKE ${n} OR display_name ILIKE ${n})`, `%${likeEscaped(q.user.trim())}%`);
  }
  if (q.actorId !== undefined) add((n) => `l.actor_id = ${n}`, q.actorId);
  if (q.person !== undefined) {
    if (q.person.length >= 25) add((n) => `l.subject_pseudonym = ${n}`, q.person);
    else {
      // A prefix as a range, so the index on subject_pseudonym serves it: hex digits sort before "g".
      add((n) => `l.subject_pseudonym >= ${n}`, q.person);
      add((n) => `l.subject_pseudonym < ${n}`, `${q.person}g`);
    }
  }
  if (q.action) add((n) => `l.action = ${n}`, q.action);
  if (q.activity) add((n) => `left(l.purpose, ${q.activity!.length + 1}) = ${n}`, `${q.activity}:`);
  if (q.traceId) add((n) => `l.trace_id = ${n}`, q.traceId);
  return { filter: where.length ? `WHERE ${where.join(" AND ")}` : "", params };
}

function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const ENTRY_COLUMNS = `l.id, l.at, l.actor_id, a.username AS actor_username, a.display_name AS actor_display_name, l.actor_role, l.action,
  l.subject_kind, l.subject_pseudonym, l.purpose, l.region, l.trace_id, l.details`;

/** Entries newest first, with the actor's user name where the account still exists. */
export async function queryAudit(sql: Sql, q: AuditQuery): Promise<{ rows: AuditRow[]; total: number }> {
  const { filter, params } = filterOf(q);
  const [counted] = await sql.query<{ total: number }>(`SELECT count(*) AS total FROM audit_log l ${filter}`, params);
  const total = Number(counted?.total ?? 0);
  const limit = Math.min(q.limit ?? 100, 10_000);
  const rows = await sql.query<AuditRow>(
    `SELECT ${ENTRY_COLUMNS}
     FROM audit_log l LEFT JOIN accounts a ON a.id = l.actor_id
     ${filter} ORDER BY l.at DESC, l.id DESC LIMIT ${limit} OFFSET ${Math.max(0, q.offset ?? 0)}`,
    params,
  );
  return { rows, total };
}

/** How many entries a group carries at most; the rest are read with `traceId` (queryAudit). */
export const GROUP_ENTRIES_LIMIT = 100;

/** One entry of a group: the person and region, when, and its details. */
export interface AuditGroupEntry {
  readonly id: number;
  readonly at: Date;
  readonly subject_pseudonym: string | null;
  readonly region: string | null;
  readonly details: Record<string, unknown> | null;
}

/**
 * The entries of one request (one trace id) by the same actor with the same action, activity and subject kind: a
 * list page of 50 young people is one group of 50 entries. An entry without a trace id is a group of its own.
 */
export interface AuditGroup {
  readonly trace_id: string | null;
  readonly actor_id: number | null;
  readonly actor_username: string | null;
  readonly actor_display_name: string | null;
  readonly actor_role: string;
  readonly action: AuditAction;
  readonly purpose: string;
  readonly subject_kind: string | null;
  /** How many entries the group has (under the filters), and how many different person references. */
  readonly count: number;
  readonly persons: number;
  readonly first_at: Date;
  readonly last_at: Date;
  readonly regions: string[];
  /** The details of the group's newest entry. */
  readonly details: Record<string, unknown> | null;
  /** The newest GROUP_ENTRIES_LIMIT entries, newest first. */
  readonly entries: AuditGroupEntry[];
}

const GROUP_KEY = "COALESCE(l.trace_id, 'entry-' || l.id::text)";
const GROUP_BY = `${GROUP_KEY}, l.actor_id, l.actor_role, l.action, l.purpose, l.subject_kind`;

interface GroupRow {
  group_key: string;
  trace_id: string | null;
  actor_id: number | null;
  actor_username: string | null;
  actor_display_name: string | null;
  actor_role: string;
  action: AuditAction;
  purpose: string;
  subject_kind: string | null;
  count: number;
  first_at: Date;
  last_at: Date;
  last_id: number;
  total: number;
}

function keyOf(r: { group_key: string; actor_id: number | null; actor_role: string; action: string; purpose: string; subject_kind: string | null }): string {
  return JSON.stringify([r.group_key, r.actor_id === null ? null : Number(r.actor_id), r.actor_role, r.action, r.purpose, r.subject_kind]);
}

/**
 * The log as groups, newest first (by their newest entry), paged by groups: `limit` and `offset` count groups, and
 * `total` is the number of groups under the filters. Three statements: the page of groups (one hash aggregation
 * over the filtered entries with only counts and times, so it needs no sort; `count(*) OVER ()` gives the total),
 * then, for that page's groups only, the persons and regions and the newest entries, found by trace id (index
 * audit_log_trace, migration 0014). docs/audit-log.md, "The grouped view".
 */
export async function queryAuditGroups(sql: Sql, q: AuditQuery): Promise<{ groups: AuditGroup[]; total: number }> {
  const { filter, params } = filterOf(q);
  const limit = Math.min(q.limit ?? 50, 1000);
  const offset = Math.max(0, q.offset ?? 0);
  return sql.transaction(async (tx) => {
    // Enough memory to aggregate a few hundred thousand entries in a hash table instead of sorting them on disk.
    await tx.query("SET LOCAL work_mem = '64MB'");
    const page = await tx.query<GroupRow>(
      `WITH g AS (
         SELECT ${GROUP_KEY} AS group_key, l.actor_id, l.actor_role, l.action, l.purpose, l.subject_kind, min(l.trace_id) AS trace_id,
                count(*)::int AS count, min(l.at) AS first_at, max(l.at) AS last_at, max(l.id) AS last_id
         FROM audit_log l ${filter}
         GROUP BY ${GROUP_BY}
       )
       SELECT g.*, a.username AS actor_username, a.display_name AS actor_display_name, count(*) OVER () AS total
       FROM g LEFT JOIN accounts a ON a.id = g.actor_id
       ORDER BY g.last_at DESC, g.last_id DESC LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    let total = Number(page[0]?.total ?? 0);
    if (page.length === 0 && offset > 0) {
      const [counted] = await tx.query<{ n: number }>(`SELECT count(*) AS n FROM (SELECT 1 FROM audit_log l ${filter} GROUP BY ${GROUP_BY}) x`, params);
      total = Number(counted?.n ?? 0);
    }
    if (page.length === 0) return { groups: [], total };

    // The page's groups only: by trace id (a group without one is its single entry, by id).
    const n = params.length;
    const inPage = `${filter ? `${filter} AND` : "WHERE"} (l.trace_id = ANY($${n + 1}::text[]) OR l.id = ANY($${n + 2}::bigint[]))`;
    const pageParams = [...params, page.filter((g) => g.trace_id !== null).map((g) => g.trace_id!), page.filter((g) => g.trace_id === null).map((g) => Number(g.last_id))];
    type Keyed = { group_key: string; actor_id: number | null; actor_role: string; action: string; purpose: string; subject_kind: string | null };
    const stats = await tx.query<Keyed & { persons: number; regions: string[] | null }>(
      `SELECT ${GROUP_KEY} AS group_key, l.actor_id, l.actor_role, l.action, l.purpose, l.subject_kind,
              count(DISTINCT l.subject_pseudonym)::int AS persons, array_agg(DISTINCT l.region) FILTER (WHERE l.region IS NOT NULL) AS regions
       FROM audit_log l ${inPage} GROUP BY ${GROUP_BY}`,
      pageParams,
    );
    const entryRows = await tx.query<AuditGroupEntry & Keyed>(
      `SELECT id, at, subject_pseudonym, region, details, group_key, actor_id, actor_role, action, purpose, subject_kind FROM (
         SELECT l.id, l.at, l.subject_pseudonym, l.region, l.details, ${GROUP_KEY} AS group_key, l.actor_id, l.actor_role, l.action, l.purpose, l.subject_kind,
                row_number() OVER (PARTITION BY ${GROUP_BY} ORDER BY l.at DESC, l.id DESC) AS rn
         FROM audit_log l ${inPage}
       ) x WHERE rn <= ${GROUP_ENTRIES_LIMIT} ORDER BY at DESC, id DESC`,
      pageParams,
    );
    const statsOf = new Map(stats.map((r) => [keyOf(r), r]));
    const byGroup = new Map<string, AuditGroupEntry[]>();
    for (const r of entryRows) {
      const k = keyOf(r);
      const list = byGroup.get(k) ?? [];
      list.push({ id: Number(r.id), at: r.at, subject_pseudonym: r.subject_pseudonym, region: r.region, details: r.details });
      byGroup.set(k, list);
    }
    const groups = page.map((g): AuditGroup => {
      const entries = byGroup.get(keyOf(g)) ?? [];
      const s = statsOf.get(keyOf(g));
      return {
        trace_id: g.trace_id,
        actor_id: g.actor_id === null ? null : Number(g.actor_id),
        actor_username: g.actor_username,
        actor_display_name: g.actor_display_name,
        actor_role: g.actor_role,
        action: g.action,
        purpose: g.purpose,
        subject_kind: g.subject_kind,
        count: Number(g.count),
        persons: Number(s?.persons ?? 0),
        first_at: g.first_at,
        last_at: g.last_at,
        regions: [...(s?.regions ?? [])].sort(),
        details: entries[0]?.details ?? null,
        entries,
      };
    });
    return { groups, total };
  });
}
