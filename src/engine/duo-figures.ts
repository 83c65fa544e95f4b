/**
 * Figures from DUO's files, as DUO derives them for an institution, region or municipality
 * (duo-formats.md, Figures DUO derives; docs/duo-figures.md):
 * - start population = the rows of the NRSP; vsv = the rows of the NenR (DUO's count is the rule,
 *   also for a NenR person missing from the NRSP, who is counted under their NenR row's attributes);
 * - vsv_pct = vsv / start population, rounded as the engine's figures;
 * - per level, the mbo norm of the teljaar and whether it is met;
 * - with the definitive stage, the preliminary figures beside them when those files are imported.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Stage } from "../domain/definition.js";
import type { DuoScope } from "../domain/duo/file-name.js";
import { DUO_LEVELS, type DuoLevel, mboLevelNumber } from "../domain/duo/levels.js";
import type { Teljaar } from "../domain/teljaar.js";
import { queryRows, sqlString } from "./database.js";
import { type DuoDimension, type DuoKey, type ReferenceNames, compareKeys, nameOf, parseDuoDimensions, referenceNames } from "./duo-dimensions.js";
import { type DuoFileInfo, requireYearlyFiles, scopeFiles } from "./duo-scope.js";
import { percentage } from "./figures.js";
import { REFERENCE_SCHEMA } from "./reference.js";

export interface DuoFiguresQuery {
  readonly scope: DuoScope;
  readonly teljaar: Teljaar;
  /** Default: definitive when a definitive NRSP or NenR is imported for the scope and teljaar, else preliminary. */
  readonly stage?: Stage;
  /** Breakdown names (see DUO_DIMENSIONS), e.g. ["level", "leerweg"]. */
  readonly by?: readonly string[];
}

export interface DuoCounts {
  /** Rows of the NRSP in the group. */
  readonly start_population: number;
  /** Rows of the NenR in the group. */
  readonly vsv: number;
  /** vsv / start population × 100, rounded to 2 decimals; null when the start population is 0. */
  readonly vsv_pct: number | null;
  /** NenR rows of the group whose person is not in the NRSP of the same stage (counted in vsv all the same). */
  readonly vsv_not_in_start_population: number;
}

export interface DuoFigure extends DuoCounts {
  /** The breakdown keys, each followed by `<name>_name` where the dimension has names. */
  readonly keys: Record<string, DuoKey>;
  /** With a level breakdown: the mbo norm (percentage) of the teljaar and level; null for non-mbo levels or no norm. */
  readonly norm?: number | null;
  /** With a level breakdown: vsv_pct <= norm; null when there is no norm or no percentage. */
  readonly norm_met?: boolean | null;
  /** With the definitive stage and preliminary files imported: the preliminary figures of the same group. */
  readonly preliminary?: DuoCounts;
}

export interface DuoFiguresResult {
  readonly scope: DuoScope;
  readonly teljaar: Teljaar;
  readonly stage: Stage;
  readonly stage_chosen: "asked" | "default";
  readonly by: readonly string[];
  /** The files the figures come from. */
  readonly files: { readonly nrsp: string; readonly nenr: string; readonly preliminary_nrsp: string | null; readonly preliminary_nenr: string | null };
  /** Whether each row carries the preliminary figures beside the definitive ones. */
  readonly with_preliminary: boolean;
  readonly rows: readonly DuoFigure[];
}

interface Group {
  keys: DuoKey[];
  fileNames: (string | null)[];
  start_population: number;
  vsv: number;
  vsv_not_in_start_population: number;
}

const keyString = (keys: readonly DuoKey[]) => JSON.stringify(keys);

function toKey(v: unknown): DuoKey {
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") return Number(v);
  return v as string | number;
}

