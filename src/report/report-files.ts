/** What the report is made as: its formats, file names, content types, and the bytes for a selection. */
import { type Definition, type Stage, officialDefinition } from "../domain/definition.js";
import { VsvError } from "../domain/errors.js";
import { type Teljaar, tryParseTeljaar } from "../domain/teljaar.js";
import { resolveStage } from "../engine/runs.js";
import type { Selection } from "../domain/selection.js";
import type { Store } from "../service/store.js";
import { type YearlyReport, yearlyReportData } from "./report-data.js";
import { createHash } from "node:crypto";
import type { ActionPlanView } from "../store/action-plan.js";
import { type PdfPrinter, yearlyReportPdf } from "./report-pdf.js";
import { yearlyReportXlsx } from "./report-xlsx.js";

export const REPORT_FORMATS = ["pdf", "xlsx"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function reportFileName(sel: Selection, format: ReportFormat): string {
  return `vsv-jaarrapportage-${sel.teljaar}-${sel.stage === "preliminary" ? "voorlopig" : "definitief"}-${sel.definition}.${format}`;
}

export function parseReportFormats(text: string): ReportFormat[] {
  const parts = text.split(",").map((s) => s.trim()).filter(Boolean);
  for (const p of parts) {
    if (!(REPORT_FORMATS as readonly string[]).includes(p)) throw new VsvError("BAD_FORMAT", `Format "${p}" is not a report format: use ${REPORT_FORMATS.join(", ")} (or both: pdf,xlsx)`);
  }
  if (parts.length === 0) throw new VsvError("BAD_FORMAT", `Name a format: ${REPORT_FORMATS.join(", ")}`);
  return [...new Set(parts)] as ReportFormat[];
}

/** The teljaar (default: the latest computed), definition (default: the official one) and stage (default: definitive where computed). */
export function reportSelection(store: Store, asked: { teljaar?: string; definition?: Definition; stage?: Stage }): Selection {
  let teljaar: Teljaar = store.teljaren.at(-1)!;
  if (asked.teljaar !== undefined) {
    const t = tryParseTeljaar(asked.teljaar);
    if (!t || !store.teljaren.includes(t)) throw new VsvError("BAD_TELJAAR", `Teljaar "${asked.teljaar}" is not computed: use one of ${store.teljaren.join(", ")}`);
    teljaar = t;
  }
  const stage = resolveStage(store.runs, teljaar, asked.stage);
  if (!stage) throw new VsvError("BAD_STAGE", `${asked.stage} figures are not computed for ${teljaar}: use ${store.runs.filter((r) => r.teljaar === teljaar).map((r) => r.stage).join(" or ")}`);
  return { teljaar, definition: asked.definition ?? officialDefinition(teljaar), stage };
}

/**
 * The report's data for a selection, made once per store and state of the action plan (the figures do not change
 * while the store is open; the plan does, when analysts update it).
 */
export function cachedReportData(store: Store, sel: Selection, actionPlan?: ActionPlanView): Promise<YearlyReport> {
  return store.memo(`yearly-report|${sel.teljaar}|${sel.definition}|${sel.stage}|${actionPlanKey(actionPlan)}`, () => yearlyReportData(store, sel, new Date(), actionPlan));
}

/** A short fingerprint of the plan's state: the cache key changes with every change to an action or note. */
export function actionPlanKey(plan: ActionPlanView | undefined): string {
  if (!plan) return "published";
  return createHash("sha256").update(JSON.stringify(plan)).digest("hex").slice(0, 16);
}

/** The report's bytes; `printer`: a browser kept open for PDFs (a server's), else one is started for this PDF. */
export function renderReport(report: YearlyReport, format: ReportFormat, printer?: PdfPrinter): Promise<Buffer> {
  return format === "pdf" ? yearlyReportPdf(report, printer) : yearlyReportXlsx(report);
}
