/** GET /api/v1/regions and /api/v1/regions/{code}: RMC / Doorstroompunt regions. */
import type { FastifyInstance } from "fastify";
import type { Definition, Stage } from "../../domain/definition.js";
import { parseRmcRegio } from "../../domain/codes.js";
import type { RouteContext } from "../context.js";
import { areaBreakdown, areaPage, coded } from "../area.js";
import { send } from "../export.js";
import type { Selection } from "../../domain/selection.js";
import { selection } from "../params.js";
import { notFound } from "../problem.js";
import { isPublished, publicTable, rowKey } from "../../service/public-figures.js";
import { regionsOf } from "../reference-data.js";
import { format, ok, params, query, selectionQuery } from "../schemas.js";
import type { Store } from "../../service/store.js";
import { code } from "./figures.js";
import { institutionList } from "./institutions.js";

type SelectionQuery = { teljaar?: string; definition?: Definition; stage?: Stage; format?: string };

/** Every region of the teljaar's municipality table with its figures (0 when nobody lives there). */
export async function regionList(store: Store, sel: Selection) {
  const table = await publicTable(store, sel.teljaar, sel.definition, sel.stage, ["region"]);
  const byCode = new Map(table.rows.map((r) => [rowKey(r.keys, ["region"]), r]));
  return (await regionsOf(store, sel.teljaar)).map((reg) => {
    const f = byCode.get(JSON.stringify([reg.code]));
    return {
      code: reg.code,
      name: reg.name,
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

export function regionRoutes(app: FastifyInstance, ctx: RouteContext) {
  app.get<{ Querystring: SelectionQuery }>(
    "/regions",
    { schema: { summary: "All RMC / Doorstroompunt regions with their figures", tags: ["areas"], querystring: query({ ...selectionQuery, format }), response: ok("{teljaar, definition, stage, rows:[{code, name, start_population, vsv, vsv_pct, change, change_pct, previous_teljaar, previous_stage, suppressed}]}") } },
    async (request, reply) => {
      const store = ctx.store();
      const sel = selection(store, request.query);
      const rows = await regionList(store, sel);
      return send(request, reply, { ...sel, rows }, () => ({ file: `vsv-regions-${sel.teljaar}`, title: `vsv per RMC-regio ${sel.teljaar}`, rows }));
    },
  );

  app.get<{ Params: { code: string }; Querystring: SelectionQuery }>(
    "/regions/:code",
    {
      schema: {
        summary: "One region: its figure, series, breakdowns, municipalities, and the institutions seated in it (their own figures, all their students)",
        tags: ["areas"],
        params: params({ code: { type: "string", description: "RMC region number 01-41 (MC21 and 21 work too)" } }),
        querystring: query(selectionQuery),
        response: ok("{code, name, teljaar, definition, stage, figure, series, breakdowns:{level, leerweg, age_group, sector, vo_mbo}, municipalities, institutions:[{code, name, kind, municipality, start_population, vsv, vsv_pct, …}] (seated in the region, largest first; their figures count all their students, wherever they live)}"),
      },
    },
    async (request) => {
      const store = ctx.store();
      const regionCode = code("code", request.params.code, parseRmcRegio);
      const sel = selection(store, request.query);
      const region = (await regionsOf(store, sel.teljaar)).find((r) => r.code === regionCode);
      if (!region) throw notFound(`There is no RMC region ${regionCode} in the municipality table of ${sel.teljaar}: see /api/v1/regions`);
      const filter = { region: regionCode };
      const page = await areaPage(store, sel, ["region"], filter);
      return {
        code: region.code,
        name: region.name,
        ...page,
        municipalities: coded(await areaBreakdown(store, sel, ["region"], filter, "municipality"), "municipality"),
        // Institutions seated here, with the institution table's own figures (every student, wherever they live),
        // largest first; a hidden start population sorts last.
        institutions: !isPublished(["institution"], sel.teljaar, sel.definition) ? [] : (await institutionList(store, sel, regionCode)).sort((a, b) => (b.start_population ?? -1) - (a.start_population ?? -1) || a.code.localeCompare(b.code)),
      };
    },
  );
}
