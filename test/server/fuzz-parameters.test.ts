/**
 * Bad input never gives a 5xx (issue 12, point 7). Every operation of the OpenAPI document — public and closed —
 * and every one of its parameters (path, query, JSON body properties, nested ones and free-form keys) gets hostile
 * values (test/support/openapi-fuzz.ts): first a sweep that gives each field NUL bytes, numbers out of range,
 * empty and very long text, then random values from fast-check for random fields, as random roles. Every answer
 * must be below 500, and every 4xx an application/problem+json body with its status. The app has the figures of
 * the small demo country and its signal lists, a case, an absence report and the demo programmes in the store, so
 * valid values reach the handlers and the database (PGlite and PostgreSQL: both refuse NUL in text and integers
 * out of range). A new route is fuzzed without changing this file. FUZZ_SEED=<n> repeats a run; FUZZ_VERBOSE=1
 * prints the progress per operation.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import type { FastifyInstance, InjectOptions } from "fastify";
import type { Role } from "../../src/domain/casework/roles.js";
import { withDatabase } from "../../src/engine/database.js";
import { readSignalLists } from "../../src/engine/signal-rows.js";
import { demoPlaces } from "../../src/cli/demo-casework.js";
import { buildApp } from "../../src/server/app.js";
import { isCacheable } from "../../src/server/response-cache.js";
import { warmApp } from "../../src/server/warm.js";
import { ensureActionPlan } from "../../src/store/action-plan.js";
import { createAccount } from "../../src/store/accounts.js";
import { type OperationalStore, openOperationalStore } from "../../src/store/index.js";
import { ensureDemoProgrammes } from "../../src/store/programme-demo.js";
import { loadPseudonymKey } from "../../src/store/pseudonym.js";
import { replaceSignals } from "../../src/store/signals.js";
import { sessionCookieOf } from "../support/casework-app.js";
import { demoData } from "../support/demo-data.js";
import { type Field, type Operation, type Seeds, hostileJson, hostileText, operationsOf, requestFor, seedOf, sweepValues } from "../support/openapi-fuzz.js";
import { tempDir } from "../support/temp-dirs.js";
import { Targets, storeKinds } from "../store/store-targets.js";

const kinds = await storeKinds();
const PASSWORD = "fuzz wachtwoord lang genoeg 1";
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
/** Random requests per operation: a base plus some per field. */
const RUNS = (fields: number) => 3 + 2 * fields;

type Who = Role | "anonymous";
/** The order in which roles are tried for an operation's sweep: the first it does not refuse gets the sweep. */
const ROLES: readonly Who[] = ["regional_coordinator", "regional_officer", "school_user", "national_analyst", "administrator", "anonymous"];

interface Client {
  readonly who: Who;
  readonly username: string;
  cookie: string;
  csrf: string;
}

interface Failure {
  readonly key: string;
  readonly request: string;
  readonly answer: string;
  count: number;
}

interface World {
  readonly app: FastifyInstance;
  readonly sql: OperationalStore;
  readonly clients: Map<Who, Client>;
  readonly seeds: Seeds;
  readonly targets: Targets;
  /** The last error the app's error handler saw (reset before each request). */
  lastError: string | undefined;
  requests: number;
}

async function login(app: FastifyInstance, username: string): Promise<{ cookie: string; csrf: string }> {
  const r = await app.inject({ method: "POST", url: "/api/v1/auth/login", headers: { "content-type": "application/json" }, payload: JSON.stringify({ username, password: PASSWORD }) });
  if (r.statusCode !== 200) throw new Error(`Login of ${username} answered ${r.statusCode}: ${r.body}`);
  return { cookie: sessionCookieOf(r.headers), csrf: (JSON.parse(r.body) as { csrf_token: string }).csrf_token };
}

