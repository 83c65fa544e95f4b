/**
 * Security headers on every kind of answer (docs/auth.md, "Security headers"; NL GOV API Design Rules, BIO): every
 * route the app declares — the API, its docs and OpenAPI document, the web app's index and files — requested with
 * real example values from the demo data, in every download format, anonymous and signed in; every other method
 * without a session; plus the answers no route gives: unknown paths (404), a bad parameter (400), a refused CSRF
 * token (403), a wrong content type (415), answers from the response cache, and a 500. Every answer carries the
 * headers; every answer of a closed-part route (tags auth/casework) also `Cache-Control: no-store` and `X-Trace-Id`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { buildApp } from "../../src/server/app.js";
import { CLOSED_TAGS } from "../../src/server/capabilities/route-tags.js";
import { type OperationalStore, openOperationalStore } from "../../src/store/index.js";
import { loadPseudonymKey } from "../../src/store/pseudonym.js";
import { demoData } from "../support/demo-data.js";
import { type DemoExamples, type InjectSession, demoExamples, examplePathValue, exampleQueryValue, injectSession } from "../support/demo-examples.js";
import { webBuild } from "../web/harness.js";

interface Route {
  readonly method: string;
  readonly url: string;
  readonly tags: readonly string[];
  readonly hidden: boolean;
  /** Required query parameters with their allowed values (when an enum). */
  readonly requiredQuery: readonly { name: string; allowed?: readonly unknown[] }[];
  /** The download formats the route offers (its `format` parameter's values). */
  readonly formats: readonly string[];
  /** Documents a 200 answer (or documents no answers); false for a redirect only (the OIDC sign-in's start and callback). */
  readonly answers200: boolean;
}

interface RouteSchema {
  tags?: string[];
  hide?: boolean;
  querystring?: { required?: string[]; properties?: Record<string, { enum?: unknown[] }> };
  response?: Record<string, unknown>;
}

/**
 * Every route the app declares, as Fastify's onRoute hook sees it: the API, the hidden ones (docs, OpenAPI document)
 * and the static files. The hook is added to every Fastify instance this file creates, before buildApp declares any
 * route, so a new route is covered without touching this test.
 */
const declared = vi.hoisted(() => [] as Route[]);
vi.mock("fastify", async (importOriginal) => {
  const actual = await importOriginal<typeof import("fastify")>();
  const create = ((options?: object) => {
    const app = actual.default(options);
    app.addHook("onRoute", (route) => {
      const schema = route.schema as RouteSchema | undefined;
      const query = schema?.querystring ?? {};
      for (const method of [route.method].flat()) {
        declared.push({
          method,
          url: route.url,
          tags: schema?.tags ?? [],
          hidden: schema?.hide ?? false,
          requiredQuery: (query.required ?? []).map((name) => ({ name, allowed: query.properties?.[name]?.enum })),
          formats: (query.properties?.["format"]?.enum ?? []).map(String),
          answers200: !schema?.response || "200" in schema.response,
        });
      }
    });
    return app;
  }) as unknown as typeof actual.default;
  return { ...actual, default: create };
});

/** The URLs to request for a route: example values filled in, and once per download format it offers. */
function urlsFor(route: Route, e: DemoExamples): string[] {
  const filled = route.url.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(examplePathValue(route.url, name, e)));
  const query = route.requiredQuery.map((p) => `${p.name}=${encodeURIComponent(exampleQueryValue(route.url, p.name, p.allowed, e))}`);
  const withQuery = (extra: string[]) => (query.length + extra.length ? `${filled}?${[...query, ...extra].join("&")}` : filled);
  const formats = route.method === "GET" ? route.formats.filter((f) => f !== "json") : [];
  return [withQuery([]), ...formats.map((f) => withQuery([`format=${f}`]))];
}

const isClosed = (route: Route) => route.tags.some((t) => CLOSED_TAGS.includes(t));

function parseCsp(header: unknown): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const part of String(header ?? "").split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives[name] = values;
  }
  return directives;
}

