/**
 * What the store knows about the imported register: its id, how far its facts reach (the as-of
 * date) and which teljaren it holds.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { VsvError } from "../domain/errors.js";
import { type IsoDate } from "../domain/dates.js";
import { type Teljaar, secondPeildatum, teljaarStartingIn, tryParseTeljaar } from "../domain/teljaar.js";
import { queryRows, tableExists } from "./database.js";
import { REGISTER_SCHEMA } from "./register-tables.js";

export interface RegisterState {
  readonly registerId: string;
  /** The last day the register holds facts for: its latest recorded_on, or else its latest date. */
  readonly asOf: IsoDate | null;
}

export async function readRegisterState(conn: DuckDBConnection): Promise<RegisterState> {
  if (!(await tableExists(conn, REGISTER_SCHEMA, "meta"))) {
    throw new VsvError("NO_REGISTER", "No register in the store: import one first with `vsv import register <folder>`");
  }
  const meta = await queryRows<{ register_id: string }>(conn, `SELECT register_id FROM ${REGISTER_SCHEMA}.meta LIMIT 1`);
  if (meta.length === 0) throw new VsvError("NO_REGISTER", "No register in the store: import one first with `vsv import register <folder>`");
  const recorded = await queryRows<{ d: string | null }>(
    conn,
    `SELECT CAST(max(d) AS VARCHAR) AS d FROM (
       SELECT max(recorded_on) AS d FROM register.enrolments UNION ALL SELECT max(recorded_on) FROM register.diplomas
       UNION ALL SELECT max(recorded_on) FROM register.residences UNION ALL SELECT max(recorded_on) FROM register.statuses
       UNION ALL SELECT max(recorded_on) FROM register.jobs)`,
  );
  let asOf = recorded[0]?.d ?? null;
  if (asOf === null) {
    const latest = await queryRows<{ d: string | null }>(
      conn,
      `SELECT CAST(max(d) AS VARCHAR) AS d FROM (
         SELECT max(greatest(start_date, coalesce(end_date, start_date))) AS d FROM register.enrolments
         UNION ALL SELECT max(date) FROM register.diplomas
         UNION ALL SELECT max(greatest(from_date, coalesce(to_date, from_date))) FROM register.residences
         UNION ALL SELECT max(greatest(from_date, coalesce(to_date, from_date))) FROM register.statuses
         UNION ALL SELECT max(greatest(from_date, coalesce(to_date, from_date))) FROM register.jobs)`,
    );
    asOf = latest[0]?.d ?? null;
  }
  return { registerId: meta[0]!.register_id, asOf: asOf as IsoDate | null };
}

/**
 * The teljaren the register holds: those it declares in `register.coverage` (from the optional
 * `register.csv` of the exchange format) or else every teljaar t with a funded vo/mbo/vavo enrolment
 * active on 1 October t whose second peildatum the register reaches (docs/decisions.md).
 */
export async function presentTeljaren(conn: DuckDBConnection, state: RegisterState): Promise<Teljaar[]> {
  if (await tableExists(conn, REGISTER_SCHEMA, "coverage")) {
    const rows = await queryRows<{ first_teljaar: string; last_teljaar: string }>(conn, `SELECT first_teljaar, last_teljaar FROM ${REGISTER_SCHEMA}.coverage LIMIT 1`);
    const first = rows[0] && tryParseTeljaar(rows[0].first_teljaar);
    const last = rows[0] && tryParseTeljaar(rows[0].last_teljaar);
    if (first && last) {
      const out: Teljaar[] = [];
      for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) out.push(teljaarStartingIn(y));
      return out;
    }
  }
  // Which 1 Octobers have an active qualifying enrolment: look only at the years in the date range.
  const span = await queryRows<{ lo: number | null; hi: number | null }>(
    conn,
    `SELECT min(year(start_date)) - 1 AS lo, max(year(coalesce(end_date, start_date))) + 1 AS hi FROM register.enrolments WHERE funded AND sector IN ('VO', 'MBO', 'VAVO')`,
  );
  const lo = span[0]?.lo;
  const hi = span[0]?.hi;
  if (lo === null || lo === undefined || hi === null || hi === undefined) return [];
  const last = state.asOf ? Math.min(Number(hi), Number(state.asOf.slice(0, 4))) : Number(hi);
  const present = await queryRows<{ y: number }>(
    conn,
    `SELECT y FROM range(${Number(lo)}, ${last + 1}) t(y)
     WHERE EXISTS (SELECT 1 FROM register.enrolments WHERE funded AND sector IN ('VO', 'MBO', 'VAVO')
                   AND start_date <= make_date(CAST(y AS INTEGER), 10, 1) AND (end_date IS NULL OR end_date >= make_date(CAST(y AS INTEGER), 10, 1)))
     ORDER BY y`,
  );
  return present
    .map((r) => teljaarStartingIn(Number(r.y)))
    .filter((t) => state.asOf === null || secondPeildatum(t) <= state.asOf);
}
