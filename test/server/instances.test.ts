/**
 * Several instances (issue 17, item 5; docs/architecture.md, "Deployment"): three `vsv serve` processes on one data
 * folder (the public figures read-only) and one PostgreSQL database (DATABASE_URL, migrated with `vsv migrate`),
 * behind a real load balancer on loopback — nginx and HAProxy, each that is installed — spreading requests
 * round-robin without stickiness. Every answer through the balancer names the instance that gave it (X-Upstream).
 *
 * Shown: an officer's session, made on one instance, works on all three (reads, a POST with the CSRF token, its end
 * by logout); every instance logs the requests it answered and writes audit entries to the one chain, which stays
 * intact; the login limits (per user name and per client address) count attempts over all instances and stop at the
 * same total as a single instance does; the public figures are the same from every instance.
 *
 * Needs PostgreSQL (TEST_DATABASE_URL, DATABASE_URL or postgres://postgres@127.0.0.1:5432/test: a user that may
 * create databases) and nginx or HAProxy (Debian: /usr/sbin). In CI (CI=true) a missing one fails the tests;
 * elsewhere they are skipped with a message.
 */
import { randomBytes } from "node:crypto";
import { request as httpRequest } from "node:http";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/store/demo-accounts.js";
import { MAX_FAILURES_PER_CLIENT, MAX_FAILURES_PER_USERNAME } from "../../src/store/login-attempts.js";
import { redactUrl } from "../../src/store/postgres.js";
import { RETENTION_LOCK } from "../../src/store/retention.js";
import { vsv } from "../support/cli.js";
import { demoData } from "../support/demo-data.js";
import { removeTempDirs, tempDir } from "../support/temp-dirs.js";
import {
  type Instances,
  type LoadBalancer,
  type LoadBalancerKind,
  UPSTREAM_HEADER,
  availableLoadBalancers,
  startInstances,
  startLoadBalancer,
} from "../support/load-balancer.js";
import { adminUrl } from "../store/store-targets.js";

const CI = process.env.CI === "true";

async function postgresProblem(): Promise<string | null> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (e) {
    return `PostgreSQL is not reachable at ${redactUrl(adminUrl)} (${(e as Error).message}): start it, or set TEST_DATABASE_URL to a server where this user may create databases`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const balancers = availableLoadBalancers();
const postgres = await postgresProblem();
const missing = [...(balancers.length === 0 ? ["neither nginx nor HAProxy is installed: install one (Debian: apt-get install nginx)"] : []), ...(postgres ? [postgres] : [])];
if (missing.length > 0 && !CI) console.warn(`SKIPPING the several-instances tests: ${missing.join("; ")}.`);
const kinds: LoadBalancerKind[] = balancers;

// In CI a missing tool fails, never skips.
it.runIf(missing.length > 0 && CI)("has PostgreSQL and nginx or HAProxy to run on (CI)", () => {
  throw new Error(`${missing.join("; ")}. In CI the several-instances tests must run, not be skipped.`);
});

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
  /** The instance that answered (X-Upstream), through the balancer. */
  readonly upstream: string;
  readonly traceId: string;
  json<T>(): T;
}

/**
 * One HTTP request, optionally from a given loopback address (the whole of 127.0.0.0/8 is local), so each test can
 * be a client of its own for the per-address login limit.
 */
function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: unknown; from?: string } = {},
): Promise<Answer> {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: options.method ?? "GET",
        headers: { ...(body !== undefined ? { "content-type": "application/json" } : {}), ...options.headers },
        ...(options.from ? { localAddress: options.from } : {}),
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: text,
            upstream: String(res.headers[UPSTREAM_HEADER] ?? ""),
            traceId: String(res.headers["x-trace-id"] ?? ""),
            json: <T>() => JSON.parse(text) as T,
          });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** `vsv_session=<token>` from a login answer's Set-Cookie. */
function sessionCookie(answer: Answer): string {
  const cookies = ([] as string[]).concat(answer.headers["set-cookie"] ?? []);
  const session = cookies.map((c) => c.split(";")[0]!).find((c) => c.startsWith("vsv_session=") && c.length > "vsv_session=".length);
  if (!session) throw new Error(`no session cookie in the login answer (${answer.status} ${answer.body})`);
  return session;
}

