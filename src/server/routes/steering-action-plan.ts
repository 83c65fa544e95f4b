/**
 * The national action plan (issue 6, part 6). Public read: GET /api/v1/steering/action-plan (six lines, actions
 * with status, dates, indicator and progress notes, and the overview per line like the annex). Changes in the
 * closed part (tag casework): national analysts only, under optimistic concurrency. docs/programmes.md.
 */
import type { FastifyInstance } from "fastify";
import { ACTION_STATUSES, ACTION_STATUS_LABELS, type ActionStatus } from "../../domain/steering/action-plan.js";
import { type ActionWithNotes, changeAction, getAction, getActionPlan } from "../../store/action-plan.js";
import type { Sql } from "../../store/sql.js";
import { forbidden, requireActor } from "../casework/context.js";
import { dateSchema, todayOf } from "../casework/case-answers.js";
import { badParam } from "../problem.js";
import { ok, params, query } from "../schemas.js";
import { sendSteeringError, versionSchema } from "../steering-answers.js";

const BASE = "/action-plan";

function labelled(a: ActionWithNotes) {
  return { ...a, status_label: ACTION_STATUS_LABELS[a.status] };
}

const ACTION = "{code, line, title, description, status, status_label, indicator, started_on, due_on, done_on, version, updated_at, updated_by, notes:[{id, noted_on, text, author}]}";

/** The public read: the plan with its progress. */
export function steeringActionPlanReads(app: FastifyInstance, sql: Sql): void {
  app.get(
    BASE,
    {
      schema: {
        summary: "The national action plan vsv: six action lines, their actions with status and progress notes, and the overview per line",
        tags: ["steering"],
        response: ok(`{statuses:[{status, label}], totals:{actions, byStatus, donePct}, lines:[{number, title, progress:{line, actions, byStatus:{not_started, in_progress, done}, donePct}, actions:[${ACTION}]}]}`),
      },
    },
    async () => {
      const plan = await getActionPlan(sql);
      return {
        statuses: ACTION_STATUSES.map((s) => ({ status: s, label: ACTION_STATUS_LABELS[s] })),
        totals: plan.totals,
        lines: plan.lines.map((l) => ({ ...l, actions: l.actions.map(labelled) })),
      };
    },
  );

}

/** The changes (national analysts): registered in the closed part's scope. */
export function steeringActionPlanChanges(app: FastifyInstance, sql: Sql): void {
  app.patch<{ Params: { code: string }; Body: { version: number; status?: ActionStatus; indicator?: string; started_on?: string | null; due_on?: string | null; done_on?: string | null; note?: string; noted_on?: string } }>(
    `${BASE}/actions/:code`,
    {
      schema: {
        summary: "Change an action (national analysts): status, dates, indicator, and/or add a progress note",
        description: "A note is dated noted_on (default: today). Setting status done without done_on sets done_on to the note's date or today.",
        tags: ["casework"],
        params: params({ code: { type: "string", pattern: "^[1-9]\\.[1-9][0-9]?$", description: "Action code, e.g. 1.2" } }),
        body: query(
          {
            version: versionSchema,
            status: { type: "string", enum: [...ACTION_STATUSES] },
            indicator: { type: "string", minLength: 1, maxLength: 500 },
            started_on: { ...dateSchema, type: ["string", "null"] },
            due_on: { ...dateSchema, type: ["string", "null"] },
            done_on: { ...dateSchema, type: ["string", "null"] },
            note: { type: "string", minLength: 1, maxLength: 4000 },
            noted_on: dateSchema,
          },
          ["version"],
        ),
        response: ok(ACTION),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (actor.role !== "national_analyst") throw forbidden("Only national analysts change the national action plan");
      const { version, note, noted_on, ...fields } = request.body;
      if (noted_on !== undefined && note === undefined) throw badParam("noted_on", "a date without a note: send the note's text in note");
      const today = todayOf(request);
      const change = {
        ...fields,
        ...(fields.status === "done" && fields.done_on === undefined ? { done_on: noted_on ?? today } : {}),
        ...(note !== undefined ? { note: { noted_on: noted_on ?? today, text: note } } : {}),
      };
      try {
        return labelled(await changeAction(sql, request.params.code, version, change, actor.displayName));
      } catch (e) {
        return sendSteeringError(reply, request, e, async () => {
          const current = await getAction(sql, request.params.code);
          return { action: current && labelled(current) };
        });
      }
    },
  );
}
