/**
 * What reading the audit log costs on a log of a few hundred thousand entries (issue 16, part 6; docs/audit-log.md,
 * "Cost of reading"): a fresh store with every migration, `--entries` entries over a year in two regions (60 % in
 * region 21): list pages of 50 entries sharing a trace id (80 % of the entries) and single entries (case pages),
 * by 40 accounts. Then the median of `--repeat` runs of the queries a coordinator of region 21 makes: a page of
 * entries, a page of groups (first, deep), and groups filtered by user name, person reference (exact and a prefix),
 * action and one month.
 *
 *   npx tsx bench/audit-read.ts [--store pglite|postgres|both] [--entries 300000] [--repeat 5]
 *
 * PostgreSQL: a fresh database vsv_bench_<random> on BENCH_DATABASE_URL, else DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/test; dropped afterwards.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { type AuditQuery, queryAudit, queryAuditGroups } from "../src/store/audit.js";
import { type StoreKind, openOperationalStore } from "../src/store/index.js";
import { machine } from "./measure.js";

const { values } = parseArgs({
  options: {
    store: { type: "string", default: "both" },
    entries: { type: "string", default: "300000" },
    repeat: { type: "string", default: "5" },
  },
});
const stores: StoreKind[] = values.store === "both" ? ["pglite", "postgres"] : [values.store as StoreKind];
const entries = Number(values.entries);
const repeat = Number(values.repeat);
const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log(`Audit log reading bench · ${machine()} · ${entries.toLocaleString("en-US")} entries, median of ${repeat}`);
for (const kind of stores) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "vsv-bench-audit-read-"));
  let databaseUrl: string | undefined;
  let name: string | undefined;
  if (kind === "postgres") {
    name = `vsv_bench_${randomBytes(6).toString("hex")}`;
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }
  const store = await openOperationalStore({ dataDir, databaseUrl });
  try {
    for (let i = 0; i < 40; i++) {
      await store.query("INSERT INTO accounts (username, display_name, role) VALUES ($1, $2, 'regional_officer')", [`officer${i}`, `Begeleider ${String.fromCharCode(65 + (i % 26))}${i}`]);
    }
    const ids = (await store.query<{ id: number }>("SELECT id FROM accounts ORDER BY id")).map((r) => r.id);
    const t0 = performance.now();
    // Batches of 10,000 rows in one statement each; g = the row's number. Rows 0..80 % are list pages of 50
    // (trace = g / 50), the rest single entries; the time runs back over a year from now.
    const batch = 10_000;
    const pages = Math.floor((entries * 0.8) / 50) * 50;
    for (let start = 0; start < entries; start += batch) {
      await store.query(
        `INSERT INTO audit_log (at, actor_id, actor_role, action, subject_kind, subject_pseudonym, purpose, region, trace_id, details)
         SELECT now() - (($4::int - g) * interval '1 year') / $4::int,
                ($5::bigint[])[1 + (CASE WHEN g < $3 THEN g / 50 ELSE g END) % 40], 'regional_officer',
                CASE WHEN g < $3 THEN 'read' WHEN g % 5 = 0 THEN 'update' ELSE 'read' END,
                CASE WHEN g < $3 THEN 'signal_list' ELSE 'case' END,
                'p' || left(md5('person' || g), 24),
                CASE WHEN g < $3 THEN 'signal_list: x' ELSE 'case_work: x' END,
                CASE WHEN (CASE WHEN g < $3 THEN g / 50 ELSE g END) % 5 < 3 THEN '21' ELSE '04' END,
                md5(CASE WHEN g < $3 THEN 'page' || (g / 50) ELSE 'one' || g END),
                '{"route":"/api/v1/signals"}'::jsonb
         FROM generate_series($1::int, $2::int) AS g`,
        [start, Math.min(start + batch, entries) - 1, pages, entries, ids],
      );
    }
    await store.query("ANALYZE audit_log");
    console.log(`${kind}: ${entries.toLocaleString("en-US")} entries written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const [sample] = await store.query<{ p: string }>("SELECT subject_pseudonym AS p FROM audit_log WHERE region = '21' AND subject_pseudonym IS NOT NULL LIMIT 1");
    const base: AuditQuery = { regions: ["21"] };
    const month = new Date(Date.now() - 180 * 86_400_000).toISOString().slice(0, 10);
    const monthEnd = new Date(Date.now() - 150 * 86_400_000).toISOString().slice(0, 10);
    const cases: [string, () => Promise<{ total: number }>][] = [
      ["entries, page 1 of 100", () => queryAudit(store, { ...base, limit: 100 })],
      ["groups, page 1 of 50", () => queryAuditGroups(store, { ...base, limit: 50 })],
      ["groups, page 100 of 50", () => queryAuditGroups(store, { ...base, limit: 50, offset: 99 * 50 })],
      ["groups, user name 'Begeleider C'", () => queryAuditGroups(store, { ...base, user: "Begeleider C", limit: 50 })],
      ["groups, person exact", () => queryAuditGroups(store, { ...base, person: sample!.p, limit: 50 })],
      ["groups, person prefix (6 chars)", () => queryAuditGroups(store, { ...base, person: sample!.p.slice(0, 6), limit: 50 })],
      ["groups, action update", () => queryAuditGroups(store, { ...base, action: "update", limit: 50 })],
      ["groups, one month", () => queryAuditGroups(store, { ...base, from: month, to: monthEnd, limit: 50 })],
      ["entries, CSV (10,000)", () => queryAudit(store, { ...base, limit: 10_000 })],
    ];
    for (const [label, run] of cases) {
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < repeat; i++) {
        const t = performance.now();
        total = (await run()).total;
        times.push(performance.now() - t);
      }
      console.log(`${kind}: ${label.padEnd(36)} ${median(times).toFixed(0).padStart(6)} ms   (total ${total.toLocaleString("en-US")})`);
    }
  } finally {
    await store.close();
    await new Promise((r) => setTimeout(r, 300));
    if (name) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
