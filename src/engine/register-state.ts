/**
 * What the store knows about the imported register: its id, the day it was extracted (as-of date)
 * and which teljaren it holds. A register may declare these in the optional `register.csv` of the
 * exchange format (stored as `register.coverage`); otherwise they are derived from the facts.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { VsvError } from "../domain/errors.js";
import { type IsoDate } from "../domain/dates.js";
import { type Teljaar, secondPeildatum, teljaarStartingIn, tryParseTeljaar } from "../domain/teljaar.js";
import { queryRows, tableExists } from "./database.js";
import { REGISTER_SCHEMA } from "./register-tables.js";
import { readRegisterMeta } from "./register-replace.js";

export interface RegisterState {
  readonly registerId: string;
  /** The day the register was extracted, when it declares one: stages cut off later are not final. */
  readonly asOf: IsoDate | null;
  readonly firstTeljaar: Teljaar | null;
  readonly lastTeljaar: Teljaar | null;
  /** The last day whose situation the register holds, when it declares one (else its as-of date). */
  readonly factsUntil: IsoDate | null;
  /** A generated register's scale (1 = the whole Netherlands); null for a real register. */
  readonly syntheticScale: number | null;
}

export async function readRegisterState(conn: DuckDBConnection): Promise<RegisterState> {
  const missing = new VsvError("NO_REGISTER", "No register in the store: import one first with `vsv import register <folder>`");
  const meta = await readRegisterMeta(conn);
  if (!meta) throw missing;
  let asOf: IsoDate | null = null;
  let firstTeljaar: Teljaar | null = null;
  let lastTeljaar: Teljaar | null = null;
  let factsUntil: IsoDate | null = null;
  let syntheticScale: number | null = null;
  if (await tableExists(conn, REGISTER_SCHEMA, "coverage")) {
    // Stores made before facts_until and synthetic_scale existed lack those columns.
    const columns = new Set((await queryRows<{ column_name: string }>(conn, `SELECT column_name FROM duckdb_columns() WHERE schema_name = '${REGISTER_SCHEMA}' AND table_name = 'coverage'`)).map((r) => r.column_name));
    const optional = (c: string, type: string) => (columns.has(c) ? (type === "DATE" ? `CAST(${c} AS VARCHAR)` : c) : "NULL");
    const rows = await queryRows<{ as_of: string | null; first_teljaar: string | null; last_teljaar: string | null; facts_until: string | null; synthetic_scale: number | null }>(
      conn,
      `SELECT CAST(as_of AS VARCHAR) AS as_of, first_teljaar, last_teljaar, ${optional("facts_until", "DATE")} AS facts_until, ${optional("synthetic_scale", "DOUBLE")} AS synthetic_scale FROM ${REGISTER_SCHEMA}.coverage LIMIT 1`,
    );
    const c = rows[0];
    if (c) {
      asOf = (c.as_of ?? null) as IsoDate | null;
      firstTeljaar = (c.first_teljaar && tryParseTeljaar(c.first_teljaar)) || null;
      lastTeljaar = (c.last_teljaar && tryParseTeljaar(c.last_teljaar)) || null;
      factsUntil = (c.facts_until ?? null) as IsoDate | null;
      syntheticScale = c.synthetic_scale === null || c.synthetic_scale === undefined ? null : Number(c.synthetic_scale);
    }
  }
  return { registerId: meta.registerId, asOf, firstTeljaar, lastTeljaar, factsUntil, syntheticScale };
}

/** The latest date of any fact in the register. */
export async function latestFactDate(conn: DuckDBConnection): Promise<IsoDate | null> {
  const rows = await queryRows<{ d: string | null }>(
    conn,
    `SELECT CAST(max(d) AS VARCHAR) AS d FROM (
       SELECT max(greatest(start_date, coalesce(end_date, start_date))) AS d FROM register.enrolments
       UNION ALL SELECT max(date) FROM register.diplomas
       UNION ALL SELECT max(greatest(from_date, coalesce(to_date, from_date))) FROM register.residences
       UNION ALL SELECT max(greatest(from_date, coalesce(to_date, from_date))) FROM register.statuses
       UNION ALL SELECT max(greatest(from_date, coalesce(to_date, from_date))) FROM register.jobs)`,
  );
  return (rows[0]?.d ?? null) as IsoDate | null;
}

/** The figures of a stage are final when the register was extracted on or after its cut-off (or declares no date). */
export function isComplete(state: RegisterState, cutoff: IsoDate): boolean {
  return state.asOf === null || state.asOf >= cutoff;
}

/**
 * The teljaren the register holds: the range it declares, or else every teljaar t with a funded
 * vo/mbo/vavo enrolment active on 1 October t whose second peildatum the register reaches
 * (its as-of date, or else its latest fact).
 */
export async function presentTeljaren(conn: DuckDBConnection, state: RegisterState): Promise<Teljaar[]> {
  const reach = state.asOf ?? (await latestFactDate(conn));
  const span = await queryRows<{ lo: number | null; hi: number | null }>(
    conn,
    `SELECT min(year(start_date)) - 1 AS lo, max(year(coalesce(end_date, start_date))) + 1 AS hi
     FROM register.enrolments WHERE funded AND sector IN ('VO', 'MBO', 'VAVO')`,
  );
  let lo = span[0]?.lo;
  let hi = span[0]?.hi;
  if (lo === null || lo === undefined || hi === null || hi === undefined) return [];
  if (state.firstTeljaar) lo = Math.max(Number(lo), Number(state.firstTeljaar.slice(0, 4)));
  if (state.lastTeljaar) hi = Math.min(Number(hi), Number(state.lastTeljaar.slice(0, 4)));
  const present = await queryRows<{ y: number }>(
    conn,
    `SELECT y FROM range(${Number(lo)}, ${Number(hi) + 1}) t(y)
     WHERE EXISTS (SELECT 1 FROM register.enrolments WHERE funded AND sector IN ('VO', 'MBO', 'VAVO')
                   AND start_date <= make_date(CAST(y AS INTEGER), 10, 1) AND (end_date IS NULL OR end_date >= make_date(CAST(y AS INTEGER), 10, 1)))
     ORDER BY y`,
  );
  return present.map((r) => teljaarStartingIn(Number(r.y))).filter((t) => reach === null || secondPeildatum(t) <= reach);
}
