/**
 * API latency and throughput under load (issue 4): starts `vsv serve` in its own process on a data
 * directory (default ./data, as `npm start` leaves it), then loads the main endpoints one after the
 * other with autocannon on loopback, each for a bounded time, and prints p50/p95/p99 latency and
 * requests per second. p95 is computed from every response time autocannon reports.
 *   npm run build && npx tsx bench/api.ts [--data-dir data] [--connections 200] [--duration 10] [--gzip]
 * --gzip sends Accept-Encoding: gzip as browsers do (larger cached answers then go out compressed).
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { machine } from "./measure.js";

const { values } = parseArgs({
  options: {
    "data-dir": { type: "string", default: "data" },
    connections: { type: "string", default: "200" },
    duration: { type: "string", default: "10" },
    port: { type: "string", default: "8089" },
    gzip: { type: "boolean", default: false },
  },
});
const dataDir = path.resolve(values["data-dir"]!);
const connections = Number(values.connections);
const duration = Number(values.duration);
const base = `http://127.0.0.1:${values.port}`;

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`${base}/api/v1/health`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not answer on ${base}`);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Row {
  endpoint: string;
  first_ms: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  req_per_s: number;
  errors: number;
}

async function load(endpoint: string): Promise<Row> {
  const url = `${base}${endpoint}`;
  const t0 = performance.now();
  const first = await fetch(url);
  if (!first.ok) throw new Error(`${endpoint}: HTTP ${first.status} ${await first.text()}`);
  await first.arrayBuffer();
  const firstMs = performance.now() - t0;
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const headers = values.gzip ? { "accept-encoding": "gzip" } : {};
    const instance = autocannon({ url, connections, duration, headers }, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return {
    endpoint,
    first_ms: Math.round(firstMs),
    p50_ms: percentile(times, 50),
    p95_ms: percentile(times, 95),
    p99_ms: percentile(times, 99),
    req_per_s: Math.round(result.requests.average),
    errors: result.errors + result.non2xx,
  };
}

const server = spawn(process.execPath, ["dist/cli/main.js", "serve", "--port", values.port!, "--data-dir", dataDir], { stdio: ["ignore", "ignore", "inherit"] });
try {
  await waitForServer();
  const meta = (await (await fetch(`${base}/api/v1/meta`)).json()) as { latest_teljaar: string };
  const regions = (await (await fetch(`${base}/api/v1/regions`)).json()) as { rows: { code: string }[] };
  const institutions = (await (await fetch(`${base}/api/v1/institutions`)).json()) as { rows: { code: string; start_population: number | null }[] };
  const biggest = [...institutions.rows].sort((a, b) => (b.start_population ?? 0) - (a.start_population ?? 0)).slice(0, 2).map((r) => r.code);
  const t = meta.latest_teljaar;
  const endpoints = [
    `/api/v1/series`,
    `/api/v1/figures?teljaar=${t}`,
    `/api/v1/figures?teljaar=${t}&by=region,level`,
    `/api/v1/regions`,
    `/api/v1/regions/${regions.rows[0]!.code}`,
    `/api/v1/institutions/${biggest[0]}`,
    `/api/v1/compare?kind=institution&codes=${biggest.join(",")}`,
    `/api/v1/rankings?kind=region&teljaar=${t}`,
  ];
  console.log(`API under load: ${connections} connections, ${duration} s per endpoint, data ${dataDir}${values.gzip ? ", Accept-Encoding: gzip (as browsers send)" : ""}`);
  console.log(machine());
  // An unmeasured round first: the server's JIT compiles its hot paths under load (the first endpoint loaded
  // would otherwise look up to twice as slow as the same endpoint loaded later).
  for (const e of endpoints) await new Promise((resolve) => autocannon({ url: `${base}${e}`, connections, duration: 2 }, resolve));
  const rows: Row[] = [];
  for (const e of endpoints) rows.push(await load(e));
  console.table(rows);
} finally {
  server.kill();
}
