/** The national series: per teljaar the start population, new vsv'ers and percentage, vo and mbo apart. */
import type { DuckDBConnection } from "@duckdb/node-api";
import { type Definition, type Stage, officialDefinition } from "../domain/definition.js";
import type { Teljaar } from "../domain/teljaar.js";
import { queryRows, sqlString } from "./database.js";
import { percentage } from "./figures.js";
import { PERSON_RESULTS_VIEW } from "./results-tables.js";
import { currentRuns, resolveStage } from "./runs.js";

export interface SeriesPoint {
  readonly teljaar: Teljaar;
  readonly definition: Definition;
  readonly stage: Stage;
  /** This definition is the official one for the teljaar. */
  readonly official: boolean;
  readonly start_population: number;
  readonly vsv: number;
  readonly vsv_pct: number | null;
  readonly vo_vsv: number;
  readonly vo_vsv_pct: number | null;
  readonly mbo_vsv: number;
  readonly mbo_vsv_pct: number | null;
}

export async function nationalSeries(conn: DuckDBConnection, definition: Definition, stage?: Stage): Promise<SeriesPoint[]> {
  const runs = await currentRuns(conn);
  const teljaren = [...new Set(runs.map((r) => r.teljaar))].sort();
  const out: SeriesPoint[] = [];
  for (const teljaar of teljaren) {
    const s = resolveStage(runs, teljaar, stage);
    if (!s) continue;
    const rows = await queryRows<Record<string, unknown>>(
      conn,
      `SELECT count(*) AS sp, count(*) FILTER (WHERE vsv) AS vsv,
              count(*) FILTER (WHERE vo_mbo = 'vo') AS vo_sp, count(*) FILTER (WHERE vo_mbo = 'vo' AND vsv) AS vo_vsv,
              count(*) FILTER (WHERE vo_mbo = 'mbo') AS mbo_sp, count(*) FILTER (WHERE vo_mbo = 'mbo' AND vsv) AS mbo_vsv
       FROM ${PERSON_RESULTS_VIEW} WHERE teljaar = ${sqlString(teljaar)} AND stage = ${sqlString(s)} AND in_sp${definition}`,
    );
    const r = rows[0]!;
    const n = (k: string) => Number(r[k]);
    out.push({
      teljaar,
      definition,
      stage: s,
      official: officialDefinition(teljaar) === definition,
      start_population: n("sp"),
      vsv: n("vsv"),
      vsv_pct: percentage(n("vsv"), n("sp")),
      vo_vsv: n("vo_vsv"),
      vo_vsv_pct: percentage(n("vo_vsv"), n("vo_sp")),
      mbo_vsv: n("mbo_vsv"),
      mbo_vsv_pct: percentage(n("mbo_vsv"), n("mbo_sp")),
    });
  }
  return out;
}
