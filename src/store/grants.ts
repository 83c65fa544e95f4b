/**
 * What the application's database role may do, in one place (docs/operational-store.md, "Roles"). The schema is
 * owned by the role that runs `vsv migrate`; the server runs as a login role that owns nothing and holds exactly the
 * privileges below: it reads and changes the operational tables, only adds to and reads the audit log, and only
 * reads the migration bookkeeping and the audit chain's head. `vsv migrate --grant <role>` applies them; run it again
 * after every migration that adds a table (a test fails when a table of the schema is missing here).
 */
import { VsvError } from "../domain/errors.js";
import type { Sql } from "./sql.js";

export type TablePrivilege = "SELECT" | "INSERT" | "UPDATE" | "DELETE";

const READ_WRITE: readonly TablePrivilege[] = ["SELECT", "INSERT", "UPDATE", "DELETE"];

/** Every table of the schema and what the application's role may do with it. */
export const APP_TABLE_PRIVILEGES: Readonly<Record<string, readonly TablePrivilege[]>> = {
  // Accounts and sign-in.
  accounts: READ_WRITE,
  account_scopes: READ_WRITE,
  sessions: READ_WRITE,
  login_attempts: READ_WRITE,
  oidc_logins: READ_WRITE,
  account_oidc_links: READ_WRITE,
  // Person-level casework.
  signals: READ_WRITE,
  cases: READ_WRITE,
  case_contacts: READ_WRITE,
  case_events: READ_WRITE,
  absence_reports: READ_WRITE,
  person_history: READ_WRITE,
  handovers: READ_WRITE,
  // Steering (no person data).
  target_plans: READ_WRITE,
  target_plan_regions: READ_WRITE,
  programmes: READ_WRITE,
  programme_parties: READ_WRITE,
  programme_topics: READ_WRITE,
  programme_measures: READ_WRITE,
  programme_budget_lines: READ_WRITE,
  programme_changes: READ_WRITE,
  action_lines: READ_WRITE,
  actions: READ_WRITE,
  action_progress_notes: READ_WRITE,
  // Append-only: never UPDATE, DELETE or TRUNCATE, whatever the triggers say.
  audit_log: ["SELECT", "INSERT"],
  // Written by the chain trigger (SECURITY DEFINER, as the owner); read by `vsv audit verify`.
  audit_log_chain_head: ["SELECT"],
  // The server checks the schema is current before it starts.
  schema_migrations: ["SELECT"],
};

/**
 * Functions the application's role calls by name (in queries or in row-level security policies). Trigger functions
 * need no EXECUTE: PostgreSQL does not check it when a trigger fires.
 */
export const APP_FUNCTIONS: readonly string[] = [
  // The row-level security policies (migration 0007) call these as the querying role.
  "vsv_scope()",
  "vsv_scope_regions()",
  "vsv_scope_institutions()",
  "vsv_scope_is_system()",
  "vsv_may_touch(text, text, text, text[], text[], boolean)",
];

/** `name` as a quoted SQL identifier. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export interface GrantResult {
  readonly role: string;
  readonly tables: number;
}

/**
 * Gives `role` (an existing login role) exactly the application's privileges: first revokes whatever it held on the
 * schema's tables, sequences and functions, then grants the list above, in one transaction. Run as the owner of the
 * schema. Refuses a superuser and the owner itself (the grants would limit nothing).
 */
export async function grantAppPrivileges(sql: Sql, role: string): Promise<GrantResult> {
  if (!/^[^\0]{1,63}$/.test(role)) throw new VsvError("BAD_ROLE", `"${role}" is not a role name: use 1 to 63 characters, e.g. vsv_app`);
  return sql.transaction(async (tx) => {
    const [found] = await tx.query<{ super: boolean; owner: boolean; is_current: boolean }>(
      `SELECT r.rolsuper AS super, r.rolname = current_user AS is_current,
              pg_has_role(r.oid, (SELECT relowner FROM pg_class WHERE oid = to_regclass('audit_log')), 'USAGE') AS owner
       FROM pg_roles r WHERE r.rolname = $1`,
      [role],
    );
    if (!found) {
      throw new VsvError("ROLE_NOT_FOUND", `There is no database role "${role}": create it first (CREATE ROLE ${quoteIdent(role)} LOGIN PASSWORD '…'), then grant again`);
    }
    if (found.super || found.owner || found.is_current) {
      throw new VsvError(
        "ROLE_TOO_POWERFUL",
        `The role "${role}" is ${found.super ? "a superuser" : "the owner of the schema (or a member of it)"}, so grants would limit nothing: create a separate login role for the application (CREATE ROLE vsv_app LOGIN PASSWORD '…') and grant that one`,
      );
    }
    const tables = await tx.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const missing = tables.map((t) => t.name).filter((t) => !(t in APP_TABLE_PRIVILEGES));
    if (missing.length > 0) {
      throw new VsvError(
        "GRANTS_INCOMPLETE",
        `The schema has tables that src/store/grants.ts does not list (${missing.join(", ")}): add them to APP_TABLE_PRIVILEGES with what the application may do`,
      );
    }
    const r = quoteIdent(role);
    await tx.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${r}`);
    await tx.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${r}`);
    await tx.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM ${r}`);
    await tx.query(`REVOKE CREATE ON SCHEMA public FROM ${r}`);
    await tx.query(`GRANT USAGE ON SCHEMA public TO ${r}`);
    const present = new Set(tables.map((t) => t.name));
    let granted = 0;
    for (const [table, privileges] of Object.entries(APP_TABLE_PRIVILEGES)) {
      if (!present.has(table)) continue; // a store migrated by an older list: granted once the migration is applied
      await tx.query(`GRANT ${privileges.join(", ")} ON ${quoteIdent(table)} TO ${r}`);
      granted++;
    }
    // Ids: nextval for the bigserial and identity columns of the tables above.
    await tx.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`);
    for (const fn of APP_FUNCTIONS) await tx.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${r}`);
    // Row-level security (migration 0007, docs/auth.md "Scope"): person data is read and written under
    // SET LOCAL ROLE vsv_scoped, which only members may do.
    await tx.query(`GRANT vsv_scoped TO ${r}`);
    return { role, tables: granted };
  });
}