async function makeWorld(kind: "pglite" | "postgres"): Promise<World> {
  const dataDir = demoData();
  const targets = new Targets(kind);
  const sql = await openOperationalStore(await targets.fresh());
  const key = loadPseudonymKey(dataDir);
  const lists = await withDatabase(dataDir, (db) => readSignalLists(db.connection), { readOnly: true });
  const places = demoPlaces(lists)!;
  const { primary, secondary } = places.regions;
  const school = places.institution;
  await replaceSignals(sql, key, lists.rows);
  await ensureActionPlan(sql);
  await ensureDemoProgrammes(sql, [primary, secondary]);
  // The account the account routes change is made first (id 1), so that random ids hit it rather than a client.
  const victim = await createAccount(sql, { username: "fuzz-target", displayName: "Fuzz Target", role: "regional_officer", regions: [primary], institutions: [], password: PASSWORD });
  const users: Record<Exclude<Who, "anonymous">, { regions: string[]; institutions: string[] }> = {
    regional_coordinator: { regions: [primary], institutions: [] },
    regional_officer: { regions: [primary], institutions: [] },
    school_user: { regions: [], institutions: [school] },
    national_analyst: { regions: [], institutions: [] },
    administrator: { regions: [], institutions: [] },
  };
  const ids = new Map<Who, number>();
  for (const [role, scope] of Object.entries(users) as [Exclude<Who, "anonymous">, (typeof users)["administrator"]][]) {
    ids.set(role, await createAccount(sql, { username: `fuzz-${role}`, displayName: `Fuzz ${role}`, role, ...scope, password: PASSWORD }));
  }
  const app = await buildApp({ dataDir, webRoot: tempDir("vsv-no-web-"), casework: { sql, key } });
  const world: World = { app, sql, clients: new Map(), seeds: {}, targets, lastError: undefined, requests: 0 };
  app.addHook("onError", async (_request, _reply, error) => {
    world.lastError = `${error.name}: ${error.message}`.slice(0, 300);
  });
  // The public figures take seconds the first time they are asked for; only the PGlite run asks for them.
  if (kind === "pglite") await warmApp(app);
  world.clients.set("anonymous", { who: "anonymous", username: "", cookie: "", csrf: "" });
  for (const role of ids.keys()) world.clients.set(role, { who: role, username: `fuzz-${role}`, ...(await login(app, `fuzz-${role}`)) });

  // What valid values reach: a person on the primary region's list at the school, their case and absence report.
  const [person] = await sql.query<{ person_ref: string }>("SELECT person_ref FROM signals WHERE region = $1 AND institution = $2 ORDER BY person_ref LIMIT 1", [primary, school]);
  const officer = world.clients.get("regional_officer")!;
  const as = async (c: Client, method: InjectOptions["method"], url: string, body?: unknown) => {
    const r = await app.inject({ method, url, headers: { cookie: c.cookie, "x-csrf-token": c.csrf, "content-type": "application/json" }, ...(body ? { payload: JSON.stringify(body) } : {}) });
    if (r.statusCode >= 300) throw new Error(`${method} ${url} answered ${r.statusCode}: ${r.body}`);
    return JSON.parse(r.body);
  };
  const anonymous = world.clients.get("anonymous")!;
  const opened = await as(officer, "POST", "/api/v1/cases", { person_ref: person!.person_ref, region: primary });
  const report = await as(officer, "POST", "/api/v1/absence-reports", { person_ref: person!.person_ref, reported_on: "2024-03-01", kind: "non_statutory", hours: 4, region: primary });
  const plan = await as(world.clients.get("national_analyst")!, "POST", "/api/v1/steering/target-plans", { method: "proportional", name: "Fuzz" });
  const programme = await as(anonymous, "GET", `/api/v1/steering/programmes/${primary}`);
  const location = kind === "pglite" ? (await as(anonymous, "GET", `/api/v1/institutions/${school}`)).locations[0].code : "00";
  Object.assign(world.seeds, {
    person_ref: person!.person_ref,
    person: person!.person_ref,
    region: primary,
    to_region: secondary,
    institution: school,
    brin: school,
    municipality: "0363",
    location,
    teljaar: "2023-2024",
    base_teljaar: "2023-2024",
    period: "2025-2028",
    version: 1,
    officer: "me",
    officer_id: ids.get("regional_officer"),
    actor: ids.get("regional_officer"),
    case_id: opened.case.id,
    hours: 2,
    search: "a",
    username: "fuzz-new-officer",
    display_name: "Fuzz Nieuw",
    password: PASSWORD,
    regions: [primary],
    institutions: [],
    role: "regional_officer",
    contact_on: "2024-03-01",
    reported_on: "2024-03-01",
    party: { role: "contact_school", code: school, name: "Fuzz school" },
    "POST /api/v1/auth/login username": "fuzz-target",
    "/api/v1/figures by": "region",
    "/api/v1/regions/{code} code": primary,
    "/api/v1/municipalities/{code} code": "0363",
    "/api/v1/steering/action-plan/actions/{code} code": "1.1",
    "/api/v1/compare kind": "region",
    "/api/v1/compare codes": `${primary},${secondary}`,
    "/api/v1/compare from": "2020-2021",
    "/api/v1/compare to": "2023-2024",
    "/api/v1/absence-reports kind": "non_statutory",
    "/api/v1/rankings kind": "region",
    "/api/v1/cases/{id} id": opened.case.id,
    "/api/v1/cases/{id}/contacts id": opened.case.id,
    "/api/v1/cases/{id}/close id": opened.case.id,
    "/api/v1/cases/{id}/handover id": opened.case.id,
    "/api/v1/cases/{id}/outcome id": opened.case.id,
    "/api/v1/accounts/{id} id": victim,
    "/api/v1/absence-reports/{id}/case id": report.report.id,
    "/api/v1/steering/target-plans/{id}/adopt id": plan.id,
    "/api/v1/steering/programmes/{region}/measures/{id} id": programme.measures[0].id,
    "/api/v1/steering/programmes/{region}/budget-lines/{id} id": programme.budget_lines[0].id,
  });
  return world;
}

