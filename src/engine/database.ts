/**
 * The embedded DuckDB store: one file (default ./data/vsv.duckdb) holding the imported register,
 * the reference data and the computed results.
 */
import { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { duckdbPath } from "../config.js";
import { VsvError } from "../domain/errors.js";

export interface Database {
  readonly instance: DuckDBInstance;
  readonly connection: DuckDBConnection;
  readonly path: string;
  close(): void;
}

export async function openDatabase(dataDir: string, options: { readOnly?: boolean } = {}): Promise<Database> {
  const file = duckdbPath(dataDir);
  if (!options.readOnly) mkdirSync(path.dirname(file), { recursive: true });
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(file, options.readOnly ? { access_mode: "READ_ONLY" } : {});
  } catch (e) {
    const msg = (e as Error).message;
    if (/lock/i.test(msg)) {
      throw new VsvError("STORE_LOCKED", `The store ${file} is in use by another vsv process: wait for it to finish, or use another --data-dir`);
    }
    if (options.readOnly && /not exist|No such file|cannot open/i.test(msg)) {
      throw new VsvError("NO_STORE", `No store at ${file}: import a register first (vsv import register <folder>)`);
    }
    throw e;
  }
  const connection = await instance.connect();
  return {
    instance,
    connection,
    path: file,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** Runs `work` with an open store and always closes it. */
export async function withDatabase<T>(dataDir: string, work: (db: Database) => Promise<T>, options: { readOnly?: boolean } = {}): Promise<T> {
  const db = await openDatabase(dataDir, options);
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

/** Quotes a text value as a SQL string literal. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** Quotes an identifier. */
export function sqlIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export async function queryRows<T = Record<string, unknown>>(conn: DuckDBConnection, sql: string): Promise<T[]> {
  const reader = await conn.runAndReadAll(sql);
  return reader.getRowObjectsJS() as T[];
}

export async function tableExists(conn: DuckDBConnection, schema: string, table: string): Promise<boolean> {
  const rows = await queryRows<{ n: bigint | number }>(
    conn,
    `SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = ${sqlString(schema)} AND table_name = ${sqlString(table)}`,
  );
  return Number(rows[0]?.n ?? 0) > 0;
}
