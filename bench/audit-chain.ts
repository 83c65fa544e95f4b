/**
 * What the audit log's hash chain (migration 0008) costs (issue 12, part 9). For each store kind, on a fresh store
 * without the chain (migrations up to 0006) and one with it: 10,000 entries written one statement each (as the
 * server writes a case page's entry) and 10,000 as 200 statements of 50 (a signal-list page), the median of
 * `--repeat` runs; then how long `vsv audit verify` takes on those entries, and how long migration 0008 takes to
 * chain `--existing` entries already in the log. Results: docs/benchmarks.md, "Audit chain".
 *
 *   npx tsx bench/audit-chain.ts [--store pglite|postgres|both] [--entries 10000] [--repeat 3] [--existing 100000]
 *
 * PostgreSQL: a fresh database vsv_bench_<random> per store on BENCH_DATABASE_URL, else DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/test (its user must be allowed to create databases); dropped afterwards.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { recordAudit } from "../src/store/audit.js";
import { verifyAuditChain } from "../src/store/audit-chain.js";
import { type OperationalStore, type StoreKind, openOperationalStore } from "../src/store/index.js";
import type { Migration } from "../src/store/migrations/migration.js";
import { migrations } from "../src/store/migrations/index.js";
import type { PersonRef } from "../src/store/pseudonym.js";
import { machine } from "./measure.js";

const { values } = parseArgs({
  options: {
    store: { type: "string", default: "both" },
    entries: { type: "string", default: "10000" },
    repeat: { type: "string", default: "3" },
    existing: { type: "string", default: "100000" },
  },
});
const stores: StoreKind[] = values.store === "both" ? ["pglite", "postgres"] : [values.store as StoreKind];
const entries = Number(values.entries);
const repeat = Number(values.repeat);
const existing = Number(values.existing);
const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const withoutChain = migrations.filter((m) => m.version < 8);

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A fresh store of `kind`; `reopen` opens it again with another migration list. */
async function fresh(kind: StoreKind, list: readonly Migration[]) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "vsv-bench-chain-"));
  let databaseUrl: string | undefined;
  let name: string | undefined;
  if (kind === "postgres") {
    name = `vsv_bench_${randomBytes(6).toString("hex")}`;
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }
  const open = (l: readonly Migration[]) => openOperationalStore({ dataDir, databaseUrl, migrations: l });
  const store = await open(list);
  return {
    store,
    open,
    async dispose(s: OperationalStore) {
      await s.close();
      await new Promise((r) => setTimeout(r, 300));
      if (name) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const person = (n: number) => `p${n.toString(16).padStart(24, "0")}` as PersonRef;
const entry = (persons: PersonRef[], i: number) => ({
  actor: { id: 7, role: "regional_officer" },
  action: "read" as const,
  activity: "case_work" as const,
  subjectKind: "person" as const,
  persons,
  region: "21",
  traceId: randomBytes(16).toString("hex"),
  details: { route: "/api/v1/cases/:id", case_id: i },
});

async function seconds(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return (performance.now() - t0) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log(`Audit chain bench · ${machine()} · ${entries.toLocaleString("en-US")} entries, median of ${repeat}`);
const rows: string[] = [];
for (const kind of stores) {
  const times: Record<string, { one: number[]; page: number[] }> = { without: { one: [], page: [] }, with: { one: [], page: [] } };
  let verify = 0;
  for (let r = 0; r < repeat; r++) {
    for (const variant of ["without", "with"] as const) {
      const t = await fresh(kind, variant === "with" ? migrations : withoutChain);
      try {
        times[variant]!.one.push(await seconds(async () => {
          for (let i = 0; i < entries; i++) await recordAudit(t.store, entry([person(i)], i));
        }));
        times[variant]!.page.push(await seconds(async () => {
          for (let i = 0; i < entries / 50; i++) await recordAudit(t.store, entry(Array.from({ length: 50 }, (_, k) => person(i * 50 + k)), i));
        }));
        if (variant === "with" && r === 0) {
          verify = await seconds(async () => {
            const report = await verifyAuditChain(t.store);
            if (report.broken || report.head.entries !== 2 * entries) throw new Error(`verify: ${JSON.stringify(report)}`);
          });
        }
      } finally {
        await t.dispose(t.store);
      }
    }
  }
  const us = (s: number) => ((s / entries) * 1e6).toFixed(0);
  for (const [mode, label] of [["one", "one entry per statement"], ["page", "50 entries per statement"]] as const) {
    const before = median(times.without![mode]);
    const after = median(times.with![mode]);
    rows.push(`| ${kind} | ${label} | ${before.toFixed(2)} s (${us(before)} µs/entry) | ${after.toFixed(2)} s (${us(after)} µs/entry) | ${(((after - before) / before) * 100).toFixed(0)} % |`);
  }
  rows.push(`| ${kind} | vsv audit verify of ${(2 * entries).toLocaleString("en-US")} entries | | ${verify.toFixed(2)} s | |`);

  // Migration 0008 on a log that already holds `existing` entries.
  const t = await fresh(kind, withoutChain);
  let store = t.store;
  try {
    await store.query(
      `INSERT INTO audit_log (actor_role, action, subject_kind, subject_pseudonym, purpose, details, region)
       SELECT 'regional_officer', 'read', 'person', 'p' || lpad(to_hex(g), 24, '0'), 'case_work: x', jsonb_build_object('case_id', g), '21'
       FROM generate_series(1, $1) g`,
      [existing],
    );
    await store.close();
    // Opening alone (PGlite starts its WebAssembly PostgreSQL): subtracted from the migrating open.
    const openOnly = await seconds(async () => {
      await (await t.open(withoutChain)).close();
    });
    let migrated: OperationalStore | undefined;
    const s = await seconds(async () => {
      migrated = await t.open(migrations);
    });
    store = migrated!;
    rows.push(`| ${kind} | migration 0008 chaining ${existing.toLocaleString("en-US")} existing entries (open time subtracted) | | ${(s - openOnly).toFixed(2)} s | |`);
  } finally {
    await t.dispose(store);
  }
}
console.log("\n| store | what | without the chain | with the chain | change |\n|---|---|---|---|---|");
for (const r of rows) console.log(r);
