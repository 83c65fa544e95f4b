/**
 * Hooks decide by the matched route, not by the raw URL (src/server/capabilities/closed-part.ts): a request line in
 * absolute form (`GET http://host/api/v1/signals HTTP/1.1`, RFC 9112 3.2.2, which every HTTP/1.1 server must accept)
 * reaches the same route with `request.url` = `http://host/api/v1/signals`. Sent over a real TCP socket, because
 * app.inject builds its own request line. On PGlite and PostgreSQL (the denied attempts land in the audit log).
 */
import net from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app.js";
import { createAccount } from "../../src/store/accounts.js";
import { type OperationalStore, openOperationalStore } from "../../src/store/index.js";
import { demoData } from "../support/demo-data.js";
import { TEST_KEY, TEST_PASSWORD, sessionCookieOf } from "../support/casework-app.js";
import { Targets, storeKinds } from "../store/store-targets.js";

interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** Sends one request exactly as written (request line, headers, body) and reads the answer until the server closes. */
function rawRequest(port: number, requestLine: string, headers: Record<string, string> = {}, body = ""): Promise<RawResponse> {
  const head = Object.entries({ Host: `127.0.0.1:${port}`, Connection: "close", ...headers, ...(body ? { "Content-Length": String(Buffer.byteLength(body)) } : {}) });
  const text = `${requestLine}\r\n${head.map(([k, v]) => `${k}: ${v}`).join("\r\n")}\r\n\r\n${body}`;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    // write, not end: a half-closed socket may be dropped before the answer; Connection: close makes the server close it.
    const socket = net.connect(port, "127.0.0.1", () => socket.write(text));
    socket.on("data", (c) => chunks.push(c));
    socket.on("error", reject);
    socket.on("close", () => {
      const all = Buffer.concat(chunks).toString("utf8");
      const split = all.indexOf("\r\n\r\n");
      const [statusLine, ...lines] = all.slice(0, split).split("\r\n");
      const headers: Record<string, string> = {};
      for (const l of lines) headers[l.slice(0, l.indexOf(":")).toLowerCase()] = l.slice(l.indexOf(":") + 1).trim();
      let rest = all.slice(split + 4);
      if (headers["transfer-encoding"] === "chunked") {
        let decoded = "";
        for (let size = parseInt(rest, 16); size > 0; size = parseInt(rest, 16)) {
          const start = rest.indexOf("\r\n") + 2;
          decoded += rest.slice(start, start + size);
          rest = rest.slice(start + size + 2);
        }
        rest = decoded;
      }
      resolve({ status: Number(statusLine!.split(" ")[1]), headers, body: rest });
    });
  });
}

const kinds = await storeKinds();

