/**
 * The operational store: accounts, cases and the audit log (issue 5). PostgreSQL when a database URL is
 * configured, embedded PGlite under `<dataDir>/pglite` otherwise; one schema and one SQL dialect for both.
 * Opening it applies the pending migrations, or on PostgreSQL only checks that they are applied (`postgresSchema`).
 */
import { checkMigrationList, checkSchema, migrate } from "./migrate.js";
import type { Migration } from "./migrations/migration.js";
import { migrations as allMigrations } from "./migrations/index.js";
import { openPglite } from "./pglite.js";
import { openPostgres } from "./postgres.js";
import type { Sql } from "./sql.js";
import { drainAuditSpool } from "./audit-spool.js";

export type { Sql, StoreKind } from "./sql.js";
export type { Migration } from "./migrations/migration.js";
export { migrationId } from "./migrations/migration.js";
export { pglitePath } from "./pglite.js";

export interface OperationalStoreOptions {
  /** Folder of the embedded stores; PGlite keeps its data in `<dataDir>/pglite`. */
  readonly dataDir: string;
  /** `postgres://…`: use that server instead of PGlite. */
  readonly databaseUrl?: string | undefined;
  /** The migrations to apply; all of src/store/migrations by default (tests pass their own). */
  readonly migrations?: readonly Migration[];
  /**
   * What opening a PostgreSQL store does to its schema. `migrate` (the default: `vsv migrate`, the setup and
   * maintenance commands, tests) applies the pending migrations. `check` (the server) changes nothing: it refuses a
   * store that is not current, so the server can run as a role that owns nothing (docs/operational-store.md,
   * "Roles"). The embedded PGlite store is always migrated: one process uses it, as its owner.
   */
  readonly postgresSchema?: "migrate" | "check";
}

export interface OperationalStore extends Sql {
  /** Ids of the migrations this open applied ("0001_base"); empty when the store was up to date (or only checked). */
  readonly migrationsApplied: readonly string[];
}

export async function openOperationalStore(options: OperationalStoreOptions): Promise<OperationalStore> {
  const list = options.migrations ?? allMigrations;
  checkMigrationList(list);
  let store: OperationalStore;
  if (options.databaseUrl) {
    const driver = await openPostgres(options.databaseUrl);
    const check = options.postgresSchema === "check";
    store = await withMigrations(driver.sql, () =>
      check ? checkSchema(driver.sql.query, list).then(() => []) : driver.withSession((session) => migrate(session, list)),
    );
  } else {
    const driver = await openPglite(options.dataDir);
    store = await withMigrations(driver.sql, () => migrate(driver.session, list));
  }
  // Audit entries spooled while the store was busy (src/store/audit-spool.ts); only once audit_log exists.
  if (list.some((m) => m.version === 2 && m.name === "casework")) {
    try {
      await drainAuditSpool(store, options.dataDir);
    } catch (e) {
      await store.close();
      throw e;
    }
  }
  return store;
}

async function withMigrations(sql: Sql, run: () => Promise<string[]>): Promise<OperationalStore> {
  let applied: string[];
  try {
    applied = await run();
  } catch (e) {
    await sql.close();
    throw e;
  }
  return {
    kind: sql.kind,
    query: sql.query,
    transaction: sql.transaction,
    close: sql.close,
    migrationsApplied: applied,
  };
}

/** Runs `work` with an open operational store and always closes it. */
export async function withOperationalStore<T>(options: OperationalStoreOptions, work: (store: OperationalStore) => Promise<T>): Promise<T> {
  const store = await openOperationalStore(options);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
