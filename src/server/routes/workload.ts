/**
 * GET /api/v1/workload: the coordinator's overview of a region — per officer the open cases, overdue next steps and
 * cases without contact for 30 days, and the unassigned cases (src/store/workload.ts; docs/casework.md,
 * "Workload"). Counts only, no persons. Regional coordinators of the region only: officers and others get 403.
 */
import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { canCoordinate } from "../../domain/casework/roles.js";
import { workloadOf } from "../../store/workload.js";
import { type CaseworkContext, forbidden, requireActor } from "../casework/context.js";
import { regionParam, todayOf } from "../casework/case-answers.js";
import { badParam } from "../problem.js";
import { Workload, WorkloadQuery } from "../contract/casework.js";
import { FORBIDDEN, NOT_SIGNED_IN, json } from "../contract/responses.js";

const ROUTE = "/workload";

export function workloadRoutes(fastify: FastifyInstance, ctx: CaseworkContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    ROUTE,
    {
      schema: {
        summary: "Werkoverzicht van een regio per trajectbegeleider: open dossiers, volgende stappen over tijd, dossiers zonder contact in 30 dagen; dossiers zonder trajectbegeleider",
        description: "Voor coördinatoren, van hun eigen regio('s). today is de datum in Nederland.",
        tags: ["casework"],
        querystring: WorkloadQuery,
        response: { 200: json(Workload, "Het werkoverzicht"), ...NOT_SIGNED_IN, ...FORBIDDEN },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (actor.role !== "regional_coordinator") {
        throw await ctx.deny(request, { activity: "case_work", subjectKind: "case", details: { route: request.routeOptions.url } }, forbidden("Het werkoverzicht is voor coördinatoren van een regio"));
      }
      let region: string;
      if (request.query.region !== undefined) region = regionParam("region", request.query.region);
      else if (actor.regions.length === 1) region = actor.regions[0]!;
      else throw badParam("region", `u coördineert meer regio's (${actor.regions.join(", ")}): geef region mee`);
      if (!canCoordinate(actor, region)) {
        throw await ctx.deny(request, { activity: "case_work", subjectKind: "case", region, details: { route: request.routeOptions.url } }, forbidden(`Regio ${region} is niet een van uw regio's (${actor.regions.join(", ")}): kies een van die`));
      }
      const workload = await workloadOf(ctx.personSql(request), region, todayOf(request));
      // Counts per officer, no persons: logged as a read of the region's case work, like every closed-part request.
      await ctx.audit(request, { action: "read", activity: "case_work", subjectKind: "case", region, details: { route: request.routeOptions.url, aggregate: true } });
      return workload;
    },
  );
}
