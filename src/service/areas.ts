/**
 * The public lists of areas with their figures: every region and municipality of the teljaar's municipality table,
 * the institutions with students, and an mbo institution's norms per level. Every number comes from a suppressed
 * public table (src/service/public-figures.ts).
 */
import type { Selection } from "../domain/selection.js";
import { normMet, parseNormPct } from "../domain/steering/norms.js";
import { REFERENCE_SCHEMA } from "../engine/reference.js";
import { areaBreakdown } from "./area-pages.js";
import { type PublicFigure, publicTable, rowKey } from "./public-figures.js";
import { institutions, municipalitiesOf, regionsOf } from "./reference-data.js";
import { cachedRows, type Store } from "./store.js";

/** Every region of the teljaar's municipality table with its figures (0 when nobody lives there). */
/** The figures an area list shows for one area: its published row, or none (no students: 0 and 0). */
function listFigures(f: PublicFigure | undefined) {
  return {
    start_population: f ? f.start_population : 0,
    vsv: f ? f.vsv : 0,
    vsv_pct: f?.vsv_pct ?? null,
    change: f?.change ?? null,
    change_pct: f?.change_pct ?? null,
    previous_teljaar: f?.previous_teljaar ?? null,
    previous_stage: f?.previous_stage ?? null,
    suppressed: [...(f?.suppressed ?? [])],
  };
}

export async function regionList(store: Store, sel: Selection) {
  const table = await publicTable(store, sel.teljaar, sel.definition, sel.stage, ["region"]);
  const byCode = new Map(table.rows.map((r) => [rowKey(r.keys, ["region"]), r]));
  return (await regionsOf(store, sel.teljaar)).map((reg) => {
    const f = byCode.get(JSON.stringify([reg.code]));
    return {
      code: reg.code,
      name: reg.name,
      ...listFigures(f),
    };
  });
}

/** Every municipality of the teljaar's municipality table (of one region when given) with its figures. */
export async function municipalityList(store: Store, sel: Selection, region?: string) {
  const table = await publicTable(store, sel.teljaar, sel.definition, sel.stage, ["municipality"]);
  const byCode = new Map(table.rows.map((r) => [r.keys.municipality as string | null, r]));
  return (await municipalitiesOf(store, sel.teljaar))
    .filter((m) => !region || m.rmc_region === region)
    .map((m) => {
      const f = byCode.get(m.municipality_code);
      return {
        code: m.municipality_code,
        name: m.municipality_name,
        region: m.rmc_region,
        region_name: m.rmc_region_name,
        ...listFigures(f),
      };
    });
}

/** Institutions with students in the teljaar, with their figures (seated in one region when given). */
export async function institutionList(store: Store, sel: Selection, region?: string) {
  const table = await publicTable(store, sel.teljaar, sel.definition, sel.stage, ["institution"]);
  const reference = new Map((await institutions(store)).map((i) => [i.institution, i]));
  const regionOf = new Map((await municipalitiesOf(store, sel.teljaar)).map((m) => [m.municipality_code, m]));
  return table.rows
    .filter((r) => r.keys.institution !== null)
    .map((r) => {
      const brin = r.keys.institution as string;
      const ref = reference.get(brin);
      const m = ref ? regionOf.get(ref.municipality_code) : undefined;
      return {
        code: brin,
        name: (r.keys.institution_name as string | null) ?? ref?.name ?? null,
        kind: ref?.kind ?? null,
        municipality: ref?.municipality_code ?? null,
        region: m?.rmc_region ?? null,
        start_population: r.start_population,
        vsv: r.vsv,
        vsv_pct: r.vsv_pct,
        change: r.change,
        change_pct: r.change_pct,
        previous_teljaar: r.previous_teljaar,
        previous_stage: r.previous_stage,
        suppressed: [...r.suppressed],
      };
    })
    .filter((i) => !region || i.region === region);
}

/** The mbo norms of the teljaar against the institution's vsv percentage per mbo level; null when the teljaar has no norms. */
export async function institutionNorms(store: Store, sel: Selection, brin: string) {
  const rows = await cachedRows<{ mbo_level: string; norm_pct: number }>(store, `SELECT teljaar, mbo_level, norm_pct FROM ${REFERENCE_SCHEMA}.mbo_norms WHERE teljaar = '${sel.teljaar}' ORDER BY mbo_level`);
  if (rows.length === 0) return null;
  const byType = await areaBreakdown(store, sel, ["institution"], { institution: brin }, "education_type");
  return rows.map((n) => {
    const f = byType.find((r) => (r as Record<string, unknown>).education_type === `MBO-${n.mbo_level}`);
    const pct = f?.vsv_pct ?? null;
    // Met or not on the exact counts (src/domain/steering/norms.ts), as /steering/norms does, not on the rounded
    // percentage; unknown when the percentage is not shown.
    const met = pct === null || f?.vsv == null || f.start_population == null ? null : normMet(f.vsv, f.start_population, parseNormPct(n.norm_pct));
    return { level: n.mbo_level, norm: n.norm_pct, start_population: f ? f.start_population : 0, vsv: f ? f.vsv : 0, vsv_pct: pct, norm_met: met, suppressed: [...(f?.suppressed ?? [])] };
  });
}
