/**
 * Writes one DUO file from a row table, in DUO's physical format (duo-formats.md, "Physical format"):
 * semicolon-separated, a header row whose first name starts with `#` (`#BURGERSERVICENUMMER`, `#BRIN_NR`),
 * Windows line ends on every line including the last, UTF-8 without byte-order mark, no quoting at all,
 * NULL as an empty field. DuckDB writes the file (COPY), so a national file takes no longer than the query.
 * Values never contain `;` or line breaks: the row SQL replaces them (duo-export-values.ts `textSql`).
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { DuoColumn } from "../domain/duo/layout.js";
import { queryRows, sqlIdent, sqlString } from "./database.js";

/** The header name of a column: `#` before the first one, as DUO writes it. */
export function headerNames(columns: readonly DuoColumn[]): string[] {
  return columns.map((c, i) => (i === 0 ? `#${c.duo}` : c.duo));
}

export const DUO_CSV_OPTIONS = "FORMAT CSV, HEADER true, DELIMITER ';', QUOTE '', ESCAPE '', NEW_LINE '\\r\\n'";

export interface DuoFileSpec {
  /** The table (or subquery in parentheses) holding the rows, with a column per DUO column name. */
  readonly from: string;
  readonly columns: readonly DuoColumn[];
  /** A condition on the rows, e.g. `vsv` or `month_index = 3`; default all rows. */
  readonly where?: string;
  /** Absolute path of the file to write (overwritten). */
  readonly file: string;
}

/** Writes the file and returns the number of data rows in it. */
export async function writeDuoFile(conn: DuckDBConnection, spec: DuoFileSpec): Promise<number> {
  const names = headerNames(spec.columns);
  const select = spec.columns.map((c, i) => `${sqlIdent(c.duo)} AS ${sqlIdent(names[i]!)}`).join(", ");
  const where = spec.where ? `WHERE ${spec.where}` : "";
  const rows = await queryRows<Record<string, unknown>>(
    conn,
    `COPY (SELECT ${select} FROM ${spec.from} ${where} ORDER BY sort_key) TO ${sqlString(spec.file)} (${DUO_CSV_OPTIONS})`,
  );
  const count = rows[0] ? Object.values(rows[0])[0] : undefined;
  return Number(count ?? 0);
}
