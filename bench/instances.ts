/**
 * Throughput of three `vsv serve` instances against one (issue 17, item 5): the same data folder and one PostgreSQL
 * database for all, behind a real load balancer on loopback (nginx, or HAProxy with --lb haproxy; round-robin, no
 * stickiness; test/support/load-balancer.ts), loaded with autocannon through the balancer — one instance behind
 * it, then three, so the balancer's hop is in both (and the single instance also without it, to show the hop's cost). Two endpoints: a public figures table
 * (GET /api/v1/figures?teljaar=…&by=region, an answer each instance caches) and a closed one (GET /api/v1/signals,
 * an officer's signal list with the session cookie: a PostgreSQL query under row-level security and one audit
 * entry per person shown). Prints requests per second and latency per setup and endpoint, the median of --runs.
 *
 *   npx tsx bench/instances.ts [--data-dir data] [--connections 100] [--duration 10] [--runs 3] [--lb nginx|haproxy]
 *                              [--entry src|dist] [--database-url postgres://…]
 *
 * Without --database-url (or DATABASE_URL) it makes a fresh database on postgres://postgres@127.0.0.1:5432/test
 * (TEST_DATABASE_URL to change), migrates it (`vsv migrate`), loads the signal lists (`vsv signals load`), makes an
 * officer, and drops the database afterwards. The data folder needs computed, published figures (`vsv start`).
 * On a machine with few cores the balancer, PostgreSQL, autocannon and the instances share them: read the figures
 * with the machine line printed first.
 */
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { DEMO_PASSWORD } from "../src/store/demo-accounts.js";
import { vsv } from "../test/support/cli.js";
import { type LoadBalancerKind, UPSTREAM_HEADER, startInstances, startLoadBalancer } from "../test/support/load-balancer.js";
import { machine } from "./measure.js";

