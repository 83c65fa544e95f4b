/**
 * Sign-in over time and under attack (docs/auth.md): login rate limits, idle and absolute session expiry (the
 * test app's clock is moved, nothing sleeps), disabled accounts, and the audit log of it all without passwords.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { usernameHash } from "../../src/store/login-attempts.js";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "../../src/store/sessions.js";
import { type CaseworkTestApp, TEST_PASSWORD, caseworkApp, loginFrom } from "../support/casework-app.js";
import { Targets, storeKinds } from "../store/store-targets.js";

const kinds = await storeKinds();

describe.each(kinds)("sessions and login limits on %s", (kind) => {
  const targets = new Targets(kind);
  let t: CaseworkTestApp;

  beforeAll(async () => {
    t = await caseworkApp(await targets.fresh());
  });
  afterAll(async () => {
    await t?.close();
    await targets.cleanup();
  });

  const login = (username: string, password: string, client: string) => loginFrom(t.app, username, password, client);

  describe("rate limiting", () => {
    it("answers 429 with Retry-After after 5 failures for one user name, even with the right password, until the window has passed", async () => {
      t.clock.set(new Date("2030-03-01T10:00:00Z"));
      await t.createUser({ username: "target.user", role: "administrator" });
      for (let i = 0; i < 5; i++) {
        expect((await login("target.user", `wrong password ${i}`, "10.1.0.1")).statusCode).toBe(401);
        t.clock.advance(60_000);
      }
      // From another address too: the limit is on the user name.
      const blocked = await login("target.user", TEST_PASSWORD, "10.1.0.2");
      expect(blocked.statusCode).toBe(429);
      expect(blocked.headers["content-type"]).toContain("application/problem+json");
      // The first failure was 5 minutes ago: 10 minutes to go.
      expect(blocked.headers["retry-after"]).toBe("600");
      expect(blocked.json().detail).toBe(
        "Te veel mislukte inlogpogingen: probeer het over 10 minuten opnieuw.",
      );
      expect(blocked.headers["set-cookie"]).toBeUndefined();
      t.clock.advance(600_000);
      expect((await login("target.user", TEST_PASSWORD, "10.1.0.2")).statusCode).toBe(200);
    });

    it("answers 429 after 20 failures from one address, over any user names, and not to other addresses", async () => {
      t.clock.set(new Date("2030-03-02T10:00:00Z"));
      await t.createUser({ username: "innocent.user", role: "administrator" });
      for (let i = 0; i < 20; i++) expect((await login(`guess${i}`, "some wrong password", "10.2.0.1")).statusCode).toBe(401);
      expect((await login("innocent.user", TEST_PASSWORD, "10.2.0.1")).statusCode).toBe(429);
      expect((await login("innocent.user", TEST_PASSWORD, "10.2.0.2")).statusCode).toBe(200);
    });

    it("records successful and failed attempts by hashed user name, never the name or the password", async () => {
      t.clock.set(new Date("2030-03-03T10:00:00Z"));
      await t.createUser({ username: "recorded.user", role: "administrator" });
      await login("recorded.user", "a wrong password here", "10.3.0.1");
      await login("Recorded.User", TEST_PASSWORD, "10.3.0.1");
      const rows = await t.sql.query<{ username_hash: string; client: string; succeeded: boolean }>(
        "SELECT username_hash, client, succeeded FROM login_attempts WHERE client = '10.3.0.1' ORDER BY id",
      );
      const hash = usernameHash(t.key, "recorded.user");
      expect(rows).toEqual([
        { username_hash: hash, client: "10.3.0.1", succeeded: false },
        { username_hash: hash, client: "10.3.0.1", succeeded: true },
      ]);
      expect(JSON.stringify(await t.sql.query("SELECT * FROM login_attempts"))).not.toMatch(/recorded\.user|wrong password|correct horse/i);
    });
  });

  describe("expiry", () => {
    it("ends a session after 30 idle minutes", async () => {
      t.clock.set(new Date("2030-04-01T09:00:00Z"));
      await t.createUser({ username: "idle.user", role: "administrator" });
      const client = await t.login("idle.user");
      t.clock.advance(SESSION_IDLE_MS - 60_000);
      expect((await client.get("/api/v1/auth/me")).status).toBe(200);
      t.clock.advance(SESSION_IDLE_MS - 60_000); // 29 minutes after the last request: still open
      expect((await client.get("/api/v1/auth/me")).status).toBe(200);
      t.clock.advance(SESSION_IDLE_MS);
      const ended = await client.get("/api/v1/auth/me");
      expect(ended.status).toBe(401);
      expect(String(ended.headers["set-cookie"])).toContain("Max-Age=0");
    });

    it("ends a session 12 hours after login, however active", async () => {
      t.clock.set(new Date("2030-04-02T08:00:00Z"));
      await t.createUser({ username: "busy.user", role: "administrator" });
      const client = await t.login("busy.user");
      for (let spent = 0; spent + 25 * 60_000 < SESSION_ABSOLUTE_MS; spent += 25 * 60_000) {
        t.clock.advance(25 * 60_000);
        expect((await client.get("/api/v1/auth/me")).status).toBe(200);
      }
      t.clock.set(new Date(new Date("2030-04-02T08:00:00Z").getTime() + SESSION_ABSOLUTE_MS));
      expect((await client.get("/api/v1/auth/me")).status).toBe(401);
    });
  });

  describe("disabled accounts", () => {
    it("cannot log in (the same 401 as a wrong password) and their open sessions stop working", async () => {
      t.clock.set(new Date("2030-05-01T09:00:00Z"));
      const { id } = await t.createUser({ username: "leaving.user", role: "regional_officer", regions: ["21"] });
      const client = await t.login("leaving.user");
      await t.sql.query("UPDATE accounts SET disabled_at = now() WHERE id = $1", [id]);
      expect((await client.get("/api/v1/auth/me")).status).toBe(401);
      const refused = await login("leaving.user", TEST_PASSWORD, "10.5.0.1");
      const wrong = await login("leaving.user", "not the password!!", "10.5.0.1");
      expect(refused.statusCode).toBe(401);
      expect(refused.json().detail).toBe(wrong.json().detail);
    });
  });

  describe("the audit log", () => {
    it("records login, failed login (anonymous, hashed user name) and logout, and no password anywhere", async () => {
      t.clock.set(new Date("2030-06-01T09:00:00Z"));
      const { id } = await t.createUser({ username: "audited.user", role: "regional_coordinator", regions: ["21"] });
      const secret = "this wrong password must not be logged";
      await login("audited.user", secret, "10.6.0.1");
      const client = await t.login("audited.user");
      await client.post("/api/v1/auth/logout");
      const rows = await t.sql.query<{ actor_id: number | null; actor_role: string; action: string; purpose: string; subject_kind: string; details: Record<string, unknown> }>(
        "SELECT actor_id, actor_role, action, purpose, subject_kind, details FROM audit_log WHERE details->>'username_hash' = $1 OR actor_id = $2 ORDER BY id",
        [usernameHash(t.key, "audited.user"), id],
      );
      expect(rows.map((r) => [r.action, r.actor_role, r.actor_id])).toEqual([
        ["denied", "anonymous", null],
        ["login", "regional_coordinator", id],
        ["logout", "regional_coordinator", id],
      ]);
      expect(rows.every((r) => r.purpose.startsWith("authentication:"))).toBe(true);
      expect(rows[0]!.details).toMatchObject({ reason: "bad_credentials", username_hash: usernameHash(t.key, "audited.user") });
      const everything = JSON.stringify(await t.sql.query("SELECT * FROM audit_log"));
      expect(everything).not.toContain(secret);
      expect(everything).not.toContain(TEST_PASSWORD);
      expect(everything).not.toContain("audited.user");
    });
  });
});
