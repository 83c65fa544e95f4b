/**
 * GET /api/v1/steering/report.pdf and /api/v1/steering/report.xlsx: the yearly progress report on vsv (the figures
 * annex of the letters) for a teljaar. Public: the report holds only suppressed public figures (src/report/report-data.ts).
 */
import type { FastifyInstance } from "fastify";
import type { Definition, Stage } from "../../domain/definition.js";
import { CONTENT_TYPES, type ReportFormat, REPORT_FORMATS, actionPlanKey, cachedReportData, renderReport, reportFileName } from "../../report/report-files.js";
import { getActionPlan } from "../../store/action-plan.js";
import type { Sql } from "../../store/sql.js";
import type { RouteContext } from "../context.js";
import { selection } from "../params.js";
import { query, selectionQuery } from "../schemas.js";

type ReportQuery = { teljaar?: string; definition?: Definition; stage?: Stage };

const SUMMARY: Record<ReportFormat, string> = {
  pdf: "The yearly progress report on vsv as a PDF: national series with the targets, vo and mbo, per region, per level, against targets and norms",
  xlsx: "The yearly progress report on vsv as an Excel workbook: one sheet per table of the PDF and a sheet Toelichting",
};

/** `sql`: the operational store, whose action plan the report shows (the published one without it). */
export function steeringReportRoutes(app: FastifyInstance, ctx: RouteContext, sql?: Sql) {
  for (const format of REPORT_FORMATS) {
    app.get<{ Querystring: ReportQuery }>(
      `/api/v1/steering/report.${format}`,
      {
        schema: {
          summary: SUMMARY[format],
          tags: ["steering"],
          querystring: query(selectionQuery),
          response: { 200: { description: `${format.toUpperCase()} file (${CONTENT_TYPES[format]}), as a download`, type: "string", format: "binary" } },
        },
      },
      async (request, reply) => {
        const store = ctx.store();
        const sel = selection(store, request.query);
        const plan = sql ? await getActionPlan(sql) : undefined;
        const bytes = await store.memo(`yearly-report-${format}|${sel.teljaar}|${sel.definition}|${sel.stage}|${actionPlanKey(plan)}`, async () =>
          renderReport(await cachedReportData(store, sel, plan), format),
        );
        return reply
          .type(CONTENT_TYPES[format])
          .header("Content-Disposition", `attachment; filename="${reportFileName(sel, format)}"`)
          .send(bytes);
      },
    );
  }
}
