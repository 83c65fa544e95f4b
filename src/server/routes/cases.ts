/**
 * Case work (issue 5, part 4): the person page, and cases of the actor's regions — open, list, read, change
 * (optimistic concurrency: every change carries the `version` it read; a stale one answers 409 with the current
 * case), contact moments, close, handover to another region, outcome one year later. Regional officers and
 * coordinators only (canWorkCase); a case outside the actor's regions answers 404. Every person read or change is
 * one audit entry (activity case_work) in the case's region. docs/casework.md.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { CASE_STATUSES, CLOSE_REASONS_BY_HAND, CONTACT_CHANNELS, OPEN_STATUSES, OUTCOMES, type CaseStatus, type CloseReason, type ContactChannel, type Outcome } from "../../domain/casework/case-status.js";
import { type AccessScope, accessScope, mayTouch, withReceivingRegion } from "../../domain/casework/access.js";
import { type Actor, isRegionalRole } from "../../domain/casework/roles.js";
import { listAbsenceReports } from "../../store/absence-reports.js";
import { addContact } from "../../store/case-contacts.js";
import { handoverCase } from "../../store/case-handover.js";
import { type CaseDetail, getCaseDetail, listCases } from "../../store/case-queries.js";
import { readCase, type CaseRecord } from "../../store/case-record.js";
import { type CaseChanges, closeCase, openCase, recordOutcome, updateCase } from "../../store/cases.js";
import type { PersonRef } from "../../store/pseudonym.js";
import { signalsOfPerson } from "../../store/signals.js";
import type { Sql } from "../../store/sql.js";
import { type CaseworkContext, forbidden, requireActor } from "../casework/context.js";
import { casePersonProblem, dateParam, dateSchema, personRefSchema, regionParam, schoolReport, sendCaseError, todayOf } from "../casework/case-answers.js";
import { Problem, badParam, notFound } from "../problem.js";
import { ok, params, query } from "../schemas.js";

const CASES = "/cases";
const PERSONS = "/persons";

/** Officers and coordinators; any other role is refused (and logged). */
async function caseWorker(ctx: CaseworkContext, request: FastifyRequest): Promise<Actor> {
  const actor = requireActor(request);
  if (isRegionalRole(actor.role)) return actor;
  throw await ctx.deny(
    request,
    { activity: "case_work", subjectKind: "case", details: { route: request.routeOptions.url } },
    forbidden("Cases are worked by regional officers and coordinators: schools see the signal lists, analysts aggregates, administrators accounts"),
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
    notFound(`There is no case ${id} in your regions (${actor.regions.join(", ")}): use an id from GET /api/v1/cases`),
  );
}

