/**
 * The DUO files' part of the store: schema `duo` in the same DuckDB file as the register.
 * - `duo.files`: the current version of each report (one row per file identity);
 * - `duo.import_log`: every version ever imported, replaced ones included (never deleted);
 * - one row table per layout, each row tied to its file and its line in that file;
 * - `duo.warnings`: data-quality findings that did not reject the file.
 * Row tables are generated from the layouts (src/domain/duo/layout.ts), so a column added there
 * is stored without further changes.
 */
import {
  type DuoColumn,
  NENR_COLUMNS,
  NRSP_COLUMNS,
  SIGNAL_COLUMNS,
  START_SET_COLUMNS,
  storedLayout,
} from "../domain/duo/layout.js";
import type { DuoKind } from "../domain/duo/file-name.js";

export const DUO_SCHEMA = "duo";

const STORED = {
  NRSP: storedLayout(NRSP_COLUMNS),
  NENR: storedLayout(NENR_COLUMNS),
  SIGNALS: storedLayout(SIGNAL_COLUMNS),
  START_SET: storedLayout(START_SET_COLUMNS),
};

/**
 * The row table of each kind and the columns it keeps (A04 and A14 share one table, told apart by
 * the file's kind). Columns a layout does not store are read past (layout.ts, `stored`).
 */
export const ROW_TABLES = {
  NRSP: { table: "duo.nrsp_rows", columns: STORED.NRSP },
  NENR: { table: "duo.nenr_rows", columns: STORED.NENR },
  A04: { table: "duo.signal_rows", columns: STORED.SIGNALS },
  A14: { table: "duo.signal_rows", columns: STORED.SIGNALS },
  A05: { table: "duo.start_set_rows", columns: STORED.START_SET },
} as const satisfies Record<DuoKind, { table: string; columns: readonly DuoColumn[] }>;

function sqlType(c: DuoColumn): string {
  switch (c.type) {
    case "date":
      return "DATE";
    case "flag":
      return "BOOLEAN";
    default:
      return "VARCHAR";
  }
}

/** The stored columns of a layout: each DUO column, plus the raw text of level and leerweg. */
export function storedColumns(columns: readonly DuoColumn[]): { name: string; type: string }[] {
  const out: { name: string; type: string }[] = [];
  for (const c of columns) {
    out.push({ name: c.column, type: sqlType(c) });
    if (c.type === "level" || c.type === "leerweg") out.push({ name: `${c.column}_raw`, type: "VARCHAR" });
  }
  return out;
}

function rowTableDdl(table: string, columns: readonly DuoColumn[]): string {
  const cols = storedColumns(columns).map((c) => `  ${c.name} ${c.type}`);
  return `CREATE TABLE IF NOT EXISTS ${table} (
  file_id INTEGER NOT NULL,
  line INTEGER NOT NULL,
  -- the person: the BSN, or the onderwijsnummer when the BSN is unknown (9 digits)
  person_key VARCHAR,
${cols.join(",\n")}
)`;
}

export const DUO_DDL: readonly string[] = [
  `CREATE SCHEMA IF NOT EXISTS duo`,
  `CREATE SEQUENCE IF NOT EXISTS duo.file_ids START 1`,
  `CREATE TABLE IF NOT EXISTS duo.files (
  file_id INTEGER PRIMARY KEY,
  identity_key VARCHAR NOT NULL UNIQUE,
  kind VARCHAR NOT NULL,           -- A04 | A05 | A14 | NRSP | NENR
  teljaar VARCHAR NOT NULL,        -- 2022-2023
  report_month VARCHAR,            -- monthly files: the month reported on, YYYY-MM
  stage VARCHAR,                   -- NRSP/NenR: preliminary | definitive
  scope_kind VARCHAR NOT NULL,     -- institution | region | municipality
  scope_code VARCHAR NOT NULL,     -- 27GZ | 28 | 0363
  file_name VARCHAR NOT NULL,
  checksum VARCHAR NOT NULL,       -- sha256 of the file's bytes
  rows INTEGER NOT NULL,
  encoding VARCHAR NOT NULL,       -- utf-8 | windows-1252
  date_format VARCHAR,             -- DD-MM-YYYY | YYYYMMDD (null when the file has no dates)
  imported_at TIMESTAMP NOT NULL,
  imported_by VARCHAR NOT NULL
)`,
  `CREATE SEQUENCE IF NOT EXISTS duo.log_ids START 1`,
  `CREATE TABLE IF NOT EXISTS duo.import_log (
  log_id INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL,
  identity_key VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  teljaar VARCHAR NOT NULL,
  report_month VARCHAR,
  stage VARCHAR,
  scope_kind VARCHAR NOT NULL,
  scope_code VARCHAR NOT NULL,
  file_name VARCHAR NOT NULL,
  checksum VARCHAR NOT NULL,
  rows INTEGER NOT NULL,
  imported_at TIMESTAMP NOT NULL,
  imported_by VARCHAR NOT NULL,
  outcome VARCHAR NOT NULL,        -- new | replaced (this version replaced the one with replaced_checksum)
  replaced_checksum VARCHAR
)`,
  rowTableDdl("duo.nrsp_rows", STORED.NRSP),
  rowTableDdl("duo.nenr_rows", STORED.NENR),
  rowTableDdl("duo.signal_rows", STORED.SIGNALS),
  rowTableDdl("duo.start_set_rows", STORED.START_SET),
  // one row per file, rule and column (and value, for codes and names): a count, never one row per finding
  `CREATE TABLE IF NOT EXISTS duo.warnings (
  file_id INTEGER NOT NULL,
  line INTEGER,                    -- the first line concerned; null: about the whole file
  column_name VARCHAR,
  rule VARCHAR NOT NULL,           -- e.g. BSN_CHECK, MUNICIPALITY_NAME, UNKNOWN_LEVEL
  message VARCHAR NOT NULL,        -- never holds a person number or name
  rows INTEGER NOT NULL DEFAULT 1, -- how many rows the finding concerns
  lines INTEGER[]                  -- the first few lines concerned, as examples
)`,
  // stores written before the counts: their warnings are one per line
  `ALTER TABLE duo.warnings ADD COLUMN IF NOT EXISTS rows INTEGER DEFAULT 1`,
  `ALTER TABLE duo.warnings ADD COLUMN IF NOT EXISTS lines INTEGER[]`,
];
