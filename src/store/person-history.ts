/**
 * The school career of every listed person in the operational store (table `person_history`, migration 0009), for
 * the person page: replaced as a whole with the signal lists (`vsv signals load`, the demo), read per person under
 * the reader's scope — row-level security shows a person's history exactly when a signal row or case of that
 * person is in scope. docs/signal-lists.md, "Person history".
 */
import type { PersonHistoryEntry, PersonHistoryFact } from "../domain/person-history.js";
import { type PersonRef, type PseudonymKey, personRef } from "./pseudonym.js";
import { systemSql } from "./scope.js";
import type { Sql } from "./sql.js";

export { HISTORY_KINDS, type HistoryKind, type PersonHistoryEntry, type PersonHistoryFact } from "../domain/person-history.js";

/** Rows per INSERT: one statement with one array per column. */
const BATCH = 5000;

const COLUMNS = [
  ["person_ref", "text"],
  ["kind", "text"],
  ["from_date", "date"],
  ["to_date", "date"],
  ["institution", "text"],
  ["institution_name", "text"],
  ["location", "text"],
  ["sector", "text"],
  ["level", "text"],
  ["leerweg", "text"],
  ["programme", "text"],
  ["programme_name", "text"],
  ["funded", "boolean"],
  ["hours_per_week", "numeric"],
  ["reason", "text"],
  ["source", "text"],
] as const;

const INSERT = `INSERT INTO person_history (${COLUMNS.map(([c]) => c).join(", ")})
  SELECT * FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ")})`;

/**
 * Replaces every history row by `facts` in `tx` (the caller's transaction, e.g. the one that replaces the signal
 * lists, so readers see old lists with old histories or new with new). Must run under the system scope.
 */
export async function replacePersonHistoryIn(tx: Sql, key: PseudonymKey, facts: readonly PersonHistoryFact[]): Promise<number> {
  await tx.query("DELETE FROM person_history");
  const refs = new Map<string, PersonRef>();
  const refOf = (k: string) => {
    let ref = refs.get(k);
    if (!ref) refs.set(k, (ref = personRef(key, k)));
    return ref;
  };
  for (let at = 0; at < facts.length; at += BATCH) {
    const batch = facts.slice(at, at + BATCH);
    const arrays = COLUMNS.map(([column]) => (column === "person_ref" ? batch.map((f) => refOf(f.person_key)) : batch.map((f) => f[column] ?? null)));
    await tx.query(INSERT, arrays);
  }
  return facts.length;
}

/** Replaces every history row by `facts`, in one transaction of its own (the system's job). */
export async function replacePersonHistory(sql: Sql, key: PseudonymKey, facts: readonly PersonHistoryFact[]): Promise<number> {
  const n = await systemSql(sql).transaction((tx) => replacePersonHistoryIn(tx, key, facts));
  await sql.query("ANALYZE person_history");
  return n;
}

/**
 * The school career of one person as far as `sql`'s scope reaches (run it on the actor's scoped store): every
 * enrolment, diploma, job and month on the possible list, ordered by date (from_date; undated last), then kind.
 * Empty when the person is outside the scope or has no history.
 */
export async function personHistory(sql: Sql, ref: PersonRef): Promise<PersonHistoryEntry[]> {
  const rows = await sql.query<Omit<PersonHistoryEntry, "hours_per_week"> & { hours_per_week: string | number | null }>(
    `SELECT kind, to_char(from_date, 'YYYY-MM-DD') AS from_date, to_char(to_date, 'YYYY-MM-DD') AS to_date, institution, institution_name,
       location, sector, level, leerweg, programme, programme_name, funded, hours_per_week, reason, source
     FROM person_history WHERE person_ref = $1
     ORDER BY from_date NULLS LAST, CASE kind WHEN 'enrolment' THEN 0 WHEN 'diploma' THEN 1 WHEN 'job' THEN 2 ELSE 3 END, to_date NULLS LAST, id`,
    [ref],
  );
  return rows.map((r) => ({ ...r, hours_per_week: r.hours_per_week === null ? null : Number(r.hours_per_week) }));
}
