/**
 * The server as a least-privilege PostgreSQL role (issue 12, part 8; docs/operational-store.md, "Roles"): a real login
 * role that owns nothing, granted by grantAppPrivileges (src/store/grants.ts) on a store the owner migrated. The
 * server starts as it (check-only schema mode), signs in, reads and writes through the routes, runs its background
 * jobs — and cannot change, remove or unprotect audit entries. A store that is behind is refused with what to run.
 * PostgreSQL only (PGlite has one user, the superuser); in CI it must run, never skip.
 */
import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../../src/store/audit-chain.js";
import { spoolAudit } from "../../src/store/audit-spool.js";
import { buildApp } from "../../src/server/app.js";
import { type CaseworkRuntime, openCaseworkRuntime } from "../../src/server/casework/open.js";
import { createAccount } from "../../src/store/accounts.js";
import { APP_TABLE_PRIVILEGES, grantAppPrivileges, quoteIdent } from "../../src/store/grants.js";
import { openOperationalStore, type OperationalStore, withOperationalStore } from "../../src/store/index.js";
import { systemSql } from "../../src/store/scope.js";
import type { Sql } from "../../src/store/sql.js";
import { migrations } from "../../src/store/migrations/index.js";
import { personRef } from "../../src/store/pseudonym.js";
import { runRetention } from "../../src/store/retention.js";
import { sessionCookieOf } from "../support/casework-app.js";
import { tempDir } from "../support/temp-dirs.js";
import { rejection } from "./test-migrations.js";
import { type Target, Targets, adminQuery, storeKinds } from "./store-targets.js";

const hasPostgres = (await storeKinds()).includes("postgres");
const PASSWORD = "wachtwoord van de begeleider";

/** The target's URL, signed in as `role` instead of the owner (the test server trusts local connections). */
function asRole(target: Target, role: string): string {
  const url = new URL(target.databaseUrl!);
  url.username = role;
  url.password = "";
  return url.toString();
}

