/**
 * The embedded DuckDB store: one file (default ./data/vsv.duckdb) holding the imported register,
 * the reference data and the computed results.
 */
import { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { VsvError } from "../domain/errors.js";

/** The analytics store of a data folder. */
export function duckdbPath(dataDir: string): string {
  return path.join(dataDir, "vsv.duckdb");
}

export interface Database {
  readonly instance: DuckDBInstance;
  /** The connection; every call that returns a promise is tracked, so `close` can wait for it. */
  readonly connection: DuckDBConnection;
  readonly path: string;
  /**
   * Waits until no query started on the connection is running, then closes connection and instance.
   * Closing DuckDB under a running query (a request whose client went away, say) is not safe.
   */
  close(): Promise<void>;
}

/**
 * The connection with every promise-returning call recorded in `running` until it settles. The methods run on
 * the real connection, so the native binding sees its own object.
 */
function trackedConnection(connection: DuckDBConnection, running: Set<Promise<unknown>>): DuckDBConnection {
  return new Proxy(connection, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (result instanceof Promise) {
          running.add(result);
          const settled = () => running.delete(result);
          result.then(settled, settled);
        }
        return result;
      };
    },
  });
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
  const running = new Set<Promise<unknown>>();
  let closing: Promise<void> | undefined;
  return {
    instance,
    connection: trackedConnection(connection, running),
    path: file,
    close() {
      closing ??= (async () => {
        while (running.size > 0) await Promise.allSettled([...running]);
        connection.closeSync();
        instance.closeSync();
      })();
      return closing;
    },
  };
}

/** Runs `work` with an open store and always closes it. */
export async function withDatabase<T>(dataDir: string, work: (db: Database) => Promise<T>, options: { readOnly?: boolean } = {}): Promise<T> {
  const db = await openDatabase(dataDir, options);
  try {
    return await work(db);
  } finally {
    await db.close();
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
