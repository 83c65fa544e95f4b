/**
 * One area's page (region, municipality, institution, location): its figure with the change against the
 * previous teljaar, its series over all computed teljaren, and its breakdowns. Every number comes from a
 * suppressed public table, selected by the area's keys.
 */
import { resolveStage } from "../engine/runs.js";
import { type PublicFigure, figureOnly, flatFigure, isPublished, publicTable, selectRows } from "./public-figures.js";
import type { Selection } from "../domain/selection.js";
import type { Store } from "./store.js";

/** The breakdowns an area page can show; only those published for the area and definition are (docs/privacy-public.md). */
export const PAGE_BREAKDOWNS = ["level", "leerweg", "age_group", "sector", "vo_mbo"] as const;

export function seriesPoint(teljaar: string, stage: string, f: PublicFigure | undefined) {
  return {
    teljaar,
    stage,
    start_population: f ? f.start_population : 0,
    vsv: f ? f.vsv : 0,
    vsv_pct: f ? f.vsv_pct : null,
    suppressed: f ? f.suppressed.filter((s) => !s.startsWith("previous") && !s.startsWith("change")) : [],
  };
}

/** The area's row in each computed teljaar (default stage), for one definition. */
export async function areaSeries(store: Store, definition: Selection["definition"], base: readonly string[], filter: Record<string, string>, teljaren = store.teljaren) {
  const out = [];
  for (const t of teljaren) {
    if (!isPublished(base, t, definition)) continue;
    const stage = resolveStage(store.runs, t)!;
    const table = await publicTable(store, t, definition, stage, base);
    out.push(seriesPoint(t, stage, selectRows(table, filter)[0]));
  }
  return out;
}

export async function areaFigure(store: Store, sel: Selection, base: readonly string[], filter: Record<string, string>) {
  const table = await publicTable(store, sel.teljaar, sel.definition, sel.stage, base);
  return figureOnly(selectRows(table, filter)[0]);
}

/** Rows of the area split by another breakdown, e.g. its municipalities or its levels. */
export async function areaBreakdown(store: Store, sel: Selection, base: readonly string[], filter: Record<string, string>, by: string) {
  if (!isPublished([...base, by], sel.teljaar, sel.definition)) return [];
  const table = await publicTable(store, sel.teljaar, sel.definition, sel.stage, [...base, by]);
  return selectRows(table, filter).map(flatFigure);
}

export async function areaPage(store: Store, sel: Selection, base: readonly string[], filter: Record<string, string>) {
  const breakdowns: Record<string, unknown[]> = {};
  for (const b of PAGE_BREAKDOWNS) {
    if (isPublished([...base, b], sel.teljaar, sel.definition)) breakdowns[b] = await areaBreakdown(store, sel, base, filter, b);
  }
  return {
    teljaar: sel.teljaar,
    definition: sel.definition,
    stage: sel.stage,
    figure: await areaFigure(store, sel, base, filter),
    series: await areaSeries(store, sel.definition, base, filter),
    breakdowns,
  };
}

/** Rows of a breakdown as {code, name, …figure}, e.g. the municipalities of a region. */
export function coded(rows: ReturnType<typeof flatFigure>[], by: string) {
  return rows.map((r) => {
    // The breakdown's own columns become code and name; the row's other columns stay.
    const { [by]: code, [`${by}_name`]: name, ...rest } = r as Record<string, unknown>;
    return { code: (code ?? null) as string | null, name: (name ?? null) as string | null, ...(rest as typeof r) };
  });
}
