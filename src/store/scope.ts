/**
 * The scope a transaction runs under (docs/auth.md, "Scope in the database"). Person data is read and written only
 * through an `Sql` made here: every statement runs in a transaction that first sets `vsv.scope` and switches to
 * the non-superuser role `vsv_scoped`, so the row-level security policies of migration 0007 decide what the
 * statement can see or change. A query on the plain store sees no person rows unless it runs as a superuser (the
 * embedded store's default user, and tests that set up data), which is why the server never uses it for them.
 */
import type { AccessScope } from "../domain/casework/access.js";
import type { Sql } from "./sql.js";

/** An actor's scope, or the system's own jobs (loading signal lists, retention), which act on every row. */
export type DbScope = AccessScope | "system";

/** The setting's value: what the policies read. */
export function scopeSetting(scope: DbScope): string {
  if (scope === "system") return JSON.stringify({ system: true });
  return JSON.stringify({ regions: scope.regions, institutions: scope.institutions });
}

async function enter(tx: Sql, scope: DbScope): Promise<void> {
  // The system's jobs keep the connection's own role (they may need more than vsv_scoped, e.g. login_attempts);
  // as the owner or a restricted application role the policies still apply to them, with the system scope.
  if (scope === "system") await tx.query("SELECT set_config('vsv.scope', $1, true)", [scopeSetting(scope)]);
  else await tx.query("SELECT set_config('vsv.scope', $1, true), set_config('role', 'vsv_scoped', true)", [scopeSetting(scope)]);
}

/**
 * `sql` under `scope`: each `query` is its own transaction, each `transaction` one transaction (nested ones are
 * savepoints in it, under the same scope). `close` is refused: the store's owner closes it.
 */
export function scopedSql(sql: Sql, scope: DbScope): Sql {
  return {
    kind: sql.kind,
    query: <T>(text: string, params: readonly unknown[] = []) =>
      sql.transaction(async (tx) => {
        await enter(tx, scope);
        return tx.query<T>(text, params);
      }),
    transaction: <T>(fn: (tx: Sql) => Promise<T>) =>
      sql.transaction(async (tx) => {
        await enter(tx, scope);
        return fn(tx);
      }),
    close: () => Promise.reject(new Error("close() was called on a scoped view of the store: close the store itself")),
  };
}

/** The store as the system's own jobs use it: every person row, still under the policies (nothing else is). */
export function systemSql(sql: Sql): Sql {
  return scopedSql(sql, "system");
}
