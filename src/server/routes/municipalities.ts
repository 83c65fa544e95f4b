/** GET /api/v1/municipalities and /api/v1/municipalities/{code}. */
import type { FastifyInstance } from "fastify";
import type { Definition, Stage } from "../../domain/definition.js";
import { parseGemeenteCode, parseRmcRegio } from "../../domain/codes.js";
import type { RouteContext } from "../context.js";
import { areaPage } from "../area.js";
import { send } from "../export.js";
import type { Selection } from "../../domain/selection.js";
import { selection } from "../params.js";
import { notFound } from "../problem.js";
import { publicTable, rowKey } from "../../service/public-figures.js";
import { municipalitiesOf } from "../reference-data.js";
import { format, ok, params, query, selectionQuery } from "../schemas.js";
import type { Store } from "../../service/store.js";
import { code } from "./figures.js";

type ListQuery = { teljaar?: string; definition?: Definition; stage?: Stage; region?: string; format?: string };

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
        start_population: f ? f.start_population : 0,
        vsv: f ? f.vsv : 0,
        vsv_pct: f?.vsv_pct ?? null,
        change: f?.change ?? null,
        change_pct: f?.change_pct ?? null,
        previous_teljaar: f?.previous_teljaar ?? null,
        previous_stage: f?.previous_stage ?? null,
        suppressed: f?.suppressed ?? [],
      };
    });
}

export function municipalityRoutes(app: FastifyInstance, ctx: RouteContext) {
  app.get<{ Querystring: ListQuery }>(
    "/municipalities",
    {
      schema: {
        summary: "All municipalities (of one region with ?region=) with their figures",
        tags: ["areas"],
        querystring: query({ ...selectionQuery, region: { type: "string", description: "Only municipalities of this RMC region" }, format }),
        response: ok("{teljaar, definition, stage, region, rows:[{code, name, region, region_name, start_population, vsv, vsv_pct, change, change_pct, previous_teljaar, previous_stage, suppressed}]}"),
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const sel = selection(store, request.query);
      const region = request.query.region ? code("region", request.query.region, parseRmcRegio) : undefined;
      const rows = await municipalityList(store, sel, region);
      return send(request, reply, { ...sel, region: region ?? null, rows }, () => ({ file: `vsv-municipalities-${sel.teljaar}${region ? `-${region}` : ""}`, title: `vsv per gemeente ${sel.teljaar}`, rows }));
    },
  );

  app.get<{ Params: { code: string }; Querystring: ListQuery }>(
    "/municipalities/:code",
    {
      schema: {
        summary: "One municipality: its figure and series (a municipality is published as a total only)",
        tags: ["areas"],
        params: params({ code: { type: "string", description: "CBS municipality code, e.g. 0363 (GM0363 works too)" } }),
        querystring: query(selectionQuery),
        response: ok("{code, name, region:{code, name}, teljaar, definition, stage, figure, series, breakdowns}"),
      },
    },
    async (request) => {
      const store = ctx.store();
      const mCode = code("code", request.params.code, parseGemeenteCode);
      const sel = selection(store, request.query);
      const m = (await municipalitiesOf(store, sel.teljaar)).find((x) => x.municipality_code === mCode);
      if (!m) throw notFound(`There is no municipality ${mCode} in the municipality table of ${sel.teljaar}: see /api/v1/municipalities`);
      const filter = { region: m.rmc_region, municipality: mCode };
      const page = await areaPage(store, sel, ["municipality"], filter);
      return {
        code: mCode,
        name: m.municipality_name,
        region: { code: m.rmc_region, name: m.rmc_region_name },
        ...page,
      };
    },
  );
  void rowKey;
}
