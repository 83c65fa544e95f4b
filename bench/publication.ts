/**
 * Publication under load (issue 17, item 4; docs/publication.md): `vsv serve` in its own process answers a figures
 * endpoint and /meta to autocannon on loopback (200 connections) while another process publishes a new snapshot with
 * other figures; prints requests, failures (non-2xx, errors, timeouts: must be 0), latency p50/p99, how long the
 * publication took (copy, protection) and the switch, and checks that no answer mixed two snapshots: every answer
 * names its snapshot (X-Snapshot), /meta's body names the same one, and every figures answer of a snapshot is the
 * same bytes, which differ between the two snapshots.
 *
 *   npx tsx bench/publication.ts --data-dir /tmp/publish/data [--connections 200] [--after 10] [--url /api/v1/series]
 *
 * Before the load, while the server already answers, the store gets new figures: a hundredth of the latest teljaar's
 * enrolments is dropped from the register and that teljaar is computed again (as `vsv compute` would; --no-change
 * publishes the same figures again). This changes the data directory's register: use a copy, never a data
 * directory you care about. The publication starts --publish-after seconds (15) into the load; the load stops --after seconds after the
 * first answer from the new snapshot. The publisher runs under `nice -n 10` (--nice): on a shared 2-core machine a
 * publisher at the server's priority (its protection step is CPU-bound DuckDB work on every core) starves the server.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { machine } from "./measure.js";
import { withDatabase } from "../src/engine/database.js";
import { computeResults } from "../src/engine/compute.js";
import { parseTeljaar } from "../src/domain/teljaar.js";
import { publishSnapshot } from "../src/service/snapshot-publish.js";
import { readPointer } from "../src/service/snapshot-pointer.js";

const { values } = parseArgs({
  options: {
    "data-dir": { type: "string" },
    connections: { type: "string", default: "200" },
    after: { type: "string", default: "10" },
    port: { type: "string", default: "8091" },
    url: { type: "string", default: "/api/v1/series" },
    "no-change": { type: "boolean", default: false },
    "publish-only": { type: "boolean", default: false },
    nice: { type: "string", default: "10" },
    "publish-after": { type: "string", default: "15" },
  },
});
if (!values["data-dir"]) throw new Error("--data-dir <folder> is required: a copy of a data directory with published figures");
const dataDir = path.resolve(values["data-dir"]);
/** Runs a TypeScript entry point of this repository in a child process. */
const TSX = ["--import", "tsx"];

// The publisher's own process (as `vsv compute` is): prints its timings as JSON.
if (values["publish-only"]) {
  const p = await publishSnapshot(dataDir);
  process.stdout.write(`${JSON.stringify({ id: p.pointer.id, bytes: p.bytes, copyMs: p.copyMs, protectMs: p.protectMs, totalMs: p.totalMs, pointerAt: Date.now() })}\n`);
  process.exit(0);
}

