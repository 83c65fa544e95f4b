/** Sign-in (docs/auth.md): login, the session cookie, CSRF, logout, /me — on PGlite and PostgreSQL. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CaseworkTestApp, TEST_PASSWORD, caseworkApp } from "../support/casework-app.js";
import { Targets, storeKinds } from "../store/store-targets.js";
import { buildApp } from "../../src/server/app.js";
import { tempDir } from "../support/temp-dirs.js";

const kinds = await storeKinds();

describe.each(kinds)("sign-in on %s", (kind) => {
  const targets = new Targets(kind);
  let t: CaseworkTestApp;
  let officerId: number;

  beforeAll(async () => {
    t = await caseworkApp(await targets.fresh());
    officerId = (await t.createUser({ username: "jan.officer", role: "regional_officer", regions: ["21"], displayName: "Jan de Vries" })).id;
    await t.createUser({ username: "beheer", role: "administrator" });
  });
  afterAll(async () => {
    await t?.close();
    await targets.cleanup();
  });

  const loginRaw = (body: unknown, headers: Record<string, string> = { "content-type": "application/json" }) =>
    t.app.inject({ method: "POST", url: "/api/v1/auth/login", headers, payload: typeof body === "string" ? body : JSON.stringify(body) });

  describe("login", () => {
    it("answers the user with role and scope and a CSRF token, and sets an HttpOnly, SameSite=Strict session cookie", async () => {
      const r = await loginRaw({ username: "Jan.Officer", password: TEST_PASSWORD });
      expect(r.statusCode).toBe(200);
      const body = r.json();
      expect(body.user).toEqual({
        id: officerId,
        username: "jan.officer",
        display_name: "Jan de Vries",
        role: "regional_officer",
        role_label: "Trajectbegeleider Doorstroompunt",
        regions: ["21"],
        institutions: [],
      });
      expect(body.csrf_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const cookie = String(r.headers["set-cookie"]);
      expect(cookie).toMatch(/^vsv_session=[A-Za-z0-9_-]{43}; /);
      expect(cookie).toContain("HttpOnly");
      expect(cookie).toContain("SameSite=Strict");
      expect(cookie).toContain("Path=/");
      expect(cookie).not.toContain("Secure"); // secureCookies is off for http://localhost
      expect(r.body).not.toContain(TEST_PASSWORD);
    });

    it("marks the cookie Secure when the server runs behind HTTPS (secureCookies)", async () => {
      const secure = await buildApp({ dataDir: tempDir(), webRoot: tempDir(), casework: { sql: t.sql, key: t.key, secureCookies: true } });
      try {
        const r = await secure.inject({
          method: "POST",
          url: "/api/v1/auth/login",
          headers: { "content-type": "application/json" },
          payload: JSON.stringify({ username: "jan.officer", password: TEST_PASSWORD }),
        });
        expect(r.statusCode).toBe(200);
        expect(String(r.headers["set-cookie"])).toMatch(/; HttpOnly; SameSite=Strict; Secure$/);
      } finally {
        await secure.close();
      }
    });

    it("stores only the SHA-256 of the session token", async () => {
      const client = await t.login("jan.officer");
      const token = client.cookie.split("=")[1]!;
      const rows = await t.sql.query<{ token_hash: string }>("SELECT token_hash FROM sessions WHERE account_id = $1", [officerId]);
      expect(rows.some((r) => r.token_hash === token)).toBe(false);
      const { createHash } = await import("node:crypto");
      expect(rows.some((r) => r.token_hash === createHash("sha256").update(token).digest("hex"))).toBe(true);
    });

    it("gives a wrong password and an unknown user the same 401 answer", async () => {
      const wrong = await loginRaw({ username: "jan.officer", password: "not the password at all" });
      const unknown = await loginRaw({ username: "nobody.here", password: "not the password at all" });
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      const strip = (b: string) => ({ ...JSON.parse(b), instance: undefined });
      expect(strip(unknown.body)).toEqual(strip(wrong.body));
      expect(wrong.json().detail).toBe("Gebruikersnaam of wachtwoord onjuist: controleer ze en probeer het opnieuw.");
      expect(wrong.headers["set-cookie"]).toBeUndefined();
    });

    it("takes about as long for an unknown user as for a wrong password (both verify one argon2 hash)", async () => {
      const time = async (username: string) => {
        const start = performance.now();
        await loginRaw({ username, password: "timing test password" });
        return performance.now() - start;
      };
      await time("timing.unknown"); // warm up
      const wrong: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 4; i++) {
        await t.createUser({ username: `timing.known${i}`, role: "administrator" });
        wrong.push(await time(`timing.known${i}`));
        unknown.push(await time(`timing.unknown${i}`));
      }
      const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      // Without the dummy verification an unknown user would answer in well under a tenth of the time.
      expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.5);
    });

    it("replaces an ended session's cookie with exactly one new one", async () => {
      const r = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        headers: { "content-type": "application/json", cookie: "vsv_session=an-ended-session" },
        payload: JSON.stringify({ username: "jan.officer", password: TEST_PASSWORD }),
      });
      expect(r.statusCode).toBe(200);
      expect(r.headers["set-cookie"]).toMatch(/^vsv_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    });

    it("refuses a login that is not JSON (415), so a cross-site form cannot sign a browser in", async () => {
      const r = await loginRaw(JSON.stringify({ username: "jan.officer", password: TEST_PASSWORD }), { "content-type": "text/plain" });
      expect(r.statusCode).toBe(415);
      expect(r.headers["set-cookie"]).toBeUndefined();
    });
  });

  describe("the session", () => {
    it("answers GET /auth/me with the user and the same CSRF token; 401 without a session", async () => {
      const client = await t.login("jan.officer");
      const me = await client.get("/api/v1/auth/me");
      expect(me.status).toBe(200);
      expect(me.json().csrf_token).toBe(client.csrf);
      expect(me.json().user.username).toBe("jan.officer");
      const anonymous = await t.anonymous().get("/api/v1/auth/me");
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers["content-type"]).toContain("application/problem+json");
    });

    it("is never answered from the public response cache: each user gets their own /me", async () => {
      const officer = await t.login("jan.officer");
      const admin = await t.login("beheer");
      expect((await officer.get("/api/v1/auth/me")).json().user.username).toBe("jan.officer");
      const second = await admin.get("/api/v1/auth/me");
      expect(second.headers["x-cache"]).toBeUndefined();
      expect(second.json().user.username).toBe("beheer");
    });

    it("ignores a forged cookie and tells the browser to drop it", async () => {
      const r = await t.app.inject({ url: "/api/v1/auth/me", headers: { cookie: "vsv_session=forged-token-value" } });
      expect(r.statusCode).toBe(401);
      expect(String(r.headers["set-cookie"])).toContain("Max-Age=0");
    });
  });

  describe("CSRF", () => {
    it("refuses a POST with a session but without X-CSRF-Token (403), and the session stays", async () => {
      const client = await t.login("jan.officer");
      const r = await client.send("POST", "/api/v1/auth/logout");
      expect(r.status).toBe(403);
      expect(r.json().detail).toContain("X-CSRF-Token");
      expect((await client.get("/api/v1/auth/me")).status).toBe(200);
      // Logged as a refusal under the session's account (test/server/refusals-logged.test.ts tries every route).
      const [entry] = await t.sql.query<{ action: string; actor_role: string; details: Record<string, unknown> }>(
        "SELECT action, actor_role, details FROM audit_log WHERE trace_id = $1",
        [r.headers["x-trace-id"]],
      );
      expect(entry).toMatchObject({ action: "denied", actor_role: "regional_officer", details: { reason: "csrf_token_missing", status: 403 } });
    });

    it("refuses a wrong token and another session's token (403)", async () => {
      const client = await t.login("jan.officer");
      const other = await t.login("jan.officer");
      for (const token of ["x", client.csrf.replace(/.$/, (c) => (c === "A" ? "B" : "A")), other.csrf]) {
        const r = await client.send("POST", "/api/v1/auth/logout", { headers: { "x-csrf-token": token } });
        expect(r.status).toBe(403);
      }
      expect((await client.get("/api/v1/auth/me")).status).toBe(200);
    });
  });

  describe("logout", () => {
    it("ends the session: the cookie no longer works and its row is gone", async () => {
      const client = await t.login("jan.officer");
      const r = await client.post("/api/v1/auth/logout");
      expect(r.status).toBe(204);
      expect(String(r.headers["set-cookie"])).toContain("Max-Age=0");
      expect((await client.get("/api/v1/auth/me")).status).toBe(401);
      expect((await client.post("/api/v1/auth/logout")).status).toBe(401);
    });
  });
});
