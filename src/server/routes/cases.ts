/**
 * Case work (issue 5, part 4): cases of the actor's regions — open, list, read, change
 * (optimistic concurrency: every change carries the `version` it read; a stale one answers 409 with the current
 * case), contact moments, close, handover to another region, outcome one year later. Regional officers and
 * coordinators only (canWorkCase); a case outside the actor's regions answers 404. Every person read or change is
 * one audit entry (activity case_work) in the case's region. docs/casework.md.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Static } from "typebox";
import { type AccessScope, accessScope, mayTouch, withReceivingRegion } from "../../domain/casework/access.js";
import { type Actor, canCoordinate, isRegionalRole } from "../../domain/casework/roles.js";
import { addContact } from "../../store/case-contacts.js";
import { assignHandover, handoverCase, incomingHandover, listIncomingHandovers, listOutgoingHandovers, waitingHandovers } from "../../store/case-handover.js";
import { getCaseDetail, listCases } from "../../store/case-queries.js";
import { readCase, type CaseRecord } from "../../store/case-record.js";
import { type CaseChanges, closeCase, openCase, recordOutcome, updateCase } from "../../store/cases.js";
import type { PersonRef } from "../../store/pseudonym.js";
import type { Sql } from "../../store/sql.js";
import { type CaseworkContext, forbidden, requireActor } from "../casework/context.js";
import { casePersonProblem, dateParam, regionParam, sendCaseError, todayOf } from "../casework/case-answers.js";
import { IdParams } from "../contract/casework.js";
import {
  AssignHandover,
  AssignedHandover,
  CaseChange,
  CaseConflict,
  CaseDetail as CaseDetailSchema,
  CaseList,
  CaseListQuery,
  CloseCase,
  Handover,
  HandoverList,
  HandoverQuery,
  NewCase,
  WaitingHandovers,
  NewContact,
  OutcomeBody,
} from "../contract/casework-cases.js";
import { FORBIDDEN, NOT_FOUND, NOT_SIGNED_IN, json } from "../contract/responses.js";
import { Problem, badParam, notFound } from "../problem.js";

const CASES = "/cases";
const HANDOVERS = "/handovers";

/** Officers and coordinators; any other role is refused (and logged). */
async function caseWorker(ctx: CaseworkContext, request: FastifyRequest): Promise<Actor> {
  const actor = requireActor(request);
  if (isRegionalRole(actor.role)) return actor;
  throw await ctx.deny(
    request,
    { activity: "case_work", subjectKind: "case", details: { route: request.routeOptions.url } },
    forbidden("Dossiers zijn voor trajectbegeleiders en coördinatoren: scholen zien de signaallijsten, analisten totalen, beheerders accounts"),
  );
}

/** The case when it is in one of the actor's regions; otherwise 404 (whether it exists elsewhere is not told), logged as denied. */
async function caseInScope(ctx: CaseworkContext, request: FastifyRequest, actor: Actor, id: number): Promise<CaseRecord> {
  const c = await readCase(ctx.personSql(request), id);
  if (c && mayTouch(accessScope(actor), "case", c)) return c;
  // Logged in the region of the person it was aimed at, so that region's coordinator sees the attempt.
  const aimed = c ?? (await ctx.placeOfRefused("cases", id));
  throw await ctx.deny(
    request,
    { activity: "case_work", subjectKind: "case", ...(aimed ? { persons: [aimed.person_ref], region: aimed.region } : {}), details: { route: request.routeOptions.url, case_id: id } },
    notFound(`Er is geen dossier ${id} in uw regio's (${actor.regions.join(", ")}): kies een dossier uit de lijst`),
  );
}

/** A case as the routes answer it: the store's detail, checked against the documented schema when compiled. */
type CaseAnswer = Static<typeof CaseDetailSchema>;

async function detailOf(sql: Sql, id: number): Promise<CaseAnswer> {
  // One transaction for the detail's four reads: one scope to set instead of four.
  const detail = await sql.transaction((tx) => getCaseDetail(tx, id));
  if (!detail) throw notFound(`Dossier ${id} bestaat niet meer: kies een dossier uit de lijst`);
  return detail;
}

