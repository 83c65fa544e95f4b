/**
 * The access matrix of the closed part (issue 5): every role tries every person-level endpoint against every
 * region. Nothing outside a user's scope may be returned (no person reference of another region or school, no
 * person number at all) or changed (cases, contacts, history and absence reports stay as they were), what the
 * scope allows must work, and every request leaves an audit entry with its trace id. The counts of attempts and
 * leaks are printed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor, Role } from "../../src/domain/casework/roles.js";
import { canCoordinate, isRegionalRole } from "../../src/domain/casework/roles.js";
import { type PersonPlace, accessScope, mayTouch } from "../../src/domain/casework/access.js";

const canSeePerson = (a: Actor, p: PersonPlace) => mayTouch(accessScope(a), "signal", p);
const canWorkCase = (a: Actor, region: string) => mayTouch(accessScope(a), "case", { region });
const canRecordAbsence = (a: Actor, p: PersonPlace) => (a.role === "school_user" || isRegionalRole(a.role)) && mayTouch(accessScope(a), "absence_report", p);
import type { RmcRegio, Brin } from "../../src/domain/codes.js";
import { personRef, type PersonRef } from "../../src/store/pseudonym.js";
import { type CaseworkTestApp, type TestClient, type TestResponse, caseworkApp, TEST_KEY } from "../support/casework-app.js";
import { Targets, storeKinds } from "../store/store-targets.js";

const kinds = await storeKinds();

type Region = "21" | "04";
const REGIONS: readonly Region[] = ["21", "04"];
const SCHOOL: Record<Region, string> = { "21": "21AA", "04": "04BB" };

/** Two young people per region, at that region's school; person numbers pass the 11-check. */
const PEOPLE = [
  { key: "123456782", region: "21", institution: "21AA", name: "Jansen" },
  { key: "111222333", region: "21", institution: "21AA", name: "Bakker" },
  { key: "100000009", region: "04", institution: "04BB", name: "Visser" },
  { key: "100000010", region: "04", institution: "04BB", name: "Smit" },
] as const;
const ref = (key: string) => personRef(TEST_KEY, key);
const first = (r: Region) => ref(PEOPLE.find((p) => p.region === r)!.key);
const second = (r: Region) => ref(PEOPLE.filter((p) => p.region === r)[1]!.key);

interface User {
  readonly username: string;
  readonly role: Role | "anonymous";
  readonly regions: Region[];
  readonly institutions: string[];
}
const USERS: readonly User[] = [
  { username: "officer21", role: "regional_officer", regions: ["21"], institutions: [] },
  { username: "coord21", role: "regional_coordinator", regions: ["21"], institutions: [] },
  { username: "officer04", role: "regional_officer", regions: ["04"], institutions: [] },
  { username: "coord04", role: "regional_coordinator", regions: ["04"], institutions: [] },
  { username: "school21", role: "school_user", regions: [], institutions: ["21AA"] },
  { username: "school04", role: "school_user", regions: [], institutions: ["04BB"] },
  { username: "analyst", role: "national_analyst", regions: [], institutions: [] },
  { username: "admin", role: "administrator", regions: [], institutions: [] },
  { username: "anonymous", role: "anonymous", regions: [], institutions: [] },
];

function actorOf(u: User): Actor | null {
  if (u.role === "anonymous") return null;
  return { accountId: 0, username: u.username, displayName: u.username, role: u.role, regions: u.regions as RmcRegio[], institutions: u.institutions as Brin[] };
}

interface World {
  readonly cases: Record<Region, number>;
  version(caseId: number): Promise<number>;
}

interface Endpoint {
  readonly name: string;
  readonly write: boolean;
  /** The request for region `r` (the user is passed for endpoints whose filter differs by role). */
  request(r: Region, u: User, w: World): Promise<{ method: "GET" | "POST" | "PATCH"; url: string; body?: unknown }>;
  /** What the scope rules allow (the domain predicates are the specification). */
  allowed(a: Actor | null, r: Region): boolean;
  /** Allowed answers (default 200). */
  readonly ok?: readonly number[];
}