/** What is missing or wrong in an answer's security headers ([] when all are right). */
function headerProblems(r: LightMyRequestResponse, closed: boolean): string[] {
  const h = r.headers;
  const problems: string[] = [];
  const expectHeader = (name: string, value: string) => {
    if (h[name] !== value) problems.push(`${name}: ${JSON.stringify(h[name])}, expected ${JSON.stringify(value)}`);
  };
  expectHeader("strict-transport-security", "max-age=31536000; includeSubDomains");
  expectHeader("x-content-type-options", "nosniff");
  expectHeader("x-frame-options", "DENY");
  expectHeader("referrer-policy", "no-referrer");
  const csp = parseCsp(h["content-security-policy"]);
  for (const [directive, value] of [["frame-ancestors", "'none'"], ["default-src", "'self'"], ["script-src", "'self'"], ["object-src", "'none'"]] as const) {
    if (csp[directive]?.join(" ") !== value) problems.push(`content-security-policy ${directive}: ${JSON.stringify(csp[directive])}, expected ${value}`);
  }
  if (/unsafe-/.test(String(h["content-security-policy"]))) problems.push(`content-security-policy allows unsafe-…: ${String(h["content-security-policy"])}`);
  if (closed) {
    expectHeader("cache-control", "no-store");
    if (!h["x-trace-id"]) problems.push("x-trace-id missing");
  }
  return problems;
}