/** Sends a request as a client; signs the client in again when a change ended its session (a password set, say). */
async function send(world: World, client: Client, request: InjectOptions) {
  const headers: Record<string, string> = { ...(request.headers as Record<string, string>) };
  if (client.cookie) headers.cookie = client.cookie;
  if (client.csrf && request.method !== "GET") headers["x-csrf-token"] = client.csrf;
  world.lastError = undefined;
  world.requests++;
  const r = await world.app.inject({ ...request, headers });
  if (client.cookie && r.statusCode === 401 && request.url !== "/api/v1/auth/login") {
    try {
      Object.assign(client, await login(world.app, client.username));
    } catch {
      // Disabled by a request of the fuzz: it stays signed out.
    }
  }
  return r;
}

/** Words of an English sentence that a Dutch problem text does not hold (code names and parameter values aside). */
const ENGLISH = /\b(is not|are not|must|should|cannot|use one of|there is|not found|invalid|required|only|give a|expected)\b/i;

/** Why an answer is wrong, or undefined: no 5xx, and every 4xx a problem+json with its status, in Dutch. */
function wrong(r: { statusCode: number; headers: Record<string, unknown>; body: string }): string | undefined {
  if (r.statusCode >= 500) return "5xx";
  if (r.statusCode < 400) return undefined;
  if (!/^application\/problem\+json/.test(String(r.headers["content-type"]))) return `4xx as ${String(r.headers["content-type"])}`;
  try {
    const p = JSON.parse(r.body) as { status?: unknown; title?: unknown; detail?: unknown };
    if (p.status !== r.statusCode || typeof p.title !== "string") return "4xx problem without status or title";
    // Problems are for Dutch readers (issue 15): said so, and no English sentence in title or detail.
    if (r.headers["content-language"] !== "nl") return "4xx problem without Content-Language: nl";
    const english = ENGLISH.exec(`${p.title} ${String(p.detail ?? "")}`);
    if (english) return `4xx problem in English ("${english[0]}"): ${String(p.detail).slice(0, 120)}`;
  } catch {
    return "4xx problem that is not JSON";
  }
  return undefined;
}

