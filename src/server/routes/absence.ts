/**
 * Absence reports (verzuimmeldingen, issue 5 part 5; issue 16 part 7): a school records reports about persons on its
 * institutions' signal-list rows, a regional officer or coordinator about persons on their regions' lists or with a
 * case there — a period (from–to), the kind, hours and a note; statutory absence only for a student leerplichtig or
 * kwalificatieplichtig on the first day (400 naming `kind` otherwise). Lists (JSON pages or a CSV download) within
 * the actor's scope, a link to a case, and counts per institution or region. Every person returned or changed is one
 * audit entry (activity absence) in the report's region. docs/casework.md, "Absence reports".
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Static } from "typebox";
import { parseBrin } from "../../domain/codes.js";
import { accessScope, mayTouch } from "../../domain/casework/access.js";
import { isVsvError } from "../../domain/errors.js";
import { type Actor, isRegionalRole } from "../../domain/casework/roles.js";
import {
  ABSENCE_KIND_LABELS,
  type AbsenceReport,
  MAX_ABSENCE_LIST,
  absenceCounts,
  linkAbsenceReport,
  listAbsenceReports,
  readAbsenceReport,
  recordAbsenceReport,
} from "../../store/absence-reports.js";
import type { PersonRef } from "../../store/pseudonym.js";
import { type CaseworkContext, forbidden, requireActor } from "../casework/context.js";
import { casePersonProblem, dateParam, regionParam, schoolReport, sendCaseError, todayOf } from "../casework/case-answers.js";
import { IdParams, jsonOrCsv } from "../contract/casework.js";
import { AbsenceAnswer, AbsenceCounts, AbsenceCountsQuery, AbsenceList, AbsenceQuery, LinkCase, NewAbsenceReport } from "../contract/casework-absence.js";
import { CSV_CONTENT_TYPE, type Cell, toCsv } from "../export.js";
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

/** The CSV columns with their Dutch headers (the web app's labels); the case column for regional roles only. */
const CSV_COLUMNS: readonly (readonly [header: string, value: (r: AbsenceReport) => Cell])[] = [
  ["Melding", (r) => r.id],
  ["Referentie", (r) => r.person_ref],
  ["Achternaam", (r) => r.family_name],
  ["Voornamen", (r) => r.given_names],
  ["BRIN", (r) => r.institution],
  ["School", (r) => r.institution_name],
  ["RMC-regio", (r) => r.region],
  ["Datum melding", (r) => r.reported_on],
  ["Afwezig van", (r) => r.absent_from],
  ["Afwezig tot en met", (r) => r.absent_to],
  ["Soort verzuim", (r) => ABSENCE_KIND_LABELS[r.kind]],
  ["Uren", (r) => r.hours],
  ["Toelichting", (r) => r.note],
];
const CASE_COLUMN = ["Dossier", (r: AbsenceReport) => r.case_id] as const;

function csvRows(rows: readonly AbsenceReport[], withCases: boolean): Record<string, Cell>[] {
  const columns = withCases ? [...CSV_COLUMNS, CASE_COLUMN] : CSV_COLUMNS;
  return rows.map((r) => Object.fromEntries(columns.map(([header, value]) => [header, value(r)])));
}

/**
 * The dates of a new report, checked: the day of the report (default today) and the period absent (default that
 * day), none in the future, the period's end not before its start nor after the day of the report. 400 naming the field.
 */
function datesOf(request: FastifyRequest, b: NewReport): { reportedOn: string; absentFrom: string; absentTo: string } {
  const today = todayOf(request);
  const reportedOn = b.reported_on !== undefined ? dateParam("reported_on", b.reported_on) : today;
  const absentFrom = b.absent_from !== undefined ? dateParam("absent_from", b.absent_from) : reportedOn;
  const absentTo = b.absent_to !== undefined ? dateParam("absent_to", b.absent_to) : absentFrom;
  const future = (name: string, d: string, what: string) => {
    if (d > today) throw badParam(name, `${what} (${d}) ligt in de toekomst: meld verzuim dat er al was, met data tot en met vandaag (${today})`);
  };
  future("reported_on", reportedOn, "de datum van de melding");
  future("absent_from", absentFrom, "de eerste dag afwezig");
  future("absent_to", absentTo, "de laatste dag afwezig");
  if (absentTo < absentFrom) throw badParam("absent_to", `de laatste dag afwezig (${absentTo}) ligt vóór de eerste (${absentFrom}): geef een einddatum op of na de begindatum`);
  if (absentTo > reportedOn) throw badParam("absent_to", `de laatste dag afwezig (${absentTo}) ligt na de datum van de melding (${reportedOn}): meld verzuim tot en met de dag van de melding`);
  return { reportedOn, absentFrom, absentTo };
}

