/**
 * The regions' current figures that regional targets start from (issue 6, part 1): per RMC region of the teljaar's
 * municipality table, the start population and new vsv'ers under a definition, from the engine's per-person results.
 * Every region of the table is listed (0 where nobody lives); people without a region (municipality unknown in the
 * table) are counted apart, so the regions add up to the national count minus `unassigned`.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { RmcRegio } from "../domain/codes.js";
import type { Definition, Stage } from "../domain/definition.js";
import type { Teljaar } from "../domain/teljaar.js";
import { queryRows, sqlString } from "./database.js";
import { percentage } from "./figures.js";
import { REFERENCE_SCHEMA } from "./reference.js";
import { PERSON_RESULTS_VIEW, RESULTS_SCHEMA } from "./results-tables.js";

export interface RegionCount {
  readonly region: RmcRegio;
  readonly name: string;
  readonly start_population: number;
  readonly vsv: number;
  readonly vsv_pct: number | null;
}

export interface RegionCounts {
  readonly teljaar: Teljaar;
  readonly definition: Definition;
  readonly stage: Stage;
  readonly regions: readonly RegionCount[];
  /** Start population and vsv'ers without a region. */
  readonly unassigned: { readonly start_population: number; readonly vsv: number };
}

export async function regionCounts(conn: DuckDBConnection, teljaar: Teljaar, definition: Definition, stage: Stage): Promise<RegionCounts> {
  const t = sqlString(teljaar);
  const s = sqlString(stage);
  const rows = await queryRows<{ region: string | null; name: string | null; sp: number | bigint; vsv: number | bigint }>(
    conn,
    `WITH regions AS (
       SELECT DISTINCT m.rmc_region AS region, m.rmc_region_name AS name
       FROM ${REFERENCE_SCHEMA}.municipalities m JOIN ${RESULTS_SCHEMA}.runs r ON m.year = r.municipality_year
       WHERE r.teljaar = ${t} AND r.stage = ${s}
     ), counts AS (
       SELECT region, count(*) AS sp, count(*) FILTER (WHERE vsv) AS vsv
       FROM ${PERSON_RESULTS_VIEW} WHERE teljaar = ${t} AND stage = ${s} AND in_sp${definition} GROUP BY region
     )
     SELECT coalesce(g.region, c.region) AS region, g.name, coalesce(c.sp, 0) AS sp, coalesce(c.vsv, 0) AS vsv
     FROM regions g FULL JOIN counts c ON c.region = g.region ORDER BY 1 NULLS LAST`,
  );
  const regions: RegionCount[] = [];
  let unassigned = { start_population: 0, vsv: 0 };
  for (const r of rows) {
    const sp = Number(r.sp);
    const vsv = Number(r.vsv);
    if (r.region === null) unassigned = { start_population: sp, vsv };
    else regions.push({ region: r.region as RmcRegio, name: r.name ?? r.region, start_population: sp, vsv, vsv_pct: percentage(vsv, sp) });
  }
  return { teljaar, definition, stage, regions, unassigned };
}