async function detailOf(sql: Sql, id: number): Promise<CaseDetail> {
  // One transaction for the detail's four reads: one scope to set instead of four.
  const detail = await sql.transaction((tx) => getCaseDetail(tx, id));
  if (!detail) throw notFound(`Case ${id} no longer exists`);
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
  let detail: CaseDetail | null;
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

const version = { type: "integer", minimum: 1, description: "The version of the case you read (optimistic concurrency)" } as const;
const idParams = params({ id: { type: "integer", minimum: 1 } });
const DETAIL = "{case:{id, person_ref, region, status, closed_reason, officer_id, officer_name, next_step, next_step_due, teljaar, opened_at, updated_at, closed_at, version, handed_over_from, handed_over_to, outcome_one_year, outcome_recorded_at, family_name, given_names, last_contact_on, contact_count}, contacts:[{id, case_id, contact_on, channel, reached, note, officer_id, officer_name, created_at, from_region}], events:[{id, at, actor_id, actor_name, kind, details}], absence_reports:[…]}";
const CONFLICT = "409: problem + {current_version, case} when the version is stale";

interface CaseListQuery {
  region?: string;
  status?: CaseStatus | "open" | "all";
  officer?: string;
  overdue?: boolean;
  noContact?: boolean;
  personRef?: string;
  page?: number;
  pageSize?: number;
}

export function caseRoutes(app: FastifyInstance, ctx: CaseworkContext): void {
  app.get<{ Params: { personRef: PersonRef } }>(
    `${PERSONS}/:personRef`,
    {
      schema: {
        summary: "The person page: their signal-list rows, cases and absence reports within your scope",
        description: "Officers and coordinators see rows, cases and reports of their regions; school users the rows and reports of their institutions (no cases). 404 when none of it is yours.",
        tags: ["casework"],
        params: params({ personRef: personRefSchema }),
        response: ok("{person_ref, family_name, given_names, signals:[signal-list item], cases:[case summary], absence_reports:[{id, person_ref, family_name, given_names, institution, region, reported_on, kind, hours, case_id, created_by, created_at}]}"),
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const school = actor.role === "school_user";
      const activity = school ? "school_signal_list" : "case_work";
      const ref = request.params.personRef;
      if (!school && !isRegionalRole(actor.role)) {
        throw await ctx.deny(request, { activity: "case_work", subjectKind: "person", details: { route: request.routeOptions.url } }, forbidden("Person pages are for regional officers, coordinators and school users"));
      }
      const scope = accessScope(actor);
      const db = ctx.personSql(request);
      const signals = (await signalsOfPerson(db, ref, { includeCases: !school })).filter((s) => mayTouch(scope, "signal", s));
      const cases = school ? [] : (await listCases(db, { regions: scope.regions, status: "all", personRef: ref, today: todayOf(request), limit: 1000 })).rows;
      const reports = (await listAbsenceReports(db, { scope, personRef: ref, limit: 1000 })).rows.filter((r) => mayTouch(scope, "absence_report", r));
      if (signals.length === 0 && cases.length === 0 && reports.length === 0) {
        throw await ctx.deny(request, { activity, subjectKind: "person", persons: [ref], details: { route: request.routeOptions.url } }, casePersonProblem());
      }
      const regions = [...new Set([...signals.map((s) => s.region), ...cases.map((c) => c.region), ...reports.map((r) => r.region)])];
      const counts = { signals: signals.length, cases: cases.length, absence_reports: reports.length };
      for (const region of regions) await ctx.audit(request, { action: "read", activity, subjectKind: "person", persons: [ref], region, details: { route: request.routeOptions.url, ...counts } });
      const named = signals.find((s) => s.family_name !== null) ?? cases.find((c) => c.family_name !== null) ?? reports.find((r) => r.family_name !== null);
      return {
        person_ref: ref,
        family_name: named?.family_name ?? null,
        given_names: named?.given_names ?? null,
        signals,
        cases,
        absence_reports: school ? reports.map(schoolReport) : reports,
      };
    },
  );

  app.post<{ Body: { person_ref: PersonRef; region?: string } }>(
    CASES,
    {
      schema: {
        summary: "Open a case for a person on your region's signal list",
        description: "201 with the case; 409 with existing_case_id when the person already has an open case in the region. region may be left out when the person is on the list of only one of your regions.",
        tags: ["casework"],
        body: query({ person_ref: personRefSchema, region: { type: "string", description: "RMC region 01-41 (one of yours)" } }, ["person_ref"]),
        response: ok(DETAIL),
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

  app.get<{ Querystring: CaseListQuery }>(
    CASES,
    {
      schema: {
        summary: "The cases of your regions, filtered and paged",
        tags: ["casework"],
        querystring: query({
          region: { type: "string", description: "One of your regions (default: all of them)" },
          status: { type: "string", enum: [...CASE_STATUSES, "open", "all"], default: "open", description: "open: every status but closed" },
          officer: { type: "string", pattern: "^(\\d{1,15}|me|none)$", description: "Account id, me, or none (unassigned)" },
          overdue: { type: "boolean", description: "Only open cases whose next step was due before today" },
          noContact: { type: "boolean", description: "Only open cases without contact for 30 days (counted from opening when never contacted)" },
          personRef: personRefSchema,
          page: { type: "integer", minimum: 1, default: 1 },
          pageSize: { type: "integer", minimum: 1, maximum: 500, default: 50 },
        }),
        response: ok("{today, total, page, page_size, items:[{id, person_ref, region, status, closed_reason, officer_id, officer_name, next_step, next_step_due, teljaar, opened_at, updated_at, closed_at, version, handed_over_from, handed_over_to, outcome_one_year, outcome_recorded_at, family_name, given_names, last_contact_on, contact_count}]}"),
      },
    },
    async (request) => {
      const actor = await caseWorker(ctx, request);
      const q = request.query;
      let regions: string[] = [...actor.regions];
      if (q.region !== undefined) {
        const region = regionParam("region", q.region);
        if (!mayTouch(accessScope(actor), "case", { region })) {
          throw await ctx.deny(request, { activity: "case_work", subjectKind: "case", region, details: { route: request.routeOptions.url } }, forbidden(`Region ${region} is not one of your regions (${actor.regions.join(", ")})`));
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
        ...(q.personRef !== undefined ? { personRef: q.personRef as PersonRef } : {}),
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

  app.get<{ Params: { id: number } }>(
    `${CASES}/:id`,
    { schema: { summary: "One case with its contact moments, history and the person's absence reports in its region", tags: ["casework"], params: idParams, response: ok(DETAIL) } },
    async (request) => {
      const actor = await caseWorker(ctx, request);
      const c = await caseInScope(ctx, request, actor, request.params.id);
      const detail = await detailOf(ctx.personSql(request), c.id);
      await ctx.audit(request, { action: "read", activity: "case_work", subjectKind: "case", persons: [c.person_ref], region: c.region, details: { route: request.routeOptions.url, case_id: c.id } });
      return detail;
    },
  );

  app.patch<{ Params: { id: number }; Body: { version: number; status?: CaseStatus; officer_id?: number | null; next_step?: string | null; next_step_due?: string | null } }>(
    `${CASES}/:id`,
    {
      schema: {
        summary: "Change status, officer or next step of an open case",
        description: `Send the version you read. null clears officer_id, next_step or next_step_due. ${CONFLICT}. Close a case with POST …/close.`,
        tags: ["casework"],
        params: idParams,
        body: {
          ...query(
            {
              version,
              status: { type: "string", enum: [...OPEN_STATUSES] },
              officer_id: { type: ["integer", "null"], minimum: 1 },
              next_step: { type: ["string", "null"], maxLength: 1000 },
              next_step_due: { type: ["string", "null"], pattern: dateSchema.pattern, description: "YYYY-MM-DD" },
            },
            ["version"],
          ),
          minProperties: 2,
        },
        response: ok(DETAIL),
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
      const changed = Object.keys(changes);
      return changeCase(ctx, request, reply, c, { action: "update", details: { changed, version: b.version }, change: (tx) => updateCase(tx, c.id, b.version, changes, actor.accountId) });
    },
  );

  app.post<{ Params: { id: number }; Body: { contact_on: string; channel: ContactChannel; reached?: boolean; note?: string } }>(
    `${CASES}/:id/contacts`,
    {
      schema: {
        summary: "Add a contact moment (no version needed: contacts only add); the first one moves a new case to contacting",
        tags: ["casework"],
        params: idParams,
        body: query(
          {
            contact_on: { ...dateSchema, description: "YYYY-MM-DD, not in the future" },
            channel: { type: "string", enum: [...CONTACT_CHANNELS] },
            reached: { type: "boolean", default: true },
            note: { type: "string", maxLength: 4000, default: "" },
          },
          ["contact_on", "channel"],
        ),
        response: ok(DETAIL),
      },
    },
    async (request, reply) => {
      const actor = await caseWorker(ctx, request);
      const c = await caseInScope(ctx, request, actor, request.params.id);
      const b = request.body;
      const contactOn = dateParam("contact_on", b.contact_on);
      if (contactOn > todayOf(request)) throw badParam("contact_on", `${contactOn} lies in the future: record a contact moment after it took place`);
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

  app.post<{ Params: { id: number }; Body: { version: number; reason: CloseReason; note?: string } }>(
    `${CASES}/:id/close`,
    {
      schema: {
        summary: "Close an open case with a reason; it stays as a read-only record",
        description: `${CONFLICT}. handed_over is not a reason to choose: use POST …/handover.`,
        tags: ["casework"],
        params: idParams,
        body: query({ version, reason: { type: "string", enum: [...CLOSE_REASONS_BY_HAND] }, note: { type: "string", maxLength: 2000 } }, ["version", "reason"]),
        response: ok(DETAIL),
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

  app.post<{ Params: { id: number }; Body: { version: number; to_region: string; note?: string } }>(
    `${CASES}/:id/handover`,
    {
      schema: {
        summary: "Hand an open case over to the region the person moved to",
        description:
          `The case is closed here as a record (reason handed_over) and the receiving region gets a case with copies of the contact moments (or its open case for the person gets them). ` +
          `The receiving region's case is not visible to you. ${CONFLICT}.`,
        tags: ["casework"],
        params: idParams,
        body: query({ version, to_region: { type: "string", description: "RMC region 01-41, not the case's own" }, note: { type: "string", maxLength: 2000 } }, ["version", "to_region"]),
        response: ok(`${DETAIL} (the closed case)`),
      },
    },
    async (request, reply) => {
      const actor = await caseWorker(ctx, request);
      const c = await caseInScope(ctx, request, actor, request.params.id);
      const b = request.body;
      const toRegion = regionParam("to_region", b.to_region);
      if (toRegion === c.region) throw badParam("to_region", `the case is already in region ${toRegion}: give the region the person moved to`);
      return changeCase(ctx, request, reply, c, {
        action: "update",
        details: { handed_over_to_region: toRegion, version: b.version },
        change: (tx) => handoverCase(tx, c.id, b.version, { toRegion, note: b.note?.trim() || null }, actor.accountId),
        widen: (scope) => withReceivingRegion(scope, toRegion),
        more: (r) => [{ action: r.linked ? "update" : "create", region: toRegion, details: { case_id: r.receiving.id, received_from_region: c.region } }],
      });
    },
  );

  app.post<{ Params: { id: number }; Body: { version: number; outcome: Outcome } }>(
    `${CASES}/:id/outcome`,
    {
      schema: {
        summary: "Record the situation one year later (open or closed cases; not on a case handed over)",
        description: CONFLICT,
        tags: ["casework"],
        params: idParams,
        body: query({ version, outcome: { type: "string", enum: [...OUTCOMES] } }, ["version", "outcome"]),
        response: ok(DETAIL),
      },
    },
    async (request, reply) => {
      const actor = await caseWorker(ctx, request);
      const c = await caseInScope(ctx, request, actor, request.params.id);
      const b = request.body;
      return changeCase(ctx, request, reply, c, { action: "update", details: { outcome: b.outcome, version: b.version }, change: (tx) => recordOutcome(tx, c.id, b.version, b.outcome, actor.accountId) });
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
      throw await ctx.deny(request, { activity: "case_work", subjectKind: "case", region, details: { route: request.routeOptions.url } }, forbidden(`Region ${region} is not one of your regions (${actor.regions.join(", ")})`));
    }
    return region;
  }
  const listed = await ctx.personSql(request).query<{ region: string }>("SELECT DISTINCT region FROM signals WHERE person_ref = $1 AND region = ANY($2::text[]) ORDER BY region", [ref, actor.regions]);
  if (listed.length === 1) return listed[0]!.region;
  if (listed.length === 0) throw await ctx.deny(request, { activity: "case_work", subjectKind: "case", persons: [ref], details: { route: request.routeOptions.url } }, casePersonProblem());
  throw new Problem(400, "Ongeldige parameter", `The person is on the signal lists of several of your regions (${listed.map((l) => l.region).join(", ")}): give region`, [
    { name: "region", reason: `one of ${listed.map((l) => l.region).join(", ")}` },
  ]);
}
