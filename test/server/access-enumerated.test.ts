/**
 * The access matrix, enumerated (issue 12): not a list of combinations someone thought of, but every operation of
 * the closed part as the app's own OpenAPI document lists it (tags auth and casework: a new route is covered the
 * day it is added) × every user role × every value of every parameter that can carry a scope — path ids, person
 * references, regions, institutions, case and account ids, in the query or the body — taken from the actor's own
 * scope, from another region, or left out. For every answer:
 * - no 5xx;
 * - no person number at all, and no person reference or name of a person outside the actor's scope;
 * - a refused write (4xx) changes nothing of the person tables;
 * - an allowed write writes only at places in the actor's scope (a handover also in the region it names), after
 *   which the world is put back as it was;
 * - an answer that shows persons has an audit entry for each of them with the request's trace id.
 * The counts are printed. Runs on PGlite and PostgreSQL. docs/auth.md, "How scope is tested".
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AccessScope, type PersonDataKind, accessScope, mayTouch } from "../../src/domain/casework/access.js";
import type { Actor, Role } from "../../src/domain/casework/roles.js";
import type { Brin, RmcRegio } from "../../src/domain/codes.js";
import { type PersonRef, personRef } from "../../src/store/pseudonym.js";
import { type CaseworkTestApp, type TestClient, type TestResponse, TEST_KEY, caseworkApp } from "../support/casework-app.js";
import { Targets, storeKinds } from "../store/store-targets.js";
import { servedPaths } from "../support/openapi-paths.js";

const kinds = await storeKinds();

type Side = "own" | "other";
const REGIONS = ["21", "04"] as const;
type Region = (typeof REGIONS)[number];
const SCHOOL: Record<Region, string> = { "21": "21AA", "04": "04BB" };
const otherRegion = (r: Region): Region => (r === "21" ? "04" : "21");

/** Per region: one person with a case, a contact and an absence report, and one only on the lists. Distinctive names. */
const PEOPLE = [
  { key: "123456782", region: "21", name: "Kwakkelstein", given: "Maartje", cased: true },
  { key: "111222333", region: "21", name: "Oudeboer", given: "Sietse", cased: false },
  { key: "100000009", region: "04", name: "Zwanenburg", given: "Ilse", cased: true },
  { key: "100000010", region: "04", name: "Vlasblom", given: "Teun", cased: false },
] as const;
const ref = (key: string) => personRef(TEST_KEY, key);

interface User {
  readonly username: string;
  readonly role: Role | "anonymous";
  /** The region their "own" values come from (analysts, administrators and anonymous: 21, which is not theirs). */
  readonly home: Region;
  readonly regions: Region[];
  readonly institutions: string[];
}
const USERS: readonly User[] = [
  { username: "officer21", role: "regional_officer", home: "21", regions: ["21"], institutions: [] },
  { username: "coord21", role: "regional_coordinator", home: "21", regions: ["21"], institutions: [] },
  { username: "officer04", role: "regional_officer", home: "04", regions: ["04"], institutions: [] },
  { username: "coord04", role: "regional_coordinator", home: "04", regions: ["04"], institutions: [] },
  { username: "school21", role: "school_user", home: "21", regions: [], institutions: ["21AA"] },
  { username: "school04", role: "school_user", home: "04", regions: [], institutions: ["04BB"] },
  { username: "analyst", role: "national_analyst", home: "21", regions: [], institutions: [] },
  { username: "admin", role: "administrator", home: "21", regions: [], institutions: [] },
  { username: "anonymous", role: "anonymous", home: "21", regions: [], institutions: [] },
];

function actorOf(u: User): Actor | null {
  if (u.role === "anonymous") return null;
  return { accountId: 0, username: u.username, displayName: u.username, role: u.role, regions: u.regions as RmcRegio[], institutions: u.institutions as Brin[] };
}

