/** GET /api/v1/regions and /api/v1/regions/{code}: RMC / Doorstroompunt regions. */
import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import { parseRmcRegio } from "../../domain/codes.js";
import type { RouteContext } from "../context.js";
import { code, selection } from "../params.js";
import { notFound } from "../problem.js";
import { areaBreakdown, areaPage, coded } from "../../service/area-pages.js";
import { institutionList, regionList } from "../../service/areas.js";
import { isPublished } from "../../service/public-figures.js";
import { regionsOf } from "../../service/reference-data.js";
import { RegionAnswer, RegionsAnswer, answer } from "../contract/figures.js";
import { Format, Params, Query, SelectionQuery } from "../contract/params.js";
import { NOT_FOUND, NO_DATA, json, jsonOrDownload } from "../contract/responses.js";

// `regionList` lives in src/service/areas.ts; other route modules still import it from here.

const RegionParams = Params({ code: Type.String({ description: "RMC-regionummer 01-41 (MC21 en 21 werken ook)", examples: ["28"] }) });

export function regionRoutes(fastify: FastifyInstance, ctx: RouteContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    "/regions",
    {
      schema: {
        summary: "Alle RMC-regio's (Doorstroompunten) met hun cijfers",
        description: "Elke regio uit de gemeentetabel van het teljaar; een regio waar niemand in de startpopulatie woont heeft 0.",
        tags: ["areas"],
        querystring: Query({ ...SelectionQuery, format: Type.Optional(Format) }),
        response: { 200: jsonOrDownload(RegionsAnswer, "De regio's met hun cijfers"), ...NO_DATA },
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const sel = selection(store, request.query);
      const rows = await regionList(store, sel);
      return answer(request, reply, { ...sel, rows }, () => ({ file: `vsv-regions-${sel.teljaar}`, title: `vsv per RMC-regio ${sel.teljaar}`, rows }));
    },
  );

  app.get(
    "/regions/:code",
    {
      schema: {
        summary: "Eén regio: het cijfer, de reeks, de uitsplitsingen, de gemeenten en de instellingen die er gevestigd zijn",
        description: "De instellingen staan er met hun eigen cijfers (al hun studenten, waar die ook wonen), grootste eerst.",
        tags: ["areas"],
        params: RegionParams,
        querystring: Query(SelectionQuery),
        response: { 200: json(RegionAnswer, "De regio"), ...NOT_FOUND, ...NO_DATA },
      },
    },
    async (request) => {
      const store = ctx.store();
      const regionCode = code("code", request.params.code, parseRmcRegio);
      const sel = selection(store, request.query);
      const region = (await regionsOf(store, sel.teljaar)).find((r) => r.code === regionCode);
      if (!region) throw notFound(`Er is geen RMC-regio ${regionCode} in de gemeentetabel van ${sel.teljaar}: kies een regio uit /api/v1/regions`);
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
