/**
 * GET /api/v1/audit-log: the Logboek dataverwerkingen of the coordinator's region(s), newest first, as JSON or
 * a CSV download. Reading the log is itself logged (activity audit). docs/audit-log.md.
 */
import type { FastifyInstance } from "fastify";
import { parseRmcRegio } from "../../domain/codes.js";
import { canCoordinate } from "../../domain/casework/roles.js";
import { AUDIT_ACTIONS, type AuditAction, type AuditRow, queryAudit } from "../../store/audit.js";
import { parsePersonRef } from "../../store/pseudonym.js";
import { type CaseworkContext, forbidden, requireActor } from "../casework/context.js";
import { toCsv } from "../export.js";
import { badParam } from "../problem.js";
import { ok, query } from "../schemas.js";

interface AuditQueryString {
  region?: string;
  from?: string;
  to?: string;
  actor?: number;
  person?: string;
  action?: AuditAction;
  page?: number;
  pageSize?: number;
  format?: "json" | "csv";
}

const date = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "YYYY-MM-DD" } as const;

function dayStart(name: string, text: string | undefined, plusDays = 0): Date | undefined {
  if (text === undefined) return undefined;
  const d = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw badParam(name, `"${text}" is not a date: use YYYY-MM-DD`);
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

export function auditRoutes(app: FastifyInstance, ctx: CaseworkContext): void {
  app.get<{ Querystring: AuditQueryString }>(
    "/audit-log",
    {
      schema: {
        summary: "The audit log (Logboek dataverwerkingen) of a region: every read, change and export of person data",
        description: "Regional coordinators only, for their own region(s). Reading the log is logged too.",
        tags: ["casework"],
        querystring: query({
          region: { type: "string", description: "RMC region (default: all of the coordinator's regions)" },
          from: { ...date, description: "First day (inclusive), YYYY-MM-DD" },
          to: { ...date, description: "Last day (inclusive), YYYY-MM-DD" },
          actor: { type: "integer", description: "Account id" },
          person: { type: "string", description: "Person reference (p + 24 hex digits)" },
          action: { type: "string", enum: [...AUDIT_ACTIONS] },
          page: { type: "integer", minimum: 1, default: 1 },
          pageSize: { type: "integer", minimum: 1, maximum: 1000, default: 100 },
          format: { type: "string", enum: ["json", "csv"], default: "json" },
        }),
        response: ok("{total, page, page_size, items:[{id, at, actor_id, actor_username, actor_role, action, subject_kind, person_ref, purpose, region, trace_id, details}]}"),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const q = request.query;
      if (actor.role !== "regional_coordinator") {
        throw await ctx.deny(request, { activity: "audit", subjectKind: "audit_log", details: { route: "/audit-log" } }, forbidden("Only regional coordinators read the audit log, of their own region(s)"));
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
          throw await ctx.deny(request, { activity: "audit", subjectKind: "audit_log", region, details: { route: "/audit-log" } }, forbidden(`Region ${region} is not one of your regions (${actor.regions.join(", ")})`));
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
        await ctx.audit(request, { action: csv ? "export" : "read", activity: "audit", subjectKind: "audit_log", region, details: { route: "/audit-log", filters, rows: result.rows.length } });
      }
      const items = result.rows.map(entry);
      if (csv) {
        const rows = items.map((i) => ({ ...i, details: i.details ? JSON.stringify(i.details) : null }));
        return reply
          .type("text/csv; charset=utf-8")
          .header("Content-Disposition", `attachment; filename="vsv-logboek-${regions.join("-")}.csv"`)
          .send(toCsv({ file: "vsv-logboek", title: "Logboek dataverwerkingen", rows }));
      }
      return { total: result.total, page, page_size: pageSize, items };
    },
  );
}
