/**
 * The series of monthly lists of possible vsv'ers of a teljaar: the A04 of October t … September
 * t+1, then the A14 of October … December t+1 (duo-formats.md). A person is followed by their
 * person key from list to list: first and last month seen, and whether they are on the last list
 * imported. Shared by the signal curve and the reconciliation (docs/duo-figures.md, Signals).
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { type ReportMonth, a04Months, a14Months } from "../domain/duo/report-month.js";
import { queryRows, sqlString } from "./database.js";
import type { DuoFileInfo, ScopeFiles } from "./duo-scope.js";

export interface SeriesMonth {
  readonly series: "A04" | "A14";
  readonly report_month: ReportMonth;
  /** The imported list of that month; null when it is not imported (missing, never zero). */
  readonly file: DuoFileInfo | null;
}

/** The fifteen months of the series in order, each with its imported file or null. */
export function seriesMonths(sf: ScopeFiles): SeriesMonth[] {
  const find = (files: readonly DuoFileInfo[], m: ReportMonth) => files.find((f) => f.report_month === m) ?? null;
  return [
    ...a04Months(sf.teljaar).map((m) => ({ series: "A04" as const, report_month: m, file: find(sf.a04, m) })),
    ...a14Months(sf.teljaar).map((m) => ({ series: "A14" as const, report_month: m, file: find(sf.a14, m) })),
  ];
}

/** The last imported list of the series: who is on it has not (yet) returned. */
export function lastList(months: readonly SeriesMonth[]): SeriesMonth | undefined {
  return [...months].reverse().find((m) => m.file !== null);
}

/** The signal files' ids as a SQL list (`NULL` when there are none, so `IN (...)` stays valid). */
export function fileIdList(files: readonly (DuoFileInfo | null)[]): string {
  const ids = files.filter((f): f is DuoFileInfo => f !== null).map((f) => f.file_id);
  return ids.length ? ids.join(", ") : "NULL";
}

/** One person seen on the lists of a teljaar. */
export interface SignalledPerson {
  readonly person_key: string;
  /** Level on the last list the person is on, from its last row there (normalised; as written when unknown). */
  readonly level: string | null;
  readonly first_month: ReportMonth;
  readonly last_month: ReportMonth;
  /** Number of imported lists the person is on. */
  readonly months_listed: number;
  readonly on_last_list: boolean;
}

/**
 * Everyone on any imported A04/A14 of the teljaar, by person key, ordered by key. Rows without a
 * person key cannot be followed; they are counted in `unidentifiedRows`.
 */
export async function signalledPersons(conn: DuckDBConnection, sf: ScopeFiles): Promise<{ persons: SignalledPerson[]; unidentifiedRows: number }> {
  const months = seriesMonths(sf);
  const last = lastList(months);
  if (!last) return { persons: [], unidentifiedRows: 0 };
  const ids = fileIdList(months.map((m) => m.file));
  const rows = await queryRows<Record<string, unknown>>(
    conn,
    `SELECT r.person_key,
            arg_max(coalesce(r.level, r.level_raw), f.report_month || '#' || lpad(CAST(r.line AS VARCHAR), 10, '0')) AS level,
            min(f.report_month) AS first_month,
            max(f.report_month) AS last_month,
            count(DISTINCT f.report_month) AS months_listed,
            bool_or(f.report_month = ${sqlString(last.report_month)}) AS on_last_list
     FROM duo.signal_rows r JOIN duo.files f ON f.file_id = r.file_id
     WHERE r.file_id IN (${ids}) AND r.person_key IS NOT NULL
     GROUP BY r.person_key ORDER BY r.person_key`,
  );
  const [unidentified] = await queryRows<{ n: bigint }>(conn, `SELECT count(*) AS n FROM duo.signal_rows WHERE file_id IN (${ids}) AND person_key IS NULL`);
  return {
    persons: rows.map((r) => ({
      person_key: r.person_key as string,
      level: (r.level as string | null) ?? null,
      first_month: r.first_month as ReportMonth,
      last_month: r.last_month as ReportMonth,
      months_listed: Number(r.months_listed),
      on_last_list: r.on_last_list === true,
    })),
    unidentifiedRows: Number(unidentified?.n ?? 0),
  };
}
