/** GET /api/v1/health and /api/v1/meta: what is computed and what can be asked. */
import type { FastifyInstance } from "fastify";
import { DEFINITIONS, officialDefinition } from "../../domain/definition.js";
import { SUPPRESSION_THRESHOLD } from "../../domain/suppression.js";
import { otherDefinitionTables, publishedCombinations } from "../../domain/disclosure/catalogue.js";
import { DIMENSIONS } from "../../engine/dimensions.js";
import { resolveStage } from "../../engine/runs.js";
import type { RouteContext } from "../context.js";
import type { StoreState } from "../../service/store.js";
import { ok } from "../schemas.js";

export function metaRoutes(app: FastifyInstance, ctx: RouteContext, state: StoreState) {
  app.get("/health", { schema: { summary: "Is the API up, and are figures available?", tags: ["meta"], response: ok("{status, data, reason?}") } }, async () => ({
    status: "ok",
    data: Boolean(state.store),
    ...(state.store ? {} : { reason: state.reason }),
  }));

  app.get("/meta", { schema: { summary: "Computed teljaren with their stages, definitions, breakdowns and the suppression threshold", tags: ["meta"], response: ok("{teljaren, latest_teljaar, definitions, breakdowns, published:{official_definition, other_definition}, suppression:{threshold, marker}, data:{synthetic, scale, as_of, facts_until}}") } }, async () => {
    const store = ctx.store();
    return {
      teljaren: store.teljaren.map((t) => ({
        teljaar: t,
        stages: [...new Set(store.runs.filter((r) => r.teljaar === t).map((r) => r.stage))],
        default_stage: resolveStage(store.runs, t),
        official_definition: officialDefinition(t),
      })),
      latest_teljaar: store.teljaren.at(-1),
      definitions: [...DEFINITIONS],
      breakdowns: DIMENSIONS.map((d) => ({ name: d.name, description: d.description })),
      // The combinations of breakdowns the public side publishes (docs/privacy-public.md): under the official
      // definition of a teljaar all of them, under the other only the national and regional figures.
      published: { official_definition: publishedCombinations(), other_definition: otherDefinitionTables().map((t) => t.join(",")).filter(Boolean) },
      suppression: { threshold: SUPPRESSION_THRESHOLD, marker: "x" },
      // What the figures are computed on: a synthetic register at a scale (1 = the whole Netherlands) or a real one.
      data: { synthetic: store.register.syntheticScale !== null, scale: store.register.syntheticScale, as_of: store.register.asOf, facts_until: store.register.factsUntil ?? store.register.asOf },
    };
  });
}
