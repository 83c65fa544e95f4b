/**
 * Figures as the public may see them (docs/privacy-public.md): the published tables (src/domain/disclosure/
 * catalogue.ts) read from the protected system of their teljaar and stage (src/server/disclosure/cell-system.ts),
 * where every table, its margins, the hierarchies between them and both definitions are protected at once. A
 * group of young people is one cell however it is reached (any order of `by`, a filter, another route), so it
 * has one status everywhere. Filters (region=28) select rows from the full table, never recompute it.
 */
import { type Definition, type Stage, officialDefinition } from "../domain/definition.js";
import { NotPublishedError, canonicalTable } from "../domain/disclosure/catalogue.js";
import { type Teljaar, previousTeljaar } from "../domain/teljaar.js";
import { type BreakdownKeys, percentage } from "../engine/figures.js";
import { resolveStage } from "../engine/runs.js";
import { protectedCells } from "./disclosure/cell-cache.js";
import { type CellSystem, type LinkedName, type SystemCell, cellSystemOf } from "./disclosure/cell-system.js";
import { type Cube, cubeOf } from "../domain/steering/follow-up-cube.js";
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

export const rowKey = (keys: BreakdownKeys, by: readonly string[]) => JSON.stringify(by.map((n) => keys[n] ?? null));

/** Thrown for a combination of breakdowns that is not published (the routes answer 400 naming `by`). */
export { NotPublishedError } from "../domain/disclosure/catalogue.js";

/** The published table for breakdowns as a reader names them, in canonical order; throws NotPublishedError. */
export function canonicalBy(names: readonly string[], teljaar: Teljaar, definition: Definition): string[] {
  return canonicalTable(names, officialDefinition(teljaar) === definition);
}

/** Whether a combination of breakdowns is published for this teljaar and definition. */
export function isPublished(names: readonly string[], teljaar: Teljaar, definition: Definition): boolean {
  try {
    canonicalBy(names, teljaar, definition);
    return true;
  } catch (e) {
    if (e instanceof NotPublishedError) return false;
    throw e;
  }
}

/** Every published count of a teljaar and stage, protected together (cached: results do not change under a register). */
export function cellSystem(store: Store, teljaar: Teljaar, stage: Stage): Promise<CellSystem> {
  return store.memo(`cells|${teljaar}|${stage}`, async () => cellSystemOf(await protectedCells(store, teljaar, stage)));
}

/**
 * A follow-up answer protected together with the figures of its teljaar (src/server/disclosure/linked-tables.ts),
 * as a cube, with the names of its first dimension's values. The teljaar must be one that can be followed up.
 */
export async function linkedCube(store: Store, teljaar: Teljaar, name: LinkedName): Promise<{ cube: Cube; names: ReadonlyMap<string, string | null> }> {
  const table = (await cellSystem(store, teljaar, "definitive")).linked(name);
  if (!table) throw new Error(`${teljaar} has no ${name} answer linked to its figures: it cannot be followed up`);
  return { cube: cubeOf(table.values, table.cells), names: new Map(Object.entries(table.names)) };
}

/** The suppressed table for a teljaar, definition, stage and breakdowns (cached). Throws NotPublishedError. */
export function publicTable(store: Store, teljaar: Teljaar, definition: Definition, stage: Stage, byNames: readonly string[]): Promise<PublicTable> {
  const by = canonicalBy(byNames, teljaar, definition);
  return store.memo(`table|${teljaar}|${definition}|${stage}|${by.join(",")}`, () => buildTable(store, teljaar, definition, stage, by));
}

const compareKeys = (a: SystemCell, b: SystemCell, by: readonly string[]) => {
  for (const d of by) {
    const x = a.keys[d] ?? null;
    const y = b.keys[d] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return typeof x === "number" && typeof y === "number" ? x - y : String(x) < String(y) ? -1 : 1;
  }
  return 0;
};

async function buildTable(store: Store, teljaar: Teljaar, definition: Definition, stage: Stage, by: string[]): Promise<PublicTable> {
  const cells = [...(await cellSystem(store, teljaar, stage)).cellsOf(definition, by)].sort((a, b) => compareKeys(a, b, by));
  const prevTeljaar = previousTeljaar(teljaar);
  const prevStage = resolveStage(store.runs, prevTeljaar);
  // Last year's cells as last year's table publishes them (none when that table is not published then).
  const previous = new Map<string, SystemCell>();
  if (prevStage && isPublished(by, prevTeljaar, definition)) {
    for (const c of (await cellSystem(store, prevTeljaar, prevStage)).cellsOf(definition, by)) previous.set(rowKey(c.keys as BreakdownKeys, by), c);
  }
  const masks = new Map<string, { sp: boolean; vsv: boolean }>();
  const rows = cells.map((c): PublicFigure => {
    const keys: BreakdownKeys = {};
    for (const d of by) {
      keys[d] = (c.keys[d] as string | number | null) ?? null;
      if (d in c.labels) keys[`${d}_name`] = c.labels[d] ?? null;
    }
    const key = rowKey(keys, by);
    masks.set(key, { sp: c.hiddenSp, vsv: c.hiddenVsv });
    const suppressed: string[] = [];
    const show = <T>(field: string, value: T | null, hide: boolean): T | null => {
      if (value === null) return null;
      if (hide) {
        suppressed.push(field);
        return null;
      }
      return value;
    };
    const p = previous.get(key);
    const pSp = p?.hiddenSp ?? true;
    const pVsv = p?.hiddenVsv ?? true;
    const change = p ? c.vsv - p.vsv : null;
    return {
      keys,
      start_population: show("start_population", c.start_population, c.hiddenSp),
      vsv: show("vsv", c.vsv, c.hiddenVsv),
      vsv_pct: show("vsv_pct", percentage(c.vsv, c.start_population), c.hiddenSp || c.hiddenVsv),
      previous_teljaar: p && prevStage ? prevTeljaar : null,
      previous_stage: p && prevStage ? prevStage : null,
      previous_start_population: show("previous_start_population", p?.start_population ?? null, pSp),
      previous_vsv: show("previous_vsv", p?.vsv ?? null, pVsv),
      previous_vsv_pct: show("previous_vsv_pct", p ? percentage(p.vsv, p.start_population) : null, pSp || pVsv),
      change: show("change", change, c.hiddenVsv || pVsv),
      change_pct: show("change_pct", p && p.vsv > 0 ? percentage(c.vsv - p.vsv, p.vsv, 1) : null, c.hiddenVsv || pVsv),
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
    suppressed: [...f.suppressed],
  };
}

/** The figure without keys (for a region, municipality … page). */
export function figureOnly(f: PublicFigure | undefined) {
  if (!f) return null;
  const { keys: _keys, ...rest } = f;
  return { ...rest, suppressed: [...rest.suppressed] };
}

/** Rows of a table whose keys match every filter (e.g. { region: "28" }). */
export function selectRows(t: PublicTable, filter: Record<string, string>): PublicFigure[] {
  return t.rows.filter((r) => Object.entries(filter).every(([k, v]) => r.keys[k] === v));
}
