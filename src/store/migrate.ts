/**
 * Applies the pending migrations, each in its own transaction, and checks that the applied ones are unchanged
 * (a SHA-256 of each migration's SQL is stored in `schema_migrations`).
 */
import { createHash } from "node:crypto";
import { VsvError } from "../domain/errors.js";
import { migrationId, type Migration } from "./migrations/migration.js";
import type { Session } from "./sql.js";

/** Any fixed number: serialises migration runs of processes starting at the same time against one server. */
const MIGRATION_LOCK = 581_734_201;

export function migrationChecksum(sql: string): string {
  // Line endings normalised, so a checkout with CRLF does not look like an edit.
  return createHash("sha256").update(sql.replaceAll("\r\n", "\n")).digest("hex");
}

/** Checks the list itself (versions increasing, names well-formed) before any store is touched. */
export function checkMigrationList(list: readonly Migration[]): void {
  let previous = 0;
  for (const m of list) {
    if (!Number.isInteger(m.version) || m.version <= previous) {
      throw new VsvError("MIGRATION_ORDER", `Migration ${migrationId(m)} is out of order: versions must increase (after ${previous}) in src/store/migrations/index.ts`);
    }
    if (!/^[a-z0-9]+(_[a-z0-9]+)*$/.test(m.name)) {
      throw new VsvError("MIGRATION_NAME", `Migration ${migrationId(m)} has an invalid name: use lowercase words joined by underscores`);
    }
    previous = m.version;
  }
}

interface AppliedRow {
  version: number;
  name: string;
  checksum: string;
}

/** Returns the ids of the migrations applied now (empty when the store was up to date). */
export async function migrate(session: Session, list: readonly Migration[]): Promise<string[]> {
  checkMigrationList(list);
  await session.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
  try {
    await session.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    integer PRIMARY KEY,
      name       text NOT NULL,
      checksum   text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const applied = await session.query<AppliedRow>("SELECT version, name, checksum FROM schema_migrations ORDER BY version");
    const known = new Map(list.map((m) => [m.version, m]));
    for (const row of applied) {
      const m = known.get(row.version);
      if (!m) {
        throw new VsvError(
          "MIGRATION_UNKNOWN",
          `The store has migration ${migrationId(row)}, which this version of vsv-monitor does not know: run a newer version, or use another store`,
        );
      }
      if (migrationChecksum(m.sql) !== row.checksum) {
        throw new VsvError(
          "MIGRATION_CHANGED",
          `Migration ${migrationId(m)} was changed after it was applied to this store: restore its original text and put the change in a new migration (src/store/migrations/)`,
        );
      }
    }
    const last = applied.at(-1)?.version ?? 0;
    const done = new Set(applied.map((r) => r.version));
    const pending = list.filter((m) => !done.has(m.version));
    const early = pending.find((m) => m.version < last);
    if (early) {
      throw new VsvError(
        "MIGRATION_ORDER",
        `Migration ${migrationId(early)} is new but numbered before the last applied one (${last}): renumber it after ${last}`,
      );
    }
    const appliedNow: string[] = [];
    for (const m of pending) {
      await session.exec("BEGIN");
      try {
        await session.exec(m.sql);
        await session.query("INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)", [m.version, m.name, migrationChecksum(m.sql)]);
        await session.exec("COMMIT");
      } catch (e) {
        await session.exec("ROLLBACK");
        const error = new VsvError(
          "MIGRATION_FAILED",
          `Migration ${migrationId(m)} failed and was rolled back (nothing of it is applied): ${(e as Error).message}. Fix the migration and start again`,
        );
        error.cause = e;
        throw error;
      }
      appliedNow.push(migrationId(m));
    }
    return appliedNow;
  } finally {
    await session.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
  }
}
