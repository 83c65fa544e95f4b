/**
 * Performance norms per institution (docs/norms.md): the counts per institution and sort of education from the
 * stored per-person results, grouped into mbo levels or vo categories and evaluated against the norm of the
 * teljaar (src/domain/steering/norms.ts). mbo norms come from reference.mbo_norms (reference/mbo-norms.csv), vo
 * norms from reference/vo-norms.csv. These are the unsuppressed figures (for the CLI, the yearly report and the
 * server, which suppresses them); the default is the latest teljaar with definitive figures, official definition.
 */
import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { type Definition, type Stage, officialDefinition } from "../domain/definition.js";
import { VsvError } from "../domain/errors.js";
import { type NormSector, VO_CATEGORIES, MBO_LEVELS, normGroupOf } from "../domain/steering/norm-categories.js";
import { type NormPct, evaluateNorm, parseNormPct } from "../domain/steering/norms.js";
import type { Teljaar } from "../domain/teljaar.js";
import { queryRows, sqlString } from "./database.js";
import { REFERENCE_SCHEMA } from "./reference.js";
import { REFERENCE_DIR } from "./reference-files.js";
import { PERSON_RESULTS_VIEW } from "./results-tables.js";
import { type Run, currentRuns, requireStage, resolveStage } from "./runs.js";

export interface NormReference {
  /** mbo level (1–4) or vo category. */
  readonly group: string;
  readonly norm: NormPct;
  readonly source: string;
}

/** The norms of a sector in a teljaar, in the order of the levels / categories; [] when the teljaar has none. */
export async function sectorNorms(conn: DuckDBConnection, teljaar: Teljaar, sector: NormSector, dir: string = REFERENCE_DIR): Promise<NormReference[]> {
  const rows =
    sector === "mbo"
      ? await queryRows<{ grp: string; norm_pct: string; source: string }>(
          conn,
          `SELECT mbo_level AS grp, CAST(norm_pct AS VARCHAR) AS norm_pct, source FROM ${REFERENCE_SCHEMA}.mbo_norms WHERE teljaar = ${sqlString(teljaar)}`,
        )
      : await queryRows<{ grp: string; norm_pct: string; source: string }>(
          conn,
          `SELECT vo_category AS grp, norm_pct, source FROM read_csv(${sqlString(path.join(dir, "vo-norms.csv"))}, header = true, delim = ',', quote = '"', auto_detect = false,
             columns = {'teljaar': 'VARCHAR', 'vo_category': 'VARCHAR', 'norm_pct': 'VARCHAR', 'source': 'VARCHAR'}) WHERE teljaar = ${sqlString(teljaar)}`,
        );
  const order: readonly string[] = sector === "mbo" ? MBO_LEVELS : VO_CATEGORIES;
  for (const r of rows) {
    if (!order.includes(r.grp)) {
      throw new VsvError("BAD_NORM", `The ${sector} norms of ${teljaar} name "${r.grp}": use one of ${order.join(", ")} (reference/${sector}-norms.csv)`);
    }
  }
  return rows
    .map((r) => ({ group: r.grp, norm: parseNormPct(r.norm_pct), source: r.source }))
    .sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
}

/** One institution's counts for one sort of education (the cell the public API publishes). */
export interface NormCell {
  readonly institution: string;
  readonly institution_name: string | null;
  readonly education_type: string;
  readonly start_population: number;
  readonly vsv: number;
}

const SECTOR_COLUMN: Record<NormSector, string> = { mbo: "MBO", vo: "VO" };

/**
 * Counts per institution and sort of education (main enrolment), for one teljaar, stage and definition: of the
 * sector, or (without one) of every sector, as the public API publishes them (the server needs an institution's
 * other cells to suppress its vo categories).
 */
