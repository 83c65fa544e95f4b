/**
 * Figures: sums over the stored per-person results — start population, new vsv'ers, percentage,
 * exclusion counts — for any combination of breakdowns, with the change against the previous teljaar.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { type Definition, type Stage } from "../domain/definition.js";
import { EXCLUSIONS, type Exclusion } from "../domain/exclusions.js";
import { type Teljaar, previousTeljaar } from "../domain/teljaar.js";
import { queryRows, sqlString } from "./database.js";
import type { Dimension } from "./dimensions.js";
import { PERSON_RESULTS_VIEW } from "./results-tables.js";
import { type Run, currentRuns, requireStage, resolveStage } from "./runs.js";

export interface FiguresQuery {
  readonly teljaar: Teljaar;
  readonly definition: Definition;
  readonly stage?: Stage;
  readonly by?: readonly Dimension[];
}

export type BreakdownKeys = Record<string, string | number | null>;

export interface Figure {
  readonly keys: BreakdownKeys;
  readonly start_population: number;
  readonly vsv: number;
  /** vsv / start population × 100, rounded to 2 decimals; null when the start population is 0. */
  readonly vsv_pct: number | null;
  readonly exclusions: Record<Exclusion, number>;
  readonly previous: {
    readonly teljaar: Teljaar;
    readonly stage: Stage;
    readonly start_population: number;
    readonly vsv: number;
    readonly vsv_pct: number | null;
  } | null;
  /** vsv − previous vsv. */
  readonly change: number | null;
  /** (vsv − previous vsv) / previous vsv × 100, rounded to 1 decimal ("reductie sinds"). */
  readonly change_pct: number | null;
}

export interface FiguresResult {
  readonly teljaar: Teljaar;
  readonly definition: Definition;
  readonly stage: Stage;
  readonly by: readonly string[];
  readonly rows: readonly Figure[];
}

export function percentage(part: number, whole: number, decimals = 2): number | null {
  if (whole === 0) return null;
  const f = 10 ** decimals;
  return Math.round((part / whole) * 100 * f) / f;
}

interface Aggregate {
  keys: BreakdownKeys;
  start_population: number;
  vsv: number;
  exclusions: Record<Exclusion, number>;
}

async function aggregate(conn: DuckDBConnection, teljaar: Teljaar, stage: Stage, definition: Definition, by: readonly Dimension[]): Promise<Aggregate[]> {
  const keyCols = by.flatMap((d) => (d.label ? [`${d.column} AS "${d.name}"`, `any_value(${d.label}) AS "${d.name}_name"`] : [`${d.column} AS "${d.name}"`]));
  const groupCols = by.map((d) => d.column);
  const sql = `
    SELECT ${[...keyCols, "count(*) AS start_population", "count(*) FILTER (WHERE vsv) AS vsv", ...EXCLUSIONS.map((x) => `count(*) FILTER (WHERE exclusion = '${x}') AS "x_${x}"`)].join(", ")}
    FROM ${PERSON_RESULTS_VIEW}
    WHERE teljaar = ${sqlString(teljaar)} AND stage = ${sqlString(stage)} AND in_sp${definition}
    ${groupCols.length ? `GROUP BY ${groupCols.join(", ")} ORDER BY ${groupCols.map((c) => `${c} NULLS LAST`).join(", ")}` : ""}`;
  const rows = await queryRows<Record<string, unknown>>(conn, sql);
  return rows.map((r) => {
    const keys: BreakdownKeys = {};
    for (const d of by) {
      keys[d.name] = (r[d.name] as string | number | null) ?? null;
      if (d.label) keys[`${d.name}_name`] = (r[`${d.name}_name`] as string | null) ?? null;
    }
    const exclusions = Object.fromEntries(EXCLUSIONS.map((x) => [x, Number(r[`x_${x}`])])) as Record<Exclusion, number>;
    return { keys, start_population: Number(r.start_population), vsv: Number(r.vsv), exclusions };
  });
}

const keyOf = (keys: BreakdownKeys, by: readonly Dimension[]) => JSON.stringify(by.map((d) => keys[d.name] ?? null));

/** Figures for one teljaar, definition and stage (default: see `resolveStage`), split by the breakdowns. */
export async function figures(conn: DuckDBConnection, q: FiguresQuery, known?: readonly Run[]): Promise<FiguresResult> {
  const runs = known ?? (await currentRuns(conn));
  const stage = requireStage(runs, q.teljaar, q.stage);
  const by = q.by ?? [];
  const current = await aggregate(conn, q.teljaar, stage, q.definition, by);
  const prevTeljaar = previousTeljaar(q.teljaar);
  const prevStage = resolveStage(runs, prevTeljaar);
  const previous = prevStage ? await aggregate(conn, prevTeljaar, prevStage, q.definition, by) : [];
  const prevByKey = new Map(previous.map((p) => [keyOf(p.keys, by), p]));
  const rows: Figure[] = current.map((c) => {
    const p = prevByKey.get(keyOf(c.keys, by));
    return {
      keys: c.keys,
      start_population: c.start_population,
      vsv: c.vsv,
      vsv_pct: percentage(c.vsv, c.start_population),
      exclusions: c.exclusions,
      previous: p && prevStage
        ? { teljaar: prevTeljaar, stage: prevStage, start_population: p.start_population, vsv: p.vsv, vsv_pct: percentage(p.vsv, p.start_population) }
        : null,
      change: p ? c.vsv - p.vsv : null,
      change_pct: p && p.vsv > 0 ? percentage(c.vsv - p.vsv, p.vsv, 1) : null,
    };
  });
  return { teljaar: q.teljaar, definition: q.definition, stage, by: by.map((d) => d.name), rows };
}

/** Flat rows for output: breakdown keys, then the figures; exclusions as one object (JSON) or columns (CSV/table). */
export function flattenFigure(f: Figure, meta: { teljaar: string; definition: number; stage: string }) {
  return {
    teljaar: meta.teljaar,
    definition: meta.definition,
    stage: meta.stage,
    ...f.keys,
    start_population: f.start_population,
    vsv: f.vsv,
    vsv_pct: f.vsv_pct,
    exclusions: f.exclusions,
    previous_teljaar: f.previous?.teljaar ?? null,
    previous_stage: f.previous?.stage ?? null,
    previous_start_population: f.previous?.start_population ?? null,
    previous_vsv: f.previous?.vsv ?? null,
    previous_vsv_pct: f.previous?.vsv_pct ?? null,
    change: f.change,
    change_pct: f.change_pct,
  };
}