/** Failed logins (a wrong password) until the first 429, at most `max`; the answers in order. */
async function failUntilRefused(url: string, username: (i: number) => string, from: string, max: number): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (let i = 0; i < max; i++) {
    const a = await send(`${url}/api/v1/auth/login`, { method: "POST", body: { username: username(i), password: "not-the-password-at-all" }, from });
    answers.push(a);
    if (a.status === 429) break;
    expect(a.status, a.body).toBe(401);
  }
  return answers;
}

const distinct = (values: readonly string[]) => [...new Set(values)].sort();

describe.skipIf(missing.length > 0)("three vsv serve instances behind a load balancer, sharing PostgreSQL", () => {
  const database = `vsv_instances_${randomBytes(6).toString("hex")}`;
  const databaseUrl = (() => {
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    return url.toString();
  })();
  const savedDatabaseUrl = process.env.DATABASE_URL;
  let admin: pg.Client | undefined;
  let db: pg.Client | undefined;
  let databaseMade = false;
  let dataDir = "";
  let starting: Promise<Instances> | undefined;
  let instances: Instances | undefined;
  let addresses: string[] = [];
  /** Failed logins spread over the instances stop at this attempt on a single instance (measured in beforeAll). */
  let refusedOnOneInstanceAt = 0;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    databaseMade = true;

    // The suite's small demo country (register, published figures), its closed part moved to the new database:
    // migrated by its owner, the signal lists loaded, and accounts made, all through the command line.
    dataDir = demoData(path.join(tempDir("vsv-instances-"), "data"));
    process.env.DATABASE_URL = databaseUrl;
    const migrated = await vsv("migrate", "--data-dir", dataDir, "--quiet");
    expect(migrated.code, `vsv migrate: ${migrated.stderr}`).toBe(0);
    // The instances only need the schema to start (they check it): started while the lists and accounts are loaded.
    starting = startInstances({
      count: 3,
      dataDir,
      // The balancer connects from 127.0.0.1 and passes the client's address on: trusted, so the login limit
      // counts each client, not the balancer.
      env: { DATABASE_URL: databaseUrl, VSV_TRUST_PROXY: "127.0.0.1", VSV_LOG_LEVEL: "info" },
    });
    starting.catch(() => undefined); // awaited below; a failure meanwhile must not go unhandled
    const loaded = await vsv("signals", "load", "--data-dir", dataDir, "--quiet");
    expect(loaded.code, `vsv signals load: ${loaded.stderr}`).toBe(0);
    db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const [top] = (await db.query<{ region: string }>("SELECT region FROM signals WHERE list = 'possible' GROUP BY region ORDER BY count(*) DESC, region LIMIT 1")).rows;
    const officers = ["officer", ...kinds.map((k) => `limit-${k}`)];
    process.env.VSV_NEW_PASSWORD = DEMO_PASSWORD;
    try {
      for (const username of officers) {
        const r = await vsv("accounts", "create", username, "--role", "regional_officer", "--name", `Begeleider ${username}`, "--regions", top!.region, "--data-dir", dataDir);
        expect(r.code, r.stderr).toBe(0);
      }
    } finally {
      delete process.env.VSV_NEW_PASSWORD;
    }
    instances = await starting;
    addresses = instances.list.map((i) => i.address).sort();

    // The limit on one instance, to compare with: straight to the first instance, as a client of its own.
    const alone = await failUntilRefused(instances.list[0]!.url, () => "nobody-on-one-instance", "127.0.0.2", MAX_FAILURES_PER_USERNAME + 3);
    refusedOnOneInstanceAt = alone.length;
  }, 120_000);

  afterAll(async () => {
    // Also when beforeAll failed while they were starting (startInstances stops them itself when one fails to start).
    await (instances ?? (await starting?.catch(() => undefined)))?.stop();
    await db?.end().catch(() => undefined);
    if (savedDatabaseUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = savedDatabaseUrl;
    if (admin) {
      if (databaseMade) await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
    }
    removeTempDirs();
  }, 60_000);

  it("the single instance refuses the user name's attempt after its limit (the baseline)", () => {
    expect(refusedOnOneInstanceAt).toBe(MAX_FAILURES_PER_USERNAME + 1);
  });

  describe.each(kinds)("through %s", (kind) => {
    let lb: LoadBalancer | undefined;
    /** A client address of this balancer's own for each test (127.0.0.0/8 is all loopback). */
    const from = (n: number) => `127.0.${kinds.indexOf(kind) + 1}.${n}`;

    beforeAll(async () => {
      lb = await startLoadBalancer({ kind, upstreams: instances!.list.map((i) => i.port) });
    });
    afterAll(async () => {
      await lb?.stop();
    });

    it("spreads requests round-robin over the three instances; the public figures are the same from each, from one snapshot", async () => {
      const meta = await send(`${lb!.url}/api/v1/meta`);
      expect(meta.status, meta.body).toBe(200);
      const teljaar = meta.json<{ latest_teljaar: string }>().latest_teljaar;
      const answers: Answer[] = [];
      for (let i = 0; i < 6; i++) answers.push(await send(`${lb!.url}/api/v1/figures?teljaar=${teljaar}&by=region`));
      for (const a of answers) expect(a.status, a.body).toBe(200);
      expect(distinct(answers.map((a) => a.upstream))).toEqual(addresses);
      expect(new Set(answers.map((a) => a.body)).size).toBe(1);
      // From the one published snapshot, which each instance opened read-only (docs/publication.md).
      const snapshots = distinct(answers.map((a) => String(a.headers["x-snapshot"] ?? "")));
      expect(snapshots).toHaveLength(1);
      expect(snapshots[0]).not.toBe("");
    });

    it("an officer's session made on one instance works on all three, with its CSRF token, until logout ends it everywhere", async () => {
      const login = await send(`${lb!.url}/api/v1/auth/login`, { method: "POST", body: { username: "officer", password: DEMO_PASSWORD }, from: from(1) });
      expect(login.status, login.body).toBe(200);
      expect(addresses).toContain(login.upstream);
      const cookie = sessionCookie(login);
      const csrf = login.json<{ csrf_token: string }>().csrf_token;
      const headers = { cookie };

      const reads: Answer[] = [];
      for (let i = 0; i < 3; i++) {
        const me = await send(`${lb!.url}/api/v1/auth/me`, { headers, from: from(1) });
        expect(me.status, me.body).toBe(200);
        expect(me.json<{ user: { username: string } }>().user.username).toBe("officer");
        reads.push(me);
        const list = await send(`${lb!.url}/api/v1/signals?list=possible&pageSize=5`, { headers, from: from(1) });
        expect(list.status, list.body).toBe(200);
        reads.push(list);
      }
      expect(distinct(reads.map((a) => a.upstream))).toEqual(addresses);

      // A POST with the session's token passes on every instance; without it each refuses it the same way.
      const searches: Answer[] = [];
      for (let i = 0; i < 3; i++) {
        searches.push(await send(`${lb!.url}/api/v1/signals/search`, { method: "POST", headers: { ...headers, "x-csrf-token": csrf }, body: { list: "possible" }, from: from(1) }));
      }
      for (const s of searches) expect(s.status, s.body).toBe(200);
      expect(distinct(searches.map((a) => a.upstream))).toEqual(addresses);
      // And many at once: the three instances write their audit entries into the one chain at the same time.
      const burst = await Promise.all(Array.from({ length: 24 }, () => send(`${lb!.url}/api/v1/signals?list=possible&pageSize=5`, { headers, from: from(1) })));
      for (const b of burst) expect(b.status, b.body).toBe(200);
      expect(distinct(burst.map((a) => a.upstream))).toEqual(addresses);
      const forged: Answer[] = [];
      for (let i = 0; i < 3; i++) forged.push(await send(`${lb!.url}/api/v1/signals/search`, { method: "POST", headers, body: { list: "possible" }, from: from(1) }));
      for (const f of forged) expect(f.status, f.body).toBe(403);
      expect(distinct(forged.map((a) => a.upstream))).toEqual(addresses);

      // Each answer was given by the instance the balancer named: its own log has the request's trace id.
      for (const a of [...reads, ...searches, ...burst]) {
        const instance = instances!.list.find((i) => i.address === a.upstream)!;
        expect(instance.stdout()).toContain(a.traceId);
        for (const other of instances!.list.filter((i) => i !== instance)) expect(other.stdout()).not.toContain(a.traceId);
      }
      // The reads of person data from all three instances are in the one audit log, under each request's trace id.
      const personReads = [...reads, ...searches, ...burst].filter((a) => a.traceId && a.body.includes("person_ref"));
      const logged = await db!.query<{ trace_id: string }>("SELECT DISTINCT trace_id FROM audit_log WHERE trace_id = ANY($1::text[])", [personReads.map((a) => a.traceId)]);
      expect(logged.rows.map((r) => r.trace_id).sort()).toEqual(personReads.map((a) => a.traceId).sort());

      const logout = await send(`${lb!.url}/api/v1/auth/logout`, { method: "POST", headers: { ...headers, "x-csrf-token": csrf }, from: from(1) });
      expect(logout.status, logout.body).toBe(204);
      const after: Answer[] = [];
      for (let i = 0; i < 3; i++) after.push(await send(`${lb!.url}/api/v1/auth/me`, { headers, from: from(1) }));
      for (const a of after) expect(a.status, a.body).toBe(401);
      expect(distinct(after.map((a) => a.upstream))).toEqual(addresses);
    });

    it("failed logins for one user name spread over the instances are refused at the same attempt as on one instance, then on every instance", async () => {
      const username = `limit-${kind}`;
      const answers = await failUntilRefused(lb!.url, () => username, from(2), MAX_FAILURES_PER_USERNAME + 3);
      expect(answers.length).toBe(refusedOnOneInstanceAt);
      expect(answers.at(-1)!.status).toBe(429);
      expect(distinct(answers.slice(0, -1).map((a) => a.upstream))).toEqual(addresses);
      // Blocked everywhere: even the right password is refused by each instance, with the time to wait.
      const right: Answer[] = [];
      for (let i = 0; i < 3; i++) right.push(await send(`${lb!.url}/api/v1/auth/login`, { method: "POST", body: { username, password: DEMO_PASSWORD }, from: from(2) }));
      for (const a of right) {
        expect(a.status, a.body).toBe(429);
        expect(Number(a.headers["retry-after"])).toBeGreaterThan(0);
      }
      expect(distinct(right.map((a) => a.upstream))).toEqual(addresses);
    });

    it("failed logins from one client address spread over the instances are refused after the address's limit", async () => {
      const answers = await failUntilRefused(lb!.url, (i) => `nobody-${kind}-${i}`, from(3), MAX_FAILURES_PER_CLIENT + 3);
      expect(answers.length).toBe(MAX_FAILURES_PER_CLIENT + 1);
      expect(answers.at(-1)!.status).toBe(429);
      expect(distinct(answers.slice(0, -1).map((a) => a.upstream))).toEqual(addresses);
      // Counted by the client's address, which the balancer passed on, not by the balancer's own.
      const counted = await db!.query<{ n: number }>("SELECT count(*)::int AS n FROM login_attempts WHERE client = $1", [from(3)]);
      expect(counted.rows[0]!.n).toBe(MAX_FAILURES_PER_CLIENT);
    });
  });

  it("the retention job, which every instance schedules, runs on one at a time: a run waits while another holds its lock", async () => {
    const holder = new pg.Client({ connectionString: databaseUrl });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query(`SELECT pg_advisory_xact_lock(${RETENTION_LOCK})`);
      let settled = false;
      const run = vsv("retention", "run", "--data-dir", dataDir).finally(() => {
        settled = true;
      });
      // A bigint advisory key shows in pg_locks as classid (high half) and objid (low half), objsubid 1.
      for (let i = 0; ; i++) {
        const waiting = await db!.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = 0 AND objid = $1 AND objsubid = 1", [RETENTION_LOCK]);
        if (waiting.rows[0]!.n > 0) break;
        if (i >= 600) throw new Error("the retention run did not wait for the run holding the lock");
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(settled).toBe(false);
      await holder.query("COMMIT");
      const r = await run;
      expect(r.code, r.stderr).toBe(0);
    } finally {
      await holder.end();
    }
  });

  it("the audit log written by the three instances at once is one intact chain (vsv audit verify)", async () => {
    const r = await vsv("audit", "verify", "--data-dir", dataDir);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^Audit log intact: \d+ entries/);
    expect(r.code).toBe(0);
  });
});
