/**
 * Answers on other topics that count the same young people as the figures tables, linked into the teljaar's
 * definitive system so that one protection covers them together (docs/privacy-public.md, "Linked answers"):
 * - the follow-up (GET /steering/follow-up): a region's vsv'ers one year later by situation; the region's total is
 *   the region's definitive vsv count under the official definition, the national total the national one;
 * - vso → mbo (GET /steering/transitions): entree and mbo-2 students by origin; a level's start population and vsv
 *   count are the national cells of education type MBO-1 and MBO-2.
 * Each adds its cells as variables and its sums as relations; the figures' cells it shares are the same variables.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { type CellStatus, isSmallCount } from "../../domain/disclosure/protect.js";
import type { SumRelation } from "../../domain/disclosure/relations.js";
import { FOLLOW_UP_SITUATIONS } from "../../domain/steering/follow-up.js";
import { ALL, type CubeCell } from "../../domain/steering/follow-up-cube.js";
import { ORIGINS, VSO_MBO_LEVELS } from "../../domain/steering/transitions.js";
import type { Teljaar } from "../../domain/teljaar.js";
import type { CellKey } from "../../engine/published-cells.js";
import { followUpCounts } from "../../engine/steering-follow-up.js";
import { countsOf, vsoMboPersonsSql } from "../../engine/steering-transitions.js";

/** The variables of the system being built, which a linked table adds to. */
export interface SystemVariables {
  readonly values: number[];
  readonly status: CellStatus[];
  readonly sums: SumRelation[];
  readonly alsoHide: number[];
  /** The official definition's cells of a figures table (e.g. ["region"]): keys, and the variables of start population, vsv and the rest. */
  cellsOf(by: readonly string[]): readonly { readonly keys: Readonly<Record<string, CellKey>>; readonly sp: number; readonly vsv: number; readonly rest: number }[];
}

/** A linked table as the system holds it: a cube's dimension values, first-dimension names, and each cell's variable. */
export interface LinkedTable {
  readonly values: readonly (readonly string[])[];
  readonly names: Readonly<Record<string, string | null>>;
  readonly cells: readonly { readonly keys: readonly string[]; readonly variable: number }[];
}

/** A linked table protected: what the routes read as a cube (src/domain/steering/follow-up-cube.ts cubeOf). */
export interface ProtectedLinkedTable {
  readonly values: readonly (readonly string[])[];
  readonly names: Readonly<Record<string, string | null>>;
  readonly cells: readonly CubeCell[];
}

/** Region keys in a cube: "" for young people without a known region. */
const UNKNOWN = "";
const regionKey = (k: CellKey) => (k === null ? UNKNOWN : String(k));

function variable(v: SystemVariables, value: number, status: CellStatus): number {
  v.values.push(value);
  v.status.push(status);
  return v.values.length - 1;
}

/** Follow-up: region × situation, with the region and national vsv counts of the figures as its totals. */
export async function linkFollowUp(conn: DuckDBConnection, teljaar: Teljaar, v: SystemVariables): Promise<LinkedTable> {
  const counts = await followUpCounts(conn, teljaar);
  const regions = v.cellsOf(["region"]);
  const national = v.cellsOf([])[0];
  if (!national) throw new Error(`The figures of ${teljaar} have no national cell to link the follow-up to`);
  const n = new Map(counts.map((c) => [`${regionKey(c.region)}|${c.situation}`, c.n]));
  const known = new Set(regions.map((r) => regionKey(r.keys.region ?? null)));
  for (const c of counts) {
    if (!known.has(regionKey(c.region))) throw new Error(`Follow-up of ${teljaar}: region ${c.region} has vsv'ers but no figures cell`);
  }
  const cells: { keys: string[]; variable: number }[] = [];
  const bySituation = new Map<string, number[]>(FOLLOW_UP_SITUATIONS.map((s) => [s, []]));
  for (const r of regions) {
    const code = regionKey(r.keys.region ?? null);
    const parts = FOLLOW_UP_SITUATIONS.map((s) => {
      const id = variable(v, n.get(`${code}|${s}`) ?? 0, "free");
      cells.push({ keys: [code, s], variable: id });
      bySituation.get(s)!.push(id);
      return id;
    });
    const total = parts.reduce((a, p) => a + v.values[p]!, 0);
    if (total !== v.values[r.vsv]) throw new Error(`Follow-up of ${teljaar}, region ${code}: ${total} vsv'ers, the figures count ${v.values[r.vsv]}`);
    cells.push({ keys: [code, ALL], variable: r.vsv });
    v.sums.push({ total: r.vsv, members: parts });
  }
  const nationalParts = FOLLOW_UP_SITUATIONS.map((s) => {
    const members = bySituation.get(s)!;
    const id = variable(v, members.reduce((a, m) => a + v.values[m]!, 0), "free");
    cells.push({ keys: [ALL, s], variable: id });
    v.sums.push({ total: id, members });
    return id;
  });
  cells.push({ keys: [ALL, ALL], variable: national.vsv });
  v.sums.push({ total: national.vsv, members: nationalParts });
  const names = Object.fromEntries(counts.map((c) => [regionKey(c.region), c.region_name]));
  return { values: [[...known].sort(), [...FOLLOW_UP_SITUATIONS]], names, cells };
}

