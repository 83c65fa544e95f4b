/** Accounts, sessions and login attempts in the operational store (docs/auth.md), on PGlite and PostgreSQL. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkScopes, createAccount, findAccountByUsername, getActor, listAccounts, setPassword, updateAccount } from "../../src/store/accounts.js";
import { DEMO_PASSWORD, ensureDemoAccounts } from "../../src/store/demo-accounts.js";
import { openOperationalStore, type OperationalStore } from "../../src/store/index.js";
import { LOGIN_WINDOW_MS, loginAttemptSucceeded, loginBlocked, removeOldLoginAttempts, startLoginAttempt } from "../../src/store/login-attempts.js";
import { verifyPassword } from "../../src/store/password.js";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, createSession, removeExpiredSessions, resumeSession } from "../../src/store/sessions.js";
import { Targets, storeKinds } from "./store-targets.js";

const kinds = await storeKinds();
const PASSWORD = "een lang genoeg wachtwoord";

describe("the scopes a role must have", () => {
  it("asks regions of officers and coordinators, institutions of schools, nothing of analysts and administrators", () => {
    expect(checkScopes("regional_officer", ["3", "MC21", "21"])).toEqual({ regions: ["03", "21"], institutions: [] });
    expect(checkScopes("school_user", [], ["27gz"])).toEqual({ regions: [], institutions: ["27GZ"] });
    expect(checkScopes("national_analyst")).toEqual({ regions: [], institutions: [] });
    expect(() => checkScopes("regional_coordinator", [])).toThrow("heeft minstens één RMC-regio (01-41) nodig");
    expect(() => checkScopes("regional_officer", ["42"])).toThrow('RMC-regio "42" is niet geldig');
    expect(() => checkScopes("regional_officer", ["21"], ["27GZ"])).toThrow("laat institutions weg");
    expect(() => checkScopes("school_user", [])).toThrow("heeft minstens één school nodig");
    expect(() => checkScopes("school_user", [], ["2GZ"])).toThrow('BRIN "2GZ" is niet geldig');
    expect(() => checkScopes("national_analyst", ["21"])).toThrow("ziet altijd heel Nederland");
    expect(() => checkScopes("administrator", [], ["27GZ"])).toThrow("heeft geen regio's of scholen");
  });
});

describe.each(kinds)("accounts, sessions and login attempts on %s", (kind) => {
  const targets = new Targets(kind);
  let sql: OperationalStore;

  beforeAll(async () => {
    sql = await openOperationalStore(await targets.fresh());
  });
  afterAll(async () => {
    await sql?.close();
    await targets.cleanup();
  });

  describe("accounts", () => {
    it("creates an account with its scopes, an argon2id hash and a lower-cased user name", async () => {
      const id = await createAccount(sql, { username: "Els.Jansen", displayName: "Els Jansen", role: "regional_coordinator", regions: ["21", "22"], password: PASSWORD });
      const credentials = await findAccountByUsername(sql, "ELS.JANSEN");
      expect(credentials?.id).toBe(id);
      expect(credentials?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(await verifyPassword(credentials!.passwordHash, PASSWORD)).toBe(true);
      expect(await verifyPassword(credentials!.passwordHash, PASSWORD + "x")).toBe(false);
      expect(await getActor(sql, id)).toEqual({ accountId: id, username: "els.jansen", displayName: "Els Jansen", role: "regional_coordinator", regions: ["21", "22"], institutions: [] });
    });

    it("gives the national analyst the national scope NL in account_scopes", async () => {
      const id = await createAccount(sql, { username: "analist", displayName: "Analist", role: "national_analyst", password: PASSWORD });
      expect(await sql.query("SELECT scope_kind, scope_code FROM account_scopes WHERE account_id = $1", [id])).toEqual([{ scope_kind: "national", scope_code: "NL" }]);
    });

    it("refuses a short password, a taken user name and a bad one, writing nothing", async () => {
      const [before] = await sql.query<{ n: number }>("SELECT count(*) AS n FROM accounts");
      await expect(createAccount(sql, { username: "kort", displayName: "K", role: "administrator", password: "elf tekens." })).rejects.toThrow("gebruik er minstens 12");
      await expect(createAccount(sql, { username: "els.jansen", displayName: "E", role: "administrator", password: PASSWORD })).rejects.toThrow("is al in gebruik");
      await expect(createAccount(sql, { username: "a b", displayName: "E", role: "administrator", password: PASSWORD })).rejects.toThrow("is niet geldig");
      const [after] = await sql.query<{ n: number }>("SELECT count(*) AS n FROM accounts");
      expect(after!.n).toBe(before!.n);
    });

    it("lists all accounts, or those with a region among the ones given", async () => {
      await createAccount(sql, { username: "officer.40", displayName: "O", role: "regional_officer", regions: ["40"], password: PASSWORD });
      await createAccount(sql, { username: "officer.22", displayName: "O", role: "regional_officer", regions: ["22"], password: PASSWORD });
      const all = (await listAccounts(sql)).map((a) => a.username);
      expect(all).toEqual([...all].sort());
      expect(all).toEqual(expect.arrayContaining(["analist", "els.jansen", "officer.22", "officer.40"]));
      expect((await listAccounts(sql, { regions: ["22"] })).map((a) => a.username)).toEqual(["els.jansen", "officer.22"]);
    });

    it("changes scopes only within what the role allows", async () => {
      const id = await createAccount(sql, { username: "officer.scope", displayName: "O", role: "regional_officer", regions: ["01"], password: PASSWORD });
      expect((await updateAccount(sql, id, { regions: ["02", "03"] })).regions).toEqual(["02", "03"]);
      await expect(updateAccount(sql, id, { regions: [] })).rejects.toThrow("heeft minstens één RMC-regio (01-41) nodig");
      expect((await getActor(sql, id))?.regions).toEqual(["02", "03"]);
      await expect(updateAccount(sql, 999_999, { displayName: "x" })).rejects.toThrow("Er is geen account 999999");
    });

    it("disabling an account ends its sessions and its actor; enabling it again lets it log in anew", async () => {
      const id = await createAccount(sql, { username: "officer.disabled", displayName: "O", role: "regional_officer", regions: ["05"], password: PASSWORD });
      const now = new Date();
      const session = await createSession(sql, id, now);
      await updateAccount(sql, id, { disabled: true }, now);
      expect(await getActor(sql, id)).toBeNull();
      expect(await resumeSession(sql, session.token, now)).toBeNull();
      expect((await findAccountByUsername(sql, "officer.disabled"))?.disabled).toBe(true);
      await updateAccount(sql, id, { disabled: false });
      expect((await getActor(sql, id))?.username).toBe("officer.disabled");
    });

    it("setting a password replaces the hash and ends the account's sessions", async () => {
      const id = await createAccount(sql, { username: "officer.password", displayName: "O", role: "regional_officer", regions: ["05"], password: PASSWORD });
      const now = new Date();
      const session = await createSession(sql, id, now);
      await setPassword(sql, id, "een heel nieuw wachtwoord");
      const credentials = await findAccountByUsername(sql, "officer.password");
      expect(await verifyPassword(credentials!.passwordHash, "een heel nieuw wachtwoord")).toBe(true);
      expect(await verifyPassword(credentials!.passwordHash, PASSWORD)).toBe(false);
      expect(await resumeSession(sql, session.token, now)).toBeNull();
    });
  });

  describe("sessions", () => {
    let accountId: number;
    beforeAll(async () => {
      accountId = await createAccount(sql, { username: "session.user", displayName: "S", role: "administrator", password: PASSWORD });
    });

    it("stays open while used, refreshing last_seen_at at most once a minute", async () => {
      const t0 = new Date("2030-01-01T09:00:00Z");
      const s = await createSession(sql, accountId, t0);
      const at = (ms: number) => new Date(t0.getTime() + ms);
      expect((await resumeSession(sql, s.token, at(30_000)))?.lastSeenAt).toEqual(t0);
      expect((await resumeSession(sql, s.token, at(20 * 60_000)))?.lastSeenAt).toEqual(at(20 * 60_000));
      // 40 minutes after login but 20 after the last request: still open.
      expect(await resumeSession(sql, s.token, at(40 * 60_000))).not.toBeNull();
    });

    it("ends after 30 idle minutes", async () => {
      const t0 = new Date("2030-01-01T09:00:00Z");
      const s = await createSession(sql, accountId, t0);
      expect(await resumeSession(sql, s.token, new Date(t0.getTime() + SESSION_IDLE_MS))).toBeNull();
      // Gone for good: the row was removed.
      expect(await resumeSession(sql, s.token, new Date(t0.getTime() + 1000))).toBeNull();
    });

    it("ends 12 hours after login however busy", async () => {
      const t0 = new Date("2030-01-01T09:00:00Z");
      const s = await createSession(sql, accountId, t0);
      for (let ms = 20 * 60_000; ms < SESSION_ABSOLUTE_MS; ms += 20 * 60_000) {
        expect(await resumeSession(sql, s.token, new Date(t0.getTime() + ms))).not.toBeNull();
      }
      expect(await resumeSession(sql, s.token, new Date(t0.getTime() + SESSION_ABSOLUTE_MS))).toBeNull();
    });

    it("removeExpiredSessions removes ended sessions only", async () => {
      const t0 = new Date("2031-01-01T09:00:00Z");
      const idle = await createSession(sql, accountId, new Date(t0.getTime() - SESSION_IDLE_MS - 1000));
      const fresh = await createSession(sql, accountId, t0);
      const removed = await removeExpiredSessions(sql, t0);
      expect(removed).toBeGreaterThanOrEqual(1);
      expect(await resumeSession(sql, idle.token, t0)).toBeNull();
      expect(await resumeSession(sql, fresh.token, t0)).not.toBeNull();
    });
  });

  describe("login attempts", () => {
    const now = new Date("2030-06-01T12:00:00Z");
    const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
    /** A finished attempt as the table holds it (seeded straight in, so a history past a limit can be built). */
    const recordLoginAttempt = (a: { usernameHash: string; client: string; succeeded: boolean; at: Date }) =>
      sql.query("INSERT INTO login_attempts (at, username_hash, client, succeeded) VALUES ($1, $2, $3, $4)", [a.at, a.usernameHash, a.client, a.succeeded]);

    it("blocks a user name after 5 failures in 15 minutes, until the oldest of them leaves the window", async () => {
      for (const m of [14, 10, 8, 3]) await recordLoginAttempt({ usernameHash: "u1", client: "10.0.0.1", succeeded: false, at: minutesAgo(m) });
      expect(await loginBlocked(sql, { usernameHash: "u1", client: "10.0.0.2", now })).toBeNull();
      await recordLoginAttempt({ usernameHash: "u1", client: "10.0.0.1", succeeded: false, at: minutesAgo(1) });
      const block = await loginBlocked(sql, { usernameHash: "u1", client: "10.0.0.2", now });
      expect(block).toEqual({ by: "username", until: new Date(minutesAgo(14).getTime() + LOGIN_WINDOW_MS) });
      expect(await loginBlocked(sql, { usernameHash: "u1", client: "10.0.0.2", now: new Date(block!.until.getTime() + 1) })).toBeNull();
    });

    it("does not count a user name's failures from before its last successful login", async () => {
      for (const m of [12, 11, 10, 9, 8]) await recordLoginAttempt({ usernameHash: "u2", client: "10.0.0.3", succeeded: false, at: minutesAgo(m) });
      expect(await loginBlocked(sql, { usernameHash: "u2", client: "10.0.0.4", now })).not.toBeNull();
      await recordLoginAttempt({ usernameHash: "u2", client: "10.0.0.3", succeeded: true, at: minutesAgo(5) });
      expect(await loginBlocked(sql, { usernameHash: "u2", client: "10.0.0.4", now })).toBeNull();
    });

    it("blocks a client address after 20 failures over any user names", async () => {
      for (let i = 0; i < 20; i++) await recordLoginAttempt({ usernameHash: `c${i}`, client: "10.9.9.9", succeeded: false, at: minutesAgo(10) });
      expect((await loginBlocked(sql, { usernameHash: "someone", client: "10.9.9.9", now }))?.by).toBe("client");
      expect(await loginBlocked(sql, { usernameHash: "someone", client: "10.9.9.8", now })).toBeNull();
    });

    it("startLoginAttempt counts an attempt as a failure before its password is checked, and records nothing when it refuses", async () => {
      const count = async () => (await sql.query<{ n: number }>("SELECT count(*)::int AS n FROM login_attempts WHERE username_hash = 'u3'"))[0]!.n;
      const started = [];
      for (let m = 5; m >= 1; m--) started.push(await startLoginAttempt(sql, { usernameHash: "u3", client: `10.0.3.${m}`, now: minutesAgo(m) }));
      expect(started.every((s) => s.attemptId !== undefined)).toBe(true);
      expect(await count()).toBe(5);
      // Five attempts under way or failed: the sixth is refused until the first leaves the window.
      const refused = await startLoginAttempt(sql, { usernameHash: "u3", client: "10.0.3.9", now });
      expect(refused).toEqual({ blocked: { by: "username", until: new Date(minutesAgo(5).getTime() + LOGIN_WINDOW_MS) } });
      expect(await count()).toBe(5);
      // One of them turns out to be the right password: the count starts again after it.
      await loginAttemptSucceeded(sql, started.at(-1)!.attemptId!);
      expect((await startLoginAttempt(sql, { usernameHash: "u3", client: "10.0.3.9", now })).attemptId).toBeGreaterThan(0);
    });

    it("startLoginAttempt lets no more than 5 of many simultaneous attempts for one user name through", async () => {
      const all = await Promise.all(Array.from({ length: 30 }, (_, i) => startLoginAttempt(sql, { usernameHash: "u4", client: `10.0.4.${i}`, now })));
      expect(all.filter((s) => s.attemptId !== undefined)).toHaveLength(5);
      expect(all.filter((s) => s.blocked?.by === "username")).toHaveLength(25);
    });

    it("removeOldLoginAttempts removes attempts from before the given time", async () => {
      await recordLoginAttempt({ usernameHash: "old", client: "10.1.1.1", succeeded: false, at: new Date("2020-01-01T00:00:00Z") });
      expect(await removeOldLoginAttempts(sql, new Date("2021-01-01T00:00:00Z"))).toBe(1);
      expect(await sql.query("SELECT id FROM login_attempts WHERE username_hash = 'old'")).toEqual([]);
    });
  });

  describe("demo accounts", () => {
    it("creates one account per role with the demo password, and changes nothing the second time", async () => {
      const places = { regions: { primary: "21", secondary: "22" }, institution: "27GZ" };
      const listed = await ensureDemoAccounts(sql, places);
      expect(listed.map((a) => a.username)).toEqual([
        "demo-beheerder",
        "demo-analist",
        "demo-coordinator",
        "demo-begeleider",
        "demo-begeleider2",
        "demo-begeleider-andere-regio",
        "demo-school",
      ]);
      const coordinator = await findAccountByUsername(sql, "demo-coordinator");
      expect(await verifyPassword(coordinator!.passwordHash, DEMO_PASSWORD)).toBe(true);
      expect((await getActor(sql, coordinator!.id))?.regions).toEqual(["21"]);
      expect((await getActor(sql, (await findAccountByUsername(sql, "demo-begeleider-andere-regio"))!.id))?.regions).toEqual(["22"]);
      expect((await getActor(sql, (await findAccountByUsername(sql, "demo-school"))!.id))?.institutions).toEqual(["27GZ"]);
      const [before] = await sql.query<{ n: number }>("SELECT count(*) AS n FROM accounts WHERE username LIKE 'demo-%'");
      await ensureDemoAccounts(sql, places);
      const [after] = await sql.query<{ n: number }>("SELECT count(*) AS n FROM accounts WHERE username LIKE 'demo-%'");
      expect(before!.n).toBe(7);
      expect(after!.n).toBe(7);
    });
  });
});
