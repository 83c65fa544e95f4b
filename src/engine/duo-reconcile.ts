/**
 * Reconciliation of DUO's files of one scope and teljaar: every person on whom the files disagree,
 * by kind of discrepancy (docs/duo-figures.md, Reconciliation). Persons are given by person key
 * with non-identifying context (level, stage, months, lines) only: never names or addresses.
 * Nothing is dropped: what cannot be compared (a file not imported, a row without person key) is
 * said in `notes`.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Stage } from "../domain/definition.js";
import type { DuoKind, DuoScope } from "../domain/duo/file-name.js";
import type { ReportMonth } from "../domain/duo/report-month.js";
import type { Teljaar } from "../domain/teljaar.js";
import { queryRows } from "./database.js";
import { type DuoFileInfo, type ScopeFiles, scopeFiles } from "./duo-scope.js";
import { fileIdList, lastList, seriesMonths, signalledPersons } from "./duo-signal-series.js";
import { ROW_TABLES } from "./duo-tables.js";

export const RECONCILE_KINDS = [
  "in_nenr_not_in_nrsp",
  "signalled_not_in_nenr",
  "in_nenr_never_signalled",
  "duplicates",
  "changed_preliminary_to_definitive",
] as const;
export type ReconcileKind = (typeof RECONCILE_KINDS)[number];

/** A NenR row whose person is not in the NRSP of the same stage (counted as vsv all the same). */
export interface NotInStartPopulation {
  readonly person_key: string | null;
  readonly stage: Stage;
  readonly level: string | null;
  /** Line of the NenR row. */
  readonly line: number;
}

/** On an A04/A14 of the teljaar, but not in the definitive NenR. */
export interface SignalledNotInNenr {
  readonly person_key: string;
  readonly level: string | null;
  readonly first_month: ReportMonth;
  readonly last_month: ReportMonth;
  readonly months_listed: number;
  /** `returned`: not on the last list of the series (re-enrolled); `still_listed`: on it (late SK, an exclusion …). */
  readonly reason: "returned" | "still_listed";
}

/** A NenR row whose person is on no imported A04/A14 of the teljaar. */
export interface NeverSignalled {
  readonly person_key: string | null;
  readonly stage: Stage;
  readonly level: string | null;
  readonly line: number;
}

/** The same person key more than once within one file. */
export interface Duplicate {
  readonly person_key: string;
  readonly kind: DuoKind;
  readonly stage: Stage | null;
  readonly report_month: ReportMonth | null;
  readonly file_name: string;
  readonly count: number;
  readonly lines: readonly number[];
}

/** A person added to or removed from the NRSP or NenR between the preliminary and the definitive file. */
export interface StageChange {
  readonly person_key: string;
  readonly list: "NRSP" | "NENR";
  readonly change: "added" | "removed";
  /** Level in the file the person is in (definitive when added, preliminary when removed). */
  readonly level: string | null;
}

export interface Reconciliation {
  readonly in_nenr_not_in_nrsp: readonly NotInStartPopulation[];
  readonly signalled_not_in_nenr: readonly SignalledNotInNenr[];
  readonly in_nenr_never_signalled: readonly NeverSignalled[];
  readonly duplicates: readonly Duplicate[];
  readonly changed_preliminary_to_definitive: readonly StageChange[];
  readonly counts: Readonly<Record<ReconcileKind, number>>;
  /** What was compared with what, and what could not be compared. Never person data. */
  readonly notes: readonly string[];
}

export interface DuoReconcileQuery {
  readonly scope: DuoScope;
  readonly teljaar: Teljaar;
}

const STAGES_DEFINITIVE_FIRST: readonly Stage[] = ["definitive", "preliminary"];
const LEVEL = "coalesce(level, level_raw)";

function keySet(table: string, fileIds: string): string {
  return `SELECT person_key FROM ${table} WHERE file_id IN (${fileIds}) AND person_key IS NOT NULL`;
}

async function nenrRowsNotIn(conn: DuckDBConnection, nenr: DuoFileInfo, others: string): Promise<{ person_key: string | null; level: string | null; line: number }[]> {
  const rows = await queryRows<{ person_key: string | null; level: string | null; line: number }>(
    conn,
    `SELECT person_key, ${LEVEL} AS level, line FROM duo.nenr_rows
     WHERE file_id = ${nenr.file_id} AND (person_key IS NULL OR person_key NOT IN (${others}))
     ORDER BY person_key NULLS LAST, line`,
  );
  return rows.map((r) => ({ person_key: r.person_key ?? null, level: r.level ?? null, line: Number(r.line) }));
}

