/**
 * CSV as text, the one writer and the one parser of the project: RFC 4180, comma-separated (or another separator:
 * the Dutch spreadsheet downloads use `;`, src/server/export.ts), fields quoted only when they must be, quotes
 * doubled inside them. Writing ends every line with `\n` (the register exchange format);
 * parsing accepts LF and CRLF. Reading files is the caller's: src/engine/reference-files.ts for the reference data,
 * node:fs in the generator. DUO's semicolon files are another format (src/engine/duo-read-*.ts, duo-export-write.ts).
 */

export type CsvValue = string | number | boolean | null | undefined;

/** The separators the writer knows: a field holding one is quoted. */
export type CsvSeparator = "," | ";";

const NEEDS_QUOTES: Readonly<Record<CsvSeparator, RegExp>> = { ",": /[",\r\n]/, ";": /[;"\r\n]/ };

/** One field: empty for null/undefined, quoted only when it must be. */
export function csvField(value: CsvValue, separator: CsvSeparator = ","): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return NEEDS_QUOTES[separator].test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record with its line end. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map((v) => csvField(v)).join(",")}\n`;
}

/** Parses CSV text (quoted fields, doubled quotes, CRLF or LF) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += c;
      i += 1;
      continue;
    }
    if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += c;
    }
    i += 1;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The records of CSV text with a header, as objects keyed by column name; blank lines are skipped. */
export function parseCsvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows
    .filter((r) => r.length > 1 || (r[0] ?? "") !== "")
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}
