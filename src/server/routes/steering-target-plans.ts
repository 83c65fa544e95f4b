/**
 * Steering targets: saved regional target plans. Public list (regions with a small base count hidden, primary and
 * secondary, like public tables); saving and adopting are for national analysts, tagged `casework` so the auth plugin
 * gives request.actor and checks X-CSRF-Token. docs/targets.md, "Saved plans".
 */
import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Definition } from "../../domain/definition.js";
import { isVsvError } from "../../domain/errors.js";
import { DEFAULT_BEST_SHARE, distributeTarget } from "../../domain/steering/target-distribution.js";
import { type TargetPlan, adoptTargetPlan, listTargetPlans, saveTargetPlan } from "../../store/target-plans.js";
import type { Sql } from "../../store/sql.js";
import { forbidden, requireActor } from "../casework/context.js";
import type { RouteContext } from "../context.js";
import { notFound } from "../problem.js";
import { FORBIDDEN, NOT_FOUND, NOT_SIGNED_IN, NO_DATA, json } from "../contract/responses.js";
import { NewTargetPlan, PlanId, TargetPlan as TargetPlanAnswer, TargetPlans, TargetPlansQuery } from "../contract/steering-plans.js";
import type { Store } from "../../service/store.js";
import { baseRegions, planBaseMasks, resolve } from "./steering-target-basis.js";
import { TAGS, asProblem, attempt, methodInput } from "./steering-target-params.js";

/**
 * Hides the base counts and targets of the regions the public region table of the plan's base teljaar hides
 * (whatever the reason: hidden is hidden), so a plan tells no more than that table.
 */
async function planJson(store: Store | null, plan: TargetPlan) {
  const masked = store ? await planBaseMasks(store, plan.base_teljaar, plan.definition as Definition) : null;
  const hidden = (region: string) => {
    const m = masked?.(region);
    return !m || m.sp || m.vsv;
  };
  return {
    ...plan,
    regions: plan.regions.map((r) => (hidden(r.region) ? { region: r.region, base_count: null, start_population: null, target: null, suppressed: ["base_count", "start_population", "target"] } : { ...r, suppressed: [] as string[] })),
  };
}

/** The figures store, or null when no figures are computed (then every base count is hidden). */
function figuresOrNull(ctx: RouteContext): Store | null {
  try {
    return ctx.store();
  } catch {
    return null;
  }
}

/** The plan routes; `store` is the operational store that holds the plans. */
export function steeringTargetPlanReads(fastify: FastifyInstance, ctx: RouteContext, store: Sql) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    "/target-plans",
    {
      schema: {
        summary: "Opgeslagen regionale doelenplannen, nieuwste eerst (doelen van regio's met een klein basisaantal afgeschermd)",
        tags: TAGS,
        querystring: TargetPlansQuery,
        response: { 200: json(TargetPlans, "De plannen") },
      },
    },
    async (request) => {
      const figures = figuresOrNull(ctx);
      const plans = await listTargetPlans(store, { targetYear: request.query.targetYear, definition: request.query.definition });
      return { rows: await Promise.all(plans.map((p) => planJson(figures, p))) };
    },
  );

}

/** Saving and adopting plans (national analysts): registered in the closed part's scope. */
export function steeringTargetPlanChanges(fastify: FastifyInstance, ctx: RouteContext, store: Sql) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.post(
    "/target-plans",
    {
      schema: {
        summary: "Een regionaal doelenplan opslaan, door de server verdeeld op basis van de huidige cijfers (landelijk analisten)",
        tags: [...TAGS, "casework"],
        body: NewTargetPlan,
        response: { 201: json(TargetPlanAnswer, "Het opgeslagen plan"), ...NOT_SIGNED_IN, ...FORBIDDEN, ...NO_DATA },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (actor.role !== "national_analyst") throw forbidden("Alleen landelijk analisten slaan doelenplannen op: vraag een landelijk analist om dit plan op te slaan");
      const b = request.body;
      const data = ctx.store();
      const r = await resolve(data, b);
      const regions = await baseRegions(data, r);
      const dist = attempt(() => distributeTarget(r.national.target, regions, methodInput(b.method, b)), b.method === "manual" ? "targets" : "target");
      const plan = await saveTargetPlan(store, {
        name: b.name ?? "",
        method: b.method,
        parameters: b.method === "convergence" ? { best_share: b.bestShare ?? DEFAULT_BEST_SHARE } : {},
        nationalTarget: dist.nationalTarget,
        targetYear: r.year,
        definition: r.definition,
        baseTeljaar: r.base,
        baseStage: r.stage,
        createdBy: actor.accountId,
        regions: dist.regions.map((x) => ({ region: x.region, base_count: x.count, start_population: x.startPopulation, target: x.target })),
      }).catch((e) => asProblem(e, "targets"));
      reply.status(201);
      return planJson(figuresOrNull(ctx), plan);
    },
  );

  app.post(
    "/target-plans/:id/adopt",
    {
      schema: {
        summary: "Een doelenplan vaststellen voor zijn doeljaar en definitie; het eerder vastgestelde plan vervalt (landelijk analisten)",
        tags: [...TAGS, "casework"],
        params: PlanId,
        response: { 200: json(TargetPlanAnswer, "Het vastgestelde plan"), ...NOT_SIGNED_IN, ...FORBIDDEN, ...NOT_FOUND },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (actor.role !== "national_analyst") throw forbidden("Alleen landelijk analisten stellen doelenplannen vast: vraag een landelijk analist om dit plan vast te stellen");
      try {
        return planJson(figuresOrNull(ctx), await adoptTargetPlan(store, request.params.id, actor.accountId));
      } catch (e) {
        if (isVsvError(e) && e.code === "PLAN_NOT_FOUND") throw notFound(e.message);
        throw e;
      }
    },
  );
}

