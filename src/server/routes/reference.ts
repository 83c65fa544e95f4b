/** GET /api/v1/targets and /api/v1/norms: the national targets and the mbo norms (reference data). */
import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { RouteContext } from "../context.js";
import { teljaarParam } from "../params.js";
import { mboNorms, targets } from "../../service/series.js";
import { NormsAnswer, TargetsAnswer, answer } from "../contract/figures.js";
import { Format, Query } from "../contract/params.js";
import { NO_DATA, jsonOrDownload } from "../contract/responses.js";

export function referenceRoutes(fastify: FastifyInstance, ctx: RouteContext) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    "/targets",
    {
      schema: {
        summary: "Landelijke doelen: hoogstens zoveel nieuwe vsv'ers in een jaar",
        description: "Uit reference/targets.csv, met de bron van elk doel. Ook als CSV of Excel te downloaden.",
        tags: ["reference"],
        querystring: Query({ format: Type.Optional(Format) }),
        response: { 200: jsonOrDownload(TargetsAnswer, "De landelijke doelen"), ...NO_DATA },
      },
    },
    async (request, reply) => {
      const rows = await targets(ctx.store());
      return answer(request, reply, { rows }, () => ({ file: "vsv-targets", title: "Landelijke doelen", rows }));
    },
  );

  app.get(
    "/norms",
    {
      schema: {
        summary: "mbo-normen: het hoogste vsv-percentage per mbo-niveau per teljaar",
        description: "Uit reference/mbo-norms.csv, met de bron. Ook als CSV of Excel te downloaden.",
        tags: ["reference"],
        querystring: Query({ teljaar: Type.Optional(Type.String({ description: "Alleen dit teljaar, bijvoorbeeld 2023-2024 (standaard: alle)", examples: ["2023-2024"] })), format: Type.Optional(Format) }),
        response: { 200: jsonOrDownload(NormsAnswer, "De mbo-normen"), ...NO_DATA },
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const t = request.query.teljaar ? teljaarParam(store, request.query.teljaar) : null;
      const rows = await mboNorms(store, t);
      return answer(request, reply, { teljaar: t, rows }, () => ({ file: `vsv-norms${t ? `-${t}` : ""}`, title: "mbo-normen", rows }));
    },
  );
}
