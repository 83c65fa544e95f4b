/**
 * Downloads of what an endpoint returns as JSON (docs/api.md "Downloads (CSV en Excel)", docs/decisions.md 39):
 * - `csv`, for a Dutch reader's spreadsheet (Excel or LibreOffice set to Dutch): semicolons between fields, a decimal
 *   comma, UTF-8 with a byte-order mark, CRLF line ends, Dutch column headers (src/domain/labels/fields.ts) and
 *   Dutch values (ja/nee, definitief, local time). Row 1 says what the table is (title, teljaar, definition, stage,
 *   the markers), row 2 is empty, row 3 holds the headers: the empty row ends Excel's "current region", so
 *   selecting, filtering or "Opmaken als tabel" on the data takes the table without the description. Every row has
 *   as many fields as the table has columns (RFC 4180; Power Query takes its column count from the first row).
 * - `csv-machine`, for scripts: commas, a decimal point, the JSON's field names as headers, no description row, no
 *   byte-order mark; values as in the JSON (true/false, preliminary/definitive, UTC timestamps).
 * - `xlsx`: sheet "Cijfers" with Dutch headers and numbers as numbers (percentages with their decimals, counts with
 *   a thousands separator), sheet "Toelichting" with the selection, source, privacy note, the markers, when it was
 *   made (Dutch time) and which API field each column is.
 * Every hidden value is written as "x" (geheim) in all three; an empty cell means "not applicable".
 */
import ExcelJS from "exceljs";
import type { FastifyReply, FastifyRequest } from "fastify";
import { csvField } from "../domain/csv.js";
import { DEFINITIONS, STAGES, type Stage } from "../domain/definition.js";
import { type FieldInfo, STAGE_LABELS, YES_NO, definitionLabel, fieldInfo, fieldLabel, valueLabel } from "../domain/labels/fields.js";
import { SUPPRESSION_THRESHOLD } from "../domain/suppression.js";
import { badParam } from "./problem.js";

export type Cell = string | number | boolean | null;
export interface ExportRow {
  readonly [field: string]: Cell | readonly string[] | undefined;
  readonly suppressed?: readonly string[];
}

export interface ExportTable {
  /** File name without extension, e.g. `vsv-regions-2023-2024`; the selection is added (`fileName`). */
  readonly file: string;
  readonly title: string;
  readonly rows: readonly ExportRow[];
  /** The selection the figures are of; `send` takes what the route leaves out from the JSON answer. */
  readonly teljaar?: string;
  readonly definition?: number;
  readonly stage?: Stage;
  /** Small counts are hidden in this table (public figures): the description explains the marker. */
  readonly suppression?: boolean;
}

export const FORMATS = ["json", "csv", "csv-machine", "xlsx"] as const;
export type ExportFormat = (typeof FORMATS)[number];
/** `excel`: the Dutch spreadsheet CSV of `format=csv`; `machine`: the CSV of `format=csv-machine`. */
export type CsvDialect = "excel" | "machine";
export interface CsvOptions {
  readonly dialect?: CsvDialect;
}

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8; header=present";
export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Every hidden value, count or not: "x" (geheim, as CBS writes it), claiming no range of values. */
export const SUPPRESSED_TEXT = "x";

const APP = "vsv-monitor";
const DATA_SHEET = "Cijfers";
const NOTES_SHEET = "Toelichting";
const MARKERS = `afgeschermd: ${SUPPRESSED_TEXT}, niet van toepassing: lege cel`;

function columns(rows: readonly ExportRow[]): string[] {
  const cols: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (k !== "suppressed" && !cols.includes(k)) cols.push(k);
  return cols;
}

/**
 * Whether a cell is hidden: its field is named in `suppressed` (whatever value the row carries, and also when the
 * row lacks the field); or it has no value and what it is made from is hidden: the count of a percentage (`sk_pct`
 * of a hidden `sk`), or the field it is spread from (`target_2029-2030` of a hidden `trajectory`, fields.ts `from`).
 * A route may also have written a hidden count as "x" itself (the follow-up's rows do).
 */
function isHidden(r: ExportRow, c: string): boolean {
  if (r.suppressed?.includes(c)) return true;
  if (r[c] !== null && r[c] !== undefined) return false;
  const source = c.endsWith("_pct") ? c.slice(0, -"_pct".length) : fieldInfo(c)?.from;
  return source !== undefined && source !== c && (r[source] === SUPPRESSED_TEXT || isHidden(r, source));
}

function cellOf(r: ExportRow, c: string): Cell {
  if (isHidden(r, c)) return SUPPRESSED_TEXT;
  const v = r[c];
  if (Array.isArray(v)) return v.join(" ");
  return (v ?? null) as Cell;
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;
const amsterdam = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });

