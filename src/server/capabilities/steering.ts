/**
 * Steering (prefix /steering): the public reads — norms, follow-up, projection and target distribution, saved
 * target plans, regional programmes, the national action plan and the yearly report. Their changes (saving and
 * adopting a target plan, editing a programme or the action plan) need a signed-in user and are registered in
 * the closed part's scope (closed-part.ts, `steeringChanges`), with the same prefix.
 */
import type { FastifyInstance } from "fastify";
import type { Sql } from "../../store/sql.js";
import type { RouteContext } from "../context.js";
import { steeringReportRoutes } from "../routes/steering-report.js";
import { steeringNormRoutes } from "../routes/steering-norms.js";
import { steeringFollowUpRoutes } from "../routes/steering-follow-up.js";
import { steeringTargetGroupRoutes } from "../routes/steering-target-group.js";
import { steeringTargetRoutes } from "../routes/steering-targets.js";
import { steeringTargetPlanChanges, steeringTargetPlanReads } from "../routes/steering-target-plans.js";
import { steeringProgrammeChanges, steeringProgrammeReads } from "../routes/steering-programmes.js";
import { steeringActionPlanChanges, steeringActionPlanReads } from "../routes/steering-action-plan.js";

export const STEERING_PREFIX = "/steering";

export interface SteeringOptions {
  readonly ctx: RouteContext;
  /** The operational store (plans, programmes, the action plan); without it only the figures-based reads. */
  readonly sql?: Sql;
}

export async function steeringReads(app: FastifyInstance, { ctx, sql }: SteeringOptions): Promise<void> {
  steeringReportRoutes(app, ctx, sql);
  steeringNormRoutes(app, ctx);
  steeringFollowUpRoutes(app, ctx);
  steeringTargetGroupRoutes(app, ctx);
  steeringTargetRoutes(app, ctx, sql);
  if (sql) {
    steeringTargetPlanReads(app, ctx, sql);
    steeringProgrammeReads(app, sql, ctx);
    steeringActionPlanReads(app, sql);
  }
}

export async function steeringChanges(app: FastifyInstance, { ctx, sql }: Required<SteeringOptions>): Promise<void> {
  steeringTargetPlanChanges(app, ctx, sql);
  steeringProgrammeChanges(app, sql, ctx);
  steeringActionPlanChanges(app, sql);
}
