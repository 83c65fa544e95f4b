/**
 * The login limits hold when the attempts come all at once (docs/auth.md, "Rate limiting"): an attempt is counted
 * before its password is checked, so 40 simultaneous wrong passwords for one user name get at most 5 password
 * checks and 429 for the rest — on PGlite and PostgreSQL. The checks are counted by wrapping `verifyPassword`
 * (the one argon2 verification a login does), not by what the route records.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { MAX_FAILURES_PER_CLIENT, MAX_FAILURES_PER_USERNAME, usernameHash } from "../../src/store/login-attempts.js";
import { verifyPassword } from "../../src/store/password.js";
import { type CaseworkTestApp, TEST_PASSWORD, caseworkApp, loginFrom } from "../support/casework-app.js";
import { Targets, storeKinds } from "../store/store-targets.js";

vi.mock("../../src/store/password.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/store/password.js")>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});

const kinds = await storeKinds();
const ATTEMPTS = 40;

describe.each(kinds)("the login limits under concurrency on %s", (kind) => {
  const targets = new Targets(kind);
  let t: CaseworkTestApp;
  const checks = () => vi.mocked(verifyPassword).mock.calls.length;

  beforeAll(async () => {
    t = await caseworkApp(await targets.fresh());
  });
  afterAll(async () => {
    await t?.close();
    await targets.cleanup();
  });
  beforeEach(() => {
    vi.mocked(verifyPassword).mockClear();
  });

  const login = (username: string, password: string, client: string) => loginFrom(t.app, username, password, client);

  /** Fires all logins at once and answers their status codes, counted. */
  async function burst(attempts: readonly { username: string; password: string; client: string }[]) {
    const answers = await Promise.all(attempts.map((a) => login(a.username, a.password, a.client)));
    const statuses = new Map<number, number>();
    for (const a of answers) statuses.set(a.statusCode, (statuses.get(a.statusCode) ?? 0) + 1);
    return { answers, statuses, checks: checks() };
  }

  it(`checks at most ${MAX_FAILURES_PER_USERNAME} passwords of ${ATTEMPTS} simultaneous wrong logins for one user name from one address, and answers the rest 429`, async () => {
    t.clock.set(new Date("2030-07-01T10:00:00Z"));
    await t.createUser({ username: "besieged.user", role: "regional_officer", regions: ["21"] });
    const attempts = Array.from({ length: ATTEMPTS }, (_, i) => ({ username: "besieged.user", password: `wrong password ${i}`, client: "10.7.0.1" }));
    const { answers, statuses, checks: checked } = await burst(attempts);
    console.info(`${kind}: ${ATTEMPTS} simultaneous wrong logins (one address) → ${checked} password checks, answers ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES_PER_USERNAME);
    expect(statuses.get(401)).toBe(checked);
    expect(statuses.get(429)).toBe(ATTEMPTS - checked);
    for (const a of answers.filter((a) => a.statusCode === 429)) expect(Number(a.headers["retry-after"])).toBeGreaterThan(0);

    // The count holds afterwards too: the right password is not even checked.
    vi.mocked(verifyPassword).mockClear();
    expect((await login("besieged.user", TEST_PASSWORD, "10.7.0.2")).statusCode).toBe(429);
    expect(checks()).toBe(0);

    // Every refusal is in the audit log, under the hashed user name.
    const denied = await t.sql.query<{ reason: string; n: number }>(
      "SELECT details->>'reason' AS reason, count(*)::int AS n FROM audit_log WHERE action = 'denied' AND details->>'username_hash' = $1 GROUP BY 1 ORDER BY 1",
      [usernameHash(t.key, "besieged.user")],
    );
    expect(denied).toEqual([
      { reason: "bad_credentials", n: checked },
      { reason: "rate_limited_by_username", n: ATTEMPTS - checked + 1 },
    ]);
  });

  it(`checks at most ${MAX_FAILURES_PER_USERNAME} passwords of ${ATTEMPTS} simultaneous wrong logins for one user name spread over ${ATTEMPTS} addresses`, async () => {
    t.clock.set(new Date("2030-07-02T10:00:00Z"));
    const attempts = Array.from({ length: ATTEMPTS }, (_, i) => ({ username: "Nobody.Known", password: `wrong password ${i}`, client: `10.8.0.${i + 1}` }));
    const { statuses, checks: checked } = await burst(attempts);
    console.info(`${kind}: ${ATTEMPTS} simultaneous wrong logins (${ATTEMPTS} addresses) → ${checked} password checks, answers ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES_PER_USERNAME);
    expect(statuses.get(429)).toBe(ATTEMPTS - checked);
  });

  it(`checks at most ${MAX_FAILURES_PER_CLIENT} passwords of ${ATTEMPTS} simultaneous logins from one address for as many user names`, async () => {
    t.clock.set(new Date("2030-07-03T10:00:00Z"));
    const attempts = Array.from({ length: ATTEMPTS }, (_, i) => ({ username: `guess.${i}`, password: "some wrong password", client: "10.9.0.1" }));
    const { statuses, checks: checked } = await burst(attempts);
    console.info(`${kind}: ${ATTEMPTS} simultaneous logins for different names (one address) → ${checked} password checks, answers ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES_PER_CLIENT);
    expect(statuses.get(429)).toBe(ATTEMPTS - checked);
  });

  it("still lets the right password in when it comes with fewer than 5 simultaneous wrong ones, and that success resets the count", async () => {
    t.clock.set(new Date("2030-07-04T10:00:00Z"));
    await t.createUser({ username: "busy.user", role: "regional_officer", regions: ["21"] });
    const attempts = [
      ...Array.from({ length: MAX_FAILURES_PER_USERNAME - 1 }, (_, i) => ({ username: "busy.user", password: `wrong password ${i}`, client: "10.10.0.1" })),
      { username: "busy.user", password: TEST_PASSWORD, client: "10.10.0.1" },
    ];
    const { statuses, checks: checked } = await burst(attempts);
    expect(checked).toBe(MAX_FAILURES_PER_USERNAME);
    expect(Object.fromEntries(statuses)).toEqual({ 200: 1, 401: MAX_FAILURES_PER_USERNAME - 1 });
    // The failures that started before the success no longer count: a full set of new tries is allowed.
    t.clock.advance(1000);
    for (let i = 0; i < MAX_FAILURES_PER_USERNAME; i++) expect((await login("busy.user", `wrong again ${i}`, "10.10.0.2")).statusCode).toBe(401);
    expect((await login("busy.user", TEST_PASSWORD, "10.10.0.2")).statusCode).toBe(429);
  });
});