export async function normCells(conn: DuckDBConnection, teljaar: Teljaar, stage: Stage, definition: Definition, sector?: NormSector): Promise<NormCell[]> {
  const rows = await queryRows<Record<string, unknown>>(
    conn,
    `SELECT institution, any_value(institution_name) AS institution_name, education_type,
       count(*) AS start_population, count(*) FILTER (WHERE vsv) AS vsv
     FROM ${PERSON_RESULTS_VIEW}
     WHERE teljaar = ${sqlString(teljaar)} AND stage = ${sqlString(stage)} AND in_sp${definition}
       ${sector ? `AND sector = ${sqlString(SECTOR_COLUMN[sector])}` : ""} AND institution IS NOT NULL
     GROUP BY institution, education_type ORDER BY institution, education_type`,
  );
  return rows.map((r) => ({
    institution: r.institution as string,
    institution_name: (r.institution_name as string | null) ?? null,
    education_type: r.education_type as string,
    start_population: Number(r.start_population),
    vsv: Number(r.vsv),
  }));
}

export interface NormRow {
  readonly institution: string;
  readonly name: string | null;
  /** mbo level or vo category. */
  readonly group: string;
  readonly start_population: number;
  readonly vsv: number;
  readonly vsv_pct: number | null;
  readonly norm: NormPct;
  readonly met: boolean | null;
  readonly fewer_needed: number | null;
}

/** Cells summed per institution and level / category, evaluated against the norms (groups without a norm are left out). */
export function normRowsFromCells(cells: readonly NormCell[], norms: readonly NormReference[], sector: NormSector): NormRow[] {
  const normOf = new Map(norms.map((n) => [n.group, n.norm]));
  const sums = new Map<string, { institution: string; name: string | null; group: string; sp: number; vsv: number }>();
  for (const c of cells) {
    const group = normGroupOf(sector, c.education_type);
    if (group === null || !normOf.has(group)) continue;
    const key = `${c.institution}|${group}`;
    const s = sums.get(key) ?? { institution: c.institution, name: c.institution_name, group, sp: 0, vsv: 0 };
    s.sp += c.start_population;
    s.vsv += c.vsv;
    sums.set(key, s);
  }
  const order = norms.map((n) => n.group);
  return [...sums.values()]
    .sort((a, b) => a.institution.localeCompare(b.institution) || order.indexOf(a.group) - order.indexOf(b.group))
    .map((s) => {
      const e = evaluateNorm(s.vsv, s.sp, normOf.get(s.group)!);
      return { institution: s.institution, name: s.name, group: s.group, start_population: s.sp, vsv: s.vsv, ...e };
    });
}

/** The latest teljaar with definitive figures on a complete register; else the latest computed. */
export function defaultNormTeljaar(runs: readonly Run[]): Teljaar {
  const teljaren = [...new Set(runs.map((r) => r.teljaar))].sort();
  if (teljaren.length === 0) throw new VsvError("NOT_COMPUTED", "No figures are computed: run `vsv compute` first");
  const definitive = teljaren.filter((t) => resolveStage(runs, t) === "definitive");
  return definitive.at(-1) ?? teljaren.at(-1)!;
}

export interface NormQuery {
  readonly sector: NormSector;
  readonly teljaar?: Teljaar;
  readonly definition?: Definition;
  readonly stage?: Stage;
}

export interface NormResult {
  readonly teljaar: Teljaar;
  readonly definition: Definition;
  readonly stage: Stage;
  readonly sector: NormSector;
  readonly norms: readonly NormReference[];
  readonly rows: readonly NormRow[];
}

/** Every institution's rows against the sector's norms (unsuppressed). */
export async function normRows(conn: DuckDBConnection, q: NormQuery, known?: readonly Run[]): Promise<NormResult> {
  const runs = known ?? (await currentRuns(conn));
  const teljaar = q.teljaar ?? defaultNormTeljaar(runs);
  const stage = requireStage(runs, teljaar, q.stage);
  const definition = q.definition ?? officialDefinition(teljaar);
  const norms = await sectorNorms(conn, teljaar, q.sector);
  const rows = norms.length === 0 ? [] : normRowsFromCells(await normCells(conn, teljaar, stage, definition, q.sector), norms, q.sector);
  return { teljaar, definition, stage, sector: q.sector, norms, rows };
}
