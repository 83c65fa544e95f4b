/**
 * Parquet output: the CSV files are written first, then DuckDB converts each to Parquet with the
 * same column names and types as the stored register (register-tables.ts), and the CSV is removed.
 */
import { rmSync, statSync } from "node:fs";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { REGISTER_TABLES } from "../domain/register-format.js";
import { REGISTER_DDL } from "../engine/register-tables.js";
import { sqlString } from "../engine/database.js";

function columnTypes(ddl: string): string {
  return ddl
    .split(",")
    .map((part) => part.trim().split(/\s+/))
    .map(([name, type]) => `'${name}': '${type}'`)
    .join(", ");
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
        `COPY (SELECT * FROM read_csv(${sqlString(csv)}, header = true, delim = ',', quote = '"', auto_detect = false, columns = {${columnTypes(REGISTER_DDL[table])}}))
         TO ${sqlString(parquet)} (FORMAT parquet, COMPRESSION zstd)`,
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
