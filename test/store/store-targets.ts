/**
 * Runs the store tests against both kinds of operational store: embedded PGlite (a fresh temp folder) and a real
 * PostgreSQL server (a fresh database per target, created on the admin connection and dropped afterwards).
 *
 * PostgreSQL is found at TEST_DATABASE_URL, else DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test.
 * In CI (CI=true) an unreachable server fails the tests; elsewhere the PostgreSQL runs are skipped with a message.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { StoreKind } from "../../src/store/index.js";
import { redactUrl } from "../../src/store/postgres.js";
import { removeTempDirs, tempDir } from "../support/temp-dirs.js";

export const adminUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The kinds to test: both, or only PGlite when PostgreSQL is absent outside CI. Throws in CI when it is absent. */
/** Runs one statement on the admin connection (creating roles, dropping databases in tests). */
export async function adminQuery(statement: string): Promise<void> {
  await withAdmin((c) => c.query(statement));
}

export async function storeKinds(): Promise<StoreKind[]> {
  try {
    await withAdmin((c) => c.query("SELECT 1"));
    return ["pglite", "postgres"];
  } catch (e) {
    const message =
      `PostgreSQL is not reachable at ${redactUrl(adminUrl)} (${(e as Error).message}): start PostgreSQL, ` +
      `or set TEST_DATABASE_URL / DATABASE_URL to a server where this user may create databases`;
    if (process.env.CI === "true") throw new Error(`${message}. In CI the PostgreSQL store tests must run, not be skipped.`);
    console.warn(`SKIPPING the PostgreSQL runs of the store tests: ${message}.`);
    return ["pglite"];
  }
}

export interface Target {
  readonly dataDir: string;
  readonly databaseUrl?: string;
}

/** Hands out fresh, empty stores of one kind; `cleanup` (in afterAll) drops the databases and folders it made. */
export class Targets {
  private readonly databases: string[] = [];

  constructor(readonly kind: StoreKind) {}

  async fresh(): Promise<Target> {
    const dataDir = tempDir("vsv-store-");
    if (this.kind === "pglite") return { dataDir };
    const name = `vsv_test_${randomBytes(6).toString("hex")}`;
    await withAdmin((c) => c.query(`CREATE DATABASE ${name}`));
    this.databases.push(name);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return { dataDir, databaseUrl: url.toString() };
  }

  async cleanup(): Promise<void> {
    const names = this.databases.splice(0);
    if (names.length > 0) {
      // WITH (FORCE) ends connections a failed test may have left open.
      await withAdmin(async (c) => {
        for (const name of names) await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      });
    }
    removeTempDirs();
  }
}