/** What a parameter's value names, by its name (and for a path id, by the path it is in). */
type ScopeKind = "person" | "region" | "school" | "case" | "report" | "account";
const SCOPE_PARAMS: Readonly<Record<string, ScopeKind>> = {
  person_ref: "person",
  personRef: "person",
  person: "person",
  region: "region",
  to_region: "region",
  institution: "school",
  case_id: "case",
  officer_id: "account",
  officer: "account",
  actor: "account",
};
function scopeKindOf(path: string, name: string): ScopeKind | undefined {
  if (name === "id") {
    if (path.startsWith("/api/v1/cases/")) return "case";
    if (path.startsWith("/api/v1/absence-reports/")) return "report";
    if (path.startsWith("/api/v1/accounts/")) return "account";
    return undefined;
  }
  return SCOPE_PARAMS[name];
}

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minProperties?: number;
}
interface Param {
  readonly in: "path" | "query" | "body";
  readonly name: string;
  readonly required: boolean;
  readonly schema: JsonSchema;
}
interface Operation {
  readonly method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  readonly path: string;
  readonly params: readonly Param[];
  readonly minProperties: number;
}

/** Login is the way in, not a route with a scope: it is tested on its own (auth tests, login limit). */
const NOT_ENUMERATED = new Set(["POST /api/v1/auth/login"]);
/** Operations that end the session they are made with: each gets a fresh session. */
const ENDS_SESSION = new Set(["POST /api/v1/auth/logout"]);
/** A handover writes in the region it names, by design (docs/casework.md, "Handover"). */
const WRITES_IN_NAMED_REGION: Readonly<Record<string, string>> = { "POST /api/v1/cases/{id}/handover": "to_region" };

function operationsOf(doc: { paths: Record<string, Record<string, { tags?: string[]; parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema }[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>> }): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of servedPaths(doc)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!(op.tags ?? []).some((tag) => tag === "auth" || tag === "casework")) continue;
      const m = method.toUpperCase() as Operation["method"];
      if (NOT_ENUMERATED.has(`${m} ${path}`)) continue;
      const params: Param[] = (op.parameters ?? []).map((p) => ({ in: p.in as Param["in"], name: p.name, required: p.required ?? false, schema: p.schema ?? {} }));
      const body = op.requestBody?.content?.["application/json"]?.schema;
      for (const [name, schema] of Object.entries(body?.properties ?? {})) params.push({ in: "body", name, required: (body?.required ?? []).includes(name), schema });
      ops.push({ method: m, path, params, minProperties: body?.minProperties ?? 0 });
    }
  }
  return ops;
}

const firstType = (s: JsonSchema) => (Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type);

/** A valid-looking value for a parameter that carries no scope. */
function example(p: Param, version: number): unknown {
  if (p.name === "version") return version;
  if (p.schema.enum) return p.schema.enum[0];
  if (p.schema.default !== undefined) return p.schema.default;
  switch (firstType(p.schema)) {
    case "integer":
    case "number":
      return p.schema.minimum ?? 1;
    case "boolean":
      return true;
    case "array":
      return [];
    case "object":
      return {};
    default:
      return p.schema.pattern?.includes("\\d{4}-\\d{2}-\\d{2}") ? "2026-11-20" : "Proef";
  }
}

/** The values a parameter takes in the enumeration: each side of a scope parameter (and left out when optional), each value of a small enum. */
type Choice = { readonly side: Side } | { readonly value: unknown } | { readonly absent: true };
function choicesOf(op: Operation, p: Param): Choice[] | undefined {
  const kind = scopeKindOf(op.path, p.name);
  if (kind) return [{ side: "own" }, { side: "other" }, ...(p.required ? [] : [{ absent: true } as const])];
  if (p.in === "query" && p.schema.enum && p.schema.enum.length <= 3) return p.schema.enum.map((value) => ({ value }));
  return undefined;
}

function product<T>(lists: readonly (readonly T[])[]): T[][] {
  return lists.reduce<T[][]>((acc, list) => acc.flatMap((prefix) => list.map((x) => [...prefix, x])), [[]]);
}