async function notInStartPopulation(conn: DuckDBConnection, sf: ScopeFiles, notes: string[]): Promise<NotInStartPopulation[]> {
  const out: NotInStartPopulation[] = [];
  for (const stage of STAGES_DEFINITIVE_FIRST) {
    const nenr = sf.nenr[stage];
    const nrsp = sf.nrsp[stage];
    if (!nenr) continue;
    if (!nrsp) {
      notes.push(`in_nenr_not_in_nrsp: no ${stage} NRSP is imported, so the ${stage} NenR (${nenr.file_name}) could not be compared with a start population`);
      continue;
    }
    for (const r of await nenrRowsNotIn(conn, nenr, keySet("duo.nrsp_rows", String(nrsp.file_id)))) out.push({ ...r, stage });
  }
  return out;
}

async function neverSignalled(conn: DuckDBConnection, sf: ScopeFiles, notes: string[]): Promise<NeverSignalled[]> {
  const signalFiles = [...sf.a04, ...sf.a14];
  if (signalFiles.length === 0) {
    if (sf.nenr.definitive || sf.nenr.preliminary) notes.push("in_nenr_never_signalled: no A04 or A14 is imported, so no NenR person could be looked up on the monthly lists");
    return [];
  }
  const out: NeverSignalled[] = [];
  for (const stage of STAGES_DEFINITIVE_FIRST) {
    const nenr = sf.nenr[stage];
    if (!nenr) continue;
    for (const r of await nenrRowsNotIn(conn, nenr, keySet("duo.signal_rows", fileIdList(signalFiles)))) out.push({ ...r, stage });
  }
  return out;
}

async function signalledNotInNenr(conn: DuckDBConnection, sf: ScopeFiles, notes: string[]): Promise<SignalledNotInNenr[]> {
  const months = seriesMonths(sf);
  const last = lastList(months);
  if (!last) return [];
  const missing = months.filter((m) => m.file === null).map((m) => `${m.series} ${m.report_month}`);
  if (missing.length) notes.push(`signals: not imported: ${missing.join(", ")}`);
  const { persons, unidentifiedRows } = await signalledPersons(conn, sf);
  if (unidentifiedRows > 0) notes.push(`signalled_not_in_nenr: ${unidentifiedRows} A04/A14 row(s) without a person number could not be followed`);
  const nenr = sf.nenr.definitive;
  if (!nenr) {
    notes.push("signalled_not_in_nenr: no definitive NenR is imported, so who ends as a vsv'er is not known yet");
    return [];
  }
  notes.push(`signalled_not_in_nenr: compared with ${nenr.file_name}; returned = not on the last imported list (${last.series} ${last.report_month})`);
  const vsv = new Set((await queryRows<{ person_key: string }>(conn, keySet("duo.nenr_rows", String(nenr.file_id)))).map((r) => r.person_key));
  return persons
    .filter((p) => !vsv.has(p.person_key))
    .map((p) => ({
      person_key: p.person_key,
      level: p.level,
      first_month: p.first_month,
      last_month: p.last_month,
      months_listed: p.months_listed,
      reason: p.on_last_list ? ("still_listed" as const) : ("returned" as const),
    }));
}

async function duplicates(conn: DuckDBConnection, sf: ScopeFiles): Promise<Duplicate[]> {
  const byTable = new Map<string, DuoFileInfo[]>();
  for (const f of sf.files) {
    const table = ROW_TABLES[f.kind].table;
    byTable.set(table, [...(byTable.get(table) ?? []), f]);
  }
  const parts = [...byTable.entries()].map(([table, files]) => `SELECT file_id, person_key, line FROM ${table} WHERE file_id IN (${fileIdList(files)}) AND person_key IS NOT NULL`);
  const rows = await queryRows<{ file_id: number; person_key: string; n: bigint; lines: number[] }>(
    conn,
    `SELECT file_id, person_key, count(*) AS n, list(line ORDER BY line) AS lines FROM (${parts.join(" UNION ALL ")})
     GROUP BY file_id, person_key HAVING count(*) > 1`,
  );
  const order = new Map(sf.files.map((f, i) => [f.file_id, i]));
  const fileOf = new Map(sf.files.map((f) => [f.file_id, f]));
  return rows
    .sort((a, b) => order.get(Number(a.file_id))! - order.get(Number(b.file_id))! || a.person_key.localeCompare(b.person_key))
    .map((r) => {
      const f = fileOf.get(Number(r.file_id))!;
      return { person_key: r.person_key, kind: f.kind, stage: f.stage, report_month: f.report_month, file_name: f.file_name, count: Number(r.n), lines: r.lines.map(Number) };
    });
}