/** Start population and vsv'ers of one stage, grouped by the breakdowns. */
async function countStage(conn: DuckDBConnection, teljaar: Teljaar, nrsp: DuoFileInfo, nenr: DuoFileInfo, dims: readonly DuoDimension[]): Promise<Map<string, Group>> {
  const select = dims.flatMap((d, i) => [`${d.key(teljaar)} AS k${i}`, `${d.fileName ?? "NULL::VARCHAR"} AS n${i}`]);
  const groupBy = dims.length ? `GROUP BY ${dims.map((_, i) => `k${i}`).join(", ")}` : "";
  const inNrsp = `SELECT person_key FROM duo.nrsp_rows WHERE file_id = ${nrsp.file_id} AND person_key IS NOT NULL`;
  const start = await queryRows<Record<string, unknown>>(
    conn,
    `SELECT ${[...select, "count(*) AS n"].join(", ")} FROM duo.nrsp_rows WHERE file_id = ${nrsp.file_id} ${groupBy}`,
  );
  const leavers = await queryRows<Record<string, unknown>>(
    conn,
    `SELECT ${[...select, "count(*) AS n", `count(*) FILTER (WHERE person_key IS NULL OR person_key NOT IN (${inNrsp})) AS missing`].join(", ")}
     FROM duo.nenr_rows WHERE file_id = ${nenr.file_id} ${groupBy}`,
  );
  const groups = new Map<string, Group>();
  const groupOf = (r: Record<string, unknown>): Group => {
    const keys = dims.map((_, i) => toKey(r[`k${i}`]));
    const id = keyString(keys);
    const g = groups.get(id) ?? { keys, fileNames: dims.map(() => null), start_population: 0, vsv: 0, vsv_not_in_start_population: 0 };
    groups.set(id, g);
    dims.forEach((_, i) => {
      g.fileNames[i] ??= (r[`n${i}`] as string | null) ?? null;
    });
    return g;
  };
  for (const r of start) groupOf(r).start_population += Number(r.n);
  for (const r of leavers) {
    const g = groupOf(r);
    g.vsv += Number(r.n);
    g.vsv_not_in_start_population += Number(r.missing);
  }
  // Without breakdowns there is always one (total) row, even for empty files.
  if (dims.length === 0 && groups.size === 0) groups.set(keyString([]), { keys: [], fileNames: [], start_population: 0, vsv: 0, vsv_not_in_start_population: 0 });
  return groups;
}

function counts(g: Group | undefined): DuoCounts {
  const start_population = g?.start_population ?? 0;
  const vsv = g?.vsv ?? 0;
  return { start_population, vsv, vsv_pct: percentage(vsv, start_population), vsv_not_in_start_population: g?.vsv_not_in_start_population ?? 0 };
}

/** The mbo norm per level number (1-4) for a teljaar; empty when the reference has none for it. */
export async function mboNorms(conn: DuckDBConnection, teljaar: Teljaar): Promise<Map<number, number>> {
  const rows = await queryRows<{ mbo_level: string; norm_pct: number }>(
    conn,
    `SELECT mbo_level, norm_pct FROM ${REFERENCE_SCHEMA}.mbo_norms WHERE teljaar = ${sqlString(teljaar)}`,
  );
  return new Map(rows.map((r) => [Number(r.mbo_level), Number(r.norm_pct)]));
}

/** The norm of a level key: only the mbo levels have one (vavo, vo and unknown levels: null). */
export function normFor(level: DuoKey, norms: ReadonlyMap<number, number>): number | null {
  if (typeof level !== "string" || !(DUO_LEVELS as readonly string[]).includes(level)) return null;
  const n = mboLevelNumber(level as DuoLevel);
  return n === null ? null : (norms.get(n) ?? null);
}

function keyRecord(dims: readonly DuoDimension[], g: Group, names: ReferenceNames): Record<string, DuoKey> {
  const out: Record<string, DuoKey> = {};
  dims.forEach((d, i) => {
    const key = g.keys[i] ?? null;
    out[d.name] = key;
    if (d.named) out[`${d.name}_name`] = nameOf(d, key, g.fileNames[i] ?? null, names);
  });
  return out;
}