/** A moment as Dutch local time, "2026-01-05 14:03:22" (a spreadsheet reads it as a date and time). */
export function amsterdamTime(d: Date): string {
  const p = Object.fromEntries(amsterdam.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** A text value as a Dutch reader sees it: Dutch words for stage and the like, UTC timestamps in Dutch time. */
function readerText(field: string, s: string): string {
  if (s === SUPPRESSED_TEXT) return s;
  if (ISO_UTC.test(s)) return amsterdamTime(new Date(s));
  return valueLabel(field, s);
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER_TEXT = /^[+-]?\d+([.,]\d+)?$/;

/** A cell of the Dutch CSV. Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) gets a leading `'`. */
function excelText(field: string, v: Cell): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? YES_NO.yes : YES_NO.no;
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(v).replace(".", ",");
  const s = readerText(field, v);
  return FORMULA_START.test(s) && !NUMBER_TEXT.test(s) ? `'${s}` : s;
}

/** Row 1 of the Dutch CSV: "vsv-monitor — vsv per RMC-regio 2023-2024 — teljaar 2023-2024, definitie jonger dan 23, definitief — afgeschermd: x, …". */
export function description(t: ExportTable): string {
  const selection = [
    t.teljaar ? `teljaar ${t.teljaar}` : "",
    t.definition !== undefined ? `definitie ${definitionLabel(t.definition)}` : "",
    t.stage ? STAGE_LABELS[t.stage]! : "",
  ].filter((s) => s !== "");
  return [APP, t.title, selection.join(", "), t.suppression ? MARKERS : "", t.rows.length === 0 ? "geen rijen voor deze selectie" : ""].filter((s) => s !== "").join(" — ");
}

/** The download's file name: the route's name with the selection added, e.g. `vsv-regions-2023-2024-def23-definitief.csv`. */
export function fileName(t: ExportTable, format: Exclude<ExportFormat, "json">): string {
  const parts = [t.file];
  if (t.teljaar && !t.file.includes(t.teljaar)) parts.push(t.teljaar);
  if (t.definition !== undefined && !t.file.includes(`def${t.definition}`)) parts.push(`def${t.definition}`);
  if (t.stage) parts.push(STAGE_LABELS[t.stage]!);
  const base = parts.join("-").replace(/[^A-Za-z0-9._-]+/g, "-");
  return format === "xlsx" ? `${base}.xlsx` : format === "csv-machine" ? `${base}-machineleesbaar.csv` : `${base}.csv`;
}

/** The table as CSV: the Dutch spreadsheet dialect unless `dialect: "machine"` (see the top of this file). */
export function toCsv(t: ExportTable, options: CsvOptions = {}): string {
  const cols = columns(t.rows);
  if (options.dialect === "machine") {
    const lines = [cols, ...t.rows.map((r) => cols.map((c) => cellOf(r, c)))];
    return `${lines.map((l) => l.map((v) => csvField(v)).join(",")).join("\r\n")}\r\n`;
  }
  const width = Math.max(1, cols.length);
  const padded = (cells: readonly string[]) => [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill("")];
  const lines = [padded([description(t)]), padded([]), padded(cols.map(fieldLabel)), ...t.rows.map((r) => cols.map((c) => excelText(c, cellOf(r, c))))];
  return `\uFEFF${lines.map((l) => l.map((v) => csvField(v, ";")).join(";")).join("\r\n")}\r\n`;
}

function numberFormat(info: FieldInfo | undefined): string | undefined {
  switch (info?.unit) {
    case "count":
      return "#,##0";
    case "change":
      return "+#,##0;-#,##0;0";
    case "percentage":
      return info.decimals === 2 ? '0.00"%"' : '0.0"%"';
    case "change_percentage":
      return '+0.0"%";-0.0"%";0.0"%"';
    default:
      return undefined;
  }
}

function xlsxValue(field: string, v: Cell): ExcelJS.CellValue {
  if (typeof v === "boolean") return v ? YES_NO.yes : YES_NO.no;
  if (typeof v === "string") return readerText(field, v);
  return v;
}

const createdText = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" });

/** The "Toelichting" sheet's lines: what the table is, its selection, source, privacy, markers and when it was made. */
function notes(t: ExportTable, now: Date): (readonly [string, string])[] {
  return [
    ["Titel", t.title],
    ...(t.teljaar ? [["Teljaar", t.teljaar] as const] : []),
    ...(t.definition !== undefined ? [["Definitie", `${definitionLabel(t.definition)} (leeftijdsgrens)`] as const] : []),
    ...(t.stage ? [["Stadium", STAGE_LABELS[t.stage]!] as const] : []),
    ["Bron", "vsv-monitor: berekend uit het register met de officiële vsv-definitie (docs/definition.md)"],
    ...(t.suppression
      ? [["Privacy", `Aantallen van 1 tot en met ${SUPPRESSION_THRESHOLD - 1} zijn afgeschermd, en ook elk ander getal waaruit zo'n aantal terug te rekenen is (ook met andere tabellen van vsv-monitor samen). Een afgeschermd getal staat als "${SUPPRESSED_TEXT}" (geheim) en zegt niets over hoe groot het is.`] as const]
      : []),
    ["Tekens", `${SUPPRESSED_TEXT} = afgeschermd (geheim); een lege cel = niet van toepassing`],
    ["Gemaakt", `${createdText.format(now)} (Nederlandse tijd)`],
  ];
}

export async function toXlsx(t: ExportTable, now: Date = new Date()): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = APP;
  wb.title = t.title;
  wb.created = now;
  const ws = wb.addWorksheet(DATA_SHEET);
  const cols = columns(t.rows);
  const infos = cols.map(fieldInfo);
  const headers = cols.map(fieldLabel);
  ws.addRow(headers).font = { bold: true };
  for (const r of t.rows) {
    const row = ws.addRow(cols.map((c) => xlsxValue(c, cellOf(r, c))));
    cols.forEach((_, i) => {
      const cell = row.getCell(i + 1);
      const fmt = numberFormat(infos[i]);
      if (fmt && typeof cell.value === "number") cell.numFmt = fmt;
      if (cell.value === SUPPRESSED_TEXT) cell.alignment = { horizontal: "right" };
    });
  }
  ws.views = [{ state: "frozen", ySplit: 1 }];
  if (cols.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: cols.length } };
  cols.forEach((c, i) => {
    const longest = Math.max(headers[i]!.length, ...t.rows.slice(0, 500).map((r) => String(cellOf(r, c) ?? "").length));
    ws.getColumn(i + 1).width = Math.min(50, Math.max(8, longest + 2));
  });

  const sheet = wb.addWorksheet(NOTES_SHEET);
  for (const [k, v] of notes(t, now)) sheet.addRow([k, v]).getCell(1).font = { bold: true };
  if (cols.length > 0) {
    sheet.addRow([]);
    sheet.addRow(["Kolom", "Veld in de API (format=json en format=csv-machine)"]).font = { bold: true };
    cols.forEach((c, i) => sheet.addRow([headers[i]!, c]));
  }
  sheet.getColumn(1).width = 36;
  sheet.getColumn(2).width = 100;
  sheet.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The format asked for: ?format=, else Accept: text/csv (the Dutch CSV) or the XLSX type, else JSON. */
export function formatOf(request: FastifyRequest): ExportFormat {
  const q = (request.query ?? {}) as { format?: string };
  if (q.format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(q.format)) throw badParam("format", `"${q.format}" is not a format: use ${FORMATS.join(", ")}`);
    return q.format as ExportFormat;
  }
  const accept = request.headers.accept ?? "";
  if (/text\/csv/.test(accept)) return "csv";
  if (/spreadsheetml/.test(accept)) return "xlsx";
  return "json";
}