describe.each(kinds)("absolute-form requests on %s", (kind) => {
  const targets = new Targets(kind);
  let sql: OperationalStore;
  let app: FastifyInstance;
  let port: number;
  let cookie: string;

  beforeAll(async () => {
    sql = await openOperationalStore(await targets.fresh());
    await createAccount(sql, { username: "coord21", displayName: "Coördinator 21", role: "regional_coordinator", regions: ["21"], institutions: [], password: TEST_PASSWORD });
    app = await buildApp({ dataDir: demoData(), casework: { sql, key: TEST_KEY } });
    await app.listen({ port: 0, host: "127.0.0.1" });
    port = (app.server.address() as net.AddressInfo).port;
    const login = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username: "coord21", password: TEST_PASSWORD } });
    expect(login.statusCode, login.body).toBe(200);
    cookie = sessionCookieOf(login.headers);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await sql?.close();
    await targets.cleanup();
  });

  async function deniedEntries(traceId: string): Promise<{ action: string; route: unknown; status: unknown }[]> {
    const rows = await sql.query<{ action: string; details: Record<string, unknown> | null }>("SELECT action, details FROM audit_log WHERE trace_id = $1", [traceId]);
    return rows.map((r) => ({ action: r.action, route: r.details?.["route"], status: r.details?.["status"] }));
  }

  it("a closed answer is not kept and names its trace id, however the request line spells the URL", async () => {
    for (const target of [`http://127.0.0.1:${port}/api/v1/signals`, "http://evil.example/api/v1/signals", "HTTP://x/api/v1/signals?page=1", "/api/v1/%73ignals", "/api/v1/signals"]) {
      const r = await rawRequest(port, `GET ${target} HTTP/1.1`, { Cookie: cookie });
      expect(r.status, `${target}: ${r.body.slice(0, 200)}`).toBe(200);
      expect([target, r.headers["cache-control"]]).toEqual([target, "no-store"]);
      expect(r.headers["x-trace-id"], target).toMatch(/^[0-9a-f-]{36}$/);
      expect(r.headers["content-security-policy"], target).toContain("frame-ancestors 'none'");
    }
  });

  it("a person-level route asked without signing in answers 401 with no-store, and the refusal is logged as denied", async () => {
    const ref = "p" + "0".repeat(24);
    for (const target of [`http://127.0.0.1:${port}/api/v1/signals`, `http://evil.example/api/v1/persons/${ref}`, `http://x/api/v1/cases/1`]) {
      const r = await rawRequest(port, `GET ${target} HTTP/1.1`);
      expect(r.status, target).toBe(401);
      expect([target, r.headers["cache-control"]]).toEqual([target, "no-store"]);
      const trace = r.headers["x-trace-id"];
      expect(trace, target).toBeTruthy();
      expect(await deniedEntries(trace!)).toEqual([{ action: "denied", route: expect.stringMatching(/^\/api\/v1\//), status: 401 }]);
    }
  });

  it("a change asked in absolute form with the session but without the CSRF token is refused before the route runs", async () => {
    const body = JSON.stringify({ person_ref: "p" + "0".repeat(24) });
    const r = await rawRequest(port, `POST http://evil.example/api/v1/cases HTTP/1.1`, { Cookie: cookie, "Content-Type": "application/json" }, body);
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body).title).toBe("CSRF-token ontbreekt of klopt niet");
    expect(r.headers["cache-control"]).toBe("no-store");
    expect((await sql.query<{ n: number }>("SELECT count(*) AS n FROM cases"))[0]!.n).toBe(0);
  });

  it("an unknown API path in absolute form is a 404 problem, not the web app's page", async () => {
    const r = await rawRequest(port, `GET http://evil.example/api/v1/no-such-route?x=1 HTTP/1.1`);
    expect([r.status, r.headers["content-type"]]).toEqual([404, "application/problem+json; charset=utf-8"]);
    expect(JSON.parse(r.body).detail).toBe("GET /api/v1/no-such-route bestaat niet: zie /api/v1/docs voor de routes");
  });

  it("the public response cache is neither filled nor read by absolute-form requests", async () => {
    const url = "/api/v1/regions?teljaar=2023-2024";
    // Absolute form first, twice, with another host: answered, never from or into the cache.
    const absolute = [];
    for (let i = 0; i < 2; i++) absolute.push(await rawRequest(port, `GET http://evil.example${url} HTTP/1.1`, { Host: "evil.example" }));
    expect(absolute.map((r) => [r.status, r.headers["x-cache"]])).toEqual([[200, undefined], [200, undefined]]);
    // The first origin-form request computes the answer (nothing was kept), the second is the kept copy.
    const first = await rawRequest(port, `GET ${url} HTTP/1.1`);
    const second = await rawRequest(port, `GET ${url} HTTP/1.1`);
    expect([first.status, first.headers["x-cache"], second.headers["x-cache"]]).toEqual([200, undefined, "hit"]);
    expect(second.body).toBe(first.body);
    expect(absolute[0]!.body).toBe(first.body);
    // And the kept copy is not served to an absolute-form request either.
    const after = await rawRequest(port, `GET http://127.0.0.1:${port}${url} HTTP/1.1`);
    expect([after.status, after.headers["x-cache"]]).toEqual([200, undefined]);
    expect(after.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  });
});