describe.skipIf(!hasPostgres)("the server as a least-privilege PostgreSQL role", () => {
  const targets = new Targets("postgres");
  const suffix = randomBytes(5).toString("hex");
  const role = `vsv_app_${suffix}`;
  const bare = `vsv_app_${suffix}_bare`;
  let target: Target;
  let owner: OperationalStore;
  let runtime: CaseworkRuntime;
  let app: FastifyInstance;
  /** A plain connection as the role, for statements the application never sends. */
  let direct: pg.Client;

  beforeAll(async () => {
    await adminQuery(`CREATE ROLE ${quoteIdent(role)} LOGIN`);
    await adminQuery(`CREATE ROLE ${quoteIdent(bare)} LOGIN`);
    target = await targets.fresh();
    owner = await openOperationalStore(target);
    await grantAppPrivileges(owner, role);
    runtime = await openCaseworkRuntime({ dataDir: target.dataDir, databaseUrl: asRole(target, role), postgresSchema: "check", jobs: false });
    app = await buildApp({ dataDir: tempDir("vsv-restricted-app-"), webRoot: tempDir("vsv-no-web-"), casework: runtime });
    direct = new pg.Client({ connectionString: asRole(target, role) });
    await direct.connect();
  }, 120_000);
  afterAll(async () => {
    await direct?.end();
    await app?.close();
    await runtime?.close();
    await owner?.close();
    await targets.cleanup(); // drops the databases, and with them the grants
    await adminQuery(`DROP ROLE IF EXISTS ${quoteIdent(role)}`);
    await adminQuery(`DROP ROLE IF EXISTS ${quoteIdent(bare)}`);
  });

  it("runs as that role, which owns nothing and is no superuser", async () => {
    const [me] = await runtime.sql.query<{ user: string; super: boolean; owns: number }>(
      `SELECT current_user AS user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS super,
              (SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = current_user) AS owns`,
    );
    expect(me).toEqual({ user: role, super: false, owns: 0 });
  });

  it("signs in, opens a case and records a contact through the routes, and reads them back", async () => {
    const key = "123456782";
    const ref = personRef(runtime.key, key);
    const insert = (sql: Sql) =>
      sql.query(
        `INSERT INTO signals (person_ref, person_key, list, source, teljaar, report_month, region, institution, family_name, given_names, age)
         VALUES ($1, $2, 'possible', 'duo', '2024-2025', '2025-10', '21', '27GZ', 'Jansen', 'Sam', 19)`,
        [ref, key],
      );
    // Row-level security holds for this role too: without a scope it cannot write (nor read) person rows; loading
    // the lists is the system's job, under the system scope.
    await expect(insert(runtime.sql)).rejects.toThrow(/row-level security/);
    await insert(systemSql(runtime.sql));
    expect(await runtime.sql.query("SELECT 1 FROM signals")).toEqual([]);
    await createAccount(runtime.sql, { username: "anna", displayName: "Anna de Wit", role: "regional_officer", regions: ["21"], institutions: [], password: PASSWORD });
    const login = await app.inject({ method: "POST", url: "/api/v1/auth/login", headers: { "content-type": "application/json" }, payload: JSON.stringify({ username: "anna", password: PASSWORD }) });
    expect(login.statusCode, login.body).toBe(200);
    const headers = { cookie: sessionCookieOf(login.headers), "x-csrf-token": (JSON.parse(login.body) as { csrf_token: string }).csrf_token, "content-type": "application/json" };

    const list = await app.inject({ method: "GET", url: "/api/v1/signals?list=possible", headers });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.body).toContain(ref);
    const opened = await app.inject({ method: "POST", url: "/api/v1/cases", headers, payload: JSON.stringify({ person_ref: ref }) });
    expect(opened.statusCode, opened.body).toBe(201);
    const caseId = (JSON.parse(opened.body) as { case: { id: number } }).case.id;
    const contact = await app.inject({ method: "POST", url: `/api/v1/cases/${caseId}/contacts`, headers, payload: JSON.stringify({ contact_on: "2025-10-20", channel: "phone", reached: true, note: "Gebeld" }) });
    expect(contact.statusCode, contact.body).toBe(201);
    const page = await app.inject({ method: "GET", url: `/api/v1/cases/${caseId}`, headers });
    expect(page.statusCode, page.body).toBe(200);
    expect(JSON.parse(page.body)).toMatchObject({ case: { contact_count: 1 }, contacts: [{ note: "Gebeld" }] });
    const logout = await app.inject({ method: "POST", url: "/api/v1/auth/logout", headers: { cookie: headers.cookie, "x-csrf-token": headers["x-csrf-token"] } });
    expect(logout.statusCode, logout.body).toBe(204);

    // Every request above was logged, as this role, and the chain still holds.
    const [entries] = await owner.query<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action IN ('login', 'read', 'create', 'update', 'logout')");
    expect(entries!.n).toBeGreaterThanOrEqual(5);
    expect((await verifyAuditChain(runtime.sql)).broken).toBeNull();
  });

  it("runs the server's background work: the retention job and the spool drain", async () => {
    const result = await runRetention(runtime.sql, new Date());
    expect(result.removed.sessions).toBeGreaterThanOrEqual(0);
    spoolAudit(target.dataDir, [
      { at: new Date().toISOString(), actor_id: null, actor_role: "operator", action: "read", subject_kind: null, subject_pseudonym: null, purpose: "analysis: x", details: null, region: null, trace_id: null },
    ]);
    // A second open as the role (what a restart does) moves the spool into the log.
    await withOperationalStore({ dataDir: target.dataDir, databaseUrl: asRole(target, role), postgresSchema: "check" }, async (s) => {
      const [row] = await s.query<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE actor_role = 'operator'");
      expect(row!.n).toBe(1);
    });
  });

  it.each([
    ["UPDATE", "UPDATE audit_log SET purpose = 'x'", /permission denied for table audit_log/],
    ["DELETE", "DELETE FROM audit_log", /permission denied for table audit_log/],
    ["TRUNCATE", "TRUNCATE audit_log", /permission denied for table audit_log/],
    ["ALTER TABLE (switch the trigger off)", "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete", /must be owner of table audit_log/],
    ["ALTER TABLE (drop a column)", "ALTER TABLE audit_log DROP COLUMN details", /must be owner of table audit_log/],
    ["DROP TRIGGER", "DROP TRIGGER audit_log_z_chain ON audit_log", /must be owner of (table|relation) audit_log/],
    ["UPDATE of the chain's head", "UPDATE audit_log_chain_head SET last_seq = 0", /permission denied for table audit_log_chain_head/],
    ["CREATE TABLE", "CREATE TABLE mine (x int)", /permission denied for schema public/],
  ])("refuses %s to that role (permission denied, not just the trigger)", async (_what, statement, message) => {
    const [before] = await owner.query<{ n: number }>("SELECT count(*) AS n FROM audit_log");
    const error = await direct.query(statement).then(
      () => null,
      (e: { code?: string; message: string }) => e,
    );
    expect(error?.code).toBe("42501");
    expect(error?.message).toMatch(message);
    const [after] = await owner.query<{ n: number }>("SELECT count(*) AS n FROM audit_log");
    expect(after!.n).toBe(before!.n);
  });

  it("holds exactly the listed privileges: only SELECT and INSERT on the audit log, and a grant for every table", async () => {
    const rows = await owner.query<{ table_name: string; privilege_type: string }>(
      `SELECT table_name, privilege_type FROM information_schema.role_table_grants WHERE grantee = $1 ORDER BY table_name, privilege_type`,
      [role],
    );
    const held: Record<string, string[]> = {};
    for (const r of rows) (held[r.table_name] ??= []).push(r.privilege_type);
    expect(held.audit_log).toEqual(["INSERT", "SELECT"]);
    const expected = Object.fromEntries(Object.entries(APP_TABLE_PRIVILEGES).map(([t, p]) => [t, [...p].sort()]));
    expect(held).toEqual(expected);
  });

  it("without the grants the role cannot read the schema, and is told what to run", async () => {
    const e = await rejection(openCaseworkRuntime({ dataDir: target.dataDir, databaseUrl: asRole(target, bare), postgresSchema: "check", jobs: false }));
    expect(e.code).toBe("SCHEMA_NOT_READABLE");
    expect(e.message).toContain(`vsv migrate --grant ${bare}`);
  });

  it("refuses to start on a store that is behind, saying which migration it is at and what to run", async () => {
    const behind = await targets.fresh();
    await withOperationalStore({ ...behind, migrations: migrations.slice(0, -1) }, (s) => grantAppPrivileges(s, role));
    const open = () => openCaseworkRuntime({ dataDir: behind.dataDir, databaseUrl: asRole(behind, role), postgresSchema: "check", jobs: false });
    const e = await rejection(open());
    expect(e.code).toBe("SCHEMA_OUTDATED");
    const at = migrations.at(-2)!.version;
    const needs = migrations.at(-1)!.version;
    expect(e.message).toContain(`The operational store is at migration ${at}, this version needs ${needs}`);
    expect(e.message).toContain("run `vsv migrate` as the database owner");
    // Nothing was changed by trying; the role cannot migrate either (it is told to ask the owner) …
    const tried = await rejection(withOperationalStore({ dataDir: behind.dataDir, databaseUrl: asRole(behind, role) }, async () => {}));
    expect(tried.code).toBe("MIGRATION_NOT_ALLOWED");
    expect(tried.message).toContain("run `vsv migrate` as the database owner");
    // … and once the owner has migrated and granted again, it starts.
    await withOperationalStore(behind, (s) => grantAppPrivileges(s, role));
    const started = await open();
    await started.close();
  });
});
