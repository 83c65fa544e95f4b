/**
 * For tests that visit every route of the API or every page of the web app on the demo data (test/support/demo-data.ts
 * with the operational store, as test/web/casework-harness.ts starts it): a demo user signed in through app.inject,
 * and one real value for each kind of path parameter (a region, a municipality, a school and one of its locations, a
 * person on the signal list, a case of that person, …), asked from the API itself.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { DEMO_PASSWORD } from "../../src/store/demo-accounts.js";
import { sessionCookieOf } from "./casework-app.js";

export interface InjectSession {
  readonly cookie: string;
  readonly csrf: string;
  request(method: InjectOptions["method"], url: string, body?: unknown): Promise<LightMyRequestResponse>;
  json<T = any>(url: string): Promise<T>;
}

/** Signs `username` (a demo account) in with POST /api/v1/auth/login; throws with the answer when that fails. */
export async function injectSession(app: FastifyInstance, username: string): Promise<InjectSession> {
  const login = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username, password: DEMO_PASSWORD } });
  if (login.statusCode !== 200) throw new Error(`Login of ${username} gave ${login.statusCode}: ${login.body}`);
  const cookie = sessionCookieOf(login.headers);
  const csrf = String(login.json().csrf_token);
  const request: InjectSession["request"] = (method, url, body) => {
    const headers: Record<string, string> = { cookie, "x-csrf-token": csrf };
    return app.inject(body === undefined ? { method, url, headers } : { method, url, headers, payload: body as object });
  };
  return {
    cookie,
    csrf,
    request,
    async json(url) {
      const r = await request("GET", url);
      if (r.statusCode !== 200) throw new Error(`GET ${url} as ${username} gave ${r.statusCode}: ${r.body}`);
      return r.json();
    },
  };
}

export interface DemoExamples {
  readonly region: string;
  readonly municipality: string;
  readonly institution: string;
  readonly location: string;
  /** A region with a programme. */
  readonly programmeRegion: string;
  /** An action of the national action plan. */
  readonly action: string;
  /** A person on demo-begeleider's (and demo-coordinator's) signal list. */
  readonly personRef: string;
  /** A case of that person, opened by demo-begeleider. */
  readonly caseId: number;
  /** demo-begeleider's account id. */
  readonly accountId: number;
}

function first<T>(rows: readonly T[] | undefined, what: string): T {
  const row = rows?.[0];
  if (row === undefined) throw new Error(`The demo data has no ${what}: vsv start (test/global-setup.ts) should make one`);
  return row;
}

/** Asks the API for one of each; opens a case (the demo data has none) for the first person on the officer's list. */
export async function demoExamples(app: FastifyInstance): Promise<DemoExamples> {
  const get = async (url: string) => {
    const r = await app.inject(url);
    if (r.statusCode !== 200) throw new Error(`GET ${url} gave ${r.statusCode}: ${r.body}`);
    return r.json();
  };
  const institution = first<{ code: string }>((await get("/api/v1/institutions")).rows, "institution").code;
  const locations: { code: string }[] = (await get(`/api/v1/institutions/${institution}`)).locations;
  const location = first(locations, `location of ${institution}`);
  const officer = await injectSession(app, "demo-begeleider");
  const personRef = first<{ person_ref: string }>((await officer.json("/api/v1/signals")).items, "person on the signal list").person_ref;
  const opened = await officer.request("POST", "/api/v1/cases", { person_ref: personRef });
  if (opened.statusCode !== 201) throw new Error(`Opening a case for ${personRef} gave ${opened.statusCode}: ${opened.body}`);
  const me = await officer.json("/api/v1/auth/me");
  return {
    region: first<{ code: string }>((await get("/api/v1/regions")).rows, "region").code,
    municipality: first<{ code: string }>((await get("/api/v1/municipalities")).rows, "municipality").code,
    institution,
    location: location.code,
    programmeRegion: first<{ region: string }>((await get("/api/v1/steering/programmes")).items, "programme").region,
    action: first<{ code: string }>(first<{ actions: { code: string }[] }>((await get("/api/v1/steering/action-plan")).lines, "action plan line").actions, "action").code,
    personRef,
    caseId: Number(opened.json().case.id),
    accountId: Number(me.user.id),
  };
}

/** Example values for path parameters: by route and name first, then by name. */
export function examplePathValue(route: string, name: string, e: DemoExamples): string {
  const byRoute: Record<string, string> = {
    "/api/v1/regions/:code": e.region,
    "/api/v1/municipalities/:code": e.municipality,
    "/api/v1/steering/programmes/:region": e.programmeRegion,
    "/api/v1/steering/action-plan/actions/:code": e.action,
    "/api/v1/cases/:id": String(e.caseId),
    "/api/v1/accounts/:id": String(e.accountId),
  };
  const key = Object.keys(byRoute).find((r) => route.startsWith(r) && r.endsWith(`:${name}`));
  if (key) return byRoute[key]!;
  const byName: Record<string, string> = { brin: e.institution, location: e.location, personRef: e.personRef, layer: "regions", region: e.programmeRegion, id: String(e.caseId) };
  const value = byName[name];
  if (value === undefined) throw new Error(`No example value for :${name} of ${route}: add one to examplePathValue in test/support/demo-examples.ts`);
  return value;
}

/** Example values for required query parameters: by name, else the first allowed value. */
export function exampleQueryValue(route: string, name: string, allowed: readonly unknown[] | undefined, e: DemoExamples): string {
  const byName: Record<string, string> = { codes: e.region, version: "1" };
  const value = byName[name] ?? (allowed ? String(allowed[0]) : undefined);
  if (value === undefined) throw new Error(`No example value for the required query parameter ${name} of ${route}: add one to exampleQueryValue in test/support/demo-examples.ts`);
  return value;
}
