/**
 * The counts behind every published table of one teljaar and stage, in one scan: the start population and the
 * vsv'ers of each cell of each set of breakdowns (GROUPING SETS), over definition 27's population, which holds
 * definition 23's (the young people under 23 on the reference date, `under_23`). Also which breakdown determines
 * which (a municipality its region, an age its age group): the relations a reader can use between tables.
 * The protection that decides what is shown lives in src/server/disclosure/.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Stage } from "../domain/definition.js";
import { MBO_LEVELS, VO_CATEGORY_TYPES } from "../domain/steering/norm-categories.js";
import type { Teljaar } from "../domain/teljaar.js";
import { queryRows, sqlString } from "./database.js";
import { DIMENSIONS } from "./dimensions.js";
import { PERSON_RESULTS_VIEW } from "./results-tables.js";

export interface CellDimension {
  readonly name: string;
  readonly expr: string;
  readonly label?: string;
}

const normGroupExpr = `CASE ${MBO_LEVELS.map((l) => `WHEN education_type = 'MBO-${l}' THEN '${l}'`).join(" ")} ${Object.entries(VO_CATEGORY_TYPES)
  .map(([c, types]) => `WHEN education_type IN (${types.map(sqlString).join(", ")}) THEN '${c}'`)
  .join(" ")} END`;

/** Every breakdown a published cell can be defined by: the public ones, definition 23's age limit, the norm groups. */
export const CELL_DIMENSIONS: readonly CellDimension[] = [
  ...DIMENSIONS.map((d) => ({ name: d.name, expr: d.column, label: d.label })),
  { name: "under_23", expr: "(age < 23)" },
  { name: "norm_group", expr: normGroupExpr },
];

export type CellKey = string | number | boolean | null;

export interface GroupedCell {
  /** Index of the grouping set. */
  readonly set: number;
  readonly keys: Record<string, CellKey>;
  readonly labels: Record<string, string | null>;
  readonly start_population: number;
  readonly vsv: number;
}

const dimension = (name: string) => {
  const d = CELL_DIMENSIONS.find((x) => x.name === name);
  if (!d) throw new Error(`Unknown cell dimension ${name}`);
  return d;
};

function source(teljaar: Teljaar, stage: Stage, names: readonly string[]): string {
  const cols = names.map((n) => `${dimension(n).expr} AS "${n}"`);
  const labels = names.flatMap((n) => (dimension(n).label ? [`${dimension(n).label} AS "${n}_name"`] : []));
  return `(SELECT ${[...cols, ...labels, "vsv"].join(", ")} FROM ${PERSON_RESULTS_VIEW}
    WHERE teljaar = ${sqlString(teljaar)} AND stage = ${sqlString(stage)} AND in_sp27)`;
}

/** Counts per cell of every set of breakdowns (each set a list of CELL_DIMENSIONS names). */
export async function groupedCells(conn: DuckDBConnection, teljaar: Teljaar, stage: Stage, sets: readonly (readonly string[])[]): Promise<GroupedCell[]> {
  const names = [...new Set(sets.flat())];
  if (names.length === 0) throw new Error("groupedCells needs at least one breakdown in use");
  const mask = (set: readonly string[]) => names.reduce((m, n, i) => (set.includes(n) ? m : m | (1 << (names.length - 1 - i))), 0);
  const setOfMask = new Map(sets.map((s, i) => [mask(s), i]));
  const labelled = names.filter((n) => dimension(n).label);
  const sql = `
    SELECT ${names.map((n) => `"${n}"`).join(", ")}, ${labelled.map((n) => `any_value("${n}_name") AS "${n}_name"`).join(", ")}${labelled.length ? "," : ""}
      GROUPING(${names.map((n) => `"${n}"`).join(", ")}) AS grouping_mask,
      count(*) AS start_population, count(*) FILTER (WHERE vsv) AS vsv
    FROM ${source(teljaar, stage, names)}
    GROUP BY GROUPING SETS (${sets.map((s) => `(${s.map((n) => `"${n}"`).join(", ")})`).join(", ")})`;
  const rows = await queryRows<Record<string, unknown>>(conn, sql);
  return rows.map((r) => {
    const set = setOfMask.get(Number(r.grouping_mask))!;
    const keys: Record<string, CellKey> = {};
    const labels: Record<string, string | null> = {};
    for (const n of sets[set]!) {
      const v = r[n];
      keys[n] = v === null || v === undefined ? null : typeof v === "bigint" ? Number(v) : (v as CellKey);
      if (dimension(n).label) labels[n] = (r[`${n}_name`] as string | null) ?? null;
    }
    return { set, keys, labels, start_population: Number(r.start_population), vsv: Number(r.vsv) };
  });
}

/**
 * Which breakdown determines which in this teljaar and stage: `a → b` when every value of a occurs with one value
 * of b only (a municipality lies in one region). A missing value counts as a value of its own.
 */
export async function functionalDependencies(conn: DuckDBConnection, teljaar: Teljaar, stage: Stage, names: readonly string[]): Promise<Map<string, Set<string>>> {
  const text = (n: string) => `coalesce(CAST("${n}" AS VARCHAR), '\u2205')`;
  const exprs = [
    ...names.map((a) => `count(DISTINCT ${text(a)}) AS "${a}"`),
    ...names.flatMap((a) => names.filter((b) => b !== a).map((b) => `count(DISTINCT ${text(a)} || '\u241f' || ${text(b)}) AS "${a}>${b}"`)),
  ];
  const [row] = await queryRows<Record<string, unknown>>(conn, `SELECT ${exprs.join(", ")} FROM ${source(teljaar, stage, names)}`);
  const out = new Map<string, Set<string>>(names.map((n) => [n, new Set<string>()]));
  for (const a of names) for (const b of names) if (a !== b && Number(row![`${a}>${b}`]) === Number(row![a])) out.get(a)!.add(b);
  return out;
}
