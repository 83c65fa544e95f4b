/**
 * Absence reports (verzuimmeldingen, issue 5 part 5): a school records reports about persons on its institutions'
 * signal-list rows, a regional officer or coordinator about persons on their regions' lists or with a case there;
 * lists within the actor's scope, a link to a case, and counts per institution or region. Every person returned or
 * changed is one audit entry (activity absence) in the report's region. docs/casework.md, "Absence reports".
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { parseBrin } from "../../domain/codes.js";
import { accessScope, mayTouch } from "../../domain/casework/access.js";
import { type Actor, isRegionalRole } from "../../domain/casework/roles.js";
import {
  ABSENCE_KINDS,
  type AbsenceKind,
  type AbsenceReport,
  MAX_ABSENCE_HOURS,
  absenceCounts,
  linkAbsenceReport,
  listAbsenceReports,
  readAbsenceReport,
  recordAbsenceReport,
} from "../../store/absence-reports.js";
import type { PersonRef } from "../../store/pseudonym.js";
import { type CaseworkContext, forbidden, requireActor } from "../casework/context.js";
import { casePersonProblem, dateParam, dateSchema, personRefSchema, regionParam, schoolReport, sendCaseError } from "../casework/case-answers.js";
import { Problem, badParam, notFound } from "../problem.js";
import { ok, params, query } from "../schemas.js";

const ROUTE = "/absence-reports";
const REPORT = "{id, person_ref, family_name, given_names, institution, region, reported_on, kind, hours, case_id, created_by, created_at} (no case_id for school users)";

/** School users and regional roles; analysts and administrators are refused (and logged). */
async function absenceUser(ctx: CaseworkContext, request: FastifyRequest): Promise<Actor> {
  const actor = requireActor(request);
  if (actor.role === "school_user" || isRegionalRole(actor.role)) return actor;
  throw await ctx.deny(
    request,
    { activity: "absence", subjectKind: "absence_report", details: { route: request.routeOptions.url } },
    forbidden("Absence reports are recorded and read by school users and regional officers and coordinators"),
  );
}

function brinParam(name: string, text: string): string {
  try {
    return parseBrin(text.trim().toUpperCase());
  } catch (e) {
    throw badParam(name, (e as Error).message);
  }
}

/** The one value the actor has, or 400 asking for it. */
function onlyOne(name: string, values: readonly string[]): string {
  if (values.length === 1) return values[0]!;
  throw badParam(name, `you have ${values.length === 0 ? "none" : `several (${values.join(", ")})`}: give ${name}`);
}

function shown(actor: Actor, r: AbsenceReport) {
  return actor.role === "school_user" ? schoolReport(r) : r;
}

interface NewReport {
  person_ref: PersonRef;
  reported_on: string;
  kind: AbsenceKind;
  hours: number;
  institution?: string;
  region?: string;
  case_id?: number;
}

/**
 * Where a new report belongs. A school: its institution (given, or its only one), and the region of the person's
 * latest signal-list row at that institution — the person must be on one (404 otherwise). A regional role: its
 * region (given, or its only one), and the institution given or of the person's latest list row in that region.
 * Either way the person must be on that region's list or have a case there (recordAbsenceReport checks it, under
 * the actor's scope), so naming another region's school never reaches that region's person.
 */
async function placeOf(ctx: CaseworkContext, request: FastifyRequest, actor: Actor, b: NewReport): Promise<{ institution: string; region: string }> {
  const scope = accessScope(actor);
  const db = ctx.personSql(request);
  const deny = (problem: Problem, region?: string) =>
    ctx.deny(request, { activity: "absence", subjectKind: "absence_report", persons: [b.person_ref], ...(region ? { region } : {}), details: { route: request.routeOptions.url } }, problem);
  if (actor.role === "school_user") {
    if (b.case_id !== undefined) throw badParam("case_id", "schools do not see the region's cases: leave case_id out; the region links the report");
    const institution = b.institution !== undefined ? brinParam("institution", b.institution) : onlyOne("institution", actor.institutions);
    if (!mayTouch(scope, "absence_report", { institution })) throw await deny(forbidden(`Institution ${institution} is not one of yours (${actor.institutions.join(", ")})`));
    const region = b.region !== undefined ? regionParam("region", b.region) : undefined;
    const [row] = await db.query<{ region: string }>(
      `SELECT region FROM signals WHERE person_ref = $1 AND institution = $2 AND ($3::text IS NULL OR region = $3)
       ORDER BY teljaar DESC, loaded_at DESC, id DESC LIMIT 1`,
      [b.person_ref, institution, region ?? null],
    );
    if (!row) throw await deny(casePersonProblem());
    return { institution, region: row.region };
  }
  const region = b.region !== undefined ? regionParam("region", b.region) : onlyOne("region", actor.regions);
  if (!mayTouch(scope, "absence_report", { region })) throw await deny(forbidden(`Region ${region} is not one of your regions (${actor.regions.join(", ")})`), region);
  // With a school named, the store checks that the person is on the region's list or has a case there.
  if (b.institution !== undefined) return { institution: brinParam("institution", b.institution), region };
  const [latest] = await db.query<{ institution: string }>(
    `SELECT institution FROM signals WHERE person_ref = $1 AND region = $2 AND institution IS NOT NULL
     ORDER BY teljaar DESC, loaded_at DESC, id DESC LIMIT 1`,
    [b.person_ref, region],
  );
  if (latest) return { institution: latest.institution, region };
  const [known] = await db.query("SELECT 1 FROM cases WHERE person_ref = $1 AND region = $2 LIMIT 1", [b.person_ref, region]);
  if (!known) throw await deny(casePersonProblem(), region);
  throw badParam("institution", `the person is on no signal list of region ${region} with an institution: give the BRIN of the school that reports`);
}

