/** GET /api/v1/series: the national series per teljaar, both definitions, with targets and the published series. */
import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import { DEFINITIONS } from "../../domain/definition.js";
import type { RouteContext } from "../context.js";
import { publishedSeries, seriesRows, targets } from "../../service/series.js";
import { SeriesAnswer, answer } from "../contract/figures.js";
import { Format, Query } from "../contract/params.js";
import { NO_DATA, jsonOrDownload } from "../contract/responses.js";

// `targets` lives in src/service/series.ts; other route modules still import it from here.

const SeriesQuery = Query({
  definition: Type.Optional(Type.Enum([...DEFINITIONS], { type: "integer", description: "Leeftijdsgrens: 23 of 27 (standaard: beide)" })),
  format: Type.Optional(Format),
});

export function seriesRoutes(fastify: FastifyInstance, ctx: RouteContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    "/series",
    {
      schema: {
        summary: "Landelijke reeks: per berekend teljaar en definitie de startpopulatie, nieuwe vsv'ers en het percentage, vo en mbo apart",
        description: "Met de landelijke doelen en de eerder gepubliceerde landelijke reeks. De download bevat de rijen van de reeks.",
        tags: ["figures"],
        querystring: SeriesQuery,
        response: { 200: jsonOrDownload(SeriesAnswer, "De landelijke reeks"), ...NO_DATA },
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const definitions = request.query.definition ? [request.query.definition] : [...DEFINITIONS];
      const rows = await seriesRows(store, definitions);
      const body = { definitions, rows, targets: await targets(store), published: await publishedSeries(store) };
      return answer(request, reply, body, () => ({ file: `vsv-series-${store.teljaren[0]}-${store.teljaren.at(-1)}`, title: "Landelijke reeks nieuwe vsv'ers", rows }));
    },
  );
}
