/**
 * The signal lists in the operational store (table `signals`, migration 0002): replaced as a whole by each load
 * from the analytics store (`vsv signals load`), read page by page by the signal-list route, thinned by the
 * retention job. Reading lives in signal-list.ts; docs/signal-lists.md.
 */
import { personRef, type PseudonymKey } from "./pseudonym.js";
import type { PersonHistoryFact } from "../domain/person-history.js";
import type { SignalRow } from "../domain/signal-row.js";
import { replacePersonHistoryIn } from "./person-history.js";
import { systemSql } from "./scope.js";
import type { Sql } from "./sql.js";

export * from "./signal-list.js";
export type { SignalList, SignalRow, SignalSource } from "../domain/signal-row.js";

/** Rows per INSERT: each is one statement with one array per column, not one statement per row. */
const BATCH = 2000;

const TEXT_COLUMNS = [
  "person_ref", "person_key", "list", "source", "teljaar", "report_month", "region", "municipality_code", "municipality_name",
  "institution", "institution_name", "location", "programme", "programme_name", "level", "leerweg",
] as const;
const LATER_COLUMNS = [
  ["birth_date", "date"],
  ["age", "integer"],
  ["family_name", "text"],
  ["given_names", "text"],
  ["listed_since", "text"],
  ["deregistration_date", "date"],
  ["reason", "text"],
  ["absence_statutory", "boolean"],
  ["absence_non_statutory", "boolean"],
  // Migration 0009: where the person lives and how to reach them.
  ["street", "text"],
  ["house_number", "text"],
  ["postcode", "text"],
  ["residence", "text"],
  ["phone", "text"],
  ["email", "text"],
  // Migration 0009: the target-group list's group (null on the other lists; absent from rows made before it).
  ["target_group", "text"],
] as const;
const COLUMNS: readonly (readonly [string, string])[] = [...TEXT_COLUMNS.map((c) => [c, "text"] as const), ...LATER_COLUMNS];

const INSERT = `INSERT INTO signals (${COLUMNS.map(([c]) => c).join(", ")})
  SELECT * FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ")})`;

export interface ReplaceResult {
  readonly possible: number;
  readonly definitive: number;
  /** Regions with at least one row on either list. */
  readonly regions: number;
  /** History rows loaded (person_history); null when the caller passed none and the old ones were kept. */
  readonly history: number | null;
}

/**
 * Replaces every signal row by `rows`, in one transaction (readers see the old lists or the new, never half),
 * with each person's reference computed from their number; with `history`, every person_history row too
 * (src/store/person-history.ts), in the same transaction.
 */
export async function replaceSignals(sql: Sql, key: PseudonymKey, rows: readonly SignalRow[], history?: readonly PersonHistoryFact[]): Promise<ReplaceResult> {
  // Loading the lists is the system's own job: it replaces every region's rows (row-level security, migration 0007).
  let historyRows: number | null = null;
  await systemSql(sql).transaction(async (tx) => {
    // The listed persons' school career, in the same transaction: old lists with old histories, or new with new.
    if (history) historyRows = await replacePersonHistoryIn(tx, key, history);
    await tx.query("DELETE FROM signals");
    for (let at = 0; at < rows.length; at += BATCH) {
      const batch = rows.slice(at, at + BATCH);
      const arrays = COLUMNS.map(([column]) =>
        column === "person_ref" ? batch.map((r) => personRef(key, r.person_key)) : batch.map((r) => r[column as keyof SignalRow] ?? null),
      );
      await tx.query(INSERT, arrays);
    }
  });
  // Fresh statistics for the planner: the whole table was just replaced.
  await sql.query("ANALYZE signals");
  if (history) await sql.query("ANALYZE person_history");
  return {
    possible: rows.filter((r) => r.list === "possible").length,
    definitive: rows.filter((r) => r.list === "definitive").length,
    regions: new Set(rows.map((r) => r.region)).size,
    history: historyRows,
  };
}

/** Removes the rows of teljaren before `teljaar` (retention; src/domain/casework/retention.ts); returns how many. */
export async function removeSignalsBefore(sql: Sql, teljaar: string): Promise<number> {
  const [removed] = await sql.query<{ n: number }>("WITH gone AS (DELETE FROM signals WHERE teljaar < $1 RETURNING 1) SELECT count(*) AS n FROM gone", [teljaar]);
  return removed?.n ?? 0;
}
