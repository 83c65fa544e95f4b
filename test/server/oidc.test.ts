/**
 * Sign-in through an OpenID Connect provider, end to end over real HTTP (docs/auth.md, "Login through OpenID
 * Connect"): a real `oidc-provider` runs in this process on 127.0.0.1 (a client with the app's redirect URI, PKCE
 * required, three subjects it knows: two linked to local accounts here, one not), its login interaction answered by
 * a small handler in this file (the user "types" the subject named by `signInAs`); the app listens on another port,
 * configured against it. A cookie jar follows every redirect: start → provider → login → callback → session cookie →
 * GET /auth/me shows the linked account's role and scope → logout ends the session and answers the provider's
 * end_session URL. Refused: an unknown subject (as a wrong password, with a denied audit entry), a disabled
 * account, a reused or foreign state, a wrong nonce, the provider's error= callback. Back-channel logout: the provider's
 * logout token ends the session, a forged one nothing. Off without VSV_OIDC_*: 404.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import Provider from "oidc-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseOidc } from "../../src/config.js";
import { buildApp } from "../../src/server/app.js";
import { createAccount, updateAccount } from "../../src/store/accounts.js";
import { type OperationalStore, openOperationalStore } from "../../src/store/index.js";
import { findOidcAccount, linkOidcSubject, oidcLinksOf } from "../../src/store/oidc.js";
import { accountsCommands } from "../../src/cli/commands/accounts.js";
import { findAccountByUsername } from "../../src/store/accounts.js";
import { withOperationalStore } from "../../src/store/index.js";
import { TEST_KEY, TEST_PASSWORD } from "../support/casework-app.js";
import { tempDir } from "../support/temp-dirs.js";
import { Targets, storeKinds } from "../store/store-targets.js";

// PostgreSQL when there is one (CI has it): a fresh database opens in a fraction of a PGlite start.
const kind = (await storeKinds()).at(-1)!;
const CLIENT_ID = "vsv-monitor";
const CLIENT_SECRET = randomBytes(24).toString("base64url");

/** A browser's cookies, per host:port (enough here: every cookie's path is under the one it was set for). */
class Jar {
  private readonly cookies = new Map<string, Map<string, string>>();
  header(url: URL): string {
    return [...(this.cookies.get(url.host) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  take(url: URL, response: Response): void {
    const forHost = this.cookies.get(url.host) ?? new Map<string, string>();
    this.cookies.set(url.host, forHost);
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";").map((s) => s.trim());
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (value === "" || attributes.some((a) => /^max-age=0$/i.test(a) || /^expires=thu, 01 jan 1970/i.test(a))) forHost.delete(name);
      else forHost.set(name, value);
    }
  }
  get(host: string, name: string): string | undefined {
    return this.cookies.get(host)?.get(name);
  }
  set(host: string, name: string, value: string): void {
    const forHost = this.cookies.get(host) ?? new Map<string, string>();
    forHost.set(name, value);
    this.cookies.set(host, forHost);
  }
}

interface Hop {
  readonly url: URL;
  readonly status: number;
  readonly location: string | null;
}

describe("sign-in through an OpenID Connect provider", () => {
  const targets = new Targets(kind);
  let sql: OperationalStore;
  let app: FastifyInstance;
  let appBase: string;
  let issuer: string;
  let providerServer: http.Server;
  /** The subject the provider's login handler signs in next. */
  let signInAs = "";
  let officerId = 0;
  let disabledId = 0;
  const backchannelErrors: string[] = [];

  /** Follows redirects like a browser (GET, cookies per host) until an answer that is no redirect, or a page of the app outside /api. */
  async function follow(start: string, jar: Jar, headers: Record<string, string> = {}): Promise<Hop[]> {
    const hops: Hop[] = [];
    let url = new URL(start);
    for (let i = 0; i < 12; i++) {
      const r = await fetch(url, { redirect: "manual", headers: { ...headers, cookie: jar.header(url) } });
      jar.take(url, r);
      await r.arrayBuffer();
      const location = r.headers.get("location");
      hops.push({ url, status: r.status, location });
      if (r.status < 300 || r.status >= 400 || !location) return hops;
      url = new URL(location, url);
      if (url.origin === appBase && !url.pathname.startsWith("/api/")) {
        hops.push({ url, status: 0, location: null });
        return hops;
      }
    }
    throw new Error(`Too many redirects: ${hops.map((h) => h.url.pathname).join(" → ")}`);
  }

  async function me(jar: Jar) {
    const url = new URL(`${appBase}/api/v1/auth/me`);
    const r = await fetch(url, { headers: { cookie: jar.header(url) } });
    return { status: r.status, body: (await r.json()) as { user?: { username: string; role: string; regions: string[] }; csrf_token?: string } };
  }

  async function auditReasons(): Promise<string[]> {
    const rows = await sql.query<{ reason: string | null }>("SELECT details->>'reason' AS reason FROM audit_log WHERE action = 'denied' ORDER BY id");
    return rows.map((r) => r.reason ?? "");
  }

  beforeAll(async () => {
    // The provider's port first (its handler waits until the provider exists), so the app can be configured with it.
    let ready!: (p: Provider) => void;
    const providerReady = new Promise<Provider>((resolve) => (ready = resolve));
    providerServer = http.createServer(async (req, res) => {
      const provider = await providerReady;
      if (req.url?.startsWith("/interaction/")) {
        // The user signs in at the provider as `signInAs` (a login form would post the same).
        try {
          await provider.interactionDetails(req, res);
          await provider.interactionFinished(req, res, { login: { accountId: signInAs } }, { mergeWithLastSubmission: false });
        } catch (e) {
          res.statusCode = 500;
          res.end(String(e));
        }
        return;
      }
      provider.callback()(req, res);
    });
    await new Promise<void>((resolve) => providerServer.listen(0, "127.0.0.1", resolve));
    issuer = `http://127.0.0.1:${(providerServer.address() as AddressInfo).port}`;

    sql = await openOperationalStore(await targets.fresh());
    officerId = await createAccount(sql, { username: "oidc-officer", displayName: "O. Fficer", role: "regional_officer", regions: ["21"] });
    const coordinatorId = await createAccount(sql, { username: "oidc-coordinator", displayName: "C. Oordinator", role: "regional_coordinator", regions: ["03", "05"] });
    disabledId = await createAccount(sql, { username: "oidc-disabled", displayName: "D. Isabled", role: "regional_officer", regions: ["21"], password: TEST_PASSWORD });
    await linkOidcSubject(sql, officerId, issuer, "sub-officer");
    await linkOidcSubject(sql, coordinatorId, issuer, "sub-coordinator");
    await linkOidcSubject(sql, disabledId, issuer, "sub-disabled");
    await updateAccount(sql, disabledId, { disabled: true });

    // The app's port: a placeholder server takes one, then the app listens on it.
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const appPort = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    appBase = `http://127.0.0.1:${appPort}`;
    const redirectUri = `${appBase}/api/v1/auth/oidc/callback`;
    const oidc = parseOidc({
      VSV_OIDC_ISSUER: issuer,
      VSV_OIDC_CLIENT_ID: CLIENT_ID,
      VSV_OIDC_CLIENT_SECRET: CLIENT_SECRET,
      VSV_OIDC_REDIRECT_URI: redirectUri,
      VSV_OIDC_NAME: "Gemeente Voorbeeldstad",
    });

    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          redirect_uris: [redirectUri],
          post_logout_redirect_uris: [oidc!.postLogoutRedirectUri],
          grant_types: ["authorization_code"],
          response_types: ["code"],
          token_endpoint_auth_method: "client_secret_basic",
          backchannel_logout_uri: `${appBase}/api/v1/auth/oidc/backchannel-logout`,
          backchannel_logout_session_required: true,
        },
      ],
      jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "test-key", alg: "RS256", use: "sig" } as never] },
      pkce: { required: () => true },
      cookies: { keys: [randomBytes(16).toString("hex")] },
      features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true }, backchannelLogout: { enabled: true } },
      interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
      // Two subjects are linked to accounts in the app, a third is known here only.
      findAccount: async (_ctx: unknown, id: string) =>
        ["sub-officer", "sub-coordinator", "sub-disabled", "sub-stranger"].includes(id) ? { accountId: id, claims: async () => ({ sub: id }) } : undefined,
      // The provider refuses to post to loopback addresses (its SSRF guard, a dispatcher): the app is on one here.
      fetch: (url: string, { dispatcher: _guard, ...options }: RequestInit & { dispatcher?: unknown }) => globalThis.fetch(url, options),
      // No consent screen: the grant is made when the user has signed in (a first-party client).
      loadExistingGrant: async (ctx: any) => {
        const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
        grant.addOIDCScope("openid");
        await grant.save();
        return grant;
      },
    } as never);
    provider.on("backchannel.error", (_ctx: unknown, err: Error) => backchannelErrors.push(String(err)));
    ready(provider);

    app = await buildApp({ dataDir: tempDir("vsv-oidc-app-"), webRoot: tempDir("vsv-no-web-"), casework: { sql, key: TEST_KEY }, oidc });
    await app.listen({ port: appPort, host: "127.0.0.1" });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await new Promise<void>((resolve) => (providerServer ? providerServer.close(() => resolve()) : resolve()));
    await sql?.close().catch(() => undefined);
    await targets.cleanup();
  });

  async function signIn(subject: string, returnTo = "") {
    signInAs = subject;
    const jar = new Jar();
    const hops = await follow(`${appBase}/api/v1/auth/oidc/start${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ""}`, jar);
    return { jar, hops, last: hops.at(-1)!.url };
  }

  it("tells the login page that OIDC is on, with the button's name", async () => {
    const r = await fetch(`${appBase}/api/v1/auth/config`);
    expect(await r.json()).toEqual({ oidc: true, oidc_label: "Gemeente Voorbeeldstad" });
  });

  it("signs a linked subject in as its account: start → provider → callback → session; logout ends it and names the provider's end_session URL", async () => {
    const { jar, hops, last } = await signIn("sub-coordinator", "/werk/signalen");
    // start (303 to the provider, vsv_oidc set) … the provider's own redirects … callback (303 to the page).
    expect(hops[0]!.status).toBe(303);
    const auth = new URL(hops[0]!.location!);
    expect(auth.origin).toBe(issuer);
    expect(Object.fromEntries([...auth.searchParams].filter(([k]) => k !== "state" && k !== "nonce" && k !== "code_challenge"))).toEqual({
      client_id: CLIENT_ID,
      redirect_uri: `${appBase}/api/v1/auth/oidc/callback`,
      response_type: "code",
      scope: "openid",
      code_challenge_method: "S256",
    });
    const callback = hops.find((h) => h.url.pathname === "/api/v1/auth/oidc/callback")!;
    expect(callback.status).toBe(303);
    expect(last.pathname + last.search).toBe("/werk/signalen");
    expect(jar.get(new URL(appBase).host, "vsv_oidc")).toBeUndefined();

    const signedIn = await me(jar);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user).toMatchObject({ username: "oidc-coordinator", role: "regional_coordinator", regions: ["03", "05"] });
    const [login] = await sql.query<{ actor_role: string; method: string }>("SELECT actor_role, details->>'method' AS method FROM audit_log WHERE action = 'login' ORDER BY id DESC LIMIT 1");
    expect(login).toEqual({ actor_role: "regional_coordinator", method: "oidc" });

    // Logout: the session ends here, and the answer names the provider's end_session endpoint with id_token_hint.
    const logoutUrl = new URL(`${appBase}/api/v1/auth/logout`);
    const out = await fetch(logoutUrl, { method: "POST", headers: { cookie: jar.header(logoutUrl), "x-csrf-token": signedIn.body.csrf_token! } });
    expect(out.status).toBe(200);
    jar.take(logoutUrl, out);
    const endSession = new URL(((await out.json()) as { end_session_url: string }).end_session_url);
    expect(endSession.origin).toBe(issuer);
    expect(endSession.searchParams.get("id_token_hint")).toMatch(/^ey/);
    expect(endSession.searchParams.get("post_logout_redirect_uri")).toBe(`${appBase}/inloggen`);
    expect((await me(jar)).status).toBe(401);
    const url = new URL(`${appBase}/api/v1/auth/me`);
    expect((await fetch(url, { headers: { cookie: `vsv_session=${jar.get(url.host, "vsv_session") ?? "gone"}` } })).status).toBe(401);
    // The provider accepts the hint (it shows its logout confirmation).
    expect((await fetch(endSession, { headers: { cookie: jar.header(endSession) } })).status).toBe(200);
  });

  it("takes roles and scope from the linked account, never from the provider", async () => {
    const { jar } = await signIn("sub-officer");
    const m = await me(jar);
    expect(m.body.user).toMatchObject({ username: "oidc-officer", role: "regional_officer", regions: ["21"] });
  });

  it("refuses an unknown subject and a disabled account as a wrong password is refused, each with a denied audit entry", async () => {
    const before = (await auditReasons()).length;
    for (const subject of ["sub-stranger", "sub-disabled"]) {
      const { jar, last } = await signIn(subject);
      expect(last.pathname + last.search).toBe("/inloggen?oidc=mislukt");
      expect((await me(jar)).status).toBe(401);
      expect(jar.get(new URL(appBase).host, "vsv_session")).toBeUndefined();
    }
    expect((await auditReasons()).slice(before)).toEqual(["oidc_subject_not_linked", "oidc_account_disabled"]);
    // The password login's refusal of the same account: 401 (the login page shows one text for both).
    const wrong = await fetch(`${appBase}/api/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: "oidc-disabled", password: "niet het wachtwoord" }) });
    expect(wrong.status).toBe(401);
    expect((await auditReasons()).at(-1)).toBe("bad_credentials");
  });

  it("is off without VSV_OIDC_*: start and callback answer 404, the config says so", async () => {
    expect(parseOidc({})).toBeUndefined();
    expect(() => parseOidc({ VSV_OIDC_ISSUER: issuer })).toThrow(/VSV_OIDC_CLIENT_ID, VSV_OIDC_REDIRECT_URI, VSV_OIDC_CLIENT_SECRET or VSV_OIDC_PRIVATE_KEY/);
    const off = await buildApp({ dataDir: tempDir("vsv-oidc-off-"), webRoot: tempDir("vsv-no-web-"), casework: { sql, key: TEST_KEY } });
    try {
      for (const url of ["/api/v1/auth/oidc/start", "/api/v1/auth/oidc/callback?code=x&state=y"]) {
        const r = await off.inject(url);
        expect([r.statusCode, r.headers["content-type"], r.headers["cache-control"]]).toEqual([404, "application/problem+json; charset=utf-8", "no-store"]);
      }
      const back = await off.inject({ method: "POST", url: "/api/v1/auth/oidc/backchannel-logout", headers: { "content-type": "application/x-www-form-urlencoded" }, payload: "logout_token=x" });
      expect(back.statusCode).toBe(404);
      expect((await off.inject("/api/v1/auth/config")).json()).toEqual({ oidc: false });
    } finally {
      await off.close();
    }
  });

  it("refuses a reused state, a state of another browser, a wrong nonce, an expired login and the provider's error", async () => {
    // A successful login's callback, replayed: the state was used.
    const first = await signIn("sub-officer");
    const callback = first.hops.find((h) => h.url.pathname === "/api/v1/auth/oidc/callback")!.url;
    const replay = new Jar();
    replay.set(callback.host, "vsv_oidc", callback.searchParams.get("state")!);
    expect((await follow(callback.toString(), replay)).at(-1)!.url.search).toBe("?oidc=verlopen");
    expect((await me(replay)).status).toBe(401);

    // A state this browser did not start (login CSRF: someone sends a victim the callback URL of a login they
    // started): refused without the starter's vsv_oidc cookie, and the state is used up.
    const attacker = await fetch(`${appBase}/api/v1/auth/oidc/start`, { redirect: "manual" });
    const attackersState = new URL(attacker.headers.get("location")!).searchParams.get("state")!;
    const victim = new Jar();
    expect((await follow(`${appBase}/api/v1/auth/oidc/callback?code=anything&state=${attackersState}`, victim)).at(-1)!.url.search).toBe("?oidc=verlopen");
    expect((await me(victim)).status).toBe(401);
    expect(await sql.query("SELECT 1 FROM oidc_logins WHERE state_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')", [attackersState])).toEqual([]);

    // A wrong nonce: the id_token names another nonce than the one stored with the state.
    signInAs = "sub-officer";
    const jar3 = new Jar();
    const toProvider = await fetch(`${appBase}/api/v1/auth/oidc/start`, { redirect: "manual" });
    jar3.take(new URL(appBase), toProvider);
    await sql.query("UPDATE oidc_logins SET nonce = 'another-nonce'");
    const nonceHops = await follow(toProvider.headers.get("location")!, jar3);
    expect(nonceHops.at(-1)!.url.search).toBe("?oidc=mislukt");
    expect((await me(jar3)).status).toBe(401);

    // A login left for more than ten minutes: its state has expired.
    signInAs = "sub-officer";
    const jar5 = new Jar();
    const start5 = await fetch(`${appBase}/api/v1/auth/oidc/start`, { redirect: "manual" });
    jar5.take(new URL(appBase), start5);
    await sql.query("UPDATE oidc_logins SET expires_at = now() - interval '1 second'");
    expect((await follow(start5.headers.get("location")!, jar5)).at(-1)!.url.search).toBe("?oidc=verlopen");
    expect((await me(jar5)).status).toBe(401);

    // The provider's error= callback (the user cancelled at the provider).
    const jar4 = new Jar();
    const start4 = await fetch(`${appBase}/api/v1/auth/oidc/start`, { redirect: "manual" });
    expect(start4.headers.getSetCookie()).toEqual([expect.stringMatching(/^vsv_oidc=[\w-]{40,}; Path=\/api\/v1\/auth\/oidc; HttpOnly; SameSite=Lax; Max-Age=600$/)]);
    expect(start4.headers.get("cache-control")).toBe("no-store");
    jar4.take(new URL(appBase), start4);
    const state4 = new URL(start4.headers.get("location")!).searchParams.get("state")!;
    expect((await follow(`${appBase}/api/v1/auth/oidc/callback?error=access_denied&error_description=Geannuleerd&state=${state4}`, jar4)).at(-1)!.url.search).toBe("?oidc=afgebroken");

    const reasons = await auditReasons();
    expect(reasons).toEqual(expect.arrayContaining(["oidc_state_unknown", "oidc_state_not_this_browser", "oidc_provider_error"]));
    expect(reasons.some((r) => r.startsWith("oidc_") && /nonce|jwt|claim/i.test(r))).toBe(true);
  });

  it("refuses a start URL that would return outside the closed part (no open redirect)", async () => {
    const { last } = await signIn("sub-officer", "https://elders.example/werk");
    expect(last.pathname).toBe("/werk");
    expect(last.origin).toBe(appBase);
  });

  it("ends the session when the provider's session ends (back-channel logout), and refuses a forged logout token", async () => {
    const { jar } = await signIn("sub-officer");
    const signedIn = await me(jar);
    expect(signedIn.status).toBe(200);
    const [row] = await sql.query<{ id_token: string; sid: string | null }>(
      "SELECT oidc_id_token AS id_token, oidc_sid AS sid FROM sessions WHERE account_id = $1 AND oidc_id_token IS NOT NULL ORDER BY created_at DESC LIMIT 1",
      [officerId],
    );
    expect(row!.sid).toBeTruthy();

    // A forged token (not signed by the provider) ends nothing: 400 and a denied entry.
    const forged = `${Buffer.from('{"alg":"RS256","typ":"logout+jwt"}').toString("base64url")}.${Buffer.from(JSON.stringify({ iss: issuer, aud: CLIENT_ID, sid: row!.sid, events: { "http://schemas.openid.net/event/backchannel-logout": {} } })).toString("base64url")}.c2lnbmF0dXJl`;
    const refused = await fetch(`${appBase}/api/v1/auth/oidc/backchannel-logout`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ logout_token: forged }) });
    expect([refused.status, refused.headers.get("content-type")]).toEqual([400, "application/problem+json; charset=utf-8"]);
    expect((await auditReasons()).at(-1)).toBe("oidc_logout_token_invalid");
    const json = await fetch(`${appBase}/api/v1/auth/oidc/backchannel-logout`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ logout_token: forged }) });
    expect(json.status).toBe(415);
    expect((await me(jar)).status).toBe(200);

    // The user logs out at the provider (its confirmation form): the provider posts a logout token here.
    const end = new URL(`${issuer}/session/end`);
    end.searchParams.set("id_token_hint", row!.id_token);
    end.searchParams.set("client_id", CLIENT_ID);
    const form = await fetch(end, { headers: { cookie: jar.header(end) } });
    jar.take(end, form);
    const html = await form.text();
    const action = new URL(/action="([^"]+)"/.exec(html)![1]!, end);
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)![1]!;
    const confirmed = await fetch(action, { method: "POST", redirect: "manual", headers: { cookie: jar.header(action), "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ xsrf, logout: "yes" }) });
    expect(confirmed.status).toBe(303);
    expect(backchannelErrors).toEqual([]);
    expect((await me(jar)).status).toBe(401);
    const [logout] = await sql.query<{ actor_id: number; method: string }>("SELECT actor_id, details->>'method' AS method FROM audit_log WHERE action = 'logout' ORDER BY id DESC LIMIT 1");
    expect(logout).toEqual({ actor_id: officerId, method: "oidc_backchannel" });
  });

  it("links and unlinks subjects from the command line (vsv accounts create --no-password, link-oidc, unlink-oidc), audited without the subject", async () => {
    const target = await targets.fresh();
    const saved = process.env.DATABASE_URL;
    if (target.databaseUrl) process.env.DATABASE_URL = target.databaseUrl;
    else delete process.env.DATABASE_URL;
    const out: string[] = [];
    const io = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => out.push(t) }, interactive: false } as never;
    const run = (...args: string[]) => accountsCommands.find((c) => c.name[1] === args[0])!.run([...args.slice(1), "--data-dir", target.dataDir], io);
    try {
      expect(await run("create", "alleen.oidc", "--role", "regional_officer", "--regions", "21", "--no-password")).toBe(0);
      expect(await run("create", "ander", "--role", "regional_officer", "--regions", "21", "--no-password")).toBe(0);
      expect(await run("link-oidc", "alleen.oidc", "--issuer", issuer, "--subject", "pseudoniem-123")).toBe(0);
      expect(await run("link-oidc", "alleen.oidc", "--issuer", issuer, "--subject", "pseudoniem-123")).toBe(0);
      await expect(run("link-oidc", "ander", "--issuer", issuer, "--subject", "pseudoniem-123")).rejects.toThrow(/al gekoppeld aan een ander account/);
      await expect(run("link-oidc", "alleen.oidc", "--subject", "x")).rejects.toThrow(/--issuer|VSV_OIDC_ISSUER/);
      await withOperationalStore(target, async (store) => {
        const id = (await findAccountByUsername(store, "alleen.oidc"))!;
        expect(id.passwordHash).toBeNull();
        expect(await findOidcAccount(store, issuer, "pseudoniem-123")).toBe(id.id);
        const entries = await store.query<{ details: Record<string, unknown> }>("SELECT details FROM audit_log WHERE details->>'oidc_link' = 'added'");
        expect(entries.length).toBe(2);
        expect(JSON.stringify(entries)).not.toContain("pseudoniem-123");
      });
      expect(await run("unlink-oidc", "alleen.oidc", "--issuer", issuer)).toBe(0);
      await withOperationalStore(target, async (store) => expect(await oidcLinksOf(store, (await findAccountByUsername(store, "alleen.oidc"))!.id)).toEqual([]));
      expect(out.join("")).toContain("alleen.oidc: 1 link(s) to");
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
  });
});
