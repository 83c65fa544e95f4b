/**
 * The yearly report as an Excel workbook (exceljs): one sheet per table of the PDF, each with a title row, a note
 * and a header row, numbers as numbers with Dutch-readable formats; hidden counts as "<5"; and a sheet
 * "Toelichting" with the sources and notes.
 */
import ExcelJS from "exceljs";
import type { YearlyReport } from "./report-data.js";
import { definitionNl, STAGE_NL, SUPPRESSED_COUNT, SUPPRESSED_OTHER } from "./report-format.js";
import { REPORT_TITLE, reportNotes } from "./report-pdf.js";
import { type Cell, type Column, type ReportTable, reportTables } from "./report-tables.js";

const NUM_FMT: Partial<Record<Column["kind"], string>> = {
  count: "#,##0",
  number: "#,##0",
  pct: '0.00"%"',
  change: "+#,##0;-#,##0;0",
  change_pct: '+0.0"%";-0.0"%";0.0"%"',
};

function cellValue(c: Cell, col: Column): ExcelJS.CellValue {
  if (c.value === null) return c.suppressed ? (col.kind === "count" ? SUPPRESSED_COUNT : SUPPRESSED_OTHER) : null;
  if (col.kind === "yesno") return c.value ? "ja" : "nee";
  return c.value;
}

function addTableSheet(wb: ExcelJS.Workbook, t: ReportTable, header: string): void {
  const ws = wb.addWorksheet(t.sheet);
  ws.addRow([t.title]).font = { bold: true, size: 12 };
  ws.addRow([header]).font = { italic: true };
  ws.addRow(t.note ? [t.note] : []);
  const head = ws.addRow(t.columns.map((c) => c.header));
  head.font = { bold: true };
  head.eachCell((c) => {
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE6EEF5" } };
    c.border = { bottom: { style: "thin" } };
  });
  for (const row of t.rows) {
    const r = ws.addRow(row.map((c, i) => cellValue(c, t.columns[i]!)));
    t.columns.forEach((col, i) => {
      const fmt = NUM_FMT[col.kind];
      const cell = r.getCell(i + 1);
      if (fmt && typeof cell.value === "number") cell.numFmt = fmt;
      if (col.kind !== "text") cell.alignment = { horizontal: "right" };
    });
  }
  ws.views = [{ state: "frozen", ySplit: 4 }];
  t.columns.forEach((col, i) => {
    ws.getColumn(i + 1).width = Math.max(10, Math.min(40, col.header.length + 2, ...t.rows.map((r) => String(r[i]?.value ?? "").length + 2)));
  });
}

export async function yearlyReportXlsx(r: YearlyReport, tables: readonly ReportTable[] = reportTables(r)): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "vsv-monitor";
  wb.title = `${REPORT_TITLE} ${r.teljaar}`;
  wb.created = new Date(r.produced_at);
  const header = `Teljaar ${r.teljaar}, ${STAGE_NL[r.stage]}, definitie ${definitionNl(r.definition)}`;
  for (const t of tables) addTableSheet(wb, t, header);
  const notes = wb.addWorksheet("Toelichting");
  notes.addRow([`${REPORT_TITLE}: cijferbijlage teljaar ${r.teljaar}`]).font = { bold: true, size: 12 };
  notes.addRow([]);
  for (const [k, v] of reportNotes(r)) notes.addRow([k, v]).getCell(1).font = { bold: true };
  notes.addRow([]);
  notes.addRow(["Bladen", tables.map((t) => t.sheet).join(", ")]).getCell(1).font = { bold: true };
  notes.getColumn(1).width = 22;
  notes.getColumn(2).width = 120;
  notes.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
