/**
 * Figures as the public may see them: the engine's figures with small cells suppressed
 * (src/domain/suppression.ts, docs/privacy-public.md).
 *
 * A table is the engine's figures for a set of breakdowns. Each breakdown's rows add up to the table without
 * that breakdown (its marginal), which is itself published with its own suppression; that status is fixed
 * here, so every table agrees with the tables it adds up to. Tables are canonical: a municipality always
 * comes with its region and a location with its institution, so a municipality's cell is the same cell
 * whether listed nationally or within its region. Filters (region=28) select rows from the full table,
 * never recompute it, so every view of a cell shows the same suppression.
 */
import type { Definition, Stage } from "../domain/definition.js";
import { isSmallCount, suppressCells, type SumRelation } from "../domain/suppression.js";
import { type Teljaar, previousTeljaar } from "../domain/teljaar.js";
import { type BreakdownKeys, type FiguresResult, figures } from "../engine/figures.js";
import { DIMENSIONS, type Dimension } from "../engine/dimensions.js";
import { resolveStage } from "../engine/runs.js";
import type { Store } from "./store.js";

export interface PublicFigure {
  readonly keys: BreakdownKeys;
  readonly start_population: number | null;
  readonly vsv: number | null;
  readonly vsv_pct: number | null;
  readonly previous_teljaar: string | null;
  readonly previous_stage: string | null;
  readonly previous_start_population: number | null;
  readonly previous_vsv: number | null;
  readonly previous_vsv_pct: number | null;
  readonly change: number | null;
  readonly change_pct: number | null;
  /** Fields set to null by suppression (shown as "<5"). */
  readonly suppressed: readonly string[];
}

export interface PublicTable {
  readonly teljaar: Teljaar;
  readonly definition: Definition;
  readonly stage: Stage;
  readonly by: readonly string[];
  readonly rows: readonly PublicFigure[];
  /** Per row key: which counts are hidden. */
  readonly masks: ReadonlyMap<string, { sp: boolean; vsv: boolean }>;
}

/** Breakdowns whose rows always carry their parent (so one cell has one suppression status). */
const PARENT: Record<string, string> = { municipality: "region", location: "institution" };

export function canonicalBy(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    const parent = PARENT[n];
    if (parent && !names.includes(parent) && !out.includes(parent)) out.push(parent);
    if (!out.includes(n)) out.push(n);
  }
  return out;
}

const dim = (name: string): Dimension => DIMENSIONS.find((d) => d.name === name)!;
export const rowKey = (keys: BreakdownKeys, by: readonly string[]) => JSON.stringify(by.map((n) => keys[n] ?? null));

/** The suppressed table for a teljaar, definition, stage and breakdowns (cached). */
export function publicTable(store: Store, teljaar: Teljaar, definition: Definition, stage: Stage, byNames: readonly string[]): Promise<PublicTable> {
  const by = canonicalBy(byNames);
  return store.memo(`table|${teljaar}|${definition}|${stage}|${by.join(",")}`, () => buildTable(store, teljaar, definition, stage, by));
}

interface Masked {
  readonly raw: FiguresResult;
  readonly hiddenSp: readonly boolean[];
  readonly hiddenVsv: readonly boolean[];
  readonly masks: ReadonlyMap<string, { sp: boolean; vsv: boolean }>;
}

/** Which counts of a table are hidden: depends on the table and its marginals only, not on other teljaren. */
function maskedTable(store: Store, teljaar: Teljaar, definition: Definition, stage: Stage, by: readonly string[]): Promise<Masked> {
  return store.memo(`masked|${teljaar}|${definition}|${stage}|${by.join(",")}`, () => buildMasks(store, teljaar, definition, stage, by));
}