const connections = Number(values.connections);
const after = Number(values.after);
const base = `http://127.0.0.1:${values.port}`;
const figuresUrl = values.url!;

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      const r = await fetch(`${base}/api/v1/meta`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server did not answer on ${base}`);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const sha = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);

interface PublishTimes {
  id: string;
  bytes: number;
  copyMs: number;
  protectMs: number;
  totalMs: number;
  pointerAt: number;
}

const before = readPointer(dataDir);
if (!before) throw new Error(`${dataDir} has no published snapshot: run vsv compute (or vsv serve once) on it first`);
const server = spawn(process.execPath, [...TSX, "src/cli/main.ts", "serve", "--port", values.port!, "--data-dir", dataDir], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, VSV_LOG_LEVEL: "warn" } });
// The load starts once the server has warmed its caches after start (its stderr says so): warming blocks its event
// loop for seconds at national scale, which is the start's cost, not the publication's.
const warmed = new Promise<void>((resolve) => {
  server.stderr.on("data", (c: Buffer) => {
    process.stderr.write(c);
    if (c.toString().includes("Caches warmed")) resolve();
  });
});
try {
  await waitForServer();
  await warmed;
  const meta = (await (await fetch(`${base}/api/v1/meta`)).json()) as { latest_teljaar: string; snapshot: { id: string } };
  if (!values["no-change"]) {
    const t0 = performance.now();
    await withDatabase(dataDir, async (db) => {
      await db.connection.run(`DELETE FROM register.enrolments WHERE hash(person_id) % 100 = ${Date.now() % 100}`);
      await computeResults(db.connection, { teljaren: [parseTeljaar(meta.latest_teljaar)] });
    });
    console.log(`New figures computed for ${meta.latest_teljaar} while the server answered from ${meta.snapshot.id}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  // An unmeasured round first: the server's JIT compiles its hot paths, and the figures answer is cached.
  await new Promise((resolve) => autocannon({ url: `${base}${figuresUrl}`, connections, duration: 2 }, () => resolve(undefined)));

  const times: number[] = [];
  const perSnapshot = new Map<string, { answers: number; bodies: Set<string> }>();
  let mixed = 0;
  let unnamed = 0;
  let firstNewAt = 0;
  const record = (kind: "figures" | "meta") => (status: number, body: string, _context: object, headers: Record<string, string | string[] | undefined> | undefined) => {
    const named = headers?.["x-snapshot"] ?? headers?.["X-Snapshot"];
    const id = Array.isArray(named) ? named[0] : named;
    if (status !== 200) return;
    if (!id) {
      unnamed++;
      return;
    }
    if (id !== before.id && firstNewAt === 0) firstNewAt = Date.now();
    const s = perSnapshot.get(id) ?? { answers: 0, bodies: new Set<string>() };
    perSnapshot.set(id, s);
    s.answers++;
    if (kind === "meta") {
      if ((JSON.parse(body) as { snapshot: { id: string } }).snapshot.id !== id) mixed++;
    } else {
      s.bodies.add(sha(body));
    }
  };
  let publisher: Promise<PublishTimes> | undefined;
  let publishStart = 0;
  const failedAt: number[] = [];
  const loadStart = Date.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: 3600,
        requests: [
          { method: "GET", path: figuresUrl, onResponse: record("figures") },
          { method: "GET", path: "/api/v1/meta", onResponse: record("meta") },
        ],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
    // A timeout is reported `timeout` seconds (autocannon's default, 10) after the request was sent: count it then.
    instance.on("reqError", (e: Error) => failedAt.push(Date.now() - (/timed out/.test(e.message) ? 10_000 : 0)));
    setTimeout(() => {
      publishStart = Date.now();
      publisher = new Promise<PublishTimes>((done, fail) => {
        // The publisher runs at a lower priority (nice), as a computation next to a live server should.
        const child = spawn("nice", ["-n", values.nice!, process.execPath, ...TSX, "bench/publication.ts", "--publish-only", "--data-dir", dataDir], { stdio: ["ignore", "pipe", "inherit"] });
        let out = "";
        child.stdout.on("data", (c: Buffer) => (out += c.toString()));
        child.on("exit", (code) => (code === 0 ? done(JSON.parse(out) as PublishTimes) : fail(new Error(`the publisher exited with ${code}`))));
      });
      publisher.catch((e: Error) => {
        console.error(e.message);
        instance.stop();
      });
    }, Number(values["publish-after"]) * 1000);
    const watch = setInterval(() => {
      if (firstNewAt > 0 && Date.now() - firstNewAt >= after * 1000) {
        clearInterval(watch);
        instance.stop();
      }
    }, 200);
  });
  const published = await publisher!;
  times.sort((a, b) => a - b);
  const after_ = perSnapshot.get(published.id);
  const old = perSnapshot.get(before.id);
  const figuresDiffer = Boolean(after_ && old && [...after_.bodies].every((b) => !old.bodies.has(b)));
  // One figures body per snapshot: more would be an answer mixing snapshots (or a cache gone wrong).
  for (const s of perSnapshot.values()) mixed += Math.max(0, s.bodies.size - 1);
  const failures = result.non2xx + result.errors + result.timeouts;
  console.log(`Publication under load: ${connections} connections on ${figuresUrl} and /api/v1/meta, data ${dataDir}`);
  console.log(machine());
  console.table([
    {
      requests: result.requests.total,
      seconds: Math.round((Date.now() - loadStart) / 100) / 10,
      req_per_s: Math.round(result.requests.average),
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      p50_ms: percentile(times, 50),
      p99_ms: percentile(times, 99),
      max_ms: times.at(-1),
    },
  ]);
  console.table([
    {
      snapshot_bytes_mb: Math.round(published.bytes / 1e6),
      copy_s: Math.round(published.copyMs / 100) / 10,
      protect_s: Math.round(published.protectMs / 100) / 10,
      publish_s: Math.round(published.totalMs / 100) / 10,
      switch_after_pointer_s: firstNewAt ? Math.round((firstNewAt - published.pointerAt) / 100) / 10 : null,
    },
  ]);
  // When the failed requests (errors, timeouts) were sent: before the publication, while it ran, between the new pointer and
  // the first answer from the new snapshot (the server warming it), or after the switch.
  const phase = (t: number) => (t < publishStart ? "before" : t < published.pointerAt ? "publishing" : !firstNewAt || t < firstNewAt ? "switching" : "after");
  const failed = { before: 0, publishing: 0, switching: 0, after: 0 };
  for (const t of failedAt) failed[phase(t)]++;
  const buckets = new Map<number, number>();
  for (const t of failedAt) buckets.set(Math.floor((t - publishStart) / 5000) * 5, (buckets.get(Math.floor((t - publishStart) / 5000) * 5) ?? 0) + 1);
  console.log(`Failures by phase: ${JSON.stringify(failed)}${buckets.size ? `; sent at second … after the publication started (5-s buckets): ${JSON.stringify(Object.fromEntries(buckets))}` : ""}`);
  console.table([...perSnapshot].map(([id, s]) => ({ snapshot: id, answers: s.answers, figures_bodies: s.bodies.size })));
  console.log(`Answers without a snapshot header: ${unnamed}; answers mixing two snapshots: ${mixed}; figures differ between the snapshots: ${figuresDiffer ? "yes" : "no"}`);
  console.log(failures === 0 && mixed === 0 && unnamed === 0 && after_ ? "OK: no failed request, no mixed answer, switched" : "FAILED");
  process.exitCode = failures === 0 && mixed === 0 && unnamed === 0 && after_ ? 0 : 1;
} finally {
  server.kill();
}
