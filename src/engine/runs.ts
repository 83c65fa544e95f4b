/**
 * Which results are in the store: computed runs per teljaar and stage, for the current register,
 * and which stage a figure uses when none is asked for.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { type Stage } from "../domain/definition.js";
import { type Teljaar } from "../domain/teljaar.js";
import { VsvError } from "../domain/errors.js";
import { queryRows, sqlString, tableExists } from "./database.js";
import { RESULTS_SCHEMA } from "./results-tables.js";
import { readRegisterState } from "./register-state.js";

export interface Run {
  readonly teljaar: Teljaar;
  readonly stage: Stage;
  readonly cutoff: string;
  readonly complete: boolean;
  readonly start_population_23: number;
  readonly vsv_23: number;
  readonly start_population_27: number;
  readonly vsv_27: number;
}

/** The runs computed on the register now in the store, oldest teljaar first. */
export async function currentRuns(conn: DuckDBConnection): Promise<Run[]> {
  const state = await readRegisterState(conn);
  if (!(await tableExists(conn, RESULTS_SCHEMA, "runs"))) return [];
  const rows = await queryRows<Record<string, unknown>>(
    conn,
    `SELECT teljaar, stage, CAST(cutoff AS VARCHAR) AS cutoff, complete, start_population_23, vsv_23, start_population_27, vsv_27
     FROM ${RESULTS_SCHEMA}.runs WHERE register_id = ${sqlString(state.registerId)} ORDER BY teljaar, stage DESC`,
  );
  return rows.map((r) => ({
    teljaar: r.teljaar as Teljaar,
    stage: r.stage as Stage,
    cutoff: r.cutoff as string,
    complete: r.complete as boolean,
    start_population_23: Number(r.start_population_23),
    vsv_23: Number(r.vsv_23),
    start_population_27: Number(r.start_population_27),
    vsv_27: Number(r.vsv_27),
  }));
}

/**
 * The stage to use for a teljaar: the one asked for (it must be computed), or else the
 * definitive one when it is computed on a register that reaches its cut-off, else the preliminary one.
 */
export function resolveStage(runs: readonly Run[], teljaar: Teljaar, asked?: Stage): Stage | undefined {
  const of = runs.filter((r) => r.teljaar === teljaar);
  if (asked) return of.some((r) => r.stage === asked) ? asked : undefined;
  if (of.some((r) => r.stage === "definitive" && r.complete)) return "definitive";
  if (of.some((r) => r.stage === "preliminary")) return "preliminary";
  return of[0]?.stage;
}

export function requireStage(runs: readonly Run[], teljaar: Teljaar, asked?: Stage): Stage {
  const stage = resolveStage(runs, teljaar, asked);
  if (stage) return stage;
  const computed = [...new Set(runs.map((r) => r.teljaar))];
  const what = asked ? `${asked} figures for ${teljaar}` : `figures for ${teljaar}`;
  throw new VsvError(
    "NOT_COMPUTED",
    `No ${what} are computed on the current register: run \`vsv compute --teljaar ${teljaar}\`${computed.length ? ` (computed: ${computed.join(", ")})` : ""}`,
  );
}
