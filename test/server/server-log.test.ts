/**
 * The server log (issue 12, point 7; docs/architecture.md, "Server log"): an answer 500 is logged with its error and
 * request id, and nothing a user sent that can identify a person or open a session reaches the log — not the
 * session cookie, not the CSRF token, not a name or person number in the query string or the body. The 500s are
 * real: the store is broken under the running app (a table renamed away), on PGlite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import type { FastifyInstance } from "fastify";
import { readConfig } from "../../src/config.js";
import { buildApp } from "../../src/server/app.js";
import { CENSOR, errorForLog } from "../../src/server/log.js";
import { createAccount } from "../../src/store/accounts.js";
import { type OperationalStore, openOperationalStore } from "../../src/store/index.js";
import { personRef } from "../../src/store/pseudonym.js";
import { TEST_KEY, TEST_PASSWORD, sessionCookieOf } from "../support/casework-app.js";
import { tempDir } from "../support/temp-dirs.js";
import { vsv } from "../support/cli.js";
import { Targets, storeKinds } from "../store/store-targets.js";

const kinds = await storeKinds();
const NAME = "Jansen-Vermeulen";
const BSN = "123456782";

interface Logged {
  level: number;
  msg: string;
  reqId?: string;
  req?: { method: string; route: string | null };
  err?: { type: string; message: string; stack: string; code?: string };
  [key: string]: unknown;
}

describe.each(kinds)("the server log (%s store)", (kind) => {
  const targets = new Targets(kind);
  const lines: string[] = [];
  let app: FastifyInstance;
  let sql: OperationalStore;
  let cookie: string;
  let csrf: string;
  const logged = () => lines.map((l) => JSON.parse(l) as Logged);

  beforeAll(async () => {
    sql = await openOperationalStore(await targets.fresh());
    app = await buildApp({ dataDir: tempDir("vsv-log-"), webRoot: tempDir("vsv-no-web-"), casework: { sql, key: TEST_KEY }, logger: { level: "info", stream: { write: (l) => void lines.push(l) } } });
    await createAccount(sql, { username: "officer21", displayName: "Officer", role: "regional_officer", regions: ["21"], institutions: [], password: TEST_PASSWORD });
    const login = await app.inject({ method: "POST", url: "/api/v1/auth/login", headers: { "content-type": "application/json" }, payload: JSON.stringify({ username: "officer21", password: TEST_PASSWORD }) });
    expect(login.statusCode).toBe(200);
    cookie = sessionCookieOf(login.headers);
    csrf = login.json().csrf_token;
  });
  afterAll(async () => {
    await app?.close();
    await sql?.close();
    await targets.cleanup();
  });

  it("logs a 500 with its error and request id, and no cookie, CSRF token, name or person number", async () => {
    // Break the store under the running app: the signal list and the cases are gone.
    await sql.query("ALTER TABLE signals RENAME TO signals_gone");
    await sql.query("ALTER TABLE cases RENAME TO cases_gone");
    lines.length = 0;
    try {
      const read = await app.inject({
        method: "POST",
        url: `/api/v1/signals/search?municipality=0363`,
        headers: { cookie, "x-csrf-token": csrf, "content-type": "application/json" },
        payload: JSON.stringify({ search: NAME, level: BSN }),
      });
      const write = await app.inject({
        method: "POST",
        url: "/api/v1/cases",
        headers: { cookie, "x-csrf-token": csrf, "content-type": "application/json" },
        payload: JSON.stringify({ person_ref: personRef(TEST_KEY, BSN), region: "21", family_name: NAME, bsn: BSN }),
      });
      for (const [r, route] of [[read, "/api/v1/signals/search"], [write, "/api/v1/cases"]] as const) {
        expect(r.statusCode, r.body).toBe(500);
        const traceId = String(r.headers["x-trace-id"]);
        expect(r.json().detail).toContain(traceId);
        const errors = logged().filter((l) => l.level === 50 && l.reqId === traceId);
        expect(errors, lines.join("")).toHaveLength(1);
        expect(errors[0]!.req).toMatchObject({ method: "POST", route });
        expect(errors[0]!.err!.message).toMatch(/relation "(signals|cases)" does not exist/);
        expect(errors[0]!.err!.stack).toContain("at ");
        // Each request also leaves its "incoming request" and "request completed" lines, under the same id.
        expect(logged().filter((l) => l.reqId === traceId).map((l) => l.msg)).toEqual(["incoming request", "request failed: answered 500", "request completed"]);
      }
    } finally {
      await sql.query("ALTER TABLE signals_gone RENAME TO signals");
      await sql.query("ALTER TABLE cases_gone RENAME TO cases");
    }
    const all = lines.join("");
    for (const secret of [NAME, BSN, cookie.split("=")[1]!, csrf, personRef(TEST_KEY, BSN)]) expect(all).not.toContain(secret);
    expect(all).not.toMatch(/search=|x-csrf-token|vsv_session/i);
  });

  it("censors person fields and secrets in any object it logs, and logs requests by route pattern", async () => {
    lines.length = 0;
    app.log.info({ person_ref: "p1", bsn: BSN, detail: { family_name: NAME, given_names: "Jan", password: "geheim", username: "jan" }, headers: { cookie: "vsv_session=x", "x-csrf-token": "t" } }, "test line");
    const line = logged().find((l) => l.msg === "test line")!;
    expect(line).toMatchObject({ person_ref: CENSOR, bsn: CENSOR, detail: { family_name: CENSOR, given_names: CENSOR, password: CENSOR, username: CENSOR }, headers: { cookie: CENSOR, "x-csrf-token": CENSOR } });
    const r = await app.inject({ url: `/api/v1/persons/${personRef(TEST_KEY, BSN)}`, headers: { cookie } });
    expect(r.statusCode).toBe(404);
    const incoming = logged().find((l) => l.msg === "incoming request" && l.reqId === r.headers["x-trace-id"])!;
    expect(incoming.req).toEqual({ method: "GET", route: "/api/v1/persons/:personRef", remoteAddress: "127.0.0.1" });
  });

  it("logs a refused value as a 400 answer, not as an error", async () => {
    lines.length = 0;
    const r = await app.inject({
      method: "POST",
      url: "/api/v1/signals/search",
      headers: { cookie, "x-csrf-token": csrf, "content-type": "application/json" },
      payload: JSON.stringify({ search: `${NAME}\u0000` }),
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().invalid_params).toEqual([{ name: "search", reason: expect.stringMatching(/NUL/) }]);
    expect(logged().filter((l) => l.level >= 50)).toEqual([]);
    expect(logged().find((l) => l.msg === "request completed")).toMatchObject({ res: { statusCode: 400 } });
  });
});

describe("what the log keeps of an error", () => {
  it("leaves out a database error's detail and the value PostgreSQL quotes in a data exception", () => {
    const e = Object.assign(new Error(`invalid input syntax for type integer: "${NAME}"`), { code: "22P02", detail: `Key (family_name)=(${NAME})`, where: "…" });
    const logged = errorForLog(e);
    expect(JSON.stringify(logged)).not.toContain(NAME);
    expect(logged).toMatchObject({ type: "Error", code: "22P02", message: 'invalid input syntax for type integer: "…"' });
    expect(logged.stack).toMatch(/^Error: invalid input syntax for type integer: "…"\n\s+at /);
  });
});

describe("the log level", () => {
  it("comes from VSV_LOG_LEVEL, info by default, and a wrong one is refused with the levels to use", async () => {
    expect(readConfig({}).logLevel).toBe("info");
    expect(readConfig({ VSV_LOG_LEVEL: "WARN" }).logLevel).toBe("warn");
    expect(() => readConfig({ VSV_LOG_LEVEL: "loud" })).toThrow(/VSV_LOG_LEVEL "loud" is not a log level: use one of fatal, error, warn, info, debug, trace, silent/);
    const saved = process.env.VSV_LOG_LEVEL;
    process.env.VSV_LOG_LEVEL = "loud";
    try {
      const r = await vsv("serve", "--port", "0", "--data-dir", tempDir("vsv-log-serve-"));
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('VSV_LOG_LEVEL "loud" is not a log level');
    } finally {
      if (saved === undefined) delete process.env.VSV_LOG_LEVEL;
      else process.env.VSV_LOG_LEVEL = saved;
    }
  });

  it("`vsv serve` writes JSON lines to stdout: each request by route, without its query string", async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, "127.0.0.1", () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve", "--port", String(port), "--data-dir", tempDir("vsv-log-serve-")], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, VSV_LOG_LEVEL: "info" },
    });
    let out = "";
    child.stdout.on("data", (c: Buffer) => void (out += c.toString()));
    try {
      await new Promise<void>((resolve, reject) => {
        const check = setInterval(() => out.includes(`http://localhost:${port}/`) && (clearInterval(check), resolve()), 50);
        child.on("exit", (code) => (clearInterval(check), reject(new Error(`vsv serve exited with ${code}: ${out}`))));
      });
      const r = await fetch(`http://127.0.0.1:${port}/api/v1/health?search=${NAME}`);
      expect(r.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      child.kill("SIGTERM");
    }
    const json = out.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as Logged);
    const done = json.find((l) => l.msg === "request completed" && l.res && (l.res as { statusCode: number }).statusCode === 200);
    expect(done?.reqId).toMatch(/^[0-9a-f-]{36}$/);
    expect(json.find((l) => l.reqId === done!.reqId && l.msg === "incoming request")?.req).toMatchObject({ method: "GET", route: "/api/v1/health" });
    expect(out).not.toContain(NAME);
  }, 30_000);
});
