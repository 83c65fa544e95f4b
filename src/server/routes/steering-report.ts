/**
 * GET /api/v1/steering/report.pdf and /api/v1/steering/report.xlsx: the yearly progress report on vsv (the figures
 * annex of the letters) for a teljaar. Public: the report holds only suppressed public figures (src/report/report-data.ts).
 * The PDF is printed by Chromium, started on the first PDF and closed with the server; without Chromium the PDF is
 * a 503 problem pointing to the workbook.
 */
import type { FastifyInstance } from "fastify";
import type { Definition, Stage } from "../../domain/definition.js";
import { CONTENT_TYPES, type ReportFormat, REPORT_FORMATS, actionPlanKey, cachedReportData, renderReport, reportFileName } from "../../report/report-files.js";
import { PdfUnavailableError, pdfPrinter } from "../../report/report-pdf.js";
import { getActionPlan } from "../../store/action-plan.js";
import type { Sql } from "../../store/sql.js";
import type { RouteContext } from "../context.js";
import { selection } from "../params.js";
import { Problem } from "../problem.js";
import { query, selectionQuery } from "../schemas.js";

type ReportQuery = { teljaar?: string; definition?: Definition; stage?: Stage };

const SUMMARY: Record<ReportFormat, string> = {
  pdf: "The yearly progress report on vsv as a tagged (accessible) PDF: national series with the targets, vo and mbo, per region, per level, against targets and norms. A 503 problem when Chromium, which prints it, is not installed (the workbook is available)",
  xlsx: "The yearly progress report on vsv as an Excel workbook: one sheet per table of the PDF and a sheet Toelichting",
};

function pdfUnavailable(e: PdfUnavailableError): Problem {
  return new Problem(
    503,
    "PDF niet beschikbaar",
    `${e.reason}, so the server cannot print the PDF. Install Chromium on the server (e.g. \`apt-get install chromium\`) and ask again; the same report as a workbook is available now at /api/v1/steering/report.xlsx with the same parameters`,
  );
}

/** `sql`: the operational store, whose action plan the report shows (the published one without it). */
export function steeringReportRoutes(app: FastifyInstance, ctx: RouteContext, sql?: Sql) {
  const printer = pdfPrinter();
  app.addHook("onClose", () => printer.close());
  for (const format of REPORT_FORMATS) {
    app.get<{ Querystring: ReportQuery }>(
      `/report.${format}`,
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
        const bytes = await store
          .memo(`yearly-report-${format}|${sel.teljaar}|${sel.definition}|${sel.stage}|${actionPlanKey(plan)}`, async () => renderReport(await cachedReportData(store, sel, plan), format, printer))
          .catch((e: unknown) => {
            if (e instanceof PdfUnavailableError) throw pdfUnavailable(e);
            throw e;
          });
        return reply
          .type(CONTENT_TYPES[format])
          .header("Content-Disposition", `attachment; filename="${reportFileName(sel, format)}"`)
          .send(bytes);
      },
    );
  }
}
