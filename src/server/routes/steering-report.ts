/**
 * GET /api/v1/steering/report.pdf and /api/v1/steering/report.xlsx: the yearly progress report on vsv (the figures
 * annex of the letters) for a teljaar. Public: the report holds only suppressed public figures (src/report/report-data.ts).
 * The PDF is printed by Chromium, started on the first PDF and closed with the server; without Chromium the PDF is
 * a 503 problem pointing to the workbook.
 */
import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { CONTENT_TYPES, type ReportFormat, REPORT_FORMATS, actionPlanKey, cachedReportData, renderReport, reportFileName } from "../../report/report-files.js";
import { PdfUnavailableError, pdfPrinter } from "../../report/report-pdf.js";
import { getActionPlan } from "../../store/action-plan.js";
import type { Sql } from "../../store/sql.js";
import type { RouteContext } from "../context.js";
import { selection } from "../params.js";
import { Problem } from "../problem.js";
import { NO_DATA, problem } from "../contract/responses.js";
import { Binary, ReportQuery } from "../contract/steering.js";

const SUMMARY: Record<ReportFormat, string> = {
  pdf: "De jaarlijkse voortgangsrapportage vsv als getagde (toegankelijke) PDF: landelijke reeks met de doelen, vo en mbo, per regio, per niveau, tegen doelen en normen",
  xlsx: "De jaarlijkse voortgangsrapportage vsv als Excel-werkmap: één blad per tabel van de PDF en een blad Toelichting",
};

const DESCRIPTION: Record<ReportFormat, string> = {
  pdf: "503 als Chromium, dat de PDF afdrukt, niet op de server staat (of als er nog geen cijfers berekend zijn): de werkmap (report.xlsx) is dan wel beschikbaar.",
  xlsx: "503 als er nog geen cijfers berekend zijn.",
};

function pdfUnavailable(): Problem {
  // The reason (e.reason, in English from src/report) stays out of the Dutch text: what to do is the same.
  return new Problem(
    503,
    "PDF niet beschikbaar",
    `Chromium staat niet op de server of start niet, dus de server kan de PDF niet afdrukken. Installeer Chromium op de server (bijvoorbeeld \`apt-get install chromium\`) en vraag het opnieuw; dezelfde rapportage als werkmap is nu al beschikbaar op /api/v1/steering/report.xlsx met dezelfde parameters`,
  );
}

/** `sql`: the operational store, whose action plan the report shows (the published one without it). */
export function steeringReportRoutes(fastify: FastifyInstance, ctx: RouteContext, sql?: Sql) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const printer = pdfPrinter();
  app.addHook("onClose", () => printer.close());
  for (const format of REPORT_FORMATS) {
    app.get(
      `/report.${format}`,
      {
        schema: {
          summary: SUMMARY[format],
          description: DESCRIPTION[format],
          tags: ["steering"],
          querystring: ReportQuery,
          response: {
            200: { description: `${format.toUpperCase()}-bestand, als download`, content: { [CONTENT_TYPES[format]]: { schema: Binary } } },
            ...(format === "pdf" ? { 503: problem("PDF niet beschikbaar (Chromium ontbreekt), of nog geen cijfers berekend") } : NO_DATA),
          },
        },
      },
      async (request, reply) => {
        const store = ctx.store();
        const sel = selection(store, request.query);
        const plan = sql ? await getActionPlan(sql) : undefined;
        const bytes = await store
          .memo(`yearly-report-${format}|${sel.teljaar}|${sel.definition}|${sel.stage}|${actionPlanKey(plan)}`, async () => renderReport(await cachedReportData(store, sel, plan), format, printer))
          .catch((e: unknown) => {
            if (e instanceof PdfUnavailableError) throw pdfUnavailable();
            throw e;
          });
        reply.type(CONTENT_TYPES[format]).header("Content-Disposition", `attachment; filename="${reportFileName(sel, format)}"`);
        return bytes;
      },
    );
  }
}