function shortly(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 40)}…(${text.length} chars)` : text;
}

describe.each(kinds)("bad input on every parameter (%s store)", (kind) => {
  let world: World;
  const failures = new Map<string, Failure>();

  beforeAll(async () => {
    world = await makeWorld(kind);
  }, 180_000);
  afterAll(async () => {
    await world?.app.close();
    await world?.sql.close();
    await world?.targets.cleanup();
  });

  function check(op: Operation, field: Field | undefined, value: unknown, client: Client, r: Awaited<ReturnType<typeof send>>): void {
    const why = wrong(r);
    if (!why) return;
    const error = world.lastError ?? r.body.slice(0, 200);
    // One entry per operation, field and kind of failure (the error text without the values in it).
    const key = `${op.label} ${field ? `${field.in} ${field.name}` : "(no field)"}: ${r.statusCode} ${why} ${error.replace(/"[^"]*"|\d+/g, "…").slice(0, 100)}`;
    const seen = failures.get(key);
    if (seen) seen.count++;
    else failures.set(key, { key, request: `${client.who} ${field ? `${field.name}=${shortly(value)}` : ""}`, answer: error.slice(0, 200), count: 1 });
  }

  async function attempt(op: Operation, client: Client, field: Field | undefined, value: unknown, include?: ReadonlySet<string>) {
    const r = await send(world, client, requestFor(op, world.seeds, { field, value, ...(include ? { include } : {}) }));
    check(op, field, value, client, r);
    return r;
  }

  it("refuses the values of the issue with a 400 that names the parameter", async () => {
    const coordinator = world.clients.get("regional_coordinator")!;
    const region = world.seeds.region as string;
    const cases: [Client, InjectOptions, string, number?][] = [
      [coordinator, { url: "/api/v1/cases?page=1e20" }, "page"],
      [coordinator, { url: "/api/v1/cases/12345678901234567890" }, "id"],
      [coordinator, { url: "/api/v1/cases?officer=" }, "officer"],
      [coordinator, { url: "/api/v1/cases?officer=99999999999999999999" }, "officer"],
      [coordinator, { url: "/api/v1/audit-log?user=" }, "user"],
      [coordinator, { url: "/api/v1/audit-log?pageSize=1e309" }, "pageSize"],
      [coordinator, { url: "/api/v1/signals?search=Jan%00sen" }, "search"],
      [coordinator, { url: `/api/v1/persons/${"p".repeat(200)}` }, "", 414],
      [coordinator, { method: "POST", url: "/api/v1/absence-reports", headers: { "content-type": "application/json" }, payload: `{"person_ref":"${world.seeds.person_ref}","reported_on":"2024-03-01","kind":"statutory","hours":1e309}` }, "hours"],
      [coordinator, { method: "POST", url: `/api/v1/steering/programmes/${region}/measures`, headers: { "content-type": "application/json" }, payload: JSON.stringify({ version: 1, name: "Mentor\u0000" }) }, "name"],
      [world.clients.get("anonymous")!, { url: "/api/v1/steering/projection?targetYear=1e309&target=100" }, "targetYear"],
    ];
    for (const [client, request, name, status = 400] of cases) {
      const r = await send(world, client, request);
      const what = `${String(request.url)}: ${r.body.slice(0, 300)}`;
      expect(r.statusCode, what).toBe(status);
      expect(r.headers["content-type"], what).toMatch(/^application\/problem\+json/);
      if (status === 400) expect(r.json().invalid_params.map((p: { name: string }) => p.name), what).toContain(name);
    }
  });

  it("answers hostile values with a 4xx problem, never a 5xx, on every operation", async () => {
    const t0 = performance.now();
    const progress = (what: string) => process.env.FUZZ_VERBOSE && console.log(`${what} at ${((performance.now() - t0) / 1000).toFixed(1)} s, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);
    const doc = JSON.parse((await world.app.inject({ url: "/api/v1/openapi.json" })).body);
    const all = operationsOf(doc);
    expect(all.length).toBeGreaterThan(60);
    // Sign-out would end the fuzzing clients' sessions: it is tried last. The public figures (the cacheable routes)
    // come from DuckDB alone, the same whichever operational store: they are fuzzed in the PGlite run only.
    const logout = all.find((op) => op.label === "POST /api/v1/auth/logout")!;
    const ops = all.filter((op) => op !== logout && (kind === "pglite" || !isCacheable(op.method, op.path.replace(/\{[^}]+\}/g, "x"))));
    const allOptional = (op: Operation) => new Set(op.fields.filter((f) => !f.required).map((f) => f.name));

    // The sweep: every field of every operation gets each edge value, as the first role the operation accepts.
    let sweep = 0;
    for (const op of ops) {
      progress(`sweep ${op.label}`);
      let client = world.clients.get("anonymous")!;
      for (const who of ROLES) {
        const r = await attempt(op, world.clients.get(who)!, undefined, undefined, allOptional(op));
        client = world.clients.get(who)!;
        if (r.statusCode !== 401 && r.statusCode !== 403) break;
      }
      for (const field of op.fields) {
        for (const value of sweepValues(seedOf(op, field, world.seeds))) {
          await attempt(op, client, field, value, allOptional(op));
          sweep++;
        }
      }
    }

    // Random values in random fields, as random roles, with random optional fields.
    const clients = [...world.clients.values()];
    let random = 0;
    for (const [i, op] of ops.entries()) {
      progress(`random ${op.label}`);
      const optional = [...allOptional(op)];
      const arbitrary = fc.record({
        client: fc.constantFrom(...clients),
        field: op.fields.length ? fc.constantFrom(...op.fields) : fc.constant(undefined),
        text: hostileText,
        json: hostileJson,
        include: fc.subarray(optional),
      });
      await fc.assert(
        fc.asyncProperty(arbitrary, async ({ client, field, text, json, include }) => {
          await attempt(op, client, field, field?.in === "body" ? json : text, new Set(include));
          random++;
        }),
        { numRuns: RUNS(op.fields.length), seed: SEED + i },
      );
    }

    // Sign-out, as everyone, with nothing else to fuzz.
    for (const client of clients) await attempt(logout, client, undefined, undefined);

    const list = [...failures.values()].map((f) => `${f.key}\n    e.g. ${f.request} (${f.count}×): ${f.answer}`);
    console.log(`Fuzzed ${ops.length} operations on ${kind}: ${sweep} sweep and ${random} random requests (${world.requests} in all, seed ${SEED}) in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${failures.size} kinds of failure`);
    expect(list, `FUZZ_SEED=${SEED}\n${list.join("\n")}`).toEqual([]);
  }, 300_000);
});