const { values } = parseArgs({
  options: {
    "data-dir": { type: "string", default: "data" },
    connections: { type: "string", default: "100" },
    duration: { type: "string", default: "10" },
    runs: { type: "string", default: "3" },
    lb: { type: "string", default: "nginx" },
    entry: { type: "string", default: "src" },
    "database-url": { type: "string" },
    instances: { type: "string", default: "1,3" },
  },
});
const dataDir = path.resolve(values["data-dir"]!);
const connections = Number(values.connections);
const duration = Number(values.duration);
const runs = Number(values.runs);
const kind = values.lb as LoadBalancerKind;
const entry = values.entry === "dist" ? "dist" : "src";
const counts = values.instances!.split(",").map(Number);
const OFFICER = "bench-instances-officer";

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** The database: the one given, or a fresh one made (and dropped at the end) on the test server. */
async function database(): Promise<{ url: string; fresh: boolean; drop: () => Promise<void> }> {
  const given = values["database-url"] ?? process.env.DATABASE_URL;
  if (given) return { url: given, fresh: false, drop: async () => undefined };
  const adminUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const name = `vsv_bench_instances_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    fresh: true,
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

async function cli(...args: string[]): Promise<string> {
  const r = await vsv(...args, "--data-dir", dataDir);
  if (r.code !== 0) throw new Error(`vsv ${args.join(" ")} failed: ${r.stderr}`);
  return r.stdout;
}

/** Migrates, loads the lists and makes the officer (in the region with most young people on the possible list). */
async function prepare(url: string): Promise<void> {
  process.env.DATABASE_URL = url;
  await cli("migrate", "--quiet");
  await cli("signals", "load", "--quiet");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [top] = (await client.query<{ region: string }>("SELECT region FROM signals WHERE list = 'possible' GROUP BY region ORDER BY count(*) DESC, region LIMIT 1")).rows;
    const exists = (await client.query("SELECT 1 FROM accounts WHERE username = $1", [OFFICER])).rows.length > 0;
    if (!exists) {
      process.env.VSV_NEW_PASSWORD = DEMO_PASSWORD;
      await cli("accounts", "create", OFFICER, "--role", "regional_officer", "--name", "Bench Begeleider", "--regions", top!.region);
      delete process.env.VSV_NEW_PASSWORD;
    }
  } finally {
    await client.end();
  }
}

interface Measured {
  readonly reqPerS: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
}

function cannon(url: string, headers: Record<string, string>, seconds: number): Promise<Measured> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, headers }, (err, r) => {
      if (err) return reject(err);
      resolve({ reqPerS: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx });
    });
  });
}

async function measureSetup(count: number, url: string): Promise<{ count: number; rows: { endpoint: string; runs: Measured[] }[] }> {
  const instances = await startInstances({ count, dataDir, entry, waitForWarm: true, timeoutMs: 300_000, env: { DATABASE_URL: url, VSV_TRUST_PROXY: "127.0.0.1", VSV_LOG_LEVEL: "warn" } });
  const lb = await startLoadBalancer({ kind, upstreams: instances.list.map((i) => i.port) }).catch(async (e) => {
    await instances.stop();
    throw e;
  });
  try {
    const meta = (await (await fetch(`${lb.url}/api/v1/meta`)).json()) as { latest_teljaar: string };
    const login = await fetch(`${lb.url}/api/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: OFFICER, password: DEMO_PASSWORD }) });
    if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`);
    const cookie = login.headers.getSetCookie().map((c) => c.split(";")[0]!).find((c) => c.startsWith("vsv_session="))!;
    const endpoints: { endpoint: string; path: string; headers: Record<string, string> }[] = [
      { endpoint: "public: figures by region", path: `/api/v1/figures?teljaar=${meta.latest_teljaar}&by=region`, headers: {} },
      { endpoint: "closed: signal list (50 rows)", path: "/api/v1/signals?list=possible&pageSize=50", headers: { cookie } },
    ];
    const rows: { endpoint: string; runs: Measured[] }[] = [];
    for (const e of endpoints) {
      // Every instance answers before the clock runs (the balancer names which one did), and warms up under load.
      const seen = new Map<string, number>();
      for (let i = 0; i < 3 * count; i++) {
        const r = await fetch(`${lb.url}${e.path}`, { headers: e.headers });
        if (r.status !== 200) throw new Error(`${e.path}: ${r.status} ${await r.text()}`);
        await r.arrayBuffer();
        const up = r.headers.get(UPSTREAM_HEADER) ?? "?";
        seen.set(up, (seen.get(up) ?? 0) + 1);
      }
      if (seen.size !== count) throw new Error(`${e.path}: answered by ${seen.size} instances, not ${count}`);
      await cannon(`${lb.url}${e.path}`, e.headers, 2);
      const measured: Measured[] = [];
      for (let r = 0; r < runs; r++) measured.push(await cannon(`${lb.url}${e.path}`, e.headers, duration));
      rows.push({ endpoint: e.endpoint, runs: measured });
      if (count === 1) {
        // The same single instance without the balancer: what the extra hop costs on this machine.
        const direct: Measured[] = [];
        for (let r = 0; r < runs; r++) direct.push(await cannon(`${instances.list[0]!.url}${e.path}`, e.headers, duration));
        rows.push({ endpoint: `${e.endpoint}, no balancer`, runs: direct });
      }
    }
    return { count, rows };
  } finally {
    await lb.stop();
    await instances.stop(10_000);
  }
}

const db = await database();
try {
  if (db.fresh) await prepare(db.url);
  console.log(`Instances behind ${kind}: ${connections} connections, ${duration} s × ${runs} runs per endpoint, data ${dataDir}, vsv serve from ${entry}`);
  console.log(`${machine()}; load average at start ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  const results = [];
  for (const count of counts) results.push(await measureSetup(count, db.url));
  const table = results.flatMap((s) =>
    s.rows.map((r) => ({
      instances: s.count,
      endpoint: r.endpoint,
      "req/s (median)": Math.round(median(r.runs.map((m) => m.reqPerS))),
      "req/s (runs)": r.runs.map((m) => Math.round(m.reqPerS)).join(" "),
      "p50 ms": median(r.runs.map((m) => m.p50)),
      "p99 ms": median(r.runs.map((m) => m.p99)),
      errors: r.runs.reduce((a, m) => a + m.errors, 0),
    })),
  );
  console.table(table);
  const base = results.find((s) => s.count === Math.min(...counts));
  for (const s of results.filter((x) => x !== base)) {
    for (const r of s.rows) {
      const one = base!.rows.find((b) => b.endpoint === r.endpoint);
      if (!one) continue;
      const ratio = median(r.runs.map((m) => m.reqPerS)) / median(one.runs.map((m) => m.reqPerS));
      console.log(`${s.count} instances / ${base!.count}: ${r.endpoint}: ${ratio.toFixed(2)}×`);
    }
  }
  console.log(`load average at end ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
} finally {
  await db.drop();
}