interface World {
  readonly cases: Record<Region, number>;
  readonly reports: Record<Region, number>;
  /** Accounts to aim account ids at (never one of the users above: their sessions must live). */
  readonly victims: Record<Region, number>;
  readonly officers: Record<Region, number>;
}

/** One piece of person data's place, as the domain rule reads it. */
interface Place {
  readonly kind: PersonDataKind;
  readonly region: string;
  readonly institution: string | null;
}

const PERSON_TABLES = ["signals", "cases", "case_contacts", "case_events", "absence_reports", "handovers"] as const;
type Snapshot = Record<(typeof PERSON_TABLES)[number], Record<string, unknown>[]>;

describe.each(kinds)("the enumerated access matrix on %s", (kind) => {
  const targets = new Targets(kind);
  let t: CaseworkTestApp;
  let world: World;
  let operations: Operation[];
  const clients = new Map<string, TestClient>();
  /** Where each person's data is (every write is undone, so this stays the seed). */
  const places = new Map<PersonRef, Place[]>();
  /**
   * Where each person's data has ever been: the seed plus what allowed writes added before they were undone (a
   * handover makes a person the receiving region's). The audit log keeps history, so its answers are judged by this.
   */
  const history = new Map<PersonRef, Place[]>();

  beforeAll(async () => {
    t = await caseworkApp(await targets.fresh());
    for (const u of USERS) if (u.role !== "anonymous") await t.createUser({ username: u.username, role: u.role, regions: u.regions, institutions: u.institutions });
    const victims = {} as Record<Region, number>;
    const officers = {} as Record<Region, number>;
    for (const r of REGIONS) {
      victims[r] = (await t.createUser({ username: `victim${r}`, role: "regional_officer", regions: [r] })).id;
      officers[r] = (await t.sql.query<{ id: number }>("SELECT id FROM accounts WHERE username = $1", [`officer${r}`]))[0]!.id;
    }
    for (const p of PEOPLE) {
      for (const list of ["possible", "definitive"]) {
        await t.sql.query(
          `INSERT INTO signals (person_ref, person_key, list, source, teljaar, report_month, region, institution, institution_name, family_name, given_names, birth_date, age, level)
           VALUES ($1, $2, $3, 'duo', '2025-2026', $4, $5, $6, 'School ' || $6, $7, $8, '2007-03-01', 19, 'MBO-2')`,
          [ref(p.key), p.key, list, list === "possible" ? "2026-10" : null, p.region, SCHOOL[p.region], p.name, p.given],
        );
      }
      places.set(ref(p.key), [{ kind: "signal", region: p.region, institution: SCHOOL[p.region] }]);
      history.set(ref(p.key), [{ kind: "signal", region: p.region, institution: SCHOOL[p.region] }]);
    }
    for (const u of USERS) clients.set(u.username, u.role === "anonymous" ? t.anonymous() : await t.login(u.username));
    const cases = {} as Record<Region, number>;
    const reports = {} as Record<Region, number>;
    for (const r of REGIONS) {
      const officer = clients.get(`officer${r}`)!;
      const person = ref(PEOPLE.find((p) => p.region === r && p.cased)!.key);
      const opened = await officer.post("/api/v1/cases", { person_ref: person, region: r });
      expect(opened.status, opened.body).toBe(201);
      cases[r] = opened.json().case.id;
      expect((await officer.post(`/api/v1/cases/${cases[r]}/contacts`, { contact_on: "2026-11-02", channel: "phone", note: "Gebeld" })).status).toBe(201);
      const report = await officer.post("/api/v1/absence-reports", { person_ref: person, reported_on: "2026-10-01", kind: "non_statutory", hours: 8, institution: SCHOOL[r], region: r });
      expect(report.status, report.body).toBe(201);
      reports[r] = report.json().report.id;
      for (const ledger of [places, history]) ledger.get(person)!.push({ kind: "case", region: r, institution: null }, { kind: "absence_report", region: r, institution: SCHOOL[r] });
    }
    world = { cases, reports, victims, officers };
    operations = operationsOf((await clients.get("admin")!.get("/api/v1/openapi.json")).json());
  }, 180_000);

  afterAll(async () => {
    await t?.close();
    await targets.cleanup();
  });

  async function snapshot(): Promise<Snapshot> {
    const snap = {} as Snapshot;
    for (const table of PERSON_TABLES) snap[table] = (await t.sql.query<{ row: Record<string, unknown> }>(`SELECT to_jsonb(x) AS row FROM ${table} x ORDER BY id`)).map((r) => r.row);
    return snap;
  }

  /** Puts the person tables back as they were (as the superuser the test store runs as; foreign keys off while copying). */
  async function restore(snap: Snapshot): Promise<void> {
    await t.sql.transaction(async (tx) => {
      await tx.query("SET LOCAL session_replication_role = replica");
      await tx.query(`TRUNCATE ${PERSON_TABLES.join(", ")}`);
      for (const table of PERSON_TABLES) {
        if (snap[table].length === 0) continue;
        // Generated columns (signals.search_name) are computed again, not copied.
        const columns = (
          await tx.query<{ c: string }>("SELECT column_name AS c FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position", [table])
        ).map((r) => `"${r.c}"`).join(", ");
        await tx.query(`INSERT INTO ${table} (${columns}) OVERRIDING SYSTEM VALUE SELECT ${columns} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`, [JSON.stringify(snap[table])]);
      }
    });
  }

  /** Rows added or changed between two snapshots, with the place each one is at. */
  function written(before: Snapshot, after: Snapshot): { table: string; ref: PersonRef | null; place: Place }[] {
    const caseRegion = new Map<number, string>();
    for (const c of [...before.cases, ...after.cases]) caseRegion.set(Number(c.id), String(c.region));
    const out: { table: string; ref: PersonRef | null; place: Place }[] = [];
    for (const table of PERSON_TABLES) {
      const old = new Map(before[table].map((r) => [Number(r.id), JSON.stringify(r)]));
      for (const row of after[table]) {
        if (old.get(Number(row.id)) === JSON.stringify(row)) continue;
        const place: Place =
          table === "signals"
            ? { kind: "signal", region: String(row.region), institution: (row.institution as string | null) ?? null }
            : table === "absence_reports"
              ? { kind: "absence_report", region: String(row.region), institution: String(row.institution) }
              : table === "handovers"
                ? // A handover's row is written for the region it names (both regions see it: migration 0012).
                  { kind: "case", region: String(row.to_region), institution: null }
                : { kind: "case", region: table === "cases" ? String(row.region) : (caseRegion.get(Number(row.case_id)) ?? "?"), institution: null };
        out.push({ table, ref: (row.person_ref as PersonRef | undefined) ?? null, place });
      }
    }
    return out;
  }

  const visible = (scope: AccessScope, p: PersonRef, ledger = places) => (ledger.get(p) ?? []).some((pl) => mayTouch(scope, pl.kind, pl));

  /** Person numbers at all, and references and names of persons the actor may not reach, in an answer. */
  function leaksIn(scope: AccessScope, text: string, ledger = places): string[] {
    const found: string[] = [];
    for (const p of PEOPLE) {
      if (text.includes(p.key)) found.push(`person number of ${p.name}`);
      if (visible(scope, ref(p.key), ledger)) continue;
      if (text.includes(ref(p.key))) found.push(`reference of ${p.name} (${p.region})`);
      if (text.includes(p.name) || text.includes(p.given)) found.push(`name of ${p.name} (${p.region})`);
    }
    return found;
  }

  function valueOf(kind: ScopeKind, side: Side, u: User): string | number {
    const r = side === "own" ? u.home : otherRegion(u.home);
    switch (kind) {
      case "person":
        return ref(PEOPLE.find((p) => p.region === r && p.cased)!.key);
      case "region":
        return r;
      case "school":
        return SCHOOL[r];
      case "case":
        return world.cases[r];
      case "report":
        return world.reports[r];
      case "account":
        return world.victims[r];
    }
  }

  it("lets no answer carry another scope's persons, no refused write change data, no write leave the scope, and logs every person shown", async () => {
    let requests = 0;
    let refused = 0;
    let allowedWrites = 0;
    const failures: string[] = [];
    const covered = new Set<string>();
    for (const op of operations) {
      const dims = op.params.map((p) => choicesOf(op, p));
      const varying = op.params.filter((_, i) => dims[i]);
      const combos = product(dims.filter((d): d is Choice[] => d !== undefined));
      for (const u of USERS) {
        const actor = actorOf(u);
        const scope = accessScope(actor);
        for (const combo of combos) {
          const chosen = new Map(varying.map((p, i) => [p, combo[i]!]));
          const caseParam = op.params.find((p) => p.in === "path" && scopeKindOf(op.path, p.name) === "case");
          const caseChoice = caseParam ? chosen.get(caseParam) : undefined;
          const targetCase = caseChoice && "side" in caseChoice ? Number(valueOf("case", caseChoice.side, u)) : undefined;
          const version = targetCase ? ((await t.sql.query<{ version: number }>("SELECT version FROM cases WHERE id = $1", [targetCase]))[0]?.version ?? 1) : 1;

          let url = op.path;
          const query = new URLSearchParams();
          const body: Record<string, unknown> = {};
          for (const p of op.params) {
            const choice = chosen.get(p);
            let value: unknown;
            if (choice === undefined) {
              if (!p.required) continue;
              value = example(p, version);
            } else if ("absent" in choice) continue;
            else if ("side" in choice) value = valueOf(scopeKindOf(op.path, p.name)!, choice.side, u);
            else value = choice.value;
            if (p.in === "path") url = url.replace(`{${p.name}}`, encodeURIComponent(String(value)));
            else if (p.in === "query") query.set(p.name, String(value));
            else body[p.name] = value;
          }
          // A change needs something to change (PATCH case: version and one field).
          for (const p of op.params) {
            if (Object.keys(body).length >= op.minProperties) break;
            if (p.in === "body" && !(p.name in body) && !chosen.has(p)) body[p.name] = p.name === "next_step" ? "Bellen" : example(p, version);
          }
          const fullUrl = query.size ? `${url}?${query}` : url;
          const label = `${u.username} ${op.method} ${fullUrl}${Object.keys(body).length ? ` ${JSON.stringify(body)}` : ""}`;
          covered.add(`${op.method} ${op.path}`);

          const write = op.method !== "GET";
          const before = write ? await snapshot() : undefined;
          const client = ENDS_SESSION.has(`${op.method} ${op.path}`) && u.role !== "anonymous" ? await t.login(u.username) : clients.get(u.username)!;
          const res: TestResponse = write
            ? await client.send(op.method, fullUrl, { ...(op.method === "DELETE" && Object.keys(body).length === 0 ? {} : { body }), headers: client.csrf ? { "x-csrf-token": client.csrf } : {} })
            : await client.get(fullUrl);
          requests += 1;
          const at = `${label} → ${res.status}`;

          const failed = failures.length;
          // 503: this app has no computed figures (no DuckDB store), which the steering routes that need them say.
          if (res.status >= 500 && !(res.status === 503 && res.json().title === "Geen cijfers beschikbaar")) failures.push(`${at}: server error ${res.body.slice(0, 200)}`);
          // The request's own URL comes back in a problem's `instance`: echoing one's own input reveals nothing.
          const answer = res.body.replaceAll(fullUrl, "").replaceAll(encodeURI(fullUrl), "");
          for (const leak of leaksIn(scope, answer, op.path === "/api/v1/audit-log" ? history : places)) failures.push(`${at}: ${leak}`);

          if (write && before) {
            const after = await snapshot();
            const changes = written(before, after);
            if (res.status >= 400) {
              refused += 1;
              if (changes.length > 0) failures.push(`${at}: a refused write changed ${changes.map((c) => c.table).join(", ")}`);
            } else if (changes.length > 0) {
              allowedWrites += 1;
              const named = WRITES_IN_NAMED_REGION[`${op.method} ${op.path}`];
              const widened: AccessScope = named && typeof body[named] === "string" ? { ...scope, regions: [...scope.regions, body[named] as string] } : scope;
              for (const c of changes) {
                if (!mayTouch(widened, c.place.kind, c.place)) failures.push(`${at}: wrote ${c.table} at ${c.place.region}/${c.place.institution} outside the actor's scope`);
                // Writing about a person is allowed only about persons already in scope (the attack of issue 12 wrote
                // an absence report in the attacker's own region about a person of another).
                if (c.ref && !visible(scope, c.ref)) failures.push(`${at}: wrote ${c.table} about a person outside the actor's scope`);
              }
              // What an allowed, clean write added was the person's for a while: the audit log remembers it.
              if (failures.length === failed) for (const c of changes) if (c.ref) history.set(c.ref, [...(history.get(c.ref) ?? []), c.place]);
              await restore(before);
            }
          } else if (res.status >= 400) refused += 1;

          // Every person an answer shows has an audit entry of this request (the log's own reading lists others' entries: it is logged as a read of the log).
          if (res.status < 300 && op.path !== "/api/v1/audit-log") {
            const shown = PEOPLE.map((p) => ref(p.key)).filter((r) => answer.includes(r));
            if (shown.length > 0) {
              const trace = String(res.headers["x-trace-id"] ?? "");
              const logged = trace ? (await t.sql.query<{ p: string }>("SELECT DISTINCT subject_pseudonym AS p FROM audit_log WHERE trace_id = $1", [trace])).map((r) => r.p) : [];
              for (const r of shown) if (!logged.includes(r)) failures.push(`${at}: shows ${r} without an audit entry`);
            }
          }
        }
      }
    }
    const closed = operations.length;
    console.log(
      `enumerated access matrix (${kind}): ${closed} closed operations from the OpenAPI document, ${USERS.length} users, ${requests} requests; ` +
        `${refused} refused, ${allowedWrites} allowed writes checked and undone; ${failures.length} failures`,
    );
    expect(failures.slice(0, 50), `${failures.length} failures`).toEqual([]);
    expect(covered.size).toBe(closed);
    // The document must list the person-level routes (else the enumeration would be empty and prove nothing).
    for (const must of ["GET /api/v1/signals", "GET /api/v1/persons/{personRef}", "POST /api/v1/absence-reports", "POST /api/v1/cases/{id}/handover", "GET /api/v1/audit-log"]) expect(covered).toContain(must);
  }, 900_000);

  it("logs refused attempts on a person in the person's own region, never in another", async () => {
    const rows = await t.sql.query<{ subject_pseudonym: PersonRef; region: string | null }>("SELECT DISTINCT subject_pseudonym, region FROM audit_log WHERE subject_pseudonym IS NOT NULL");
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const p = PEOPLE.find((x) => ref(x.key) === row.subject_pseudonym);
      if (!p) {
        // A reference known nowhere: no region is shown it.
        expect(row.region, row.subject_pseudonym).toBeNull();
        continue;
      }
      expect((history.get(ref(p.key)) ?? []).map((pl) => pl.region), `${p.name} logged in ${row.region}`).toContain(row.region);
    }
  });

  it("never writes a person number or a name into the audit log", async () => {
    const rows = await t.sql.query<{ row: string }>("SELECT row_to_json(l)::text AS row FROM audit_log l");
    expect(rows.length).toBeGreaterThan(100);
    for (const { row } of rows) {
      for (const p of PEOPLE) {
        expect(row).not.toContain(p.key);
        expect(row).not.toContain(p.name);
      }
    }
  });
});
