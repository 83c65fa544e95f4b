/**
 * Absence reports (verzuimmeldingen, issue 5 part 5): a school records reports about persons on its institutions'
 * signal-list rows, a regional officer or coordinator about persons on their regions' lists or with a case there;
 * lists within the actor's scope, a link to a case, and counts per institution or region. Every person returned or
 * changed is one audit entry (activity absence) in the report's region. docs/casework.md, "Absence reports".
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Static } from "typebox";
import { parseBrin } from "../../domain/codes.js";
import { accessScope, mayTouch } from "../../domain/casework/access.js";
import { type Actor, isRegionalRole } from "../../domain/casework/roles.js";
import {
  type AbsenceReport,
  absenceCounts,
  linkAbsenceReport,
  listAbsenceReports,
  readAbsenceReport,
  recordAbsenceReport,
} from "../../store/absence-reports.js";
import type { PersonRef } from "../../store/pseudonym.js";
import { type CaseworkContext, forbidden, requireActor } from "../casework/context.js";
import { casePersonProblem, dateParam, regionParam, schoolReport, sendCaseError } from "../casework/case-answers.js";
import { IdParams } from "../contract/casework.js";
import { AbsenceAnswer, AbsenceCounts, AbsenceCountsQuery, AbsenceList, AbsenceQuery, LinkCase, NewAbsenceReport } from "../contract/casework-cases.js";
import { FORBIDDEN, NOT_FOUND, NOT_SIGNED_IN, json } from "../contract/responses.js";
import { Problem, badParam, notFound } from "../problem.js";

const ROUTE = "/absence-reports";

/** School users and regional roles; analysts and administrators are refused (and logged). */
async function absenceUser(ctx: CaseworkContext, request: FastifyRequest): Promise<Actor> {
  const actor = requireActor(request);
  if (actor.role === "school_user" || isRegionalRole(actor.role)) return actor;
  throw await ctx.deny(
    request,
    { activity: "absence", subjectKind: "absence_report", details: { route: request.routeOptions.url } },
    forbidden("Verzuimmeldingen worden vastgelegd en gelezen door schoolgebruikers, trajectbegeleiders en coördinatoren"),
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
  throw badParam(name, `u heeft er ${values.length === 0 ? "geen" : `meer (${values.join(", ")})`}: geef ${name} mee`);
}

function shown(actor: Actor, r: AbsenceReport) {
  return actor.role === "school_user" ? schoolReport(r) : r;
}

type NewReport = Static<typeof NewAbsenceReport>;

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
    if (b.case_id !== undefined) throw badParam("case_id", "scholen zien de dossiers van de regio niet: laat case_id weg; de regio koppelt de melding");
    const institution = b.institution !== undefined ? brinParam("institution", b.institution) : onlyOne("institution", actor.institutions);
    if (!mayTouch(scope, "absence_report", { institution })) throw await deny(forbidden(`School ${institution} is niet een van uw scholen (${actor.institutions.join(", ")}): kies een van die`));
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
  if (!mayTouch(scope, "absence_report", { region })) throw await deny(forbidden(`Regio ${region} is niet een van uw regio's (${actor.regions.join(", ")}): kies een van die`), region);
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
  throw badParam("institution", `de persoon staat in regio ${region} op geen signaallijst met een school: geef de BRIN van de school die meldt`);
}

