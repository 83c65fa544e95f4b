/**
 * Applies the pending migrations, each in its own transaction, and checks that the applied ones are unchanged
 * (a SHA-256 of each migration's SQL is stored in `schema_migrations`). `checkSchema` is the read-only half: what
 * the server does on PostgreSQL, where it runs as a role that may not change the schema (docs/operational-store.md,
 * "Roles").
 */
import { createHash } from "node:crypto";
import { VsvError } from "../domain/errors.js";
import { migrationId, type Migration } from "./migrations/migration.js";
import type { Session } from "./sql.js";

/** Any fixed number: serialises migration runs of processes starting at the same time against one server. */
const MIGRATION_LOCK = 581_734_201;

/** What the owner runs to bring a store up to date; named in every message that asks for it. */
const RUN_MIGRATE = "run `vsv migrate` as the database owner (docs/operational-store.md, \"Roles\")";

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

type Query = Session["query"];

/** The rows of schema_migrations, or null when the table does not exist (a store never migrated). */
async function readApplied(query: Query): Promise<AppliedRow[] | null> {
  const [table] = await query<{ found: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS found");
  if (!table?.found) return null;
  try {
    return await query<AppliedRow>("SELECT version, name, checksum FROM schema_migrations ORDER BY version");
  } catch (e) {
    if ((e as { code?: string }).code !== "42501") throw e;
    const [who] = await query<{ role: string }>("SELECT current_user AS role");
    const error = new VsvError(
      "SCHEMA_NOT_READABLE",
      `The database role ${who?.role ?? "(unknown)"} may not read schema_migrations: as the database owner, grant it what the application needs with \`vsv migrate --grant ${who?.role ?? "<role>"}\` (docs/operational-store.md, "Roles")`,
    );
    error.cause = e;
    throw error;
  }
}

/** Refuses applied migrations that are unknown or edited and new ones numbered too early; returns the pending ones. */
function pendingMigrations(applied: readonly AppliedRow[], list: readonly Migration[]): Migration[] {
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
  return pending;
}

/**
 * A migration refused for want of privileges: the role in use is not the owner. (Not every 42501 is that: the audit
 * log's append-only trigger raises it too, with its own message.)
 */
function notOwner(e: unknown, what: string): VsvError | undefined {
  const { code, message } = e as { code?: string; message?: string };
  if (code !== "42501" || !/^(permission denied|must be owner)/.test(message ?? "")) return undefined;
  const error = new VsvError("MIGRATION_NOT_ALLOWED", `${what} needs the database owner (${(e as Error).message}): ${RUN_MIGRATE}`);
  error.cause = e;
  return error;
}

/**
 * Returns the ids of the migrations applied now (empty when the store was up to date). A store that is up to date
 * is only read, so a role without rights on the schema can open it (the advisory lock needs no privilege).
 */
export async function migrate(session: Session, list: readonly Migration[]): Promise<string[]> {
  checkMigrationList(list);
  await session.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
  try {
    let applied = await readApplied(session.query);
    if (applied === null) {
      try {
        await session.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
          version    integer PRIMARY KEY,
          name       text NOT NULL,
          checksum   text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now()
        )`);
      } catch (e) {
        throw notOwner(e, "Creating schema_migrations in an empty store") ?? e;
      }
      applied = [];
    }
    const appliedNow: string[] = [];
    for (const m of pendingMigrations(applied, list)) {
      await session.exec("BEGIN");
      try {
        await session.exec(m.sql);
        await session.query("INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)", [m.version, m.name, migrationChecksum(m.sql)]);
        await session.exec("COMMIT");
      } catch (e) {
        await session.exec("ROLLBACK");
        const error =
          notOwner(e, `Migration ${migrationId(m)}`) ??
          new VsvError(
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

/**
 * Checks, without changing anything, that every migration of `list` is applied and unchanged: what the server does
 * on PostgreSQL. Refuses a store that is behind with a message that names both versions and what to run.
 */
export async function checkSchema(query: Query, list: readonly Migration[]): Promise<void> {
  checkMigrationList(list);
  const needed = list.at(-1)?.version ?? 0;
  const applied = await readApplied(query);
  if (applied === null) {
    if (needed === 0) return;
    throw new VsvError(
      "SCHEMA_OUTDATED",
      `The operational store has no schema yet (no migrations applied), this version needs migration ${needed}: ${RUN_MIGRATE}`,
    );
  }
  const pending = pendingMigrations(applied, list);
  if (pending.length > 0) {
    const at = applied.at(-1)?.version ?? 0;
    throw new VsvError(
      "SCHEMA_OUTDATED",
      `The operational store is at migration ${at}, this version needs ${needed} (${pending.map(migrationId).join(", ")} not applied): ${RUN_MIGRATE}`,
    );
  }
}