const EDUCATION_TYPE: Record<(typeof VSO_MBO_LEVELS)[number], string> = { entree: "MBO-1", mbo2: "MBO-2" };

/**
 * vso → mbo: level × origin, start population and vsv'ers (the cube's third key: ALL for the start population,
 * "true" for vsv'ers); a level's totals are the national education-type cells of the figures.
 */
export async function linkVsoMbo(conn: DuckDBConnection, teljaar: Teljaar, v: SystemVariables): Promise<LinkedTable> {
  const counts = await countsOf(conn, vsoMboPersonsSql(teljaar), ["level", "origin", "vsv"]);
  const n = (l: string, o: string, vsv: boolean) => counts.filter((c) => c.keys[0] === l && c.keys[1] === o && c.keys[2] === String(vsv)).reduce((a, c) => a + c.n, 0);
  const types = v.cellsOf(["education_type"]);
  const cells: { keys: string[]; variable: number }[] = [];
  type Triple = { sp: number; vsv: number; rest: number };
  const add = (l: string, o: string, t: Triple) => {
    cells.push({ keys: [l, o, ALL], variable: t.sp }, { keys: [l, o, "true"], variable: t.vsv });
  };
  const fresh = (vsv: number, rest: number): Triple => {
    const sp = variable(v, vsv + rest, "free");
    const t = { sp, vsv: variable(v, vsv, "free"), rest: variable(v, rest, "slack") };
    v.sums.push({ total: t.sp, members: [t.vsv, t.rest] });
    if (isSmallCount(vsv + rest)) v.alsoHide.push(t.vsv);
    return t;
  };
  const sumOf = (total: Triple, parts: readonly Triple[]) => {
    for (const m of ["sp", "vsv", "rest"] as const) v.sums.push({ total: total[m], members: parts.map((p) => p[m]) });
  };
  const byOrigin = new Map<string, Triple[]>(ORIGINS.map((o) => [o, []]));
  const levelTotals: Triple[] = [];
  for (const l of VSO_MBO_LEVELS) {
    const main = types.find((c) => c.keys.education_type === EDUCATION_TYPE[l]);
    const parts = ORIGINS.map((o) => {
      const t = fresh(n(l, o, true), n(l, o, false));
      add(l, o, t);
      byOrigin.get(o)!.push(t);
      return t;
    });
    const sp = parts.reduce((a, p) => a + v.values[p.sp]!, 0);
    const total: Triple = main ?? fresh(0, 0);
    if (sp !== v.values[total.sp]) throw new Error(`vso → mbo of ${teljaar}, ${l}: ${sp} students, the figures count ${v.values[total.sp]}`);
    add(l, ALL, total);
    sumOf(total, parts);
    levelTotals.push(total);
  }
  const originTotals = ORIGINS.map((o) => {
    const parts = byOrigin.get(o)!;
    const t = fresh(parts.reduce((a, p) => a + v.values[p.vsv]!, 0), parts.reduce((a, p) => a + v.values[p.rest]!, 0));
    add(ALL, o, t);
    sumOf(t, parts);
    return t;
  });
  const grand = fresh(levelTotals.reduce((a, p) => a + v.values[p.vsv]!, 0), levelTotals.reduce((a, p) => a + v.values[p.rest]!, 0));
  add(ALL, ALL, grand);
  sumOf(grand, levelTotals);
  sumOf(grand, originTotals);
  return { values: [[...VSO_MBO_LEVELS], [...ORIGINS], ["true", "false"]], names: {}, cells };
}
