/**
 * Every refusal is logged (docs/auth.md, "Refusals"; docs/audit-log.md): enumerated, not sampled.
 * - CSRF: every closed route (tag auth or casework in the app's own OpenAPI document, so a new route is covered by
 *   itself) with an unsafe method, for every signed-in role, without and with a wrong X-CSRF-Token: 403, exactly one
 *   audit entry with that request's trace id — `denied`, under the session's account —, and nothing changed.
 * - Accounts: every account operation × every role, with the answer each must get; every 401/403/404/409 leaves
 *   one `denied` entry with the request's trace id and changes no account, every success leaves none.
 * On PGlite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/domain/casework/roles.js";
import { personRef } from "../../src/store/pseudonym.js";
import { type CaseworkTestApp, type TestClient, type TestResponse, TEST_KEY, caseworkApp } from "../support/casework-app.js";
import { listPerson } from "../store/case-seed.js";
import { Targets, storeKinds } from "../store/store-targets.js";
import { servedPaths } from "../support/openapi-paths.js";

const kinds = await storeKinds();
const UNSAFE = ["post", "patch", "put", "delete"] as const;
const CLOSED_TAGS = ["auth", "casework"];
/** The one closed route that takes no CSRF token: login (there is no session yet; it replaces the old one). */
const NO_CSRF = new Set(["POST /api/v1/auth/login"]);
const SIGNED_IN_ROLES: readonly Role[] = ["administrator", "national_analyst", "regional_officer", "regional_coordinator", "school_user"];
const NEW_PASSWORD = "nieuw wachtwoord voor de test";

interface AuditRow {
  action: string;
  actor_id: number | null;
  actor_role: string;
  purpose: string;
  subject_kind: string | null;
  region: string | null;
  details: Record<string, unknown>;
}

