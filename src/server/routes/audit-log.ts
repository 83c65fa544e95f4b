/**
 * GET /api/v1/audit-log: the Logboek dataverwerkingen of the coordinator's region(s), newest first: every entry
 * (`view=entries`), the entries of one request grouped into one line (`view=grouped`, paged by groups), or every
 * entry as a Dutch CSV download. Reading the log is itself logged (activity audit). docs/audit-log.md.
 */
import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { ProcessingActivity } from "../../domain/casework/processing-activities.js";
import { canCoordinate } from "../../domain/casework/roles.js";
import { auditActionLabel, auditActivityLabel, auditPurposeLabel, auditRoleLabel, auditSentence, auditSubjectLabel } from "../../domain/labels/audit.js";
import { type AuditGroup, type AuditQuery as StoreQuery, type AuditRow, queryAudit, queryAuditGroups } from "../../store/audit.js";
import { type CaseworkContext, forbidden, requireActor } from "../casework/context.js";
import { dateParam, regionParam } from "../casework/case-answers.js";
import { CSV_CONTENT_TYPE, amsterdamTime, toCsv } from "../export.js";
import { badParam } from "../problem.js";
import { jsonOrCsv } from "../contract/casework.js";
import { AuditGroupPage, AuditPage, AuditQuery } from "../contract/casework-audit.js";
import { FORBIDDEN, NOT_SIGNED_IN } from "../contract/responses.js";

/** A log entry as the API shows it: the actor by account id and names, the person by reference only. */
function entry(r: AuditRow) {
  return {
    id: r.id,
    at: r.at.toISOString(),
    actor_id: r.actor_id,
    actor_username: r.actor_username,
    actor_display_name: r.actor_display_name,
    actor_role: r.actor_role,
    action: r.action,
    subject_kind: r.subject_kind,
    person_ref: r.subject_pseudonym,
    purpose: r.purpose,
    region: r.region,
    trace_id: r.trace_id,
    details: r.details,
  };
}

function group(g: AuditGroup) {
  return {
    trace_id: g.trace_id,
    actor_id: g.actor_id,
    actor_username: g.actor_username,
    actor_display_name: g.actor_display_name,
    actor_role: g.actor_role,
    action: g.action,
    purpose: g.purpose,
    subject_kind: g.subject_kind,
    summary: auditSentence({ ...g, persons: g.persons }),
    count: g.count,
    persons: g.persons,
    first_at: g.first_at.toISOString(),
    last_at: g.last_at.toISOString(),
    regions: g.regions,
    details: g.details,
    entries: g.entries.map((e) => ({ id: e.id, at: e.at.toISOString(), person_ref: e.subject_pseudonym, region: e.region, details: e.details })),
    entries_complete: g.entries.length >= g.count,
  };
}

/** One entry as a row of the Dutch CSV: local time, names, Dutch words; one row per entry (docs/audit-log.md, "CSV"). */
function csvRow(r: AuditRow) {
  return {
    Tijdstip: amsterdamTime(r.at),
    Gebruikersnaam: r.actor_username ?? (r.actor_id !== null ? `#${r.actor_id} (account bestaat niet meer)` : ""),
    Naam: r.actor_display_name ?? "",
    Accountnummer: r.actor_id,
    Rol: auditRoleLabel(r.actor_role),
    Handeling: auditActionLabel(r.action),
    Omschrijving: auditSentence({ ...r, persons: r.subject_pseudonym ? 1 : 0 }),
    "Soort gegevens": auditSubjectLabel(r.subject_kind),
    Referentie: r.subject_pseudonym,
    Regio: r.region,
    Activiteit: auditActivityLabel(r.purpose),
    Verwerkingsdoel: auditPurposeLabel(r.purpose),
    "Trace-id": r.trace_id,
    Details: r.details && Object.keys(r.details).length ? JSON.stringify(r.details) : null,
    Logboeknummer: r.id,
  };
}