interface ChangeSpec<T> {
  readonly action: "update" | "create";
  readonly details: Record<string, unknown>;
  readonly change: (tx: Sql) => Promise<T>;
  /** More audit entries of the same change (a handover also creates a case in the receiving region). */
  readonly more?: (result: T) => { region: string; details: Record<string, unknown>; action: "update" | "create" }[];
  /** Widens the actor's scope for this change only (a handover writes in the receiving region). */
  readonly widen?: (scope: AccessScope) => AccessScope;
}

/**
 * Runs a change of case `c` in one transaction with its audit entry (one per person, in the case's region) and
 * answers with the case as it is afterwards; refusals of the store become 404/409/400 answers (sendCaseError).
 */
async function changeCase<T>(ctx: CaseworkContext, request: FastifyRequest, reply: FastifyReply, c: CaseRecord, spec: ChangeSpec<T>, status = 200): Promise<FastifyReply> {
  const route = request.routeOptions.url;
  let detail: CaseAnswer | null;
  try {
    detail = await ctx.personSql(request, spec.widen).transaction(async (tx) => {
      const r = await spec.change(tx);
      const entry = { activity: "case_work", subjectKind: "case", persons: [c.person_ref] } as const;
      await ctx.audit(request, { ...entry, action: spec.action, region: c.region, details: { route, case_id: c.id, ...spec.details } }, tx);
      for (const more of spec.more?.(r) ?? []) await ctx.audit(request, { ...entry, action: more.action, region: more.region, details: { route, ...more.details } }, tx);
      // The answer is read in the same transaction — unless the scope was widened: the answer shows the actor's scope only.
      return spec.widen ? null : getCaseDetail(tx, c.id);
    });
  } catch (e) {
    return sendCaseError(ctx, request, reply, e);
  }
  return reply.status(status).send(detail ?? (await detailOf(ctx.personSql(request), c.id)));
}

/** What every case operation can answer besides its success. */
const REFUSALS = { ...NOT_SIGNED_IN, ...FORBIDDEN, ...NOT_FOUND } as const;
/** A change of a case: also a stale version, a closed case or a change the case's state does not allow. */
const CHANGE_REFUSALS = { ...REFUSALS, 409: CaseConflict } as const;
const STALE = "Stuur de versie mee die u las; is die verouderd, dan volgt 409 met current_version en het huidige dossier.";

