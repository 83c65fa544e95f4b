/**
 * Where an imported register lives in the store: schema `register`, one table per file of the
 * exchange format, typed. The importer fills them (all at once, atomically); the engine reads them.
 */
import { REGISTER_FORMAT, REGISTER_TABLES, type RegisterTable, type ValueType, valueType } from "../domain/register-format.js";

export const REGISTER_SCHEMA = "register";

/** DuckDB's type for each value type of the exchange format. */
export const DUCKDB_TYPES: Readonly<Record<ValueType, string>> = { text: "VARCHAR", date: "DATE", boolean: "BOOLEAN", integer: "INTEGER", number: "DOUBLE" };

/** Column definitions of the stored tables, from REGISTER_FORMAT: names as in the exchange format, required columns NOT NULL. */
export const REGISTER_DDL: Readonly<Record<RegisterTable, string>> = Object.fromEntries(
  REGISTER_TABLES.map((t) => [t, REGISTER_FORMAT[t].columns.map((c) => `${c.name} ${DUCKDB_TYPES[valueType(c.kind)]}${c.required ? " NOT NULL" : ""}`).join(", ")]),
) as Record<RegisterTable, string>;

/**
 * One row describing the register currently in the store. `register_id` is a checksum of the
 * imported files' contents: computed results carry it, so figures from an older register are never shown.
 */
export const REGISTER_META_DDL =
  "register_id VARCHAR NOT NULL, source VARCHAR NOT NULL, imported_at TIMESTAMP NOT NULL, persons BIGINT NOT NULL, residences BIGINT NOT NULL, enrolments BIGINT NOT NULL, diplomas BIGINT NOT NULL, statuses BIGINT NOT NULL, jobs BIGINT NOT NULL";
