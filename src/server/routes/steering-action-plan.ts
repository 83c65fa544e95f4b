/**
 * The national action plan (issue 6, part 6). Public read: GET /api/v1/steering/action-plan (six lines, actions
 * with status, dates, indicator and progress notes, and the overview per line like the annex). Changes in the
 * closed part (tag casework): national analysts only, under optimistic concurrency. docs/programmes.md.
 */
import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import { ACTION_STATUSES, ACTION_STATUS_LABELS } from "../../domain/steering/action-plan.js";
import { type ActionWithNotes, changeAction, getAction, getActionPlan } from "../../store/action-plan.js";
import type { Sql } from "../../store/sql.js";
import { forbidden, requireActor } from "../casework/context.js";
import { todayOf } from "../casework/case-answers.js";
import { FORBIDDEN, NOT_FOUND, NOT_SIGNED_IN, json } from "../contract/responses.js";
import { Action, ActionChange, ActionParams, ActionPlan, stale } from "../contract/steering-plans.js";
import { Nullable } from "../contract/steering.js";
import { badParam } from "../problem.js";
import { sendSteeringError } from "../steering-answers.js";

const BASE = "/action-plan";

function labelled(a: ActionWithNotes) {
  return { ...a, status_label: ACTION_STATUS_LABELS[a.status] };
}

/** The public read: the plan with its progress. */
export function steeringActionPlanReads(fastify: FastifyInstance, sql: Sql): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    BASE,
    {
      schema: {
        summary: "Het landelijke actieplan vsv: zes actielijnen, hun acties met status en voortgangsnotities, en het overzicht per lijn",
        tags: ["steering"],
        response: { 200: json(ActionPlan, "Het actieplan") },
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
export function steeringActionPlanChanges(fastify: FastifyInstance, sql: Sql): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.patch(
    `${BASE}/actions/:code`,
    {
      schema: {
        summary: "Een actie wijzigen (landelijk analisten): status, datums, indicator, en/of een voortgangsnotitie toevoegen",
        description: "Een notitie krijgt de datum noted_on (standaard: vandaag). Status done zonder done_on zet done_on op de datum van de notitie of vandaag.",
        tags: ["casework"],
        params: ActionParams,
        body: ActionChange,
        response: { 200: json(Action, "De actie na de wijziging"), ...NOT_SIGNED_IN, ...FORBIDDEN, ...NOT_FOUND, ...stale({ action: Type.Optional(Nullable(Action)) }) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (actor.role !== "national_analyst") throw forbidden("Alleen landelijk analisten wijzigen het landelijke actieplan: vraag een landelijk analist om deze wijziging");
      const { version, note, noted_on, ...fields } = request.body;
      if (noted_on !== undefined && note === undefined) throw badParam("noted_on", "een datum zonder notitie: stuur de tekst van de notitie mee in note");
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
          return { action: current ? labelled(current) : null };
        });
      }
    },
  );
}