const place = (r: Region): PersonPlace & { institution: string } => ({ region: r, institution: SCHOOL[r] });
const sees = (a: Actor | null, r: Region) => a !== null && canSeePerson(a, place(r));
const works = (a: Actor | null, r: Region) => a !== null && canWorkCase(a, r);

const ENDPOINTS: readonly Endpoint[] = [
  {
    name: "GET signal list",
    write: false,
    request: async (r, u) => ({ method: "GET", url: u.role === "school_user" ? `/api/v1/signals?institution=${SCHOOL[r]}` : `/api/v1/signals?region=${r}` }),
    allowed: sees,
  },
  {
    name: "GET signal list (definitive)",
    write: false,
    request: async (r, u) => ({ method: "GET", url: u.role === "school_user" ? `/api/v1/signals?list=definitive&institution=${SCHOOL[r]}` : `/api/v1/signals?list=definitive&region=${r}` }),
    allowed: sees,
  },
  {
    name: "GET signal list CSV",
    write: false,
    request: async (r, u) => ({ method: "GET", url: u.role === "school_user" ? `/api/v1/signals?format=csv&institution=${SCHOOL[r]}` : `/api/v1/signals?format=csv&region=${r}` }),
    allowed: sees,
  },
  { name: "GET person page", write: false, request: async (r) => ({ method: "GET", url: `/api/v1/persons/${first(r)}` }), allowed: sees },
  { name: "GET case list", write: false, request: async (r) => ({ method: "GET", url: `/api/v1/cases?region=${r}` }), allowed: works },
  { name: "GET case", write: false, request: async (r, _u, w) => ({ method: "GET", url: `/api/v1/cases/${w.cases[r]}` }), allowed: works },
  {
    name: "PATCH case",
    write: true,
    request: async (r, _u, w) => ({ method: "PATCH", url: `/api/v1/cases/${w.cases[r]}`, body: { version: await w.version(w.cases[r]), next_step: "Bellen", next_step_due: "2026-12-01" } }),
    allowed: works,
  },
  {
    name: "POST contact",
    write: true,
    request: async (r, _u, w) => ({ method: "POST", url: `/api/v1/cases/${w.cases[r]}/contacts`, body: { contact_on: "2026-11-20", channel: "phone", reached: true, note: "Gebeld" } }),
    allowed: works,
    ok: [201],
  },
  {
    name: "POST outcome",
    write: true,
    request: async (r, _u, w) => ({ method: "POST", url: `/api/v1/cases/${w.cases[r]}/outcome`, body: { version: await w.version(w.cases[r]), outcome: "unknown" } }),
    allowed: works,
  },
  {
    name: "POST open case",
    write: true,
    request: async (r) => ({ method: "POST", url: "/api/v1/cases", body: { person_ref: second(r), region: r } }),
    allowed: works,
    // The first allowed user opens it; the next ones are told it is open (and where).
    ok: [201, 409],
  },
  {
    name: "GET absence reports",
    write: false,
    request: async (r, u) => ({ method: "GET", url: u.role === "school_user" ? `/api/v1/absence-reports?institution=${SCHOOL[r]}` : `/api/v1/absence-reports?region=${r}` }),
    allowed: (a, r) => a !== null && canRecordAbsence(a, place(r)),
  },
  {
    name: "POST absence report",
    write: true,
    request: async (r) => ({ method: "POST", url: "/api/v1/absence-reports", body: { person_ref: first(r), reported_on: "2026-11-02", kind: "non_statutory", hours: 4, institution: SCHOOL[r], region: r } }),
    allowed: (a, r) => a !== null && canRecordAbsence(a, place(r)),
    ok: [201],
  },
  { name: "GET workload", write: false, request: async (r) => ({ method: "GET", url: `/api/v1/workload?region=${r}` }), allowed: (a, r) => a !== null && canCoordinate(a, r) },
  { name: "GET incoming handovers", write: false, request: async (r) => ({ method: "GET", url: `/api/v1/handovers?direction=incoming&region=${r}` }), allowed: (a, r) => a !== null && canCoordinate(a, r) },
  { name: "GET outgoing handovers", write: false, request: async (r) => ({ method: "GET", url: `/api/v1/handovers?direction=outgoing&region=${r}` }), allowed: (a, r) => a !== null && canCoordinate(a, r) },
  { name: "GET audit log", write: false, request: async (r) => ({ method: "GET", url: `/api/v1/audit-log?region=${r}` }), allowed: (a, r) => a !== null && canCoordinate(a, r) },
];

