/**
 * Managing accounts over the API (docs/auth.md): the administrator manages every account, a coordinator only the
 * regional officers of their own regions; other roles get 403. Every change is audited without the password.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CaseworkTestApp, type TestClient, caseworkApp } from "../support/casework-app.js";
import { Targets, storeKinds } from "../store/store-targets.js";

const kinds = await storeKinds();
const NEW_PASSWORD = "nieuw wachtwoord voor de test";

describe.each(kinds)("accounts over the API on %s", (kind) => {
  const targets = new Targets(kind);
  let t: CaseworkTestApp;
  let admin: TestClient;
  let coordinator: TestClient;
  let officer: TestClient;
  let ids: Record<string, number>;

  beforeAll(async () => {
    t = await caseworkApp(await targets.fresh());
    ids = {
      admin: (await t.createUser({ username: "admin", role: "administrator" })).id,
      coordinator: (await t.createUser({ username: "coord.21", role: "regional_coordinator", regions: ["21"] })).id,
      officer21: (await t.createUser({ username: "officer.21", role: "regional_officer", regions: ["21"] })).id,
      officer22: (await t.createUser({ username: "officer.22", role: "regional_officer", regions: ["22"] })).id,
      coordinator2122: (await t.createUser({ username: "coord.21.22", role: "regional_coordinator", regions: ["21", "22"] })).id,
      school: (await t.createUser({ username: "school", role: "school_user", institutions: ["27GZ"] })).id,
      analyst: (await t.createUser({ username: "analist", role: "national_analyst" })).id,
    };
    admin = await t.login("admin");
    coordinator = await t.login("coord.21");
    officer = await t.login("officer.21");
  });
  afterAll(async () => {
    await t?.close();
    await targets.cleanup();
  });

  const auditCount = async () => (await t.sql.query<{ n: number }>("SELECT count(*) AS n FROM audit_log"))[0]!.n;

  describe("the administrator", () => {
    it("lists every account with role and scope, and no password hash", async () => {
      const r = await admin.get("/api/v1/accounts");
      expect(r.status).toBe(200);
      const accounts = r.json().accounts as Array<Record<string, unknown>>;
      expect(accounts.map((a) => a.username)).toEqual(expect.arrayContaining(["admin", "coord.21", "officer.22", "school", "analist"]));
      expect(accounts.find((a) => a.username === "analist")).toMatchObject({ role: "national_analyst", role_label: "Landelijk analist", national: true, regions: [], institutions: [] });
      expect(accounts.find((a) => a.username === "school")).toMatchObject({ institutions: ["27GZ"], disabled: false, has_password: true });
      expect(r.body).not.toContain("argon2");
    });

    it("creates an account of any role, audited without the password", async () => {
      const r = await admin.post("/api/v1/accounts", { username: "new.school", display_name: "Nieuwe school", role: "school_user", institutions: ["30AB"], password: NEW_PASSWORD });
      expect(r.status).toBe(201);
      expect(r.json()).toMatchObject({ username: "new.school", role: "school_user", institutions: ["30AB"] });
      expect(r.headers.location).toBe(`/api/v1/accounts/${r.json().id}`);
      const [entry] = await t.sql.query<{ action: string; actor_id: number; subject_kind: string; purpose: string; details: Record<string, unknown> }>(
        "SELECT action, actor_id, subject_kind, purpose, details FROM audit_log WHERE action = 'create' AND details->>'account_id' = $1",
        [String(r.json().id)],
      );
      expect(entry).toMatchObject({ action: "create", actor_id: ids.admin, subject_kind: "account", details: { role: "school_user", institutions: ["30AB"] } });
      expect(entry!.purpose).toMatch(/^account_management:/);
      expect(JSON.stringify(await t.sql.query("SELECT * FROM audit_log"))).not.toContain(NEW_PASSWORD);
      expect((await t.login("new.school", NEW_PASSWORD)).csrf).not.toBe("");
    });

    it("refuses scopes that do not fit the role, bad codes, short passwords and taken names (400/409), creating nothing", async () => {
      const before = (await admin.get("/api/v1/accounts")).json().accounts.length;
      const cases: Array<[Record<string, unknown>, number, string]> = [
        [{ role: "regional_officer", regions: [] }, 400, "regions"],
        [{ role: "regional_officer", regions: ["42"] }, 400, "regions"],
        [{ role: "school_user", institutions: ["XYZ"] }, 400, "institutions"],
        [{ role: "national_analyst", regions: ["21"] }, 400, "regions"],
        [{ role: "administrator", password: "te kort" }, 400, "password"],
        [{ role: "administrator", username: "admin" }, 409, ""],
        [{ role: "superuser" }, 400, "role"],
      ];
      for (const [change, status, field] of cases) {
        const r = await admin.post("/api/v1/accounts", { username: "refused.one", display_name: "X", password: NEW_PASSWORD, ...change });
        expect(r.status, JSON.stringify(change)).toBe(status);
        if (field) expect(r.json().invalid_params?.[0]?.name ?? r.json().detail, JSON.stringify(change)).toContain(field);
      }
      expect((await admin.get("/api/v1/accounts")).json().accounts.length).toBe(before);
    });

    it("changes name and scopes, sets a password (ending the account's sessions) and disables an account", async () => {
      const { id } = await t.createUser({ username: "to.change", role: "regional_officer", regions: ["05"] });
      const user = await t.login("to.change");
      const r = await admin.patch(`/api/v1/accounts/${id}`, { display_name: "Gewijzigd", regions: ["06", "07"] });
      expect(r.status).toBe(200);
      expect(r.json()).toMatchObject({ display_name: "Gewijzigd", regions: ["06", "07"] });
      expect((await user.get("/api/v1/auth/me")).json().user.regions).toEqual(["06", "07"]);
      expect((await admin.patch(`/api/v1/accounts/${id}`, { password: NEW_PASSWORD })).status).toBe(200);
      expect((await user.get("/api/v1/auth/me")).status).toBe(401);
      const again = await t.login("to.change", NEW_PASSWORD);
      expect((await admin.patch(`/api/v1/accounts/${id}`, { disabled: true })).json().disabled).toBe(true);
      expect((await again.get("/api/v1/auth/me")).status).toBe(401);
      await expect(t.login("to.change", NEW_PASSWORD)).rejects.toThrow("answered 401");
      const [entry] = await t.sql.query<{ details: Record<string, unknown> }>(
        "SELECT details FROM audit_log WHERE action = 'update' AND details->>'account_id' = $1 AND details->'fields' ? 'password'",
        [String(id)],
      );
      expect(entry?.details.fields).toEqual(["password"]);
      expect(JSON.stringify(await t.sql.query("SELECT * FROM audit_log"))).not.toContain(NEW_PASSWORD);
    });

    it("cannot disable their own account; an unknown account is 404", async () => {
      expect((await admin.patch(`/api/v1/accounts/${ids.admin}`, { disabled: true })).status).toBe(409);
      expect((await admin.patch("/api/v1/accounts/999999", { disabled: true })).status).toBe(404);
    });
  });

  describe("a regional coordinator", () => {
    it("lists the accounts of their own region only", async () => {
      const r = await coordinator.get("/api/v1/accounts");
      expect(r.status).toBe(200);
      const names = (r.json().accounts as Array<{ username: string }>).map((a) => a.username);
      expect(names).toEqual(expect.arrayContaining(["coord.21", "officer.21", "coord.21.22"]));
      expect(names).not.toContain("officer.22");
      expect(names).not.toContain("admin");
      expect(names).not.toContain("school");
    });

    it("creates a regional officer in their own region", async () => {
      const r = await coordinator.post("/api/v1/accounts", { username: "officer.21.new", display_name: "Nieuw", role: "regional_officer", regions: ["21"], password: NEW_PASSWORD });
      expect(r.status).toBe(201);
      expect(r.json()).toMatchObject({ role: "regional_officer", regions: ["21"] });
    });

    it("may not create an officer in another region, nor any other role (403, each audited as denied), and nothing is created", async () => {
      const before = await auditCount();
      const other = await coordinator.post("/api/v1/accounts", { username: "officer.sneaky", display_name: "X", role: "regional_officer", regions: ["22"], password: NEW_PASSWORD });
      expect(other.status).toBe(403);
      const both = await coordinator.post("/api/v1/accounts", { username: "officer.sneaky", display_name: "X", role: "regional_officer", regions: ["21", "22"], password: NEW_PASSWORD });
      expect(both.status).toBe(403);
      for (const role of ["regional_coordinator", "administrator", "school_user", "national_analyst"]) {
        const r = await coordinator.post("/api/v1/accounts", { username: "role.sneaky", display_name: "X", role, regions: ["21"], password: NEW_PASSWORD });
        expect(r.status, role).toBe(403);
      }
      const found = await t.sql.query("SELECT id FROM accounts WHERE username IN ('officer.sneaky', 'role.sneaky')");
      expect(found).toEqual([]);
      const denied = await t.sql.query<{ action: string; actor_id: number }>("SELECT action, actor_id FROM audit_log ORDER BY id OFFSET $1", [before]);
      expect(denied.filter((d) => d.action === "denied" && d.actor_id === ids.coordinator).length).toBe(6);
    });

    it("disables and enables an officer of their region, but changes nothing else", async () => {
      const disabled = await coordinator.patch(`/api/v1/accounts/${ids.officer21}`, { disabled: true });
      expect(disabled.status).toBe(200);
      expect(disabled.json().disabled).toBe(true);
      expect((await officer.get("/api/v1/auth/me")).status).toBe(401);
      expect((await coordinator.patch(`/api/v1/accounts/${ids.officer21}`, { disabled: false })).json().disabled).toBe(false);
      for (const change of [{ regions: ["22"] }, { password: NEW_PASSWORD }, { display_name: "Anders" }]) {
        expect((await coordinator.patch(`/api/v1/accounts/${ids.officer21}`, change)).status, JSON.stringify(change)).toBe(403);
      }
      expect((await t.sql.query("SELECT display_name FROM accounts WHERE id = $1", [ids.officer21]))[0]).toEqual({ display_name: "officer.21" });
    });

    it("cannot touch accounts outside their officers: 404 for another region's, 403 for a fellow coordinator", async () => {
      expect((await coordinator.patch(`/api/v1/accounts/${ids.officer22}`, { disabled: true })).status).toBe(404);
      expect((await coordinator.patch(`/api/v1/accounts/${ids.admin}`, { disabled: true })).status).toBe(404);
      expect((await coordinator.patch(`/api/v1/accounts/${ids.coordinator2122}`, { disabled: true })).status).toBe(403);
      const rows = await t.sql.query("SELECT id FROM accounts WHERE disabled_at IS NOT NULL AND id = ANY($1::bigint[])", [[ids.officer22, ids.admin, ids.coordinator2122]]);
      expect(rows).toEqual([]);
    });
  });

  describe("password reset", () => {
    it("a coordinator resets an officer of their region: a new password shown once, sessions ended, audited without it", async () => {
      const victim = (await t.createUser({ username: "reset.21", role: "regional_officer", regions: ["21"] })).id;
      const session = await t.login("reset.21");
      expect((await session.get("/api/v1/auth/me")).status).toBe(200);
      const r = await coordinator.post(`/api/v1/accounts/${victim}/password-reset`);
      expect(r.status).toBe(200);
      expect(r.headers["cache-control"]).toBe("no-store");
      const { password, account } = r.json() as { password: string; account: Record<string, unknown> };
      expect(account).toMatchObject({ id: victim, username: "reset.21" });
      expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
      // The old session ended; the old password no longer works, the new one does.
      expect((await session.get("/api/v1/auth/me")).status).toBe(401);
      await expect(t.login("reset.21")).rejects.toThrow();
      expect((await t.login("reset.21", password)).csrf).not.toBe("");
      const [entry] = await t.sql.query<{ action: string; actor_id: number; details: Record<string, unknown> }>(
        "SELECT action, actor_id, details FROM audit_log WHERE details->>'account_id' = $1 AND details->>'reset' = 'true'",
        [String(victim)],
      );
      expect(entry).toMatchObject({ action: "update", actor_id: ids.coordinator, details: { fields: ["password"], reset: true } });
      expect(JSON.stringify(await t.sql.query("SELECT details FROM audit_log"))).not.toContain(password);
    });

    it("is refused for another region's officer (404), a non-officer of the region or oneself (403) and officers (403)", async () => {
      const before = await t.sql.query<{ h: string }>("SELECT password_hash AS h FROM accounts WHERE id = ANY($1::bigint[]) ORDER BY id", [[ids.officer22, ids.coordinator2122, ids.coordinator]]);
      expect((await coordinator.post(`/api/v1/accounts/${ids.officer22}/password-reset`)).status).toBe(404);
      expect((await coordinator.post(`/api/v1/accounts/${ids.coordinator2122}/password-reset`)).status).toBe(403);
      expect((await coordinator.post(`/api/v1/accounts/${ids.coordinator}/password-reset`)).status).toBe(403);
      expect((await coordinator.post("/api/v1/accounts/999999/password-reset")).status).toBe(404);
      const anOfficer = await t.login("officer.22");
      expect((await anOfficer.post(`/api/v1/accounts/${ids.officer21}/password-reset`)).status).toBe(403);
      const after = await t.sql.query<{ h: string }>("SELECT password_hash AS h FROM accounts WHERE id = ANY($1::bigint[]) ORDER BY id", [[ids.officer22, ids.coordinator2122, ids.coordinator]]);
      expect(after).toEqual(before);
      const denied = await t.sql.query<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'denied' AND details->>'reset' = 'password'");
      expect(denied[0]!.n).toBeGreaterThanOrEqual(4);
    });

    it("an administrator resets any account but their own", async () => {
      const other = (await t.createUser({ username: "reset.school", role: "school_user", institutions: ["27GZ"] })).id;
      const r = await admin.post(`/api/v1/accounts/${other}/password-reset`);
      expect(r.status).toBe(200);
      expect((await t.login("reset.school", r.json().password)).csrf).not.toBe("");
      expect((await admin.post(`/api/v1/accounts/${ids.admin}/password-reset`)).status).toBe(409);
    });
  });

  describe("other roles", () => {
    it("get 403 on every account route, anonymous users 401", async () => {
      const others = [officer, await t.login("school"), await t.login("analist")];
      // officer.21 was disabled and enabled again in between: sign in anew.
      others[0] = await t.login("officer.21");
      for (const client of others) {
        expect((await client.get("/api/v1/accounts")).status).toBe(403);
        expect((await client.post("/api/v1/accounts", { username: "x.y.z", display_name: "X", role: "administrator", password: NEW_PASSWORD })).status).toBe(403);
        expect((await client.patch(`/api/v1/accounts/${ids.admin}`, { disabled: true })).status).toBe(403);
      }
      expect((await t.anonymous().get("/api/v1/accounts")).status).toBe(401);
      expect((await t.anonymous().post("/api/v1/accounts", { username: "x.y.z", display_name: "X", role: "administrator", password: NEW_PASSWORD })).status).toBe(401);
    });

    it("a POST without the CSRF header changes nothing (403)", async () => {
      const r = await admin.send("POST", "/api/v1/accounts", { body: { username: "csrf.victim", display_name: "X", role: "administrator", password: NEW_PASSWORD } });
      expect(r.status).toBe(403);
      expect(await t.sql.query("SELECT id FROM accounts WHERE username = 'csrf.victim'")).toEqual([]);
      const patch = await admin.send("PATCH", `/api/v1/accounts/${ids.school}`, { body: { disabled: true }, headers: { "x-csrf-token": "wrong" } });
      expect(patch.status).toBe(403);
      expect((await t.sql.query<{ d: Date | null }>("SELECT disabled_at AS d FROM accounts WHERE id = $1", [ids.school]))[0]!.d).toBeNull();
    });
  });
});