export function absenceRoutes(app: FastifyInstance, ctx: CaseworkContext): void {
  app.post<{ Body: NewReport }>(
    ROUTE,
    {
      schema: {
        summary: "Record an absence report (verzuimmelding) about a person",
        description:
          "School users: for persons on a signal-list row of their institution (institution may be left out when they have one). " +
          "Regional officers and coordinators: for persons on their region's list or with a case there; case_id links it to that case. 201 with the report.",
        tags: ["casework"],
        body: query(
          {
            person_ref: personRefSchema,
            reported_on: dateSchema,
            kind: { type: "string", enum: [...ABSENCE_KINDS], description: "statutory: absence under the Leerplichtwet; non_statutory: other" },
            hours: { type: "number", minimum: 0, maximum: MAX_ABSENCE_HOURS, description: "Hours absent (stored to one decimal)" },
            institution: { type: "string", description: "BRIN of the reporting school" },
            region: { type: "string", description: "RMC region 01-41" },
            case_id: { type: "integer", minimum: 1 },
          },
          ["person_ref", "reported_on", "kind", "hours"],
        ),
        response: ok(`{report:${REPORT}}`),
      },
    },
    async (request, reply) => {
      const actor = await absenceUser(ctx, request);
      const b = request.body;
      const reportedOn = dateParam("reported_on", b.reported_on);
      const place = await placeOf(ctx, request, actor, b);
      if (!mayTouch(accessScope(actor), "absence_report", place)) throw new Error("placeOf returned a place outside the actor's scope");
      try {
        const report = await ctx.personSql(request).transaction(async (tx) => {
          const r = await recordAbsenceReport(tx, {
            personRef: b.person_ref,
            institution: place.institution,
            region: place.region,
            reportedOn,
            kind: b.kind,
            hours: b.hours,
            caseId: b.case_id ?? null,
            createdBy: actor.accountId,
          });
          await ctx.audit(
            request,
            { action: "create", activity: "absence", subjectKind: "absence_report", persons: [b.person_ref], region: place.region, details: { route: request.routeOptions.url, report_id: r.id, institution: place.institution, case_id: r.case_id } },
            tx,
          );
          return r;
        });
        return reply.status(201).send({ report: shown(actor, report) });
      } catch (e) {
        return sendCaseError(ctx, request, reply, e, { activity: "absence", persons: [b.person_ref], region: place.region, caseIdParam: true });
      }
    },
  );

  app.get<{ Querystring: { personRef?: string; region?: string; institution?: string; from?: string; to?: string; page?: number; pageSize?: number } }>(
    ROUTE,
    {
      schema: {
        summary: "Absence reports of your regions (officers, coordinators) or institutions (school users), newest first",
        tags: ["casework"],
        querystring: query({
          personRef: personRefSchema,
          region: { type: "string", description: "RMC region (regional roles: one of yours)" },
          institution: { type: "string", description: "BRIN (school users: one of yours)" },
          from: { ...dateSchema, description: "First day reported (inclusive)" },
          to: { ...dateSchema, description: "Last day reported (inclusive)" },
          page: { type: "integer", minimum: 1, default: 1 },
          pageSize: { type: "integer", minimum: 1, maximum: 500, default: 50 },
        }),
        response: ok(`{total, page, page_size, items:[${REPORT}]}`),
      },
    },
    async (request) => {
      const actor = await absenceUser(ctx, request);
      const q = request.query;
      const region = q.region !== undefined ? regionParam("region", q.region) : undefined;
      const institution = q.institution !== undefined ? brinParam("institution", q.institution) : undefined;
      const scope = accessScope(actor);
      if (region !== undefined && isRegionalRole(actor.role) && !mayTouch(scope, "absence_report", { region })) {
        throw await ctx.deny(request, { activity: "absence", subjectKind: "absence_report", region, details: { route: request.routeOptions.url } }, forbidden(`Region ${region} is not one of your regions (${actor.regions.join(", ")})`));
      }
      if (institution !== undefined && actor.role === "school_user" && !mayTouch(scope, "absence_report", { institution })) {
        throw await ctx.deny(request, { activity: "absence", subjectKind: "absence_report", details: { route: request.routeOptions.url, institution } }, forbidden(`Institution ${institution} is not one of yours (${actor.institutions.join(", ")})`));
      }
      const page = q.page ?? 1;
      const pageSize = q.pageSize ?? 50;
      const filter = {
        ...(q.personRef !== undefined ? { personRef: q.personRef as PersonRef } : {}),
        ...(region !== undefined ? { region } : {}),
        ...(institution !== undefined ? { institution } : {}),
        ...(q.from !== undefined ? { from: dateParam("from", q.from) } : {}),
        ...(q.to !== undefined ? { to: dateParam("to", q.to) } : {}),
      };
      const result = await listAbsenceReports(ctx.personSql(request), { scope, ...filter, limit: pageSize, offset: (page - 1) * pageSize });
      const details = { route: request.routeOptions.url, filters: { region: region ?? null, institution: institution ?? null, from: q.from ?? null, to: q.to ?? null, person: q.personRef !== undefined }, page, page_size: pageSize };
      const byRegion = new Map<string, PersonRef[]>();
      for (const r of result.rows) byRegion.set(r.region, [...new Set([...(byRegion.get(r.region) ?? []), r.person_ref])]);
      if (byRegion.size === 0) {
        for (const r of region !== undefined ? [region] : actor.role === "school_user" ? [null] : actor.regions) {
          await ctx.audit(request, { action: "read", activity: "absence", subjectKind: "absence_report", region: r, details: { ...details, persons: 0 } });
        }
      }
      for (const [r, persons] of byRegion) await ctx.audit(request, { action: "read", activity: "absence", subjectKind: "absence_report", persons, region: r, details });
      return { total: result.total, page, page_size: pageSize, items: result.rows.map((r) => shown(actor, r)) };
    },
  );

  app.get<{ Querystring: { by?: "institution" | "region"; from?: string; to?: string } }>(
    `${ROUTE}/counts`,
    {
      schema: {
        summary: "Absence reports counted per institution or per region within your scope (no persons listed)",
        description: "Counts are not suppressed: only users with the persons in scope see them. from and to are inclusive.",
        tags: ["casework"],
        querystring: query({
          by: { type: "string", enum: ["institution", "region"], default: "institution" },
          from: { ...dateSchema, description: "First day reported (inclusive)" },
          to: { ...dateSchema, description: "Last day reported (inclusive)" },
        }),
        response: ok("{by, from, to, rows:[{institution|region, reports, persons, hours, statutory_reports, statutory_hours, non_statutory_reports, non_statutory_hours}]}"),
      },
    },
    async (request) => {
      const actor = await absenceUser(ctx, request);
      const q = request.query;
      const by = q.by ?? "institution";
      const from = q.from !== undefined ? dateParam("from", q.from) : undefined;
      const to = q.to !== undefined ? dateParam("to", q.to) : undefined;
      const rows = await absenceCounts(ctx.personSql(request), { by, scope: accessScope(actor), ...(from ? { from } : {}), ...(to ? { to } : {}) });
      // Counts, no persons: logged without a subject, like every closed-part request.
      await ctx.audit(request, { action: "read", activity: "absence", subjectKind: "absence_report", details: { route: request.routeOptions.url, by, from: from ?? null, to: to ?? null, aggregate: true } });
      return { by, from: from ?? null, to: to ?? null, rows: rows.map(({ code, ...counts }) => ({ [by]: code, ...counts })) };
    },
  );

  app.post<{ Params: { id: number }; Body: { case_id: number } }>(
    `${ROUTE}/:id/case`,
    {
      schema: {
        summary: "Link an absence report to the person's case in the report's region",
        tags: ["casework"],
        params: params({ id: { type: "integer", minimum: 1 } }),
        body: query({ case_id: { type: "integer", minimum: 1 } }, ["case_id"]),
        response: ok(`{report:${REPORT}}`),
      },
    },
    async (request, reply) => {
      const actor = await absenceUser(ctx, request);
      const id = request.params.id;
      const route = request.routeOptions.url;
      if (!isRegionalRole(actor.role)) {
        throw await ctx.deny(request, { activity: "absence", subjectKind: "absence_report", details: { route, report_id: id } }, forbidden("Schools do not see the region's cases: the region links reports to cases"));
      }
      const report = await readAbsenceReport(ctx.personSql(request), id);
      if (!report || !mayTouch(accessScope(actor), "case", report)) {
        const aimed = report ?? (await ctx.placeOfRefused("absence_reports", id));
        throw await ctx.deny(
          request,
          { activity: "absence", subjectKind: "absence_report", ...(aimed ? { persons: [aimed.person_ref], region: aimed.region } : {}), details: { route, report_id: id } },
          notFound(`There is no absence report ${id} in your regions: use an id from GET ${ROUTE}`),
        );
      }
      try {
        const linked = await ctx.personSql(request).transaction(async (tx) => {
          const r = await linkAbsenceReport(tx, id, request.body.case_id, actor.accountId);
          await ctx.audit(request, { action: "update", activity: "absence", subjectKind: "absence_report", persons: [r.person_ref], region: r.region, details: { route, report_id: id, case_id: r.case_id } }, tx);
          return r;
        });
        return reply.send({ report: linked });
      } catch (e) {
        return sendCaseError(ctx, request, reply, e, { activity: "absence", caseIdParam: true });
      }
    },
  );
}
