/**
 * The monthly signal curve of a teljaar: per report month of the A04 series (October … September)
 * and then the A14 months (October … December), how many possible vsv'ers are on the list, how many
 * are new, their share of the start set, and how their year ends (docs/duo-figures.md, Signal curve).
 * People are counted, not rows; a month whose list is not imported is reported as missing, not as 0.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Stage } from "../domain/definition.js";
import type { DuoScope } from "../domain/duo/file-name.js";
import type { ReportMonth } from "../domain/duo/report-month.js";
import { VsvError } from "../domain/errors.js";
import type { Teljaar } from "../domain/teljaar.js";
import { queryRows, sqlString } from "./database.js";
import { defaultDuoStage, describeScope, scopeFiles, summariseImported } from "./duo-scope.js";
import { fileIdList, lastList, seriesMonths } from "./duo-signal-series.js";
import { percentage } from "./figures.js";

export interface DuoSignalQuery {
  readonly scope: DuoScope;
  readonly teljaar: Teljaar;
  /** Stage of the NRSP used as the start set where no A05 of the month is imported (default as the figures). */
  readonly stage?: Stage;
}

interface MonthFigures {
  /** Persons on the month's list (distinct person keys, plus each row without one). */
  readonly possible_vsv: number;
  /** Persons on the list who are on no earlier imported list of the series. */
  readonly new_on_list: number;
  /** Persons on the list without a person key: not followed from month to month. */
  readonly without_person_key: number;
  readonly start_set: number | null;
  /** `A05` of the same month when imported, else `NRSP` of the stage. */
  readonly start_set_source: "A05" | "NRSP" | null;
  /** possible_vsv / start_set × 100 (2 decimals). */
  readonly share_pct: number | null;
  /** Of the persons on the list: in the definitive NenR. Null without a definitive NenR. */
  readonly end_as_vsv: number | null;
  /** Of the persons on the list: not on the last list of the series and not in the definitive NenR. */
  readonly returned: number | null;
  /** Of the persons on the list: on the last list of the series but not in the definitive NenR. */
  readonly still_listed_not_vsv: number | null;
  /** Persons with statutory absence reported (MELDING_VERZUIM_WETTELIJK = J); null when the column is empty all month. */
  readonly absence_statutory: number | null;
  /** Persons with non-statutory absence reported; null when the column is empty all month. */
  readonly absence_non_statutory: number | null;
  /** Persons per REDEN_UITSTROOM (`unknown` when empty). */
  readonly outflow_reasons: Readonly<Record<string, number>>;
  /** Persons per REDEN (`unknown` when empty). */
  readonly reasons: Readonly<Record<string, number>>;
}

export interface SignalMonth extends Partial<MonthFigures> {
  readonly series: "A04" | "A14";
  readonly report_month: ReportMonth;
  readonly status: "imported" | "missing";
  readonly file_name: string | null;
}

export interface SignalCurve {
  readonly scope: DuoScope;
  readonly teljaar: Teljaar;
  /** Stage of the NRSP used as start set (null when no NRSP is imported). */
  readonly stage: Stage | null;
  /** The last imported list: who is on it has not returned. */
  readonly last_list: ReportMonth | null;
  readonly definitive_nenr: string | null;
  readonly months: readonly SignalMonth[];
  /** What the figures rest on and what they could not use. Never person data. */
  readonly notes: readonly string[];
}

const UNKNOWN = "unknown";