export function absenceRoutes(fastify: FastifyInstance, ctx: CaseworkContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.post(
    ROUTE,
    {
      schema: {
        summary: "Een verzuimmelding over een persoon vastleggen",
        description:
          "Schoolgebruikers: voor personen op een regel van de signaallijst van hun school (institution mag weg bij één school). " +
          "Trajectbegeleiders en coördinatoren: voor personen op de lijst van hun regio of met een dossier daar; case_id koppelt de melding aan dat dossier. 201 met de melding.",
        tags: ["casework"],
        body: NewAbsenceReport,
        response: { 201: json(AbsenceAnswer, "De vastgelegde melding"), ...NOT_SIGNED_IN, ...FORBIDDEN, ...NOT_FOUND },
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

  app.get(
    ROUTE,
    {
      schema: {
        summary: "Verzuimmeldingen van uw regio's (trajectbegeleiders, coördinatoren) of scholen (schoolgebruikers), nieuwste eerst",
        tags: ["casework"],
        querystring: AbsenceQuery,
        response: { 200: json(AbsenceList, "Een pagina meldingen"), ...NOT_SIGNED_IN, ...FORBIDDEN },
      },
    },
    async (request) => {
      const actor = await absenceUser(ctx, request);
      const q = request.query;
      const region = q.region !== undefined ? regionParam("region", q.region) : undefined;
      const institution = q.institution !== undefined ? brinParam("institution", q.institution) : undefined;
      const scope = accessScope(actor);
      if (region !== undefined && isRegionalRole(actor.role) && !mayTouch(scope, "absence_report", { region })) {
        throw await ctx.deny(request, { activity: "absence", subjectKind: "absence_report", region, details: { route: request.routeOptions.url } }, forbidden(`Regio ${region} is niet een van uw regio's (${actor.regions.join(", ")}): kies een van die`));
      }
      if (institution !== undefined && actor.role === "school_user" && !mayTouch(scope, "absence_report", { institution })) {
        throw await ctx.deny(request, { activity: "absence", subjectKind: "absence_report", details: { route: request.routeOptions.url, institution } }, forbidden(`School ${institution} is niet een van uw scholen (${actor.institutions.join(", ")}): kies een van die`));
      }
      const page = q.page ?? 1;
      const pageSize = q.pageSize ?? 50;
      const filter = {
        ...(q.personRef !== undefined ? { personRef: q.personRef } : {}),
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

  app.get(
    `${ROUTE}/counts`,
    {
      schema: {
        summary: "Verzuimmeldingen geteld per school of per regio binnen uw bereik (zonder personen)",
        description: "De aantallen worden niet afgeschermd: alleen gebruikers met de personen in hun bereik zien ze. from en to tellen mee.",
        tags: ["casework"],
        querystring: AbsenceCountsQuery,
        response: { 200: json(AbsenceCounts, "Aantallen per school of regio"), ...NOT_SIGNED_IN, ...FORBIDDEN },
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
      return { by, from: from ?? null, to: to ?? null, rows: rows.map(({ code, ...counts }) => (by === "institution" ? { institution: code, ...counts } : { region: code, ...counts })) };
    },
  );

  app.post(
    `${ROUTE}/:id/case`,
    {
      schema: {
        summary: "Een verzuimmelding koppelen aan het dossier van de persoon in de regio van de melding",
        tags: ["casework"],
        params: IdParams,
        body: LinkCase,
        response: { 200: json(AbsenceAnswer, "De gekoppelde melding"), ...NOT_SIGNED_IN, ...FORBIDDEN, ...NOT_FOUND },
      },
    },
    async (request, reply) => {
      const actor = await absenceUser(ctx, request);
      const id = request.params.id;
      const route = request.routeOptions.url;
      if (!isRegionalRole(actor.role)) {
        throw await ctx.deny(request, { activity: "absence", subjectKind: "absence_report", details: { route, report_id: id } }, forbidden("Scholen zien de dossiers van de regio niet: de regio koppelt meldingen aan dossiers"));
      }
      const report = await readAbsenceReport(ctx.personSql(request), id);
      if (!report || !mayTouch(accessScope(actor), "case", report)) {
        const aimed = report ?? (await ctx.placeOfRefused("absence_reports", id));
        throw await ctx.deny(
          request,
          { activity: "absence", subjectKind: "absence_report", ...(aimed ? { persons: [aimed.person_ref], region: aimed.region } : {}), details: { route, report_id: id } },
          notFound(`Er is geen verzuimmelding ${id} in uw regio's: kies een melding uit de lijst`),
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
