/** GET /api/v1/municipalities and /api/v1/municipalities/{code}. */
import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import { parseGemeenteCode, parseRmcRegio } from "../../domain/codes.js";
import type { RouteContext } from "../context.js";
import { code, selection } from "../params.js";
import { notFound } from "../problem.js";
import { areaPage } from "../../service/area-pages.js";
import { municipalityList } from "../../service/areas.js";
import { municipalitiesOf } from "../../service/reference-data.js";
import { MunicipalitiesAnswer, MunicipalityAnswer, answer } from "../contract/figures.js";
import { Format, Params, Query, SelectionQuery } from "../contract/params.js";
import { NOT_FOUND, NO_DATA, json, jsonOrDownload } from "../contract/responses.js";

const MunicipalityParams = Params({ code: Type.String({ description: "CBS-gemeentecode, bijvoorbeeld 0363 (GM0363 werkt ook)", examples: ["0363"] }) });

export function municipalityRoutes(fastify: FastifyInstance, ctx: RouteContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    "/municipalities",
    {
      schema: {
        summary: "Alle gemeenten (met ?region= die van één regio) met hun cijfers",
        description: "Elke gemeente uit de gemeentetabel van het teljaar, met haar RMC-regio; een gemeente waar niemand in de startpopulatie woont heeft 0. Ook als CSV of Excel te downloaden.",
        tags: ["areas"],
        querystring: Query({ ...SelectionQuery, region: Type.Optional(Type.String({ description: "Alleen de gemeenten van deze RMC-regio" })), format: Type.Optional(Format) }),
        response: { 200: jsonOrDownload(MunicipalitiesAnswer, "De gemeenten met hun cijfers"), ...NO_DATA },
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const sel = selection(store, request.query);
      const region = request.query.region ? code("region", request.query.region, parseRmcRegio) : undefined;
      const rows = await municipalityList(store, sel, region);
      return answer(request, reply, { ...sel, region: region ?? null, rows }, () => ({ file: `vsv-municipalities-${sel.teljaar}${region ? `-${region}` : ""}`, title: `vsv per gemeente ${sel.teljaar}`, rows }));
    },
  );

  app.get(
    "/municipalities/:code",
    {
      schema: {
        summary: "Eén gemeente: het cijfer en de reeks (een gemeente wordt alleen als totaal gepubliceerd)",
        description: "Het cijfer van de gemeente met het verschil met het vorige teljaar, en de reeks over alle berekende teljaren. Uitsplitsingen van een gemeente worden niet gepubliceerd (kleine aantallen).",
        tags: ["areas"],
        params: MunicipalityParams,
        querystring: Query(SelectionQuery),
        response: { 200: json(MunicipalityAnswer, "De gemeente"), ...NOT_FOUND, ...NO_DATA },
      },
    },
    async (request) => {
      const store = ctx.store();
      const mCode = code("code", request.params.code, parseGemeenteCode);
      const sel = selection(store, request.query);
      const m = (await municipalitiesOf(store, sel.teljaar)).find((x) => x.municipality_code === mCode);
      if (!m) throw notFound(`Er is geen gemeente ${mCode} in de gemeentetabel van ${sel.teljaar}: kies een gemeente uit /api/v1/municipalities`);
      const filter = { region: m.rmc_region, municipality: mCode };
      const page = await areaPage(store, sel, ["municipality"], filter);
      return { code: mCode, name: m.municipality_name, region: { code: m.rmc_region, name: m.rmc_region_name }, ...page };
    },
  );
}