describe.each(kinds)("every refusal is logged on %s", (kind) => {
  const targets = new Targets(kind);
  let t: CaseworkTestApp;
  const users = new Map<Role, { id: number; username: string }>();
  const clients = new Map<Role, TestClient>();
  let caseId: number;

  beforeAll(async () => {
    t = await caseworkApp(await targets.fresh());
    // The request id (= the trace id of its audit entries) of every answer, whatever route and status.
    t.app.addHook("onSend", async (request, reply, payload) => {
      reply.header("x-test-request-id", request.id);
      return payload;
    });
    t.clock.set(new Date("2030-09-01T09:00:00Z"));
    const specs: Record<Role, { regions?: string[]; institutions?: string[] }> = {
      administrator: {},
      national_analyst: {},
      regional_officer: { regions: ["21"] },
      regional_coordinator: { regions: ["21"] },
      school_user: { institutions: ["27GZ"] },
    };
    for (const role of SIGNED_IN_ROLES) {
      const username = `user.${role.replaceAll("_", "-")}`;
      users.set(role, { username, ...(await t.createUser({ username, role, ...specs[role] })) });
      clients.set(role, await t.login(username));
    }
    // Person data a forged request could change: a listed young person with a case in region 21.
    const key = "200000001";
    await listPerson(t.sql, { key, ref: personRef(TEST_KEY, key) }, { region: "21", institution: "27GZ" });
    const opened = await clients.get("regional_officer")!.post("/api/v1/cases", { person_ref: personRef(TEST_KEY, key), region: "21" });
    expect(opened.status, opened.body).toBe(201);
    caseId = opened.json().case.id;
    expect(caseId).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await t?.close();
    await targets.cleanup();
  });

  const requestId = (r: TestResponse) => String(r.headers["x-test-request-id"]);
  const entriesOf = (r: TestResponse) =>
    t.sql.query<AuditRow>("SELECT action, actor_id, actor_role, purpose, subject_kind, region, details FROM audit_log WHERE trace_id = $1 ORDER BY id", [requestId(r)]);

  /** Every table but the audit log, as JSON: what a refused request must leave as it was. */
  /** Every table but the audit log (and its chain's head), which refusals add to by design. */
  async function snapshot(): Promise<string> {
    const tables = await t.sql.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('audit_log', 'audit_log_chain_head') ORDER BY 1",
    );
    const parts: Record<string, unknown> = {};
    for (const { name } of tables) parts[name] = await t.sql.query(`SELECT * FROM ${name} ORDER BY 1`);
    return JSON.stringify(parts);
  }

  describe("CSRF refusals", () => {
    /** The closed routes that change data, from the OpenAPI document the app serves. */
    async function unsafeClosedRoutes(): Promise<{ method: string; path: string }[]> {
      const doc = (await t.anonymous().get("/api/v1/openapi.json")).json() as { paths: Record<string, Record<string, { tags?: string[] }>> };
      const routes: { method: string; path: string }[] = [];
      for (const [path, operations] of servedPaths(doc)) {
        for (const method of UNSAFE) {
          const operation = operations[method];
          if (operation?.tags?.some((tag) => CLOSED_TAGS.includes(tag))) routes.push({ method: method.toUpperCase(), path });
        }
      }
      return routes;
    }

    /** A concrete URL: ids are the seeded case's, regions 21, other parameters a plausible value. */
    const urlOf = (path: string) =>
      path.replace(/\{(\w+)\}/g, (_, name: string) => (name === "id" ? String(caseId) : name === "region" ? "21" : name === "person_ref" ? personRef(TEST_KEY, "200000001") : "x1"));

    it("finds the closed routes that change data, including the person-level writes", async () => {
      const listed = (await unsafeClosedRoutes()).map((r) => `${r.method} ${r.path}`);
      expect(listed).toEqual(
        expect.arrayContaining([
          "POST /api/v1/auth/login",
          "POST /api/v1/auth/logout",
          "POST /api/v1/accounts",
          "PATCH /api/v1/accounts/{id}",
          "POST /api/v1/cases",
          "PATCH /api/v1/cases/{id}",
          "POST /api/v1/cases/{id}/contacts",
          "POST /api/v1/absence-reports",
          "POST /api/v1/absence-reports/{id}/case",
        ]),
      );
      expect(listed.length).toBeGreaterThanOrEqual(20);
    });

    it("refuses every one of them (403) for every role without the token or with a wrong one, logs each as denied under that request's trace id, and changes nothing", async () => {
      const routes = (await unsafeClosedRoutes()).filter((r) => !NO_CSRF.has(`${r.method} ${r.path}`));
      const failures: string[] = [];
      let tried = 0;
      for (const route of routes) {
        const before = await snapshot();
        for (const role of SIGNED_IN_ROLES) {
          const client = clients.get(role)!;
          for (const token of [undefined, "wrong-token", clients.get(role === "administrator" ? "school_user" : "administrator")!.csrf]) {
            const label = `${route.method} ${route.path} as ${role}, token ${token === undefined ? "missing" : "wrong"}`;
            const r = await client.send(route.method as "POST", urlOf(route.path), { body: {}, headers: token === undefined ? {} : { "x-csrf-token": token } });
            tried += 1;
            if (r.status !== 403 || r.json().title !== "CSRF-token ontbreekt of klopt niet") {
              failures.push(`${label}: answered ${r.status} ${r.body.slice(0, 120)}`);
              continue;
            }
            const entries = await entriesOf(r);
            const expected = {
              action: "denied",
              actor_id: users.get(role)!.id,
              actor_role: role,
              subject_kind: "session",
              details: { reason: token === undefined ? "csrf_token_missing" : "csrf_token_mismatch", method: route.method, status: 403, route: route.path.replace(/\{(\w+)\}/g, ":$1") },
            };
            if (entries.length !== 1 || JSON.stringify(pick(entries[0]!, expected)) !== JSON.stringify(expected)) {
              failures.push(`${label}: audit entries ${JSON.stringify(entries)}`);
            }
          }
        }
        if ((await snapshot()) !== before) failures.push(`${route.method} ${route.path}: a refused request changed data`);
      }
      expect(failures).toEqual([]);
      expect(tried).toBe(routes.length * SIGNED_IN_ROLES.length * 3);
    });

    it("would have noticed a change: the same requests with the token do change data", async () => {
      const officer = clients.get("regional_officer")!;
      const before = await snapshot();
      const r = await officer.post(`/api/v1/cases/${caseId}/contacts`, { contact_on: "2030-08-30", channel: "phone" });
      expect(r.status, r.body).toBe(201);
      expect(await snapshot()).not.toBe(before);
      expect((await entriesOf(r)).map((e) => e.action)).not.toContain("denied");
    });
  });

  describe("refused account operations", () => {
    type Client = Role | "anonymous";
    const ROLES: readonly Client[] = ["anonymous", ...SIGNED_IN_ROLES];
    let ids: Record<string, number>;

    beforeAll(async () => {
      ids = {
        officer21: (await t.createUser({ username: "target.officer.21", role: "regional_officer", regions: ["21"] })).id,
        renamed21: (await t.createUser({ username: "target.renamed.21", role: "regional_officer", regions: ["21"] })).id,
        officer22: (await t.createUser({ username: "target.officer.22", role: "regional_officer", regions: ["22"] })).id,
        coordinator2122: (await t.createUser({ username: "target.coord.21.22", role: "regional_coordinator", regions: ["21", "22"] })).id,
      };
    });

    /** The operations, and what each role gets: a role left out gets 403, anonymous 401. */
    const operations: {
      name: string;
      send: (client: TestClient, role: Client) => Promise<TestResponse>;
      expect: Partial<Record<Client, number>>;
      /** The `reason` of the denied entry, for the refusals the account routes themselves decide. */
      reason?: Partial<Record<Client, string>>;
    }[] = [
      { name: "list accounts", send: (c) => c.get("/api/v1/accounts"), expect: { regional_coordinator: 200, administrator: 200 } },
      {
        name: "create an officer of region 21",
        send: (c, role) => c.post("/api/v1/accounts", { username: `new.${role}.21`, display_name: "Nieuw", role: "regional_officer", regions: ["21"], password: NEW_PASSWORD }),
        expect: { regional_coordinator: 201, administrator: 201 },
      },
      {
        name: "create an officer of region 22",
        send: (c, role) => c.post("/api/v1/accounts", { username: `new.${role}.22`, display_name: "Nieuw", role: "regional_officer", regions: ["22"], password: NEW_PASSWORD }),
        expect: { regional_coordinator: 403, administrator: 201 },
        reason: { regional_coordinator: "region_not_theirs" },
      },
      {
        name: "create an administrator",
        send: (c, role) => c.post("/api/v1/accounts", { username: `new.${role}.admin`, display_name: "Nieuw", role: "administrator", password: NEW_PASSWORD }),
        expect: { regional_coordinator: 403, administrator: 201 },
        reason: { regional_coordinator: "role_not_allowed" },
      },
      {
        name: "create an account under a taken user name",
        send: (c) => c.post("/api/v1/accounts", { username: "target.officer.21", display_name: "Dubbel", role: "regional_officer", regions: ["21"], password: NEW_PASSWORD }),
        expect: { regional_coordinator: 409, administrator: 409 },
        reason: { regional_coordinator: "username_taken", administrator: "username_taken" },
      },
      {
        name: "rename an officer of region 21",
        send: (c) => c.patch(`/api/v1/accounts/${ids.renamed21}`, { display_name: "Anders" }),
        expect: { regional_coordinator: 403, administrator: 200 },
        reason: { regional_coordinator: "field_not_allowed" },
      },
      {
        name: "disable an officer of region 22",
        send: (c) => c.patch(`/api/v1/accounts/${ids.officer22}`, { disabled: true }),
        expect: { regional_coordinator: 404, administrator: 200 },
        reason: { regional_coordinator: "no_such_account" },
      },
      {
        name: "disable a fellow coordinator",
        send: (c) => c.patch(`/api/v1/accounts/${ids.coordinator2122}`, { disabled: true }),
        expect: { regional_coordinator: 403, administrator: 200 },
        reason: { regional_coordinator: "not_their_officer" },
      },
      {
        name: "disable an account that does not exist",
        send: (c) => c.patch("/api/v1/accounts/999999", { disabled: true }),
        expect: { regional_coordinator: 404, administrator: 404 },
        reason: { regional_coordinator: "no_such_account", administrator: "no_such_account" },
      },
      {
        name: "disable one's own account",
        send: (c, role) => c.patch(`/api/v1/accounts/${role === "anonymous" ? users.get("administrator")!.id : users.get(role)!.id}`, { disabled: true }),
        expect: { regional_coordinator: 403, administrator: 409 },
        reason: { regional_coordinator: "not_their_officer", administrator: "own_account" },
      },
      {
        name: "disable an officer of region 21",
        send: (c) => c.patch(`/api/v1/accounts/${ids.officer21}`, { disabled: true }),
        expect: { regional_coordinator: 200, administrator: 200 },
      },
    ];

    it("answers every operation × role as specified; every refusal leaves one denied entry with its trace id and changes no account, every success none", async () => {
      const failures: string[] = [];
      let refusals = 0;
      for (const op of operations) {
        for (const role of ROLES) {
          const label = `${op.name} as ${role}`;
          const expected = op.expect[role] ?? (role === "anonymous" ? 401 : 403);
          const before = await t.sql.query("SELECT * FROM accounts ORDER BY id");
          const r = await op.send(role === "anonymous" ? t.anonymous() : clients.get(role)!, role);
          if (r.status !== expected) {
            failures.push(`${label}: expected ${expected}, answered ${r.status} ${r.body.slice(0, 160)}`);
            continue;
          }
          const entries = await entriesOf(r);
          const denied = entries.filter((e) => e.action === "denied");
          if (expected >= 400) {
            refusals += 1;
            if (entries.length !== 1 || denied.length !== 1) failures.push(`${label} (${expected}): audit entries ${JSON.stringify(entries)}`);
            else {
              const [entry] = denied;
              const reason = op.reason?.[role] ?? (role === "anonymous" ? undefined : "not_an_account_manager");
              const ok =
                entry!.actor_id === (role === "anonymous" ? null : users.get(role)!.id) &&
                entry!.details.status === expected &&
                (role === "anonymous" || (entry!.purpose.startsWith("account_management:") && entry!.subject_kind === "account" && entry!.details.reason === reason));
              if (!ok) failures.push(`${label} (${expected}): the denied entry is ${JSON.stringify(entry)}, expected reason ${reason}`);
              if (role === "regional_coordinator" && entry!.region !== "21") failures.push(`${label}: the coordinator's refusal is not in region 21's log`);
            }
            if (JSON.stringify(await t.sql.query("SELECT * FROM accounts ORDER BY id")) !== JSON.stringify(before)) failures.push(`${label}: a refused operation changed the accounts`);
          } else if (denied.length > 0) {
            failures.push(`${label} (${expected}): a success logged as denied ${JSON.stringify(denied)}`);
          }
        }
      }
      expect(failures).toEqual([]);
      expect(refusals).toBe(operations.length * ROLES.length - operations.reduce((n, op) => n + Object.values(op.expect).filter((s) => s! < 400).length, 0));
    });

    it("never logs the password of a refused operation", async () => {
      const log = JSON.stringify(await t.sql.query("SELECT * FROM audit_log"));
      expect(log).not.toContain(NEW_PASSWORD);
    });
  });
});

/** The fields of `row` named in `shape`, nested objects by their own keys. */
function pick(row: object, shape: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(shape)) {
    const value = (row as Record<string, unknown>)[k];
    out[k] = v !== null && typeof v === "object" && value !== null && typeof value === "object" ? pick(value, v) : value;
  }
  return out;
}