/** The selection a JSON answer names (`teljaar`, `definition`, `stage`), for a table whose route left it out. */
function selectionOf(json: unknown): Pick<ExportTable, "teljaar" | "definition" | "stage"> {
  if (!json || typeof json !== "object") return {};
  const j = json as Record<string, unknown>;
  return {
    ...(typeof j.teljaar === "string" && /^\d{4}-\d{4}$/.test(j.teljaar) ? { teljaar: j.teljaar } : {}),
    ...(typeof j.definition === "number" && (DEFINITIONS as readonly number[]).includes(j.definition) ? { definition: j.definition } : {}),
    ...(typeof j.stage === "string" && (STAGES as readonly string[]).includes(j.stage) ? { stage: j.stage as Stage } : {}),
  };
}

/** Sends JSON, or the table as a download: the Dutch CSV, the machine CSV or XLSX. Every such table is public figures. */
export async function send(request: FastifyRequest, reply: FastifyReply, json: unknown, table: () => ExportTable): Promise<unknown> {
  const format = formatOf(request);
  if (format === "json") return json;
  const route = table();
  const t: ExportTable = { suppression: true, ...selectionOf(json), ...Object.fromEntries(Object.entries(route).filter(([, v]) => v !== undefined)) } as ExportTable;
  reply.header("Content-Disposition", `attachment; filename="${fileName(t, format)}"`);
  if (format === "xlsx") {
    reply.header("Content-Type", XLSX_CONTENT_TYPE);
    return toXlsx(t);
  }
  reply.header("Content-Type", CSV_CONTENT_TYPE);
  return toCsv(t, { dialect: format === "csv-machine" ? "machine" : "excel" });
}