export function auditRoutes(fastify: FastifyInstance, ctx: CaseworkContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    "/audit-log",
    {
      schema: {
        summary: "Het logboek dataverwerkingen van een regio: elke raadpleging, wijziging en export van persoonsgegevens",
        description:
          "Alleen voor coördinatoren, van hun eigen regio('s). Filters op gebruiker (naam), persoonsreferentie (of het begin ervan), handeling, " +
          "verwerkingsactiviteit en periode (Nederlandse datums). view=grouped toont de regels van één verzoek met dezelfde gebruiker, handeling en " +
          "activiteit als één groep ('bekeek signaallijst, 50 jongeren'). format=csv geeft elke regel, met Nederlandse kolomnamen en tijden. " +
          "Het lezen van het logboek wordt ook gelogd.",
        tags: ["casework"],
        querystring: AuditQuery,
        response: {
          200: jsonOrCsv(Type.Union([AuditPage, AuditGroupPage]), "Een pagina logboekregels (view=entries) of groepen (view=grouped), of met format=csv een download"),
          ...NOT_SIGNED_IN,
          ...FORBIDDEN,
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const q = request.query;
      if (actor.role !== "regional_coordinator") {
        throw await ctx.deny(request, { activity: "audit", subjectKind: "audit_log", details: { route: request.routeOptions.url } }, forbidden("Alleen coördinatoren lezen het logboek, van hun eigen regio('s)"));
      }
      let regions: string[] = [...actor.regions];
      if (q.region !== undefined) {
        const region = regionParam("region", q.region);
        if (!canCoordinate(actor, region)) {
          throw await ctx.deny(request, { activity: "audit", subjectKind: "audit_log", region, details: { route: request.routeOptions.url } }, forbidden(`Regio ${region} is niet een van uw regio's (${actor.regions.join(", ")}): kies een van die`));
        }
        regions = [region];
      }
      const from = q.from === undefined ? undefined : dateParam("from", q.from);
      const to = q.to === undefined ? undefined : dateParam("to", q.to);
      if (from && to && from > to) throw badParam("to", `De periode eindigt (${to}) voor hij begint (${from}): kies een einddatum op of na de begindatum`);
      const user = q.user?.trim();
      if (q.user !== undefined && !user) throw badParam("user", "Vul (een deel van) de gebruikersnaam of naam in, of laat het filter weg");
      const filters: StoreQuery = { regions, from, to, user, person: q.personRef, action: q.action, activity: q.activity as ProcessingActivity | undefined, traceId: q.traceId };
      const pageSize = q.pageSize ?? 100;
      const page = q.page ?? 1;
      const csv = q.format === "csv";
      const grouped = !csv && q.view === "grouped";
      // What was asked, without the user's name or the reference itself (the log of the log names no one).
      const asked = { regions, from, to, user_filter: user !== undefined, person_filter: q.personRef !== undefined, action: q.action, activity: q.activity, view: grouped ? "grouped" : "entries" };

      if (grouped) {
        const result = await queryAuditGroups(ctx.sql, { ...filters, limit: pageSize, offset: (page - 1) * pageSize });
        for (const region of regions) {
          await ctx.audit(request, { action: "read", activity: "audit", subjectKind: "audit_log", region, details: { route: request.routeOptions.url, filters: asked, groups: result.groups.length } });
        }
        return { view: "grouped" as const, total: result.total, page, page_size: pageSize, items: result.groups.map(group) };
      }
      const result = await queryAudit(ctx.sql, { ...filters, limit: csv ? 10_000 : pageSize, offset: csv ? 0 : (page - 1) * pageSize });
      for (const region of regions) {
        await ctx.audit(request, { action: csv ? "export" : "read", activity: "audit", subjectKind: "audit_log", region, details: { route: request.routeOptions.url, filters: asked, rows: result.rows.length } });
      }
      if (csv) {
        return reply
          .type(CSV_CONTENT_TYPE)
          .header("Content-Disposition", `attachment; filename="vsv-logboek-${regions.join("-")}.csv"`)
          .send(toCsv({ file: "vsv-logboek", title: `Logboek dataverwerkingen, regio ${regions.join(", ")} (tijden in Nederlandse tijd)`, rows: result.rows.map(csvRow) }));
      }
      return { view: "entries" as const, total: result.total, page, page_size: pageSize, items: result.rows.map(entry) };
    },
  );
}
