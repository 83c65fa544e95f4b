/** Output of results as an aligned table, CSV or JSON (stdout). */
import { csvLine } from "../domain/csv.js";
import { VsvError } from "../domain/errors.js";

export const FORMATS = ["table", "csv", "json"] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(text: string | undefined, allowed: readonly Format[] = FORMATS, fallback: Format = allowed[0]!): Format {
  if (text === undefined) return fallback;
  if ((allowed as readonly string[]).includes(text)) return text as Format;
  throw new VsvError("BAD_FORMAT", `Format "${text}" is not valid: use ${allowed.join(" or ")}`);
}

type Scalar = string | number | boolean | null | undefined;
export type OutputRow = Record<string, Scalar | Record<string, Scalar>>;

/** Nested objects (e.g. `exclusions`) become columns `exclusions.UNFUNDED` … for CSV and tables. */
export function flattenRow(row: OutputRow): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(row)) {
    if (v !== null && typeof v === "object") for (const [k2, v2] of Object.entries(v)) out[`${k}.${k2}`] = v2;
    else out[k] = v;
  }
  return out;
}

function display(v: Scalar): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isInteger(v) ? v.toLocaleString("en-US").replaceAll(",", " ") : String(v);
  return String(v);
}

export function renderTable(rows: readonly OutputRow[], columns?: readonly string[]): string {
  const flat = rows.map(flattenRow);
  const cols = columns ?? [...new Set(flat.flatMap((r) => Object.keys(r)))];
  const cells = flat.map((r) => cols.map((c) => display(r[c])));
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const numeric = cols.map((c) => flat.every((r) => r[c] === null || r[c] === undefined || typeof r[c] === "number"));
  const line = (values: readonly string[]) => values.map((v, i) => (numeric[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(cols), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n") + "\n";
}

export function renderCsv(rows: readonly OutputRow[], columns?: readonly string[]): string {
  const flat = rows.map(flattenRow);
  const cols = columns ?? [...new Set(flat.flatMap((r) => Object.keys(r)))];
  return csvLine(cols) + flat.map((r) => csvLine(cols.map((c) => r[c] ?? null))).join("");
}

export function render(rows: readonly OutputRow[], format: Format, columns?: readonly string[]): string {
  if (format === "json") return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === "csv") return renderCsv(rows, columns);
  return renderTable(rows, columns);
}