/** The store's refusals of a report's content, as 400s naming the field. */
function contentProblem(e: unknown): Problem | null {
  if (!isVsvError(e)) return null;
  if (e.code === "NOT_COMPULSORY") return badParam("kind", e.message);
  if (e.code === "BAD_PERIOD") return badParam("absent_to", e.message);
  if (e.code === "BAD_NOTE") return badParam("note", e.message);
  return null;
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
          "Trajectbegeleiders en coördinatoren: voor personen op de lijst van hun regio of met een dossier daar; case_id koppelt de melding aan dat dossier. " +
          "De periode absent_from tot en met absent_to (standaard één dag: reported_on, standaard vandaag) ligt niet in de toekomst. " +
          "Wettelijk verzuim (statutory) alleen als de jongere op absent_from leerplichtig of kwalificatieplichtig was: anders 400 met het veld kind. 201 met de melding.",
        tags: ["casework"],
        body: NewAbsenceReport,
        response: { 201: json(AbsenceAnswer, "De vastgelegde melding"), ...NOT_SIGNED_IN, ...FORBIDDEN, ...NOT_FOUND },
      },
    },
    async (request, reply) => {
      const actor = await absenceUser(ctx, request);
      const b = request.body;
      const { reportedOn, absentFrom, absentTo } = datesOf(request, b);
      const place = await placeOf(ctx, request, actor, b);
      if (!mayTouch(accessScope(actor), "absence_report", place)) throw new Error("placeOf returned a place outside the actor's scope");
      try {
        const report = await ctx.personSql(request).transaction(async (tx) => {
          const r = await recordAbsenceReport(tx, {
            personRef: b.person_ref,
            institution: place.institution,
            region: place.region,
            reportedOn,
            absentFrom,
            absentTo,
            kind: b.kind,
            hours: b.hours,
            note: b.note ?? "",
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
        const problem = contentProblem(e);
        // Refusing statutory absence tells the person's age that day: logged as a refused attempt on the person.
        if (problem && isVsvError(e) && e.code === "NOT_COMPULSORY") {
          throw await ctx.deny(request, { activity: "absence", subjectKind: "absence_report", persons: [b.person_ref], region: place.region, details: { route: request.routeOptions.url, reason: e.code } }, problem);
        }
        if (problem) throw problem;
        return sendCaseError(ctx, request, reply, e, { activity: "absence", persons: [b.person_ref], region: place.region, caseIdParam: true });
      }
    },
  );

  app.get(
    ROUTE,
    {
      schema: {
        summary: "Verzuimmeldingen van uw regio's (trajectbegeleiders, coördinatoren) of scholen (schoolgebruikers), nieuwste eerst",
        description: "Met de naam van de school, de periode en de toelichting. format=csv: alle meldingen die voldoen als download (gelogd als export).",
        tags: ["casework"],
        querystring: AbsenceQuery,
        response: { 200: jsonOrCsv(AbsenceList, "Een pagina meldingen, of met format=csv alle meldingen als download"), ...NOT_SIGNED_IN, ...FORBIDDEN },
      },
    },
    async (request, reply) => {
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
      const csv = q.format === "csv";
      const page = csv ? 1 : q.page ?? 1;
      const pageSize = csv ? MAX_ABSENCE_LIST : q.pageSize ?? 50;
      const filter = {
        ...(q.personRef !== undefined ? { personRef: q.personRef } : {}),
        ...(region !== undefined ? { region } : {}),
        ...(institution !== undefined ? { institution } : {}),
        ...(q.from !== undefined ? { from: dateParam("from", q.from) } : {}),
        ...(q.to !== undefined ? { to: dateParam("to", q.to) } : {}),
      };
      const result = await listAbsenceReports(ctx.personSql(request), { scope, ...filter, limit: pageSize, offset: (page - 1) * pageSize });
      const details = {
        route: request.routeOptions.url,
        filters: { region: region ?? null, institution: institution ?? null, from: q.from ?? null, to: q.to ?? null, person: q.personRef !== undefined },
        page: csv ? null : page,
        page_size: csv ? null : pageSize,
        format: csv ? "csv" : "json",
      };
      const action = csv ? "export" : "read";
      const byRegion = new Map<string, PersonRef[]>();
      for (const r of result.rows) byRegion.set(r.region, [...new Set([...(byRegion.get(r.region) ?? []), r.person_ref])]);
      if (byRegion.size === 0) {
        for (const r of region !== undefined ? [region] : actor.role === "school_user" ? [null] : actor.regions) {
          await ctx.audit(request, { action, activity: "absence", subjectKind: "absence_report", region: r, details: { ...details, persons: 0 } });
        }
      }
      for (const [r, persons] of byRegion) await ctx.audit(request, { action, activity: "absence", subjectKind: "absence_report", persons, region: r, details });
      if (csv) {
        const file = `vsv-verzuimmeldingen-${todayOf(request)}`;
        return reply
          .type(CSV_CONTENT_TYPE)
          .header("Content-Disposition", `attachment; filename="${file}.csv"`)
          .send(toCsv({ file, title: "Verzuimmeldingen", rows: csvRows(result.rows, actor.role !== "school_user") }));
      }
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
      return {
        by,
        from: from ?? null,
        to: to ?? null,
        rows: rows.map(({ code, name, ...counts }) => (by === "institution" ? { institution: code, institution_name: name, ...counts } : { region: code, ...counts })),
      };
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
