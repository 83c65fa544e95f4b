/**
 * GET /api/v1/workload: the coordinator's overview of a region — per officer the open cases, overdue next steps and
 * cases without contact for 30 days, and the unassigned cases (src/store/workload.ts; docs/casework.md,
 * "Workload"). Counts only, no persons. Regional coordinators of the region only: officers and others get 403.
 */
import type { FastifyInstance } from "fastify";
import { canCoordinate } from "../../domain/casework/roles.js";
import { workloadOf } from "../../store/workload.js";
import { type CaseworkContext, forbidden, requireActor } from "../casework/context.js";
import { regionParam, todayOf } from "../casework/case-answers.js";
import { badParam } from "../problem.js";
import { ok, query } from "../schemas.js";

const ROUTE = "/workload";

export function workloadRoutes(app: FastifyInstance, ctx: CaseworkContext): void {
  app.get<{ Querystring: { region?: string } }>(
    ROUTE,
    {
      schema: {
        summary: "Workload of a region per officer: open cases, overdue next steps, cases without contact for 30 days; unassigned cases",
        description: "Regional coordinators, for their own region(s). today is the date in the Netherlands.",
        tags: ["casework"],
        querystring: query({ region: { type: "string", description: "RMC region (default: your only region)" } }),
        response: ok(
          "{region, today, no_contact_days, officers:[{officer_id, username, display_name, role, active_in_region, open_cases, overdue_next_steps, without_contact}], " +
            "unassigned:{open_cases, overdue_next_steps, without_contact}, total:{open_cases, overdue_next_steps, without_contact}}",
        ),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (actor.role !== "regional_coordinator") {
        throw await ctx.deny(request, { activity: "case_work", subjectKind: "case", details: { route: request.routeOptions.url } }, forbidden("The workload overview is for regional coordinators"));
      }
      let region: string;
      if (request.query.region !== undefined) region = regionParam("region", request.query.region);
      else if (actor.regions.length === 1) region = actor.regions[0]!;
      else throw badParam("region", `you coordinate several regions (${actor.regions.join(", ")}): give region`);
      if (!canCoordinate(actor, region)) {
        throw await ctx.deny(request, { activity: "case_work", subjectKind: "case", region, details: { route: request.routeOptions.url } }, forbidden(`Region ${region} is not one of your regions (${actor.regions.join(", ")})`));
      }
      const workload = await workloadOf(ctx.personSql(request), region, todayOf(request));
      // Counts per officer, no persons: logged as a read of the region's case work, like every closed-part request.
      await ctx.audit(request, { action: "read", activity: "case_work", subjectKind: "case", region, details: { route: request.routeOptions.url, aggregate: true } });
      return workload;
    },
  );
}