export function caseRoutes(fastify: FastifyInstance, ctx: CaseworkContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.post(
    CASES,
    {
      schema: {
        summary: "Een dossier openen voor een persoon op de signaallijst van uw regio",
        description:
          "201 met het dossier; 409 met existing_case_id als de persoon al een open dossier in de regio heeft. region mag weg als de persoon op de lijst van maar één van uw regio's staat.",
        tags: ["casework"],
        body: NewCase,
        response: { 201: json(CaseDetailSchema, "Het nieuwe dossier"), ...CHANGE_REFUSALS },
      },
    },
    async (request, reply) => {
      const actor = await caseWorker(ctx, request);
      const ref = request.body.person_ref;
      const region = await regionForNewCase(ctx, request, actor, ref, request.body.region);
      try {
        const opened = await ctx.personSql(request).transaction(async (tx) => {
          const c = await openCase(tx, { personRef: ref, region, actorId: actor.accountId });
          await ctx.audit(request, { action: "create", activity: "case_work", subjectKind: "case", persons: [ref], region, details: { route: request.routeOptions.url, case_id: c.id } }, tx);
          return c;
        });
        return reply.status(201).send(await detailOf(ctx.personSql(request), opened.id));
      } catch (e) {
        return sendCaseError(ctx, request, reply, e, { persons: [ref], region });
      }
    },
  );

  app.get(
    CASES,
    {
      schema: {
        summary: "De dossiers van uw regio's, gefilterd en per pagina",
        tags: ["casework"],
        querystring: CaseListQuery,
        response: { 200: json(CaseList, "Een pagina dossiers"), ...NOT_SIGNED_IN, ...FORBIDDEN },
      },
    },
    async (request) => {
      const actor = await caseWorker(ctx, request);
      const q = request.query;
      let regions: string[] = [...actor.regions];
      if (q.region !== undefined) {
        const region = regionParam("region", q.region);
        if (!mayTouch(accessScope(actor), "case", { region })) {
          throw await ctx.deny(request, { activity: "case_work", subjectKind: "case", region, details: { route: request.routeOptions.url } }, forbidden(`Regio ${region} is niet een van uw regio's (${actor.regions.join(", ")}): kies een van die`));
        }
        regions = [region];
      }
      const officerId = q.officer === undefined ? undefined : q.officer === "none" ? null : q.officer === "me" ? actor.accountId : Number(q.officer);
      const page = q.page ?? 1;
      const pageSize = q.pageSize ?? 50;
      const today = todayOf(request);
      const result = await listCases(ctx.personSql(request), {
        regions,
        status: q.status ?? "open",
        ...(officerId !== undefined ? { officerId } : {}),
        ...(q.overdue ? { overdue: true } : {}),
        ...(q.noContact ? { withoutContact: true } : {}),
        ...(q.personRef !== undefined ? { personRef: q.personRef } : {}),
        today,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      const details = {
        route: request.routeOptions.url,
        filters: { status: q.status ?? "open", officer: q.officer ?? null, overdue: q.overdue ?? false, no_contact: q.noContact ?? false, person: q.personRef !== undefined },
        page,
        page_size: pageSize,
      };
      const byRegion = new Map<string, PersonRef[]>();
      for (const c of result.rows) byRegion.set(c.region, [...(byRegion.get(c.region) ?? []), c.person_ref]);
      if (byRegion.size === 0) for (const region of regions) await ctx.audit(request, { action: "read", activity: "case_work", subjectKind: "case", region, details: { ...details, persons: 0 } });
      for (const [region, persons] of byRegion) await ctx.audit(request, { action: "read", activity: "case_work", subjectKind: "case", persons, region, details });
      return { today, total: result.total, page, page_size: pageSize, items: result.rows };
    },
  );

  app.get(
    `${CASES}/:id`,
    {
      schema: {
        summary: "Eén dossier met contactmomenten, geschiedenis en de verzuimmeldingen van de persoon in de regio",
        tags: ["casework"],
        params: IdParams,
        response: { 200: json(CaseDetailSchema, "Het dossier"), ...REFUSALS },
      },
    },
    async (request) => {
      const actor = await caseWorker(ctx, request);
      const c = await caseInScope(ctx, request, actor, request.params.id);
      const detail = await detailOf(ctx.personSql(request), c.id);
      await ctx.audit(request, { action: "read", activity: "case_work", subjectKind: "case", persons: [c.person_ref], region: c.region, details: { route: request.routeOptions.url, case_id: c.id } });
      return detail;
    },
  );

  app.patch(
    `${CASES}/:id`,
    {
      schema: {
        summary: "Status, trajectbegeleider of volgende stap van een open dossier wijzigen",
        description: `null wist officer_id, next_step of next_step_due. ${STALE} Afsluiten gaat met POST …/close.`,
        tags: ["casework"],
        params: IdParams,
        body: CaseChange,
        response: { 200: json(CaseDetailSchema, "Het dossier na de wijziging"), ...CHANGE_REFUSALS },
      },
    },
    async (request, reply) => {
      const actor = await caseWorker(ctx, request);
      const c = await caseInScope(ctx, request, actor, request.params.id);
      const b = request.body;
      const nextStep = b.next_step === undefined ? undefined : b.next_step === null || b.next_step.trim() === "" ? null : b.next_step.trim();
      const changes: CaseChanges = {
        ...(b.status !== undefined ? { status: b.status } : {}),
        ...(b.officer_id !== undefined ? { officer_id: b.officer_id } : {}),
        ...(nextStep !== undefined ? { next_step: nextStep } : {}),
        ...(b.next_step_due !== undefined ? { next_step_due: b.next_step_due === null ? null : dateParam("next_step_due", b.next_step_due) } : {}),
      };
      // The fields whose value changes (names only, for the audit entry: "wijzigde dossier: status, volgende stap").
      const changed = (Object.keys(changes) as (keyof CaseChanges)[]).filter((k) => changes[k] !== c[k]);
      return changeCase(ctx, request, reply, c, { action: "update", details: { changed, version: b.version }, change: (tx) => updateCase(tx, c.id, b.version, changes, actor.accountId) });
    },
  );

  app.post(
    `${CASES}/:id/contacts`,
    {
      schema: {
        summary: "Een contactmoment toevoegen (zonder versie: contacten komen er alleen bij); het eerste zet een nieuw dossier op contacting",
        tags: ["casework"],
        params: IdParams,
        body: NewContact,
        response: { 201: json(CaseDetailSchema, "Het dossier met het nieuwe contactmoment"), ...CHANGE_REFUSALS },
      },
    },
    async (request, reply) => {
      const actor = await caseWorker(ctx, request);
      const c = await caseInScope(ctx, request, actor, request.params.id);
      const b = request.body;
      const contactOn = dateParam("contact_on", b.contact_on);
      if (contactOn > todayOf(request)) throw badParam("contact_on", `${contactOn} ligt in de toekomst: leg een contactmoment vast nadat het heeft plaatsgevonden`);
      return changeCase(
        ctx,
        request,
        reply,
        c,
        { action: "update", details: { added: "contact", channel: b.channel }, change: (tx) => addContact(tx, c.id, { contactOn, channel: b.channel, reached: b.reached ?? true, note: (b.note ?? "").trim() }, actor.accountId) },
        201,
      );
    },
  );

  app.post(
    `${CASES}/:id/close`,
    {
      schema: {
        summary: "Een open dossier afsluiten met een reden; het blijft als alleen-lezen vastlegging bestaan",
        description: `${STALE} handed_over is geen reden om te kiezen: gebruik POST …/handover.`,
        tags: ["casework"],
        params: IdParams,
        body: CloseCase,
        response: { 200: json(CaseDetailSchema, "Het afgesloten dossier"), ...CHANGE_REFUSALS },
      },
    },
    async (request, reply) => {
      const actor = await caseWorker(ctx, request);
      const c = await caseInScope(ctx, request, actor, request.params.id);
      const b = request.body;
      const note = b.note?.trim() || null;
      return changeCase(ctx, request, reply, c, { action: "update", details: { closed: b.reason, version: b.version }, change: (tx) => closeCase(tx, c.id, b.version, { reason: b.reason, note }, actor.accountId) });
    },
  );

  app.post(
    `${CASES}/:id/handover`,
    {
      schema: {
        summary: "Een open dossier overdragen aan de regio waarheen de persoon verhuisde, met toelichting en volgende stap",
        description:
          "Het dossier wordt hier afgesloten als vastlegging (reden handed_over) en de ontvangende regio krijgt een dossier met kopieën van de contactmomenten, de toelichting en de volgende stap met uiterste datum (of haar open dossier van de persoon krijgt ze). " +
          "Het komt bij de coördinator van die regio binnen (GET /handovers?direction=incoming), die het toewijst. " +
          `Het dossier van de ontvangende regio ziet u niet; wel wanneer het werd ontvangen (handover_out). ${STALE}`,
        tags: ["casework"],
        params: IdParams,
        body: Handover,
        response: { 200: json(CaseDetailSchema, "Het afgesloten dossier"), ...CHANGE_REFUSALS },
      },
    },
    async (request, reply) => {
      const actor = await caseWorker(ctx, request);
      const c = await caseInScope(ctx, request, actor, request.params.id);
      const b = request.body;
      const toRegion = regionParam("to_region", b.to_region);
      if (toRegion === c.region) throw badParam("to_region", `het dossier is al in regio ${toRegion}: geef de regio waarheen de persoon verhuisde`);
      const nextStep = b.next_step?.trim() || null;
      const nextStepDue = b.next_step_due === undefined ? null : dateParam("next_step_due", b.next_step_due);
      if (nextStepDue && !nextStep) throw badParam("next_step", "een uiterste datum hoort bij een volgende stap: beschrijf de stap, of laat de datum weg");
      return changeCase(ctx, request, reply, c, {
        action: "update",
        details: { handed_over_to_region: toRegion, version: b.version, next_step: nextStep !== null },
        change: (tx) => handoverCase(tx, c.id, b.version, { toRegion, note: b.note?.trim() || null, nextStep, nextStepDue }, actor.accountId),
        widen: (scope) => withReceivingRegion(scope, toRegion),
        more: (r) => [{ action: r.linked ? "update" : "create", region: toRegion, details: { case_id: r.receiving.id, received_from_region: c.region } }],
      });
    },
  );

  app.post(
    `${CASES}/:id/outcome`,
    {
      schema: {
        summary: "De situatie een jaar later vastleggen (open of afgesloten dossiers; niet op een overgedragen dossier)",
        description: STALE,
        tags: ["casework"],
        params: IdParams,
        body: OutcomeBody,
        response: { 200: json(CaseDetailSchema, "Het dossier met de uitkomst"), ...CHANGE_REFUSALS },
      },
    },
    async (request, reply) => {
      const actor = await caseWorker(ctx, request);
      const c = await caseInScope(ctx, request, actor, request.params.id);
      const b = request.body;
      return changeCase(ctx, request, reply, c, { action: "update", details: { outcome: b.outcome, version: b.version }, change: (tx) => recordOutcome(tx, c.id, b.version, b.outcome, actor.accountId) });
    },
  );

  /** Coordinators of the region(s) only: the incoming queue is theirs to empty (officers get 403, logged). */
  async function coordinatorOf(request: FastifyRequest, region: string | undefined): Promise<{ actor: Actor; regions: string[] }> {
    const actor = requireActor(request);
    if (actor.role !== "regional_coordinator") {
      throw await ctx.deny(request, { activity: "case_work", subjectKind: "case", details: { route: request.routeOptions.url } }, forbidden("Overdrachten worden ontvangen en toegewezen door de coördinator van de regio: vraag uw coördinator"));
    }
    if (region === undefined) return { actor, regions: [...actor.regions] };
    const r = regionParam("region", region);
    if (!canCoordinate(actor, r)) {
      throw await ctx.deny(request, { activity: "case_work", subjectKind: "case", region: r, details: { route: request.routeOptions.url } }, forbidden(`Regio ${r} is niet een van uw regio's (${actor.regions.join(", ")}): kies een van die`));
    }
    return { actor, regions: [r] };
  }

  app.get(
    HANDOVERS,
    {
      schema: {
        summary: "Overdrachten: binnengekomen in uw regio('s), nog niet toegewezen eerst; of uitgaand, met wanneer ze werden ontvangen",
        description:
          "Voor coördinatoren. Binnengekomen: met toelichting, volgende stap, afzender en het dossier in uw regio (met versie, om toe te wijzen). " +
          "Uitgaand: alleen wat u meegaf en wanneer het werd ontvangen, niet wat de andere regio ermee doet.",
        tags: ["casework"],
        querystring: HandoverQuery,
        response: { 200: json(HandoverList, "Een pagina overdrachten"), ...NOT_SIGNED_IN, ...FORBIDDEN },
      },
    },
    async (request) => {
      const q = request.query;
      const { regions } = await coordinatorOf(request, q.region);
      const direction = q.direction ?? "incoming";
      const page = q.page ?? 1;
      const pageSize = q.pageSize ?? 50;
      const filter = { regions, ...(q.waiting !== undefined ? { waiting: q.waiting } : {}), limit: pageSize, offset: (page - 1) * pageSize };
      const db = ctx.personSql(request);
      const result = direction === "incoming" ? await db.transaction((tx) => listIncomingHandovers(tx, filter)) : await db.transaction((tx) => listOutgoingHandovers(tx, filter));
      const items = result.rows.map((h) => ({ ...h }));
      // Names and notes are person data: one read entry per region whose persons are shown.
      const details = { route: request.routeOptions.url, direction, waiting: q.waiting ?? null, page, page_size: pageSize };
      const byRegion = new Map<string, PersonRef[]>();
      for (const h of result.rows) {
        const region = direction === "incoming" ? h.to_region : h.from_region;
        byRegion.set(region, [...(byRegion.get(region) ?? []), h.person_ref]);
      }
      if (byRegion.size === 0) for (const region of regions) await ctx.audit(request, { action: "read", activity: "case_work", subjectKind: "case", region, details: { ...details, persons: 0 } });
      for (const [region, persons] of byRegion) await ctx.audit(request, { action: "read", activity: "case_work", subjectKind: "case", persons, region, details });
      return { direction, total: result.total, waiting: result.waiting, page, page_size: pageSize, items };
    },
  );

  app.get(
    `${HANDOVERS}/waiting`,
    {
      schema: {
        summary: "Hoeveel binnengekomen overdrachten nog moeten worden toegewezen (alleen aantallen, voor het menu en de werklast)",
        description: "Voor coördinatoren, over hun regio's.",
        tags: ["casework"],
        response: { 200: json(WaitingHandovers, "De aantallen"), ...NOT_SIGNED_IN, ...FORBIDDEN },
      },
    },
    async (request) => {
      const { regions } = await coordinatorOf(request, undefined);
      const rows = await ctx.personSql(request).transaction((tx) => waitingHandovers(tx, regions));
      // Counts, no persons: logged as a read of the region's case work, like the workload overview.
      for (const region of regions) await ctx.audit(request, { action: "read", activity: "case_work", subjectKind: "case", region, details: { route: request.routeOptions.url, aggregate: true } });
      return { waiting: rows.reduce((n, r) => n + r.waiting, 0), regions: rows };
    },
  );

  app.post(
    `${HANDOVERS}/:id/assign`,
    {
      schema: {
        summary: "Een binnengekomen overdracht toewijzen aan een trajectbegeleider van uw regio",
        description:
          "Zet de trajectbegeleider van het ontvangende dossier en markeert de overdracht als ontvangen (received_at), in één keer. " +
          "Stuur de versie van het dossier mee (case_version); is die verouderd, dan volgt 409 met het huidige dossier. Al toegewezen: 409, wijzig dan de trajectbegeleider in het dossier.",
        tags: ["casework"],
        params: IdParams,
        body: AssignHandover,
        response: { 200: json(AssignedHandover, "De overdracht, ontvangen"), ...CHANGE_REFUSALS },
      },
    },
    async (request, reply) => {
      const { actor } = await coordinatorOf(request, undefined);
      const id = request.params.id;
      const b = request.body;
      const db = ctx.personSql(request);
      const found = await db.transaction((tx) => incomingHandover(tx, id, actor.regions));
      if (!found) {
        throw await ctx.deny(request, { activity: "case_work", subjectKind: "case", details: { route: request.routeOptions.url, handover_id: id } }, notFound(`Er is geen binnengekomen overdracht ${id} in uw regio's (${actor.regions.join(", ")}): kies er een uit de lijst Binnengekomen`));
      }
      try {
        const assigned = await db.transaction(async (tx) => {
          const r = await assignHandover(tx, id, { officerId: b.officer_id, version: b.version, regions: actor.regions }, actor.accountId);
          await ctx.audit(
            request,
            { action: "update", activity: "case_work", subjectKind: "case", persons: [found.person_ref], region: found.to_region, details: { route: request.routeOptions.url, case_id: found.to_case, handover_id: id, officer_id: b.officer_id, version: b.version } },
            tx,
          );
          return r;
        });
        return { handover: assigned.handover };
      } catch (e) {
        return sendCaseError(ctx, request, reply, e, { persons: [found.person_ref], region: found.to_region });
      }
    },
  );
}

/**
 * The region a new case is opened in: the one given (it must be the actor's: 403 otherwise), else the only one of
 * the actor's regions whose signal list holds the person (404 when none, 400 when several).
 */
async function regionForNewCase(ctx: CaseworkContext, request: FastifyRequest, actor: Actor, ref: PersonRef, given: string | undefined): Promise<string> {
  if (given !== undefined) {
    const region = regionParam("region", given);
    if (!mayTouch(accessScope(actor), "case", { region })) {
      throw await ctx.deny(request, { activity: "case_work", subjectKind: "case", region, details: { route: request.routeOptions.url } }, forbidden(`Regio ${region} is niet een van uw regio's (${actor.regions.join(", ")}): kies een van die`));
    }
    return region;
  }
  const listed = await ctx.personSql(request).query<{ region: string }>("SELECT DISTINCT region FROM signals WHERE person_ref = $1 AND region = ANY($2::text[]) ORDER BY region", [ref, actor.regions]);
  if (listed.length === 1) return listed[0]!.region;
  if (listed.length === 0) throw await ctx.deny(request, { activity: "case_work", subjectKind: "case", persons: [ref], details: { route: request.routeOptions.url } }, casePersonProblem());
  throw new Problem(400, "Ongeldige parameter", `De persoon staat op de signaallijsten van meer van uw regio's (${listed.map((l) => l.region).join(", ")}): geef region mee`, [
    { name: "region", reason: `een van ${listed.map((l) => l.region).join(", ")}` },
  ]);
}
