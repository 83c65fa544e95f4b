/**
 * The closed part of the API on a fresh operational store, for route tests: users are created straight in the
 * store, `login` signs in through POST /api/v1/auth/login and gives a client that sends the session cookie and
 * (on POST, PATCH, PUT and DELETE) the X-CSRF-Token header. There is no DuckDB store, so public routes answer 503.
 *
 *   const t = await caseworkApp(target);                      // target from Targets.fresh() (test/store/store-targets.ts)
 *   await t.createUser({ username: "jan", role: "regional_officer", regions: ["21"] });
 *   const jan = await t.login("jan");
 *   expect((await jan.get("/api/v1/auth/me")).json().user.regions).toEqual(["21"]);
 *   t.clock.advance(31 * 60_000);                             // sessions see the moved time
 *   await t.close();
 */
import type { FastifyInstance, InjectOptions } from "fastify";
import type { Role } from "../../src/domain/casework/roles.js";
import { buildApp } from "../../src/server/app.js";
import { createAccount } from "../../src/store/accounts.js";
import { type OperationalStore, openOperationalStore } from "../../src/store/index.js";
import type { PseudonymKey } from "../../src/store/pseudonym.js";
import type { Target } from "../store/store-targets.js";
import { tempDir } from "./temp-dirs.js";

export const TEST_PASSWORD = "correct horse battery staple 1";
/** The fixed pseudonym key of test apps: person references are the same in every run. */
export const TEST_KEY = Buffer.alloc(32, 0x5a) as PseudonymKey;

export interface TestResponse {
  readonly status: number;
  readonly body: string;
  readonly headers: Record<string, unknown>;
  json<T = any>(): T;
}

export interface TestClient {
  /** The session's CSRF token ("" for an anonymous client). */
  readonly csrf: string;
  /** The Cookie header value (`vsv_session=…`; "" for an anonymous client). */
  readonly cookie: string;
  get(url: string): Promise<TestResponse>;
  post(url: string, body?: unknown): Promise<TestResponse>;
  patch(url: string, body?: unknown): Promise<TestResponse>;
  put(url: string, body?: unknown): Promise<TestResponse>;
  delete(url: string): Promise<TestResponse>;
  /** Any request with this client's cookie and exactly the headers given (no CSRF header unless passed). */
  send(method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE", url: string, options?: { body?: unknown; headers?: Record<string, string> }): Promise<TestResponse>;
}

/** The time the app's auth (sessions, login limits) sees; starts at the real time and moves only when told. */
export interface TestClock {
  now(): Date;
  set(at: Date): void;
  advance(ms: number): void;
}

export interface UserSpec {
  username: string;
  role: Role;
  regions?: string[];
  institutions?: string[];
  /** Default TEST_PASSWORD. */
  password?: string;
  /** Default: the user name. */
  displayName?: string;
}

export interface CaseworkTestApp {
  readonly app: FastifyInstance;
  readonly sql: OperationalStore;
  readonly key: PseudonymKey;
  readonly clock: TestClock;
  createUser(spec: UserSpec): Promise<{ id: number }>;
  /** Signs in (password default TEST_PASSWORD); throws with the answer when login does not give 200. */
  login(username: string, password?: string): Promise<TestClient>;
  anonymous(): TestClient;
  close(): Promise<void>;
}

function response(r: { statusCode: number; body: string; headers: Record<string, unknown> }): TestResponse {
  return { status: r.statusCode, body: r.body, headers: r.headers, json: () => JSON.parse(r.body) };
}

function client(app: FastifyInstance, cookie: string, csrf: string): TestClient {
  const send: TestClient["send"] = async (method, url, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (cookie) headers.cookie = cookie;
    const request: InjectOptions = { method, url, headers };
    if (options.body !== undefined) {
      request.payload = JSON.stringify(options.body);
      headers["content-type"] = "application/json";
    }
    return response(await app.inject(request));
  };
  const unsafe = (method: "POST" | "PATCH" | "PUT" | "DELETE", url: string, body?: unknown) =>
    send(method, url, { body, headers: csrf ? { "x-csrf-token": csrf } : {} });
  return {
    csrf,
    cookie,
    get: (url) => send("GET", url),
    post: (url, body) => unsafe("POST", url, body),
    patch: (url, body) => unsafe("PATCH", url, body),
    put: (url, body) => unsafe("PUT", url, body),
    delete: (url) => unsafe("DELETE", url),
    send,
  };
}

/**
 * A login request from a given client address (each test its own, so the per-address limit does not leak between
 * tests), answered as it is: for the login-limit tests.
 */
export function loginFrom(app: FastifyInstance, username: string, password: string, client: string) {
  return app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    remoteAddress: client,
    headers: { "content-type": "application/json" },
    payload: JSON.stringify({ username, password }),
  });
}

/** The `vsv_session=…` pair from a login answer's Set-Cookie header. */
export function sessionCookieOf(headers: Record<string, unknown>): string {
  const raw = headers["set-cookie"];
  const all = Array.isArray(raw) ? raw : [raw];
  const found = all.map(String).find((c) => c.startsWith("vsv_session=") && !c.startsWith("vsv_session=;"));
  if (!found) throw new Error(`No vsv_session cookie in the answer: ${JSON.stringify(raw)}`);
  return found.split(";")[0]!;
}

export async function caseworkApp(target: Target): Promise<CaseworkTestApp> {
  const sql = await openOperationalStore(target);
  let at: Date | undefined;
  const clock: TestClock = {
    now: () => at ?? new Date(),
    set: (to) => void (at = to),
    advance: (ms) => void (at = new Date(clock.now().getTime() + ms)),
  };
  let app: FastifyInstance;
  try {
    app = await buildApp({ dataDir: tempDir("vsv-casework-app-"), webRoot: tempDir("vsv-no-web-"), casework: { sql, key: TEST_KEY } });
  } catch (e) {
    await sql.close();
    throw e;
  }
  app.clock = clock.now;
  return {
    app,
    sql,
    key: TEST_KEY,
    clock,
    async createUser(spec) {
      const id = await createAccount(sql, {
        username: spec.username,
        displayName: spec.displayName ?? spec.username,
        role: spec.role,
        regions: spec.regions ?? [],
        institutions: spec.institutions ?? [],
        password: spec.password ?? TEST_PASSWORD,
      });
      return { id };
    },
    async login(username, password = TEST_PASSWORD) {
      const r = await app.inject({ method: "POST", url: "/api/v1/auth/login", headers: { "content-type": "application/json" }, payload: JSON.stringify({ username, password }) });
      if (r.statusCode !== 200) throw new Error(`Login of ${username} answered ${r.statusCode}: ${r.body}`);
      return client(app, sessionCookieOf(r.headers), (JSON.parse(r.body) as { csrf_token: string }).csrf_token);
    },
    anonymous: () => client(app, "", ""),
    async close() {
      await app.close();
      await sql.close();
    },
  };
}
