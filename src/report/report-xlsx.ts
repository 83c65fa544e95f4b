/**
 * The yearly report as an Excel workbook (exceljs): one sheet per table of the PDF, each with a title row, a
 * selection row, a note row and a header row, then the data from row 5 (test/server/disclosure-attack.test.ts reads
 * them so); numbers as numbers with Dutch-readable formats; a hidden figure as "x" (geheim), nothing to show as an
 * empty cell; and a sheet "Toelichting" with the markers, the terms, the data source and the notes.
 */
import ExcelJS from "exceljs";
import type { YearlyReport } from "./report-data.js";
import { definitionNl, STAGE_NL, SUPPRESSED_COUNT, SUPPRESSED_OTHER } from "./report-format.js";
import { DEFINITIONS, documentTitle, MARKERS, REPORT_TITLE, reportNotes, syntheticNotice } from "./report-notes.js";
import { type Cell, type Column, type ReportTable, reportTables } from "./report-tables.js";

const NUM_FMT: Partial<Record<Column["kind"], string>> = {
  count: "#,##0",
  number: "#,##0",
  pct: '0.00"%"',
  change: "+#,##0;-#,##0;0",
  change_pct: '+0.0"%";-0.0"%";0.0"%"',
};

const MARKERS_SHORT = `Tekens: ${SUPPRESSED_OTHER} = geheim (afgeschermd), een lege cel = niet van toepassing; zie het blad Toelichting.`;

function cellValue(c: Cell, col: Column): ExcelJS.CellValue {
  if (c.value === null) return c.suppressed ? (col.kind === "count" ? SUPPRESSED_COUNT : SUPPRESSED_OTHER) : null;
  if (col.kind === "yesno") return c.value ? "ja" : "nee";
  return c.value;
}

function addTableSheet(wb: ExcelJS.Workbook, t: ReportTable, header: string): void {
  const ws = wb.addWorksheet(t.sheet);
  ws.addRow([t.title]).font = { bold: true, size: 12 };
  ws.addRow([header]).font = { italic: true };
  ws.addRow([[t.lead, t.note, MARKERS_SHORT].filter(Boolean).join(" ")]);
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

/** "Toelichting": per block a bold heading row, then a term (column A) and its explanation (column B) per row. */
function addNotesSheet(wb: ExcelJS.Workbook, r: YearlyReport, tables: readonly ReportTable[]): void {
  const ws = wb.addWorksheet("Toelichting");
  ws.addRow([`${REPORT_TITLE}: cijferbijlage teljaar ${r.teljaar}`]).font = { bold: true, size: 12 };
  const notice = syntheticNotice(r);
  if (notice) ws.addRow([notice]).font = { bold: true };
  const block = (heading: string, rows: readonly (readonly [string, string])[]) => {
    ws.addRow([]);
    ws.addRow([heading]).font = { bold: true, size: 11 };
    for (const [k, v] of rows) ws.addRow([k, v]).getCell(1).font = { bold: true };
  };
  block("Tekens in de tabellen", MARKERS);
  block("Begrippen", DEFINITIONS);
  block("Bronnen en toelichting", reportNotes(r));
  block("Bladen", tables.map((t) => [t.sheet, t.title] as const));
  ws.getColumn(1).width = 24;
  ws.getColumn(2).width = 120;
  ws.getColumn(2).alignment = { wrapText: true, vertical: "top" };
}

export async function yearlyReportXlsx(r: YearlyReport, tables: readonly ReportTable[] = reportTables(r)): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "vsv-monitor";
  wb.title = documentTitle(r);
  wb.created = new Date(r.produced_at);
  const header = `Teljaar ${r.teljaar}, ${STAGE_NL[r.stage]}, definitie ${definitionNl(r.definition)}`;
  for (const t of tables) addTableSheet(wb, t, header);
  addNotesSheet(wb, r, tables);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
