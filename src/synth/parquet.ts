/**
 * Parquet output: the CSV files are written first, then DuckDB converts each to Parquet with the column names and
 * value types of the exchange format (REGISTER_FORMAT; the stored register has the same types,
 * src/engine/register-tables.ts, and test/synth/parquet.test.ts checks they agree), and the CSV is removed.
 */
import { rmSync, statSync } from "node:fs";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { REGISTER_FORMAT, REGISTER_TABLES, type RegisterTable, type ValueType, valueType } from "../domain/register-format.js";

const PARQUET_TYPES: Readonly<Record<ValueType, string>> = { text: "VARCHAR", date: "DATE", boolean: "BOOLEAN", integer: "INTEGER", number: "DOUBLE" };

const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The `columns` struct of DuckDB's read_csv for a table. */
function columnTypes(table: RegisterTable): string {
  return REGISTER_FORMAT[table].columns.map((c) => `${quoted(c.name)}: ${quoted(PARQUET_TYPES[valueType(c.kind)])}`).join(", ");
}

/** Converts every `<table>.csv` in the folder to `<table>.parquet`; returns the total bytes. */
export async function convertToParquet(folder: string): Promise<number> {
  const instance = await DuckDBInstance.create(":memory:");
  const conn = await instance.connect();
  let bytes = 0;
  try {
    for (const table of REGISTER_TABLES) {
      const csv = path.join(folder, `${table}.csv`);
      const parquet = path.join(folder, `${table}.parquet`);
      await conn.run(
        `COPY (SELECT * FROM read_csv(${quoted(csv)}, header = true, delim = ',', quote = '"', auto_detect = false, columns = {${columnTypes(table)}}))
         TO ${quoted(parquet)} (FORMAT parquet, COMPRESSION zstd)`,
      );
      rmSync(csv);
      bytes += statSync(parquet).size;
    }
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
  return bytes;
}
