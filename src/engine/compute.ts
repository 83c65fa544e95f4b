/**
 * `vsv compute`: evaluates the vsv definition for teljaren and stages over the imported register
 * and stores the per-person results (read through the view results.persons; compute-store.ts) and a summary
 * per run (results.runs).
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { type MeasurementSettings, type Stage, DEFAULT_SETTINGS, STAGES, cutoffDate } from "../domain/definition.js";
import { type Teljaar, firstPeildatum, lateSkLastDay, secondPeildatum } from "../domain/teljaar.js";
import { VsvError } from "../domain/errors.js";
import { queryRows, sqlString } from "./database.js";
import { loadReference } from "./reference.js";
import { municipalityTableYears, municipalityYearFor } from "./reference-files.js";
import { computeSql } from "./compute-sql.js";
import { RESULTS_SCHEMA, ensureResultTables } from "./results-tables.js";
import { storeComputation } from "./compute-store.js";
import { isComplete, presentTeljaren, readRegisterState } from "./register-state.js";

export interface ComputeOptions {
  /** Teljaren to compute; default: every teljaar the register holds. */
  readonly teljaren?: readonly Teljaar[];
  /** Stages to compute; default both. */
  readonly stages?: readonly Stage[];
  readonly settings?: MeasurementSettings;
  /** Called after each run (teljaar × stage); the stages of one teljaar are computed together. */
  readonly onRun?: (done: number, total: number, run: RunSummary) => void;
}

export interface RunSummary {
  readonly teljaar: Teljaar;
  readonly stage: Stage;
  readonly cutoff: string;
  /** The register reaches the cut-off date (figures of this stage are final). */
  readonly complete: boolean;
  readonly startPopulation23: number;
  readonly vsv23: number;
  readonly startPopulation27: number;
  readonly vsv27: number;
  /** Time of the teljaar's computation divided over its stages. */
  readonly milliseconds: number;
}

/** The statement computing a teljaar's stages (computeSql with the teljaar's dates and the stages' cut-offs). */
export function computeSqlFor(teljaar: Teljaar, stages: readonly Stage[] = STAGES, settings: MeasurementSettings = DEFAULT_SETTINGS): string {
  const cutoffs = stages.map((stage) => ({ stage, cutoff: cutoffDate(teljaar, stage, settings) }));
  return computeSql({ teljaar, stages: cutoffs, p1: firstPeildatum(teljaar), p2: secondPeildatum(teljaar), lateSkLastDay: lateSkLastDay(teljaar) });
}

export async function computeResults(conn: DuckDBConnection, options: ComputeOptions = {}): Promise<RunSummary[]> {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  await loadReference(conn);
  const state = await readRegisterState(conn);
  const teljaren = options.teljaren ?? (await presentTeljaren(conn, state));
  if (teljaren.length === 0) {
    throw new VsvError("NO_TELJAAR", "The register holds no complete teljaar: it needs enrolments on a 1 October and facts up to the next 1 October");
  }
  const stages = options.stages ?? STAGES;
  await ensureResultTables(conn);
  const years = municipalityTableYears();
  const total = teljaren.length * stages.length;
  const out: RunSummary[] = [];
  for (const teljaar of teljaren) {
    const started = performance.now();
    const cutoffs = stages.map((stage) => ({ stage, cutoff: cutoffDate(teljaar, stage, settings) }));
    const municipalityYear = municipalityYearFor(teljaar, years);
    const select = computeSqlFor(teljaar, stages, settings);
    const where = `teljaar = ${sqlString(teljaar)} AND stage IN (${cutoffs.map((c) => sqlString(c.stage)).join(", ")})`;
    const runs = cutoffs.map(({ stage, cutoff }) => ({
      stage, cutoff, registerId: state.registerId, registerAsOf: state.asOf ?? null, complete: isComplete(state, cutoff), municipalityYear,
    }));
    // Insertion order does not matter to readers; without it DuckDB writes the table in parallel and once (decision 69).
    const order = await queryRows<{ v: boolean }>(conn, "SELECT current_setting('preserve_insertion_order') AS v");
    await conn.run("SET preserve_insertion_order = false");
    await conn.run("BEGIN TRANSACTION");
    try {
      await storeComputation(conn, teljaar, select, runs);
      await conn.run("COMMIT");
    } catch (e) {
      await conn.run("ROLLBACK");
      throw e;
    } finally {
      await conn.run(`SET preserve_insertion_order = ${order[0]?.v === false ? "false" : "true"}`);
    }
    const rows = await queryRows<{ stage: Stage; cutoff: string; start_population_23: bigint; vsv_23: bigint; start_population_27: bigint; vsv_27: bigint; complete: boolean }>(
      conn,
      `SELECT stage, CAST(cutoff AS VARCHAR) AS cutoff, start_population_23, vsv_23, start_population_27, vsv_27, complete FROM ${RESULTS_SCHEMA}.runs WHERE ${where}`,
    );
    const milliseconds = performance.now() - started;
    for (const { stage } of cutoffs) {
      const r = rows.find((x) => x.stage === stage)!;
      const summary: RunSummary = {
        teljaar,
        stage,
        cutoff: r.cutoff,
        complete: r.complete,
        startPopulation23: Number(r.start_population_23),
        vsv23: Number(r.vsv_23),
        startPopulation27: Number(r.start_population_27),
        vsv27: Number(r.vsv_27),
        milliseconds: milliseconds / cutoffs.length,
      };
      out.push(summary);
      options.onRun?.(out.length, total, summary);
    }
  }
  return out;
}