describe("security headers on every answer", () => {
  let tmp: string;
  let sql: OperationalStore | undefined;
  let app: FastifyInstance;
  let examples: DemoExamples;
  let coordinator: InjectSession;
  let routes: Route[];
  /** The current test's answers that lack a header, with what was wrong. */
  const failures: string[] = [];
  const seen = { answers: 0, closed: 0, statuses: new Set<number>(), types: new Set<string>() };

  async function check(label: string, closed: boolean, request: InjectOptions | PromiseLike<LightMyRequestResponse>): Promise<LightMyRequestResponse> {
    const r = "then" in request ? await request : await app.inject(request);
    seen.answers++;
    if (closed) seen.closed++;
    seen.statuses.add(r.statusCode);
    seen.types.add(String(r.headers["content-type"] ?? "").split(";")[0]!);
    const problems = headerProblems(r, closed);
    if (problems.length) failures.push(`${label} → ${r.statusCode}: ${problems.join("; ")}`);
    return r;
  }

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), "vsv-headers-"));
    const dataDir = path.join(tmp, "data");
    demoData(dataDir);
    const webRoot = await webBuild(tmp);
    sql = await openOperationalStore({ dataDir });
    app = await buildApp({ dataDir, webRoot, casework: { sql, key: loadPseudonymKey(dataDir) } });
    await app.ready();
    examples = await demoExamples(app);
    coordinator = await injectSession(app, "demo-coordinator");
    routes = declared.filter((r) => r.method !== "HEAD");
  }, 240_000);

  beforeEach(() => {
    failures.length = 0;
  });

  afterAll(async () => {
    await app?.close();
    await sql?.close().catch(() => undefined);
    rmSync(tmp, { recursive: true, force: true });
  });

  it("takes the routes from the app: the API, the hidden ones, the web app's files; every API route tagged", () => {
    expect(routes.some((r) => r.url === "/api/v1/docs/docs.css")).toBe(true);
    expect(routes.some((r) => r.url === "/api/v1/docs")).toBe(true);
    expect(routes.some((r) => r.url === "/api/v1/openapi.json")).toBe(true);
    expect(routes.some((r) => r.url === "/index.html")).toBe(true);
    expect(routes.some((r) => /^\/assets\/.+\.js$/.test(r.url))).toBe(true);
    expect(routes.some((r) => /^\/assets\/.+\.css$/.test(r.url))).toBe(true);
    // Closed or public is decided by the scope a route is registered in (src/server/capabilities/closed-part.ts), and
    // its tags must agree (route-tags.ts, checked at startup): an API route without tags would escape that check.
    expect(routes.filter((r) => r.url.startsWith("/api/v1/") && !r.hidden && r.tags.length === 0)).toEqual([]);
  });

  it("every GET route, anonymous and (closed routes) signed in, every download format", async () => {
    const publicStatuses: string[] = [];
    for (const route of routes.filter((r) => r.method === "GET")) {
      const closed = isClosed(route);
      for (const url of urlsFor(route, examples)) {
        const anonymous = await check(`GET ${url}`, closed, { method: "GET", url });
        if (closed && !route.answers200) {
          // A sign-in redirect anyone may follow (the OIDC start and callback; 404 with OIDC off): headers only.
          await check(`GET ${url} (coordinator)`, true, coordinator.request("GET", url));
        } else if (closed) {
          expect(anonymous.statusCode, url).toBe(401);
          const signedIn = await check(`GET ${url} (coordinator)`, true, coordinator.request("GET", url));
          expect(signedIn.statusCode, `${url}: ${signedIn.body.slice(0, 300)}`).toBe(200);
        } else if (anonymous.statusCode >= 400) publicStatuses.push(`${url} → ${anonymous.statusCode}`);
      }
    }
    // The example values are real: every public GET answered (the docs page's /docs/ redirects to /docs).
    expect(publicStatuses).toEqual([]);
    expect(failures).toEqual([]);
    // It covered what it claims to: JSON, problems, downloads, HTML, scripts, style sheets, images.
    for (const type of ["application/json", "application/problem+json", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf", "text/html", "text/css"]) {
      expect([...seen.types], type).toContain(type);
    }
    expect([...seen.types].filter((t) => /javascript/.test(t)).length).toBeGreaterThan(0);
  }, 240_000);

  it("every other method without a session: refusals and validation problems", async () => {
    for (const route of routes.filter((r) => !["GET", "HEAD"].includes(r.method))) {
      const closed = isClosed(route);
      for (const url of urlsFor(route, examples)) await check(`${route.method} ${url}`, closed, { method: route.method as InjectOptions["method"], url, payload: {} });
    }
    expect(failures).toEqual([]);
    expect(seen.statuses).toContain(401);
  });

  it("answers no route gives: unknown paths, a bad parameter, a refused CSRF token, a wrong content type, a cached answer, the index for a page URL", async () => {
    const notFound = await check("GET /api/v1/does-not-exist", false, { method: "GET", url: "/api/v1/does-not-exist" });
    expect([notFound.statusCode, notFound.headers["content-type"]]).toEqual([404, "application/problem+json; charset=utf-8"]);
    expect((await check("GET /api/v1/municipalities/9999", false, { method: "GET", url: "/api/v1/municipalities/9999" })).statusCode).toBe(404);
    expect((await check("POST /no-such-page", false, { method: "POST", url: "/no-such-page" })).statusCode).toBe(404);
    await check("GET /assets/no-such-file.js", false, { method: "GET", url: "/assets/no-such-file.js" });
    const badParam = await check("GET /api/v1/figures?teljaar=1999", false, { method: "GET", url: "/api/v1/figures?teljaar=1999" });
    expect([badParam.statusCode, badParam.headers["content-type"]]).toEqual([400, "application/problem+json; charset=utf-8"]);
    const page = await check("GET /regio/…", false, { method: "GET", url: `/regio/${examples.region}?teljaar=2023-2024` });
    expect([page.statusCode, page.headers["content-type"]]).toEqual([200, "text/html; charset=utf-8"]);
    expect((await check("GET /", false, { method: "GET", url: "/" })).statusCode).toBe(200);
    const csrf = await check("POST /api/v1/cases without X-CSRF-Token", true, { method: "POST", url: "/api/v1/cases", headers: { cookie: coordinator.cookie }, payload: { person_ref: examples.personRef } });
    expect(csrf.statusCode).toBe(403);
    const wrongType = await check("POST /api/v1/auth/login as text/plain", true, { method: "POST", url: "/api/v1/auth/login", headers: { "content-type": "text/plain" }, payload: "x" });
    expect(wrongType.statusCode).toBe(415);
    // Refused by the router before any hook: a malformed escape (400) and an over-long path segment (414).
    const malformed = await check("GET /api/v1/regions/%ED%A0%80", false, { method: "GET", url: "/api/v1/regions/%ED%A0%80" });
    expect(malformed.statusCode).toBe(400);
    const long = await check("GET /api/v1/cases/<101 characters>", true, { method: "GET", url: `/api/v1/cases/${"1".repeat(101)}` });
    expect(long.statusCode).toBe(414);
    // A second request is answered by the response cache from its onRequest hook, before any route runs.
    for (const headers of [{}, { "accept-encoding": "gzip" }]) {
      const url = `/api/v1/regions?teljaar=2023-2024`;
      await app.inject({ method: "GET", url, headers });
      const hit = await check(`GET ${url} from the cache ${JSON.stringify(headers)}`, false, { method: "GET", url, headers });
      expect(hit.headers["x-cache"]).toBe("hit");
    }
    expect(failures).toEqual([]);
  });

  it("a 500 problem (the operational store is gone) carries them too", async () => {
    await sql!.close();
    sql = undefined;
    const r = await check("GET /api/v1/signals (store closed)", true, coordinator.request("GET", "/api/v1/signals"));
    expect([r.statusCode, r.headers["content-type"]]).toEqual([500, "application/problem+json; charset=utf-8"]);
    expect(failures).toEqual([]);
    expect(seen.answers).toBeGreaterThan(150);
  });
});