/** Figures for one scope, teljaar and stage, split by the breakdowns (one total row without them). */
export async function duoFigures(conn: DuckDBConnection, q: DuoFiguresQuery): Promise<DuoFiguresResult> {
  const dims = parseDuoDimensions(q.by ?? []);
  const sf = await scopeFiles(conn, q.scope, q.teljaar);
  const yearly = requireYearlyFiles(sf, q.stage);
  const current = await countStage(conn, q.teljaar, yearly.nrsp, yearly.nenr, dims);
  const prelimNrsp = sf.nrsp.preliminary;
  const prelimNenr = sf.nenr.preliminary;
  const withPreliminary = yearly.stage === "definitive" && prelimNrsp !== undefined && prelimNenr !== undefined;
  const previous = withPreliminary ? await countStage(conn, q.teljaar, prelimNrsp, prelimNenr, dims) : new Map<string, Group>();

  // Every group of either stage gets a row: a group only in the preliminary files shows 0 definitive.
  const all = new Map(current);
  for (const [id, g] of previous) if (!all.has(id)) all.set(id, { ...g, start_population: 0, vsv: 0, vsv_not_in_start_population: 0 });
  const ordered = [...all.values()].sort((a, b) => {
    for (let i = 0; i < dims.length; i++) {
      const c = compareKeys(dims[i]!, a.keys[i] ?? null, b.keys[i] ?? null);
      if (c !== 0) return c;
    }
    return 0;
  });

  const names = await referenceNames(conn, q.teljaar, dims);
  const levelAt = dims.findIndex((d) => d.name === "level");
  const norms = levelAt >= 0 ? await mboNorms(conn, q.teljaar) : new Map<number, number>();
  const rows: DuoFigure[] = ordered.map((g) => {
    const id = keyString(g.keys);
    const c = counts(current.get(id));
    const figure: DuoFigure = { keys: keyRecord(dims, g, names), ...c };
    const withNorm = levelAt >= 0 ? (() => {
      const norm = normFor(g.keys[levelAt] ?? null, norms);
      return { norm, norm_met: norm === null || c.vsv_pct === null ? null : c.vsv_pct <= norm };
    })() : {};
    return { ...figure, ...withNorm, ...(withPreliminary ? { preliminary: counts(previous.get(id)) } : {}) };
  });
  return {
    scope: q.scope,
    teljaar: q.teljaar,
    stage: yearly.stage,
    stage_chosen: yearly.chosen,
    by: dims.map((d) => d.name),
    files: {
      nrsp: yearly.nrsp.file_name,
      nenr: yearly.nenr.file_name,
      preliminary_nrsp: withPreliminary ? prelimNrsp.file_name : null,
      preliminary_nenr: withPreliminary ? prelimNenr.file_name : null,
    },
    with_preliminary: withPreliminary,
    rows,
  };
}

export type DuoFigureRow = Record<string, string | number | boolean | null>;

/** One flat output row: scope, teljaar, stage, breakdown keys, figures, norm, then the preliminary figures. */
export function flattenDuoFigure(f: DuoFigure, r: Pick<DuoFiguresResult, "scope" | "teljaar" | "stage" | "by" | "with_preliminary">): DuoFigureRow {
  const hasLevel = r.by.includes("level");
  return {
    scope_kind: r.scope.kind,
    scope_code: r.scope.code,
    teljaar: r.teljaar,
    stage: r.stage,
    ...f.keys,
    start_population: f.start_population,
    vsv: f.vsv,
    vsv_pct: f.vsv_pct,
    vsv_not_in_start_population: f.vsv_not_in_start_population,
    ...(hasLevel ? { norm: f.norm ?? null, norm_met: f.norm_met ?? null } : {}),
    ...(r.with_preliminary
      ? {
          preliminary_start_population: f.preliminary?.start_population ?? 0,
          preliminary_vsv: f.preliminary?.vsv ?? 0,
          preliminary_vsv_pct: f.preliminary?.vsv_pct ?? null,
          preliminary_vsv_not_in_start_population: f.preliminary?.vsv_not_in_start_population ?? 0,
        }
      : {}),
  };
}