/** The curve for a scope and teljaar. Throws NO_DUO_FILES when no A04 or A14 of the teljaar is imported. */
export async function duoSignalCurve(conn: DuckDBConnection, q: DuoSignalQuery): Promise<SignalCurve> {
  const sf = await scopeFiles(conn, q.scope, q.teljaar);
  const months = seriesMonths(sf);
  const last = lastList(months);
  if (!last) {
    throw new VsvError(
      "NO_DUO_FILES",
      `No A04 or A14 is imported for ${describeScope(q.scope)}, teljaar ${q.teljaar}: the signal curve needs the monthly lists; import them with \`vsv import duo <folder>\`. Imported:\n${summariseImported(sf.files).map((l) => `  ${l}`).join("\n")}`,
    );
  }
  const notes: string[] = [];
  const stage = q.stage ?? defaultDuoStage(sf) ?? null;
  const nrsp = stage ? sf.nrsp[stage] : undefined;
  if (q.stage && !nrsp) {
    throw new VsvError("NO_DUO_FILES", `No ${q.stage} NRSP is imported for ${describeScope(q.scope)}, teljaar ${q.teljaar}: import it, or leave out --stage`);
  }
  const nenr = sf.nenr.definitive;
  if (!nenr) notes.push("no definitive NenR is imported: end_as_vsv, returned and still_listed_not_vsv are unknown (null)");
  if (!nrsp) notes.push("no NRSP is imported: the start set is known only for months with an A05");
  const missing = months.filter((m) => m.file === null).map((m) => `${m.series} ${m.report_month}`);
  if (missing.length) notes.push(`not imported (reported as missing): ${missing.join(", ")}`);
  notes.push(`returned = not on the last imported list (${last.series} ${last.report_month}) and not in the definitive NenR`);

  const ids = fileIdList(months.map((m) => m.file));
  const vsvKeys = nenr ? `SELECT person_key FROM duo.nenr_rows WHERE file_id = ${nenr.file_id} AND person_key IS NOT NULL` : "SELECT NULL::VARCHAR AS person_key WHERE false";
  // One row per person and month: a person with several rows in one list counts once, with the
  // reasons of their first row; a row without a person key is a person of its own.
  const perPerson = `
    WITH rows AS (
      SELECT f.report_month, r.person_key, r.line, r.outflow_reason, r.reason, r.absence_statutory, r.absence_non_statutory
      FROM duo.signal_rows r JOIN duo.files f ON f.file_id = r.file_id WHERE r.file_id IN (${ids})
    ), first_seen AS (
      SELECT person_key, min(report_month) AS first_month FROM rows WHERE person_key IS NOT NULL GROUP BY person_key
    ), on_last AS (
      SELECT DISTINCT person_key FROM rows WHERE report_month = ${sqlString(last.report_month)} AND person_key IS NOT NULL
    ), vsv AS (${vsvKeys})
    SELECT p.*, fs.first_month,
           p.person_key IN (SELECT person_key FROM on_last) AS on_last_list,
           p.person_key IN (SELECT person_key FROM vsv) AS in_nenr
    FROM (
      SELECT report_month, person_key, coalesce(person_key, '#' || line) AS who,
             arg_min(outflow_reason, line) AS outflow_reason, arg_min(reason, line) AS reason,
             bool_or(absence_statutory) AS absence_statutory, count(absence_statutory) AS absence_statutory_known,
             bool_or(absence_non_statutory) AS absence_non_statutory, count(absence_non_statutory) AS absence_non_statutory_known
      FROM rows GROUP BY report_month, person_key, who
    ) p LEFT JOIN first_seen fs ON fs.person_key = p.person_key`;
  const stats = await queryRows<Record<string, unknown>>(
    conn,
    `WITH p AS (${perPerson})
     SELECT report_month,
            count(*) AS possible_vsv,
            count(*) FILTER (WHERE first_month = report_month) AS new_on_list,
            count(*) FILTER (WHERE person_key IS NULL) AS without_person_key,
            count(*) FILTER (WHERE in_nenr) AS end_as_vsv,
            count(*) FILTER (WHERE person_key IS NOT NULL AND NOT in_nenr AND NOT on_last_list) AS returned,
            count(*) FILTER (WHERE person_key IS NOT NULL AND NOT in_nenr AND on_last_list) AS still_listed_not_vsv,
            count(*) FILTER (WHERE absence_statutory) AS absence_statutory, sum(absence_statutory_known) AS absence_statutory_known,
            count(*) FILTER (WHERE absence_non_statutory) AS absence_non_statutory, sum(absence_non_statutory_known) AS absence_non_statutory_known
     FROM p GROUP BY report_month`,
  );
  const reasonRows = await queryRows<{ report_month: string; which: string; code: string; n: bigint }>(
    conn,
    `WITH p AS (${perPerson})
     SELECT report_month, 'outflow' AS which, coalesce(outflow_reason, '${UNKNOWN}') AS code, count(*) AS n FROM p GROUP BY ALL
     UNION ALL
     SELECT report_month, 'reason' AS which, coalesce(reason, '${UNKNOWN}') AS code, count(*) AS n FROM p GROUP BY ALL
     ORDER BY report_month, which, code`,
  );
  const startSets = await queryRows<{ report_month: string; n: bigint }>(
    conn,
    `SELECT f.report_month, count(DISTINCT r.person_key) + count(*) FILTER (WHERE r.person_key IS NULL) AS n
     FROM duo.start_set_rows r JOIN duo.files f ON f.file_id = r.file_id WHERE r.file_id IN (${fileIdList(sf.a05)}) GROUP BY f.report_month`,
  );
  // A05 files with no rows at all are a start set of 0 all the same.
  const a05 = new Map<string, number>(sf.a05.map((f) => [f.report_month ?? "", 0]));
  for (const r of startSets) a05.set(r.report_month, Number(r.n));
  const nrspCount = nrsp ? Number((await queryRows<{ n: bigint }>(conn, `SELECT count(*) AS n FROM duo.nrsp_rows WHERE file_id = ${nrsp.file_id}`))[0]?.n ?? 0) : null;

  const byMonth = new Map(stats.map((r) => [r.report_month as string, r]));
  const reasonsOf = (month: string, which: string) =>
    Object.fromEntries(reasonRows.filter((r) => r.report_month === month && r.which === which).map((r) => [r.code, Number(r.n)]));

  const out: SignalMonth[] = months.map((m) => {
    if (m.file === null) return { series: m.series, report_month: m.report_month, status: "missing", file_name: null };
    const r = byMonth.get(m.report_month);
    const n = (k: string) => Number(r?.[k] ?? 0);
    const possible = n("possible_vsv");
    const fromA05 = m.series === "A04" ? a05.get(m.report_month) : undefined;
    const startSet = fromA05 ?? nrspCount;
    const figures: MonthFigures = {
      possible_vsv: possible,
      new_on_list: n("new_on_list"),
      without_person_key: n("without_person_key"),
      start_set: startSet,
      start_set_source: fromA05 !== undefined ? "A05" : nrspCount !== null ? "NRSP" : null,
      share_pct: startSet === null ? null : percentage(possible, startSet),
      end_as_vsv: nenr ? n("end_as_vsv") : null,
      returned: nenr ? n("returned") : null,
      still_listed_not_vsv: nenr ? n("still_listed_not_vsv") : null,
      absence_statutory: n("absence_statutory_known") > 0 ? n("absence_statutory") : null,
      absence_non_statutory: n("absence_non_statutory_known") > 0 ? n("absence_non_statutory") : null,
      outflow_reasons: reasonsOf(m.report_month, "outflow"),
      reasons: reasonsOf(m.report_month, "reason"),
    };
    return { series: m.series, report_month: m.report_month, status: "imported", file_name: m.file.file_name, ...figures };
  });
  return { scope: q.scope, teljaar: q.teljaar, stage: nrsp ? stage : null, last_list: last.report_month, definitive_nenr: nenr?.file_name ?? null, months: out, notes };
}

/** Flat output row of a month; a missing month has every figure null (never 0). */
export function flattenSignalMonth(m: SignalMonth) {
  return {
    series: m.series,
    report_month: m.report_month,
    status: m.status,
    possible_vsv: m.possible_vsv ?? null,
    new_on_list: m.new_on_list ?? null,
    without_person_key: m.without_person_key ?? null,
    start_set: m.start_set ?? null,
    start_set_source: m.start_set_source ?? null,
    share_pct: m.share_pct ?? null,
    end_as_vsv: m.end_as_vsv ?? null,
    returned: m.returned ?? null,
    still_listed_not_vsv: m.still_listed_not_vsv ?? null,
    absence_statutory: m.absence_statutory ?? null,
    absence_non_statutory: m.absence_non_statutory ?? null,
    outflow_reasons: m.outflow_reasons ?? null,
    reasons: m.reasons ?? null,
    file_name: m.file_name,
  };
}
