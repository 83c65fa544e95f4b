/**
 * Casework under load (issue 5): a region the size of Agglomeratie Amsterdam (RMC region 21: about 5,000 rows on
 * its signal lists, 3,000 open cases, 20 officers working at once) inside national signal lists (about 40,000
 * rows over 40 regions) and months of audit history. For each store kind it seeds a fresh operational store
 * (bench/support/casework-seed.ts), serves the app on a loopback port, signs the officers in through the API and
 * loads it for a fixed time per scenario — signal list pages, contact saves, and a mix of list, case page and
 * contact save — with every officer in a closed loop (bench/support/casework-load.ts). It prints latency per
 * request kind (p50/p95/p99/max), throughput, errors and the audit entries written, and whether the aims hold
 * (p95: list under 200 ms, contact save under 100 ms). Results: docs/benchmarks.md, "Casework".
 *
 *   npx tsx bench/casework.ts [--store pglite|postgres|both] [--duration 20] [--officers 20] [--cases 3000]
 *                             [--think 0,2000] [--scenarios list,contact,mixed] [--warmup 5] [--audit-history 500000]
 *                             [--national-rows 40000] [--seed 1]
 * --think: the mean pause of an officer after each answer, one run per value; 0 is a closed loop (every officer
 * always waiting on the server: saturation), 2000 an officer clicking every two seconds or so (still far busier
 * than a working day).
 * PostgreSQL: a fresh database vsv_bench_<random> on BENCH_DATABASE_URL, else DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/test (its user must be allowed to create databases); dropped afterwards.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { AddressInfo } from "node:net";
import { buildApp } from "../src/server/app.js";
import type { StoreKind } from "../src/store/index.js";
import type { PseudonymKey } from "../src/store/pseudonym.js";
import type { Sql } from "../src/store/sql.js";
import { machine } from "./measure.js";
import { type LoadPlan, type OfficerSession, SCENARIOS, type Scenario, runLoad } from "./support/casework-load.js";
import { type StepTime, serviceTimes } from "./support/casework-breakdown.js";
import { type ResultRow, aimVerdicts, markdownTable, resultRows } from "./support/casework-report.js";
import { BENCH_PASSWORD, type BenchAccount, seedCasework } from "./support/casework-seed.js";
import { openBenchTarget } from "./support/casework-target.js";

const { values } = parseArgs({
  options: {
    store: { type: "string", default: "both" },
    duration: { type: "string", default: "20" },
    officers: { type: "string", default: "20" },
    cases: { type: "string", default: "3000" },
    region: { type: "string", default: "21" },
    "region-rows": { type: "string" },
    "national-rows": { type: "string", default: "40000" },
    "audit-history": { type: "string", default: "500000" },
    warmup: { type: "string", default: "5" },
    scenarios: { type: "string", default: SCENARIOS.join(",") },
    think: { type: "string", default: "0,2000" },
    seed: { type: "string", default: "1" },
  },
});

function positive(name: string, text: string | undefined): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} ${text} is not a number of 0 or more: e.g. --${name} 20`);
  return n;
}

const stores: StoreKind[] =
  values.store === "both" ? ["pglite", "postgres"] : values.store === "pglite" || values.store === "postgres" ? [values.store] : (() => {
    throw new Error(`--store ${values.store} is not known: use pglite, postgres or both`);
  })();
const scenarios = values.scenarios!.split(",").map((s) => {
  if (!(SCENARIOS as readonly string[]).includes(s)) throw new Error(`--scenarios: "${s}" is not a scenario: use ${SCENARIOS.join(", ")}`);
  return s as Scenario;
});
const duration = positive("duration", values.duration);
const officerCount = positive("officers", values.officers);
const cases = positive("cases", values.cases);
const region = values.region!;
const regionRows = values["region-rows"] ? positive("region-rows", values["region-rows"]) : Math.round((cases * 5) / 3);
const nationalRows = positive("national-rows", values["national-rows"]);
const auditHistory = positive("audit-history", values["audit-history"]);
const warmup = positive("warmup", values.warmup);
const seed = positive("seed", values.seed);
const thinks = values.think!.split(",").map((t) => positive("think", t));

function load(): string {
  return os.loadavg().map((l) => l.toFixed(2)).join(", ");
}

/** Signs an officer in through POST /api/v1/auth/login; the session cookie and CSRF token of the answer. */
async function login(base: string, username: string): Promise<{ cookie: string; csrf: string }> {
  const r = await fetch(`${base}/api/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username, password: BENCH_PASSWORD }) });
  const body = await r.text();
  if (r.status !== 200) throw new Error(`Login of ${username} answered ${r.status}: ${body}`);
  const cookie = r.headers.getSetCookie().find((c) => c.startsWith("vsv_session=") && !c.startsWith("vsv_session=;"));
  if (!cookie) throw new Error(`Login of ${username} set no vsv_session cookie`);
  return { cookie: cookie.split(";")[0]!, csrf: (JSON.parse(body) as { csrf_token: string }).csrf_token };
}

/**
 * The signal-list requests an officer makes, in a fixed order: mostly the first page as it opens (newest
 * deregistrations first), the other sorts and later pages, the region's biggest schools, levels and
 * municipalities, not yet contacted, and a search by family name.
 */
async function listQueries(sql: Sql): Promise<string[]> {
  const top = async (column: string, n: number) =>
    (await sql.query<{ v: string }>(`SELECT ${column} AS v FROM signals WHERE region = $1 AND list = 'possible' AND ${column} IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT ${n}`, [region])).map((r) => r.v);
  const base = "list=possible&pageSize=50";
  const out: string[] = [];
  const sorts = ["-deregistration_date", "name", "-age", "institution", "listed_since", "last_contact", "deregistration_date", "-name", "age"];
  for (const [i, s] of sorts.entries()) {
    out.push(base, `${base}&sort=${s}`, `${base}&sort=${s}&page=${2 + (i % 4)}`);
  }
  for (const v of await top("institution", 8)) out.push(`${base}&institution=${v}`, `${base}&institution=${v}&sort=name`);
  for (const v of await top("level", 5)) out.push(`${base}&level=${encodeURIComponent(v)}`);
  for (const v of await top("municipality_code", 4)) out.push(`${base}&municipality=${v}`);
  out.push(`${base}&contacted=false&sort=last_contact`, `${base}&contacted=false`, `${base}&contacted=true&sort=last_contact`);
  for (const v of ["vries", "jan", "yıl", "bakker", "el "]) out.push(`${base}&search=${encodeURIComponent(v)}`);
  return out;
}

async function officerSessions(base: string, sql: Sql, officers: readonly BenchAccount[]): Promise<OfficerSession[]> {
  const out: OfficerSession[] = [];
  for (const o of officers) {
    const { cookie, csrf } = await login(base, o.username);
    const caseIds = (await sql.query<{ id: number }>("SELECT id FROM cases WHERE officer_id = $1 AND closed_at IS NULL ORDER BY id", [o.id])).map((r) => r.id);
    if (caseIds.length === 0) throw new Error(`Officer ${o.username} has no open cases: raise --cases`);
    out.push({ username: o.username, cookie, csrf, caseIds });
  }
  return out;
}

async function lastAuditId(sql: Sql): Promise<number> {
  const [row] = await sql.query<{ id: number | null }>("SELECT max(id) AS id FROM audit_log");
  return row?.id ?? 0;
}

/** Audit entries written since `after`, by action and subject kind. */
async function auditSince(sql: Sql, after: number): Promise<{ total: number; by: string }> {
  const rows = await sql.query<{ action: string; subject_kind: string | null; n: number }>(
    "SELECT action, subject_kind, count(*) AS n FROM audit_log WHERE id > $1 GROUP BY 1, 2 ORDER BY 3 DESC",
    [after],
  );
  return { total: rows.reduce((s, r) => s + r.n, 0), by: rows.map((r) => `${r.action}/${r.subject_kind ?? "-"} ${r.n}`).join(", ") };
}

async function measureStore(kind: StoreKind): Promise<{ rows: ResultRow[]; steps: StepTime[] }> {
  console.log(`\n== ${kind} ==  (load average ${load()})`);
  const target = await openBenchTarget(kind);
  const webRoot = mkdtempSync(path.join(os.tmpdir(), "vsv-bench-no-web-"));
  const key = randomBytes(32) as PseudonymKey;
  try {
    const seeded = await seedCasework(target.sql, { key, region, cases, officers: officerCount, regionRows, nationalRows, auditHistory, seed });
    console.log(`store: ${target.where}; seeded in ${seeded.seconds} s:`, JSON.stringify(seeded.counts));
    const first = seeded.officers[0]!;
    const firstCases = (await target.sql.query<{ id: number }>("SELECT id FROM cases WHERE officer_id = $1 AND closed_at IS NULL ORDER BY id", [first.id])).map((r) => r.id);
    const steps = await serviceTimes(target.sql, { region, officerId: first.id, caseIds: firstCases, repeat: 7 });
    console.log(`service times, one request at a time, no HTTP (load average ${load()}):`);
    console.table(steps);
    const app = await buildApp({ dataDir: target.dataDir, webRoot, casework: { sql: target.sql, key } });
    try {
      await app.listen({ host: "127.0.0.1", port: 0 });
      const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      const officers = await officerSessions(base, target.sql, seeded.officers);
      const queries = await listQueries(target.sql);
      const plan = (scenario: Scenario, seconds: number, thinkMs: number): LoadPlan => ({ base, scenario, seconds, thinkMs, officers, listQueries: queries });
      if (warmup > 0) {
        // Unmeasured: the server's JIT and the database's caches warm up under the same load.
        const w = await runLoad(plan("mixed", warmup, 0));
        const failed = w.kinds.reduce((s, k) => s + k.errors, 0);
        if (failed > 0) throw new Error(`The warm-up had ${failed} failed requests, e.g. ${w.kinds.flatMap((k) => k.errorSamples)[0]}`);
      }
      const rows: ResultRow[] = [];
      for (const thinkMs of thinks) {
        for (const scenario of scenarios) {
          const before = await lastAuditId(target.sql);
          const loadBefore = load();
          const result = await runLoad(plan(scenario, duration, thinkMs));
          const audit = await auditSince(target.sql, before);
          const scenarioRows = resultRows(kind, result, audit.total);
          rows.push(...scenarioRows);
          console.log(`${scenario}, pauses ${thinkMs} ms: ${result.seconds.toFixed(1)} s, load average before ${loadBefore}; audit entries written: ${audit.total} (${audit.by})`);
          console.table(scenarioRows.map(({ store: _s, scenario: _c, think_ms: _t, ...r }) => r));
          for (const k of result.kinds) for (const e of k.errorSamples) console.log(`  error (${k.kind}): ${e}`);
        }
      }
      return { rows, steps };
    } finally {
      await app.close();
    }
  } finally {
    rmSync(webRoot, { recursive: true, force: true });
    await target.dispose();
  }
}

console.log(
  `Casework under load: region ${region}, ${cases} open cases, ${officerCount} officers at once, ${duration} s per scenario (${scenarios.join(", ")}) ` +
    `and pace (mean pause after each answer: ${thinks.join(", ")} ms; 0 = closed loop), warm-up ${warmup} s`,
);
console.log(`${machine()}; load average ${load()}`);
const all: ResultRow[] = [];
const steps: string[] = [];
for (const kind of stores) {
  const measured = await measureStore(kind);
  all.push(...measured.rows);
  steps.push(...measured.steps.map((s) => `| ${kind} | ${s.step} | ${s.median_ms} | ${s.max_ms} |`));
}
console.log("\n" + markdownTable(all));
console.log("\n| store | step (one at a time, no HTTP) | median ms | max ms |\n|---|---|---|---|\n" + steps.join("\n"));
console.log("\n" + aimVerdicts(all).join("\n"));
console.log(`load average at the end: ${load()}`);
