/**
 * The engine's monthly signalling: for every report month of a teljaar (A04: October t … September t+1,
 * A14: October … December t+1), the members of a start population who are possible vsv'ers — no active
 * funded enrolment and no startkwalificatie on the month's peildatum, the first day after the month —
 * with the month they came on the list (unbroken run) and the end of their last enrolment.
 * The rule and its reasons are in src/domain/signalling.ts (the pure reference, `personSignals`); this is
 * the same, set-wise over the register as known on its as-of date, and tests compare the two person by person.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Definition, Stage } from "../domain/definition.js";
import type { IsoDate } from "../domain/dates.js";
import { SK_DIPLOMA_LEVELS } from "../domain/education.js";
import type { ReportMonth } from "../domain/duo/report-month.js";
import { type SignalKind, type SignalMonth, isMonthCovered, signalMonths } from "../domain/signalling.js";
import type { Teljaar } from "../domain/teljaar.js";
import { queryRows, sqlString } from "./database.js";
import { PERSON_RESULTS_VIEW } from "./results-tables.js";

/** Whose start population: everyone, an institution's (main enrolment on 1 October t) or a region's (residence). */
export type PopulationScope =
  | { readonly kind: "national" }
  | { readonly kind: "institution"; readonly code: string }
  | { readonly kind: "region"; readonly code: string };

export interface StartPopulationQuery {
  readonly teljaar: Teljaar;
  readonly stage: Stage;
  readonly definition: Definition;
  readonly scope: PopulationScope;
}

/** The rows of results.person_results for a start population and scope. */
export function startPopulationSql(q: StartPopulationQuery): string {
  const scope =
    q.scope.kind === "institution"
      ? ` AND institution = ${sqlString(q.scope.code)}`
      : q.scope.kind === "region"
        ? ` AND region = ${sqlString(q.scope.code)}`
        : "";
  return `SELECT * FROM ${PERSON_RESULTS_VIEW}
    WHERE teljaar = ${sqlString(q.teljaar)} AND stage = ${sqlString(q.stage)} AND in_sp${q.definition}${scope}`;
}

export interface MonthlySignalsQuery extends StartPopulationQuery {
  /** The register's as-of date: facts recorded later are ignored, months whose peildatum is later are not covered. */
  readonly asOf: IsoDate | null;
}

/** The report months of the teljaar the register covers, and those it does not. */
export function coveredMonths(teljaar: Teljaar, asOf: IsoDate | null): { covered: SignalMonth[]; skipped: SignalMonth[] } {
  const all = signalMonths(teljaar);
  return { covered: all.filter((m) => isMonthCovered(m, asOf)), skipped: all.filter((m) => !isMonthCovered(m, asOf)) };
}

/**
 * A SELECT of one row per person and covered report month on whose list they are:
 * `person_id, month_index, report_month (YYYY-MM), kind (A04|A14), listed_since (YYYY-MM), deregistration_date`.
 * `population`: a relation holding the start population's `person_id`s, when the caller has it already
 * (default: selected from the results for the query).
 */
export function monthlySignalsSql(q: MonthlySignalsQuery, population = `(${startPopulationSql(q)})`): string {
  const { covered } = coveredMonths(q.teljaar, q.asOf);
  if (covered.length === 0) {
    return "SELECT NULL::VARCHAR AS person_id, NULL::INTEGER AS month_index, NULL::VARCHAR AS report_month, NULL::VARCHAR AS kind, NULL::VARCHAR AS listed_since, NULL::DATE AS deregistration_date LIMIT 0";
  }
  const known = q.asOf === null ? "TRUE" : `(recorded_on IS NULL OR recorded_on <= DATE ${sqlString(q.asOf)})`;
  const months = covered.map((m) => `(${m.index}, ${sqlString(m.month)}, ${sqlString(m.kind)}, DATE ${sqlString(m.peildatum)})`).join(", ");
  return `
WITH
members AS MATERIALIZED (SELECT person_id FROM ${population}),
months AS (SELECT * FROM (VALUES ${months}) m(month_index, report_month, kind, peildatum)),
enr AS (
  SELECT person_id, start_date, end_date FROM register.enrolments SEMI JOIN members USING (person_id)
  WHERE funded AND ${known}
),
sk AS (
  SELECT person_id, min(date) AS first_sk FROM register.diplomas SEMI JOIN members USING (person_id)
  WHERE level IN (${SK_DIPLOMA_LEVELS.map(sqlString).join(", ")}) AND ${known}
  GROUP BY person_id
),
grid AS (
  SELECT p.person_id, m.month_index, m.peildatum,
    coalesce(bool_or(e.person_id IS NOT NULL AND (e.end_date IS NULL OR e.end_date >= m.peildatum)), false) AS enrolled,
    max(e.end_date) AS last_end
  FROM members p CROSS JOIN months m
  LEFT JOIN enr e ON e.person_id = p.person_id AND e.start_date <= m.peildatum
  GROUP BY p.person_id, m.month_index, m.peildatum
),
flags AS (
  SELECT g.person_id, g.month_index, g.last_end,
    NOT g.enrolled AND (sk.first_sk IS NULL OR sk.first_sk > g.peildatum) AS listed
  FROM grid g LEFT JOIN sk USING (person_id)
),
runs AS (
  SELECT *,
    max(CASE WHEN NOT listed THEN month_index END) OVER (PARTITION BY person_id ORDER BY month_index ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS last_off
  FROM flags
)
SELECT r.person_id, r.month_index, m.report_month, m.kind, since.report_month AS listed_since, r.last_end AS deregistration_date
FROM runs r
JOIN months m ON m.month_index = r.month_index
JOIN months since ON since.month_index = coalesce(r.last_off + 1, 0)
WHERE r.listed`;
}

export interface MonthlySignal {
  readonly personId: string;
  readonly reportMonth: ReportMonth;
  readonly kind: SignalKind;
  readonly listedSince: ReportMonth;
  readonly deregistrationDate: IsoDate | null;
}

/** The monthly lists of a start population (all covered months, ordered by month and person). */
export async function monthlySignals(conn: DuckDBConnection, q: MonthlySignalsQuery): Promise<MonthlySignal[]> {
  const rows = await queryRows<{ person_id: string; report_month: string; kind: string; listed_since: string; deregistration_date: string | null }>(
    conn,
    `SELECT person_id, report_month, kind, listed_since, CAST(deregistration_date AS VARCHAR) AS deregistration_date
     FROM (${monthlySignalsSql(q)}) ORDER BY month_index, person_id`,
  );
  return rows.map((r) => ({
    personId: r.person_id,
    reportMonth: r.report_month as ReportMonth,
    kind: r.kind as SignalKind,
    listedSince: r.listed_since as ReportMonth,
    deregistrationDate: (r.deregistration_date ?? null) as IsoDate | null,
  }));
}
