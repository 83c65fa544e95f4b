/**
 * The store a casework bench run measures: PGlite in a fresh temporary folder, or a fresh PostgreSQL database
 * `vsv_bench_<random>` on the admin server (BENCH_DATABASE_URL, else DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/test), migrated by openOperationalStore. `dispose` closes the store and removes
 * the folder or drops the database, also after a failed run.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { type OperationalStore, type StoreKind, openOperationalStore } from "../../src/store/index.js";
import { redactUrl } from "../../src/store/postgres.js";

export const BENCH_ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface BenchTarget {
  readonly kind: StoreKind;
  /** Where the store is, for the printout (the PostgreSQL URL without its password). */
  readonly where: string;
  /** Data folder for the app (its DuckDB store is absent: the public routes are not measured). */
  readonly dataDir: string;
  readonly sql: OperationalStore;
  dispose(): Promise<void>;
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: BENCH_ADMIN_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (e) {
    throw new Error(`PostgreSQL is not reachable at ${redactUrl(BENCH_ADMIN_URL)} (${(e as Error).message}): start it, set BENCH_DATABASE_URL, or run with --store pglite`);
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function openBenchTarget(kind: StoreKind): Promise<BenchTarget> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "vsv-bench-casework-"));
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (kind === "pglite") {
    const sql = await openOperationalStore({ dataDir });
    return {
      kind,
      where: "PGlite in a temporary folder",
      dataDir,
      sql,
      async dispose() {
        await sql.close();
        removeDir();
      },
    };
  }
  const name = `vsv_bench_${randomBytes(6).toString("hex")}`;
  await withAdmin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(BENCH_ADMIN_URL);
  url.pathname = `/${name}`;
  const drop = () => withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  let sql: OperationalStore;
  try {
    sql = await openOperationalStore({ dataDir, databaseUrl: url.toString() });
  } catch (e) {
    await drop();
    removeDir();
    throw e;
  }
  return {
    kind,
    where: redactUrl(url.toString()),
    dataDir,
    sql,
    async dispose() {
      await sql.close();
      // pg's pool resolves end() before its sockets are closed; dropping WITH (FORCE) at once would cut them and the
      // store would report a lost connection.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await drop();
      removeDir();
    },
  };
}
