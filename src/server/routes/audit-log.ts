/**
 * GET /api/v1/audit-log: the Logboek dataverwerkingen of the coordinator's region(s), newest first, as JSON or
 * a CSV download. Reading the log is itself logged (activity audit). docs/audit-log.md.
 */
import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { parseRmcRegio } from "../../domain/codes.js";
import { canCoordinate } from "../../domain/casework/roles.js";
import { type AuditRow, queryAudit } from "../../store/audit.js";
import { parsePersonRef } from "../../store/pseudonym.js";
import { type CaseworkContext, forbidden, requireActor } from "../casework/context.js";
import { CSV_CONTENT_TYPE, toCsv } from "../export.js";
import { badParam } from "../problem.js";
import { AuditPage, AuditQuery, jsonOrCsv } from "../contract/casework.js";
import { FORBIDDEN, NOT_SIGNED_IN } from "../contract/responses.js";

function dayStart(name: string, text: string | undefined, plusDays = 0): Date | undefined {
  if (text === undefined) return undefined;
  const d = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw badParam(name, `"${text}" is geen datum: gebruik JJJJ-MM-DD`);
  return new Date(d.getTime() + plusDays * 86_400_000);
}

/** A log entry as the API shows it: the actor by account id and user name, the person by reference only. */
function entry(r: AuditRow) {
  return {
    id: r.id,
    at: r.at.toISOString(),
    actor_id: r.actor_id,
    actor_username: r.actor_username,
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

export function auditRoutes(fastify: FastifyInstance, ctx: CaseworkContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    "/audit-log",
    {
      schema: {
        summary: "Het logboek dataverwerkingen van een regio: elke raadpleging, wijziging en export van persoonsgegevens",
        description: "Alleen voor coördinatoren, van hun eigen regio('s). Het lezen van het logboek wordt ook gelogd.",
        tags: ["casework"],
        querystring: AuditQuery,
        response: { 200: jsonOrCsv(AuditPage, "Een pagina logboekregels, of met format=csv een download"), ...NOT_SIGNED_IN, ...FORBIDDEN },
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
        let region: string;
        try {
          region = parseRmcRegio(q.region);
        } catch (e) {
          throw badParam("region", (e as Error).message);
        }
        if (!canCoordinate(actor, region)) {
          throw await ctx.deny(request, { activity: "audit", subjectKind: "audit_log", region, details: { route: request.routeOptions.url } }, forbidden(`Regio ${region} is niet een van uw regio's (${actor.regions.join(", ")}): kies een van die`));
        }
        regions = [region];
      }
      let person;
      if (q.person !== undefined) {
        try {
          person = parsePersonRef(q.person);
        } catch (e) {
          throw badParam("person", (e as Error).message);
        }
      }
      const pageSize = q.pageSize ?? 100;
      const page = q.page ?? 1;
      const csv = q.format === "csv";
      const result = await queryAudit(ctx.sql, {
        regions,
        from: dayStart("from", q.from),
        to: dayStart("to", q.to, 1),
        actorId: q.actor,
        person,
        action: q.action,
        limit: csv ? 10_000 : pageSize,
        offset: csv ? 0 : (page - 1) * pageSize,
      });
      const filters = { regions, from: q.from, to: q.to, actor: q.actor, person_filter: person !== undefined, action: q.action };
      for (const region of regions) {
        await ctx.audit(request, { action: csv ? "export" : "read", activity: "audit", subjectKind: "audit_log", region, details: { route: request.routeOptions.url, filters, rows: result.rows.length } });
      }
      const items = result.rows.map(entry);
      if (csv) {
        const rows = items.map((i) => ({ ...i, details: i.details ? JSON.stringify(i.details) : null }));
        return reply
          .type(CSV_CONTENT_TYPE)
          .header("Content-Disposition", `attachment; filename="vsv-logboek-${regions.join("-")}.csv"`)
          .send(toCsv({ file: "vsv-logboek", title: "Logboek dataverwerkingen", rows }));
      }
      return { total: result.total, page, page_size: pageSize, items };
    },
  );
}
