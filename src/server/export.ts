/**
 * Downloads of what an endpoint returns as JSON: CSV (comma-separated, UTF-8 with a byte-order mark so Excel
 * reads it) and XLSX (exceljs: a data sheet with a header row and a sheet with source and notes).
 * Every hidden value (count, percentage, change) is written as "x" (geheim); an empty cell means "not applicable".
 */
import ExcelJS from "exceljs";
import type { FastifyReply, FastifyRequest } from "fastify";
import { SUPPRESSION_THRESHOLD } from "../domain/suppression.js";
import { badParam } from "./problem.js";

export type Cell = string | number | boolean | null;
export interface ExportRow {
  readonly [field: string]: Cell | readonly string[] | undefined;
  readonly suppressed?: readonly string[];
}

export interface ExportTable {
  /** File name without extension, e.g. `vsv-regions-2023-2024`. */
  readonly file: string;
  readonly title: string;
  readonly rows: readonly ExportRow[];
}

export const FORMATS = ["json", "csv", "xlsx"] as const;
export type ExportFormat = (typeof FORMATS)[number];

/** Every hidden value, count or not: "x" (geheim, as CBS writes it), claiming no range of values. */
export const SUPPRESSED_TEXT = "x";

function columns(rows: readonly ExportRow[]): string[] {
  const cols: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (k !== "suppressed" && !cols.includes(k)) cols.push(k);
  return cols;
}

function cellOf(r: ExportRow, c: string): Cell {
  const v = r[c];
  if ((v === null || v === undefined) && r.suppressed?.includes(c)) return SUPPRESSED_TEXT;
  if (Array.isArray(v)) return v.join(" ");
  return (v ?? null) as Cell;
}

function csvValue(v: Cell): string {
  if (v === null) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(t: ExportTable): string {
  const cols = columns(t.rows);
  const lines = [cols.map(csvValue).join(","), ...t.rows.map((r) => cols.map((c) => csvValue(cellOf(r, c))).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export async function toXlsx(t: ExportTable): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "vsv-monitor";
  const ws = wb.addWorksheet("cijfers");
  const cols = columns(t.rows);
  ws.addRow(cols);
  ws.getRow(1).font = { bold: true };
  for (const r of t.rows) ws.addRow(cols.map((c) => cellOf(r, c)));
  const notes = wb.addWorksheet("bron");
  for (const line of [
    ["Titel", t.title],
    ["Bron", "vsv-monitor: berekend uit het register met de officiële vsv-definitie (docs/definition.md)"],
    ["Privacy", `Aantallen van 1 tot en met ${SUPPRESSION_THRESHOLD - 1} zijn afgeschermd, en ook elk ander getal waaruit zo'n aantal terug te rekenen is (ook met andere tabellen van vsv-monitor samen). Een afgeschermd getal staat als "${SUPPRESSED_TEXT}" (geheim) en zegt niets over hoe groot het is. Een lege cel betekent: niet van toepassing.`],
    ["Gemaakt", new Date().toISOString()],
  ]) notes.addRow(line);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The format asked for: ?format=, else Accept: text/csv, else JSON. */
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

/** Sends JSON, or the table as a CSV / XLSX download. */
export async function send(request: FastifyRequest, reply: FastifyReply, json: unknown, table: () => ExportTable): Promise<unknown> {
  const format = formatOf(request);
  if (format === "json") return json;
  const t = table();
  if (format === "csv") {
    reply.header("Content-Type", "text/csv; charset=utf-8").header("Content-Disposition", `attachment; filename="${t.file}.csv"`);
    return toCsv(t);
  }
  reply
    .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    .header("Content-Disposition", `attachment; filename="${t.file}.xlsx"`);
  return toXlsx(t);
}