/** Endpoints without a region: what each role may see is its own scope. */
const UNSCOPED: readonly { name: string; url: string; allowed: (a: Actor | null) => boolean }[] = [
  { name: "GET signal summary", url: "/api/v1/signals/summary", allowed: (a) => a !== null && (isRegionalRole(a.role) || a.role === "school_user") },
  { name: "GET all cases", url: "/api/v1/cases", allowed: (a) => a !== null && isRegionalRole(a.role) },
  { name: "GET all absence reports", url: "/api/v1/absence-reports", allowed: (a) => a !== null && (isRegionalRole(a.role) || a.role === "school_user") },
  { name: "GET absence counts", url: "/api/v1/absence-reports/counts?by=institution", allowed: (a) => a !== null && (isRegionalRole(a.role) || a.role === "school_user") },
];

describe.each(kinds)("the access matrix on %s", (kind) => {
  const targets = new Targets(kind);
  let t: CaseworkTestApp;
  const clients = new Map<string, TestClient>();
  let world: World;

  beforeAll(async () => {
    t = await caseworkApp(await targets.fresh());
    for (const u of USERS) {
      if (u.role === "anonymous") continue;
      await t.createUser({ username: u.username, role: u.role, regions: u.regions, institutions: u.institutions });
    }
    for (const p of PEOPLE) {
      for (const list of ["possible", "definitive"]) {
        await t.sql.query(
          `INSERT INTO signals (person_ref, person_key, list, source, teljaar, report_month, region, institution, institution_name, family_name, birth_date, age, level)
           VALUES ($1, $2, $3, 'duo', '2025-2026', $4, $5, $6, 'School ' || $6, $7, '2007-03-01', 19, 'MBO-2')`,
          [ref(p.key), p.key, list, list === "possible" ? "2026-10" : null, p.region, p.institution, p.name],
        );
      }
    }
    for (const u of USERS) clients.set(u.username, u.role === "anonymous" ? t.anonymous() : await t.login(u.username));
    const cases = {} as Record<Region, number>;
    for (const r of REGIONS) {
      const opened = await clients.get(`officer${r}`)!.post("/api/v1/cases", { person_ref: first(r), region: r });
      expect(opened.status, opened.body).toBe(201);
      cases[r] = opened.json().case.id;
    }
    world = {
      cases,
      version: async (id) => (await t.sql.query<{ version: number }>("SELECT version FROM cases WHERE id = $1", [id]))[0]!.version,
    };
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await targets.cleanup();
  });

  /** Everything a write could have touched, per region. */
  async function snapshot(r: Region): Promise<string> {
    const rows = await t.sql.query(
      `SELECT (SELECT count(*) FROM cases WHERE region = $1) AS cases,
              (SELECT coalesce(sum(version), 0) FROM cases WHERE region = $1) AS versions,
              (SELECT count(*) FROM case_contacts c JOIN cases k ON k.id = c.case_id WHERE k.region = $1) AS contacts,
              (SELECT count(*) FROM case_events e JOIN cases k ON k.id = e.case_id WHERE k.region = $1) AS events,
              (SELECT count(*) FROM absence_reports WHERE region = $1) AS absence`,
      [r],
    );
    return JSON.stringify(rows[0]);
  }

  /** Person references in `body` that `actor` may not see, and any person number at all. */
  function leaks(actor: Actor | null, body: string): string[] {
    const found: string[] = [];
    for (const p of PEOPLE) {
      if (body.includes(p.key)) found.push(`person number of ${p.name}`);
      if (body.includes(ref(p.key)) && !(actor && canSeePerson(actor, { region: p.region, institution: p.institution }))) found.push(`reference of ${p.name} (${p.region})`);
      if (body.includes(p.name) && !(actor && canSeePerson(actor, { region: p.region, institution: p.institution }))) found.push(`name of ${p.name} (${p.region})`);
    }
    return found;
  }

  async function auditEntriesOf(res: TestResponse): Promise<number> {
    const trace = String(res.headers["x-trace-id"] ?? "");
    if (!trace) return 0;
    return (await t.sql.query<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE trace_id = $1", [trace]))[0]!.n;
  }

  it("returns and changes nothing outside each user's scope, allows what the scope allows, and logs every request", async () => {
    let attempts = 0;
    let refused = 0;
    const problems: string[] = [];
    const leaked: string[] = [];
    const unlogged: string[] = [];
    for (const u of USERS) {
      const actor = actorOf(u);
      const client = clients.get(u.username)!;
      for (const ep of ENDPOINTS) {
        for (const r of REGIONS) {
          const req = await ep.request(r, u, world);
          const before = await Promise.all(REGIONS.map(snapshot));
          const res = req.method === "GET" ? await client.get(req.url) : req.method === "POST" ? await client.post(req.url, req.body) : await client.patch(req.url, req.body);
          attempts += 1;
          const label = `${u.username} ${ep.name} ${r}: ${res.status}`;
          const allowed = ep.allowed(actor, r);
          if (allowed && !(ep.ok ?? [200]).includes(res.status)) problems.push(`${label} (expected ${(ep.ok ?? [200]).join("/")}) ${res.body.slice(0, 200)}`);
          if (!allowed) {
            if (![401, 403, 404].includes(res.status)) problems.push(`${label} (expected a refusal)`);
            else refused += 1;
            const after = await Promise.all(REGIONS.map(snapshot));
            if (JSON.stringify(after) !== JSON.stringify(before)) leaked.push(`${label}: changed data ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
          }
          // A problem's `instance` is the URL the user asked for: echoing their own request back reveals nothing.
          for (const l of leaks(actor, res.body.replaceAll(req.url, ""))) leaked.push(`${label}: ${l}`);
          if ((await auditEntriesOf(res)) === 0) unlogged.push(label);
        }
      }
      for (const ep of UNSCOPED) {
        const res = await client.get(ep.url);
        attempts += 1;
        const label = `${u.username} ${ep.name}: ${res.status}`;
        if (ep.allowed(actor) ? res.status !== 200 : ![401, 403].includes(res.status)) problems.push(label);
        if (!ep.allowed(actor)) refused += 1;
        for (const l of leaks(actor, res.body)) leaked.push(`${label}: ${l}`);
        if ((await auditEntriesOf(res)) === 0) unlogged.push(label);
      }
    }
    console.log(`access matrix (${kind}): ${attempts} attempts by ${USERS.length} users on ${ENDPOINTS.length * REGIONS.length + UNSCOPED.length} endpoint × region cells; ${refused} refused; ${leaked.length} leaks; ${unlogged.length} without an audit entry`);
    expect(leaked, "leaks").toEqual([]);
    expect(unlogged, "requests without an audit entry").toEqual([]);
    expect(problems, "unexpected answers").toEqual([]);
    expect(attempts).toBe(USERS.length * (ENDPOINTS.length * REGIONS.length + UNSCOPED.length));
  }, 180_000);

  it("has only person references of the refs' own regions in the log's region column", async () => {
    const rows = await t.sql.query<{ subject_pseudonym: PersonRef; region: string | null }>("SELECT DISTINCT subject_pseudonym, region FROM audit_log WHERE subject_pseudonym IS NOT NULL AND action <> 'denied'");
    for (const row of rows) {
      const p = PEOPLE.find((x) => ref(x.key) === row.subject_pseudonym);
      expect(p, row.subject_pseudonym).toBeDefined();
      expect(row.region).toBe(p!.region);
    }
  });
});