async function buildMasks(store: Store, teljaar: Teljaar, definition: Definition, stage: Stage, by: readonly string[]): Promise<Masked> {
  const raw = await figures(store.conn, { teljaar, definition, stage, by: by.map(dim) }, store.runs);
  const sp = raw.rows.map((r) => r.start_population);
  const vsv = raw.rows.map((r) => r.vsv);
  const fixedSp = new Map<number, boolean>();
  const fixedVsv = new Map<number, boolean>();
  const sums: SumRelation[] = [];
  for (const d of by) {
    const sub = canonicalBy(by.filter((x) => x !== d));
    if (sub.length === by.length) continue; // d is the parent of another breakdown: no separate marginal
    const marginal = await maskedTable(store, teljaar, definition, stage, sub);
    const groups = new Map<string, number[]>();
    raw.rows.forEach((r, i) => {
      const k = rowKey(r.keys, sub);
      const list = groups.get(k) ?? [];
      list.push(i);
      groups.set(k, list);
    });
    for (const [k, members] of groups) {
      const total = sp.length;
      sp.push(members.reduce((a, i) => a + sp[i]!, 0));
      vsv.push(members.reduce((a, i) => a + vsv[i]!, 0));
      const m = marginal.masks.get(k);
      if (m) {
        fixedSp.set(total, m.sp);
        fixedVsv.set(total, m.vsv);
      }
      sums.push({ total, members });
    }
  }
  const hiddenSp = suppressCells({ values: sp, sums, fixed: fixedSp });
  // A vsv count of a hidden start population would say something about each of those few people.
  const smallSp = raw.rows.flatMap((r, i) => (isSmallCount(r.start_population) ? [i] : []));
  const hiddenVsv = suppressCells({ values: vsv, sums, fixed: fixedVsv, alsoHide: smallSp });
  const masks = new Map(raw.rows.map((r, i) => [rowKey(r.keys, by), { sp: hiddenSp[i]!, vsv: hiddenVsv[i]! }]));
  return { raw, hiddenSp, hiddenVsv, masks };
}

async function buildTable(store: Store, teljaar: Teljaar, definition: Definition, stage: Stage, by: string[]): Promise<PublicTable> {
  const { raw, hiddenSp, hiddenVsv, masks } = await maskedTable(store, teljaar, definition, stage, by);
  const prevTeljaar = previousTeljaar(teljaar);
  const prevStage = resolveStage(store.runs, prevTeljaar);
  const previous = prevStage ? await maskedTable(store, prevTeljaar, definition, prevStage, by) : undefined;

  const rows = raw.rows.map((r, i): PublicFigure => {
    const key = rowKey(r.keys, by);
    const suppressed: string[] = [];
    const show = <T>(field: string, value: T | null, hide: boolean): T | null => {
      if (value === null) return null;
      if (hide) {
        suppressed.push(field);
        return null;
      }
      return value;
    };
    const pm = previous?.masks.get(key) ?? { sp: true, vsv: true };
    const p = r.previous;
    const spShown = show("start_population", r.start_population, hiddenSp[i]!);
    const vsvShown = show("vsv", r.vsv, hiddenVsv[i]!);
    return {
      keys: r.keys,
      start_population: spShown,
      vsv: vsvShown,
      vsv_pct: show("vsv_pct", r.vsv_pct, hiddenSp[i]! || hiddenVsv[i]!),
      previous_teljaar: p?.teljaar ?? null,
      previous_stage: p?.stage ?? null,
      previous_start_population: show("previous_start_population", p?.start_population ?? null, pm.sp),
      previous_vsv: show("previous_vsv", p?.vsv ?? null, pm.vsv),
      previous_vsv_pct: show("previous_vsv_pct", p?.vsv_pct ?? null, pm.sp || pm.vsv),
      change: show("change", r.change, hiddenVsv[i]! || pm.vsv),
      change_pct: show("change_pct", r.change_pct, hiddenVsv[i]! || pm.vsv),
      suppressed,
    };
  });
  return { teljaar, definition, stage, by, rows, masks };
}

/** A figure as a flat row: breakdown keys and names, then the figures. */
export function flatFigure(f: PublicFigure) {
  return {
    ...f.keys,
    start_population: f.start_population,
    vsv: f.vsv,
    vsv_pct: f.vsv_pct,
    previous_teljaar: f.previous_teljaar,
    previous_stage: f.previous_stage,
    previous_start_population: f.previous_start_population,
    previous_vsv: f.previous_vsv,
    previous_vsv_pct: f.previous_vsv_pct,
    change: f.change,
    change_pct: f.change_pct,
    suppressed: f.suppressed,
  };
}

/** The figure without keys (for a region, municipality … page). */
export function figureOnly(f: PublicFigure | undefined) {
  if (!f) return null;
  const { keys: _keys, ...rest } = f;
  return rest;
}

/** Rows of a table whose keys match every filter (e.g. { region: "28" }). */
export function selectRows(t: PublicTable, filter: Record<string, string>): PublicFigure[] {
  return t.rows.filter((r) => Object.entries(filter).every(([k, v]) => r.keys[k] === v));
}
