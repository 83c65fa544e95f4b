/** GET /api/v1/health and /api/v1/meta: what is computed and what can be asked. */
import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import { DEFINITIONS, officialDefinition } from "../../domain/definition.js";
import { SUPPRESSION_THRESHOLD } from "../../domain/suppression.js";
import { otherDefinitionTables, publishedCombinations } from "../../domain/disclosure/catalogue.js";
import { DIMENSIONS } from "../../engine/dimensions.js";
import { resolveStage } from "../../engine/runs.js";
import type { RouteContext } from "../context.js";
import type { StoreState } from "../../service/store.js";
import { Strict, json } from "../contract/responses.js";
import { DefinitionParam, StageParam } from "../contract/params.js";

const Health = Strict({
  status: Type.Enum(["ok"], { type: "string" }),
  data: Type.Boolean({ description: "Zijn er berekende cijfers?" }),
  reason: Type.Optional(Type.String({ description: "Waarom er geen cijfers zijn" })),
});

const Snapshot = Strict(
  {
    id: Type.String({ description: "Kenmerk van de momentopname; elk antwoord noemt het in de header X-Snapshot" }),
    register_id: Type.String({ description: "Het register waarop de cijfers berekend zijn" }),
    computed_at: Type.Union([Type.String({ format: "date-time" }), Type.Null()], { description: "Wanneer de laatste cijfers in de momentopname berekend zijn (UTC)" }),
    published_at: Type.String({ format: "date-time", description: "Wanneer de momentopname gepubliceerd is" }),
  },
  { description: "De gepubliceerde momentopname waaruit de cijfers komen: nieuwe berekeningen worden zonder herstart gepubliceerd, en elk antwoord komt uit één momentopname" },
);

const Meta = Strict({
  teljaren: Type.Array(Strict({ teljaar: Type.String(), stages: Type.Array(StageParam), default_stage: Type.Optional(StageParam), official_definition: DefinitionParam })),
  latest_teljaar: Type.Optional(Type.String()),
  definitions: Type.Array(DefinitionParam),
  breakdowns: Type.Array(Strict({ name: Type.String(), description: Type.String() })),
  published: Strict({
    official_definition: Type.Array(Type.String(), { description: "Gepubliceerde combinaties van uitsplitsingen onder de officiële definitie" }),
    other_definition: Type.Array(Type.String(), { description: "Onder de andere definitie: alleen landelijk en per regio" }),
  }),
  suppression: Strict({ threshold: Type.Integer(), marker: Type.String() }),
  data: Strict({
    synthetic: Type.Boolean({ description: "Berekend op een synthetisch register (demo)" }),
    scale: Type.Union([Type.Number(), Type.Null()], { description: "Schaal van het synthetische register (1 = heel Nederland)" }),
    as_of: Type.Union([Type.String(), Type.Null()]),
    facts_until: Type.Union([Type.String(), Type.Null()]),
  }),
  snapshot: Snapshot,
});

export function metaRoutes(fastify: FastifyInstance, ctx: RouteContext, state: StoreState) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  // `state` is the app's current snapshot; a request's own is ctx.snapshot() (the one it started on).
  void state;
  app.get("/health", { schema: { summary: "Werkt de API, en zijn er cijfers?", tags: ["meta"], response: { 200: json(Health, "Status") } } }, async () => {
    const snapshot = ctx.snapshot();
    return {
      status: "ok" as const,
      data: Boolean(snapshot.store),
      ...(snapshot.store ? {} : { reason: snapshot.reason }),
    };
  });

  app.get("/meta", { schema: { summary: "Berekende teljaren met hun fasen, definities, uitsplitsingen en de afschermgrens", tags: ["meta"], response: { 200: json(Meta, "Wat er berekend is") } } }, async () => {
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
      snapshot: { id: store.snapshot.id, register_id: store.snapshot.registerId, computed_at: store.snapshot.computedAt, published_at: store.snapshot.publishedAt },
    };
  });
}
