/** GET /api/v1/targets and /api/v1/norms: the national targets and the mbo norms (reference data). */
import type { FastifyInstance } from "fastify";
import { REFERENCE_SCHEMA } from "../../engine/reference.js";
import type { RouteContext } from "../context.js";
import { send } from "../export.js";
import { teljaarParam } from "../params.js";
import { format, ok, query, teljaar } from "../schemas.js";
import { cachedRows } from "../../service/store.js";
import { targets } from "./series.js";

export function referenceRoutes(app: FastifyInstance, ctx: RouteContext) {
  app.get<{ Querystring: { format?: string } }>(
    "/targets",
    { schema: { summary: "National targets: at most this many new vsv'ers in a year", tags: ["reference"], querystring: query({ format }), response: ok("{rows:[{scope, year, teljaar, definition, target, source}]}") } },
    async (request, reply) => {
      const rows = await targets(ctx.store());
      return send(request, reply, { rows }, () => ({ file: "vsv-targets", title: "Landelijke doelen", rows }));
    },
  );

  app.get<{ Querystring: { teljaar?: string; format?: string } }>(
    "/norms",
    {
      schema: {
        summary: "mbo norms: the highest vsv percentage per mbo level per teljaar",
        tags: ["reference"],
        querystring: query({ teljaar: { ...teljaar, description: "Only this teljaar (default: all)" }, format }),
        response: ok("{teljaar, rows:[{teljaar, level, norm, source}]}"),
      },
    },
    async (request, reply) => {
      const store = ctx.store();
      const t = request.query.teljaar ? teljaarParam(store, request.query.teljaar) : null;
      const rows = await cachedRows<Record<string, string | number>>(
        store,
        `SELECT teljaar, mbo_level AS level, norm_pct AS norm, source FROM ${REFERENCE_SCHEMA}.mbo_norms ${t ? `WHERE teljaar = '${t}'` : ""} ORDER BY teljaar, mbo_level`,
      );
      return send(request, reply, { teljaar: t, rows }, () => ({ file: `vsv-norms${t ? `-${t}` : ""}`, title: "mbo-normen", rows }));
    },
  );
}
