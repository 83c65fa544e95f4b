/**
 * The national series and the reference figures beside it: per computed teljaar and definition the national, vo
 * and mbo figures as the published tables protect them; the national targets, the published series and the mbo
 * norms (reference/*.csv).
 */
import type { Definition } from "../domain/definition.js";
import type { Teljaar } from "../domain/teljaar.js";
import { REFERENCE_SCHEMA } from "../engine/reference.js";
import { nationalSeries } from "../engine/series.js";
import { publicTable } from "./public-figures.js";
import { cachedRows, type Store } from "./store.js";

export type TargetRow = {
  scope: string;
  year: number;
  teljaar: string;
  /** 23 or 27: the reference file holds only these (reference/targets.csv). */
  definition: Definition;
  target: number;
  source: string;
};

/** The national targets: at most this many new vsv'ers in a year. */
export function targets(store: Store) {
  return cachedRows<TargetRow>(store, `SELECT scope, target_year AS year, teljaar, definition, max_new_vsv AS target, source FROM ${REFERENCE_SCHEMA}.targets ORDER BY target_year`);
}

export type PublishedSeriesRow = {
  teljaar: string;
  sector: string;
  new_vsv: number | null;
  vsv_pct: number | null;
  stage: string;
  definition: string;
  source: string;
};

/** The national series as published before (reference/national-series.csv). */
export function publishedSeries(store: Store) {
  return cachedRows<PublishedSeriesRow>(store, `SELECT teljaar, sector, new_vsv, vsv_pct, stage, definition, source FROM ${REFERENCE_SCHEMA}.national_series ORDER BY teljaar, sector`);
}

export type MboNormRow = {
  teljaar: string;
  level: string;
  norm: number;
  source: string;
};

/** The mbo norms (highest vsv percentage per level), of one teljaar or all. */
export function mboNorms(store: Store, teljaar: Teljaar | null) {
  return cachedRows<MboNormRow>(
    store,
    `SELECT teljaar, mbo_level AS level, norm_pct AS norm, source FROM ${REFERENCE_SCHEMA}.mbo_norms ${teljaar ? `WHERE teljaar = '${teljaar}'` : ""} ORDER BY teljaar, mbo_level`,
  );
}

/** The national series per teljaar for the definitions, with the national and vo/mbo cells of the published tables and their protection. */
export async function seriesRows(store: Store, definitions: readonly Definition[]) {
  const rows = [];
  for (const d of definitions) {
    for (const p of await store.memo(`series|${d}`, () => nationalSeries(store.conn, d))) {
      // The national and vo/mbo cells of the published tables, with their protection (docs/privacy-public.md).
      const total = (await publicTable(store, p.teljaar, d, p.stage, [])).rows[0];
      const split = (await publicTable(store, p.teljaar, d, p.stage, ["vo_mbo"])).rows;
      const hiddenIn = (f: { suppressed: readonly string[] } | undefined, field: string) => Boolean(f?.suppressed.includes(field));
      const vo = split.find((r) => r.keys.vo_mbo === "vo");
      const mbo = split.find((r) => r.keys.vo_mbo === "mbo");
      const hidden = [hiddenIn(total, "vsv"), hiddenIn(vo, "vsv"), hiddenIn(mbo, "vsv"), hiddenIn(total, "start_population")];
      const suppressed: string[] = [];
      const v = (field: string, value: number | null, hide: boolean) => (hide && value !== null ? (suppressed.push(field), null) : value);
      rows.push({
        teljaar: p.teljaar,
        definition: p.definition,
        stage: p.stage,
        official: p.official,
        start_population: v("start_population", p.start_population, hidden[3]!),
        vsv: v("vsv", p.vsv, hidden[0]!),
        vsv_pct: v("vsv_pct", p.vsv_pct, hidden[0]! || hidden[3]!),
        vo_vsv: v("vo_vsv", p.vo_vsv, hidden[1]!),
        vo_vsv_pct: v("vo_vsv_pct", p.vo_vsv_pct, hidden[1]!),
        mbo_vsv: v("mbo_vsv", p.mbo_vsv, hidden[2]!),
        mbo_vsv_pct: v("mbo_vsv_pct", p.mbo_vsv_pct, hidden[2]!),
        suppressed,
      });
    }
  }
  return rows.sort((a, b) => a.teljaar.localeCompare(b.teljaar) || a.definition - b.definition);
}
