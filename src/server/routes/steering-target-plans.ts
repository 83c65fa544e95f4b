/**
 * Steering targets: saved regional target plans. Public list (regions with a small base count hidden, primary and
 * secondary, like public tables); saving and adopting are for national analysts, tagged `casework` so the auth plugin
 * gives request.actor and checks X-CSRF-Token. docs/targets.md, "Saved plans".
 */
import type { FastifyInstance } from "fastify";
import type { Definition } from "../../domain/definition.js";
import { isVsvError } from "../../domain/errors.js";
import { DEFAULT_BEST_SHARE, type DistributionMethod, distributeTarget } from "../../domain/steering/target-distribution.js";
import { type TargetPlan, adoptTargetPlan, listTargetPlans, saveTargetPlan } from "../../store/target-plans.js";
import type { Sql } from "../../store/sql.js";
import { forbidden, requireActor } from "../casework/context.js";
import type { RouteContext } from "../context.js";
import { notFound } from "../problem.js";
import { definition, ok, params, query } from "../schemas.js";
import type { Store } from "../../service/store.js";
import { baseRegions, planBaseMasks, resolve } from "./steering-target-basis.js";
import { TAGS, asProblem, attempt, distributionQuery, method, methodInput, targetYear } from "./steering-target-params.js";

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
    regions: plan.regions.map((r) => (hidden(r.region) ? { region: r.region, base_count: null, start_population: null, target: null, suppressed: ["base_count", "start_population", "target"] } : { ...r, suppressed: [] })),
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
export function steeringTargetPlanReads(app: FastifyInstance, ctx: RouteContext, store: Sql) {
  app.get<{ Querystring: { targetYear?: number; definition?: Definition } }>(
    "/target-plans",
    {
      schema: {
        summary: "Saved regional target plans, newest first (targets of regions with a small base count hidden)",
        tags: TAGS,
        querystring: query({ targetYear: { ...targetYear, description: "Only plans for this target year" }, definition: { ...definition, description: "Only plans under this definition" } }),
        response: ok("{rows:[{id, name, method, parameters, national_target, target_year, definition, base_teljaar, base_stage, created_by, created_at, adopted, adopted_by, adopted_at, regions:[{region, base_count, start_population, target, suppressed}]}]}"),
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
export function steeringTargetPlanChanges(app: FastifyInstance, ctx: RouteContext, store: Sql) {
  app.post<{ Body: { name?: string; targetYear?: number; definition?: Definition; baseTeljaar?: string; method: DistributionMethod; target?: number; bestShare?: number; targets?: Record<string, number> } }>(
    "/target-plans",
    {
      schema: {
        summary: "Save a regional target plan, distributed by the server from the current figures (national analysts)",
        tags: [...TAGS, "casework"],
        body: {
          type: "object",
          required: ["method"],
          additionalProperties: false,
          properties: {
            name: { type: "string", maxLength: 200 },
            targetYear,
            definition: distributionQuery.definition,
            baseTeljaar: distributionQuery.baseTeljaar,
            method,
            target: distributionQuery.target,
            bestShare: distributionQuery.bestShare,
            targets: { type: "object", additionalProperties: { type: "integer" }, description: "manual: {\"01\": 120, \"02\": 80, …}, every region once, adding up to the national target" },
          },
        },
        response: { 201: { description: "The saved plan", type: "object", additionalProperties: true } },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (actor.role !== "national_analyst") throw forbidden("Only national analysts save target plans");
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
      return reply.status(201).send(await planJson(figuresOrNull(ctx), plan));
    },
  );

  app.post<{ Params: { id: number } }>(
    "/target-plans/:id/adopt",
    {
      schema: {
        summary: "Adopt a target plan for its target year and definition; the plan adopted before is withdrawn (national analysts)",
        tags: [...TAGS, "casework"],
        params: params({ id: { type: "integer", minimum: 1 } }),
        response: ok("the adopted plan"),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (actor.role !== "national_analyst") throw forbidden("Only national analysts adopt target plans");
      try {
        return planJson(figuresOrNull(ctx), await adoptTargetPlan(store, request.params.id, actor.accountId));
      } catch (e) {
        if (isVsvError(e) && e.code === "PLAN_NOT_FOUND") throw notFound(e.message);
        throw e;
      }
    },
  );
}