async function stageChanges(conn: DuckDBConnection, sf: ScopeFiles, notes: string[]): Promise<StageChange[]> {
  const out: StageChange[] = [];
  for (const list of ["NRSP", "NENR"] as const) {
    const files = list === "NRSP" ? sf.nrsp : sf.nenr;
    const name = list === "NRSP" ? "NRSP" : "NenR";
    const { preliminary, definitive } = files;
    if (!preliminary || !definitive) {
      if (preliminary || definitive) notes.push(`changed_preliminary_to_definitive: only the ${preliminary ? "preliminary" : "definitive"} ${name} is imported, nothing to compare`);
      continue;
    }
    const table = ROW_TABLES[list].table;
    const diff = async (from: DuoFileInfo, against: DuoFileInfo, change: StageChange["change"]) => {
      const rows = await queryRows<{ person_key: string; level: string | null }>(
        conn,
        `SELECT person_key, min(${LEVEL}) AS level FROM ${table}
         WHERE file_id = ${from.file_id} AND person_key IS NOT NULL AND person_key NOT IN (${keySet(table, String(against.file_id))})
         GROUP BY person_key ORDER BY person_key`,
      );
      for (const r of rows) out.push({ person_key: r.person_key, list, change, level: r.level ?? null });
    };
    await diff(definitive, preliminary, "added");
    await diff(preliminary, definitive, "removed");
    const [unkeyed] = await queryRows<{ n: bigint }>(conn, `SELECT count(*) AS n FROM ${table} WHERE file_id IN (${preliminary.file_id}, ${definitive.file_id}) AND person_key IS NULL`);
    if (Number(unkeyed?.n ?? 0) > 0) notes.push(`changed_preliminary_to_definitive: ${Number(unkeyed!.n)} ${name} row(s) without a person number could not be compared`);
  }
  return out;
}

/** Every discrepancy between the files of a scope and teljaar. Throws NO_DUO_FILES when none are imported. */
export async function duoReconcile(conn: DuckDBConnection, q: DuoReconcileQuery): Promise<Reconciliation> {
  const sf = await scopeFiles(conn, q.scope, q.teljaar);
  const notes: string[] = [];
  const result = {
    in_nenr_not_in_nrsp: await notInStartPopulation(conn, sf, notes),
    signalled_not_in_nenr: await signalledNotInNenr(conn, sf, notes),
    in_nenr_never_signalled: await neverSignalled(conn, sf, notes),
    duplicates: await duplicates(conn, sf),
    changed_preliminary_to_definitive: await stageChanges(conn, sf, notes),
  };
  const counts = Object.fromEntries(RECONCILE_KINDS.map((k) => [k, result[k].length])) as Record<ReconcileKind, number>;
  return { ...result, counts, notes };
}

export interface ReconcileSummaryRow {
  readonly kind: ReconcileKind;
  /** The part of the kind: stage, reason, list and change, or file kind. */
  readonly detail: string;
  readonly count: number;
}

/** Counts per kind and part of it (every kind appears, with 0 when it has no persons). */
export function reconcileSummary(r: Reconciliation): ReconcileSummaryRow[] {
  const rows: ReconcileSummaryRow[] = [];
  const tally = (kind: ReconcileKind, details: readonly string[]) => {
    rows.push({ kind, detail: "total", count: details.length });
    const counts = new Map<string, number>();
    for (const d of details) counts.set(d, (counts.get(d) ?? 0) + 1);
    for (const [detail, count] of counts) rows.push({ kind, detail, count });
  };
  tally("in_nenr_not_in_nrsp", r.in_nenr_not_in_nrsp.map((x) => x.stage));
  tally("signalled_not_in_nenr", r.signalled_not_in_nenr.map((x) => x.reason));
  tally("in_nenr_never_signalled", r.in_nenr_never_signalled.map((x) => x.stage));
  tally("duplicates", r.duplicates.map((x) => `${x.kind}${x.stage ? ` ${x.stage}` : ""}${x.report_month ? ` ${x.report_month}` : ""}`));
  tally("changed_preliminary_to_definitive", r.changed_preliminary_to_definitive.map((x) => `${x.list} ${x.change}`));
  return rows;
}
