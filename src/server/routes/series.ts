/** GET /api/v1/series: the national series per teljaar, both definitions, with targets and the published series. */
import type { FastifyInstance } from "fastify";
import { type Definition, DEFINITIONS } from "../../domain/definition.js";
import { REFERENCE_SCHEMA } from "../../engine/reference.js";
import { nationalSeries } from "../../engine/series.js";
import type { RouteContext } from "../context.js";
import { send } from "../export.js";
import { definition, format, ok, query } from "../schemas.js";
import { publicTable } from "../../service/public-figures.js";
import { cachedRows, type Store } from "../../service/store.js";

export function targets(store: Store) {
  return cachedRows<{ scope: string; year: number; teljaar: string; definition: number; target: number; source: string }>(
    store,
    `SELECT scope, target_year AS year, teljaar, definition, max_new_vsv AS target, source FROM ${REFERENCE_SCHEMA}.targets ORDER BY target_year`,
  );
}

async function seriesRows(store: Store, definitions: readonly Definition[]) {
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

export function seriesRoutes(app: FastifyInstance, ctx: RouteContext) {
  app.get<{ Querystring: { definition?: Definition; format?: string } }>(
    "/series",
    {
      schema: {
        summary: "National series: per computed teljaar and definition the start population, new vsv'ers and percentage, vo and mbo apart; with the targets and the published series",
        tags: ["figures"],
        querystring: query({ definition: { ...definition, description: "23 or 27 (default: both)" }, format }),
        response: ok("{rows:[{teljaar, definition, stage, official, start_population, vsv, vsv_pct, vo_vsv, vo_vsv_pct, mbo_vsv, mbo_vsv_pct, suppressed}], targets, published}"),
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const definitions = request.query.definition ? [request.query.definition] : DEFINITIONS;
      const rows = await seriesRows(store, definitions);
      const published = await cachedRows(store, `SELECT teljaar, sector, new_vsv, vsv_pct, stage, definition, source FROM ${REFERENCE_SCHEMA}.national_series ORDER BY teljaar, sector`);
      const body = { definitions, rows, targets: await targets(store), published };
      return send(request, reply, body, () => ({ file: `vsv-series-${store.teljaren[0]}-${store.teljaren.at(-1)}`, title: "Landelijke reeks nieuwe vsv'ers", rows }));
    },
  );
}
