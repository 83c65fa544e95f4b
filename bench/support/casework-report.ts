/**
 * Figures of the casework benchmark: latency percentiles per request kind, the rows of the result table (printed
 * as a console table and as Markdown for docs/benchmarks.md), and whether the aims are met.
 */
import type { StoreKind } from "../../src/store/index.js";
import type { LoadResult, RequestKind, Scenario } from "./casework-load.js";

/** The aims (issue 5): p95 with 20 officers at once. */
export const AIM_P95_MS: Readonly<Partial<Record<RequestKind, number>>> = { list: 200, contact: 100 };

export interface ResultRow {
  store: StoreKind;
  scenario: Scenario;
  /** Mean pause between an officer's requests (0: closed loop). */
  think_ms: number;
  kind: RequestKind;
  requests: number;
  per_s: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
  errors: number;
  /** Audit entries written during the scenario (all kinds together), and per request of the scenario. */
  audit_rows: number;
  audit_per_request: number;
}

/** The value at or above p % of the sorted values (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const ms = (v: number) => Math.round(v * 10) / 10;

export function resultRows(store: StoreKind, load: LoadResult, auditRows: number): ResultRow[] {
  const requests = load.kinds.reduce((s, k) => s + k.latencies.length, 0);
  return load.kinds.map((k) => {
    const sorted = [...k.latencies].sort((a, b) => a - b);
    return {
      store,
      scenario: load.scenario,
      think_ms: load.thinkMs,
      kind: k.kind,
      requests: sorted.length,
      per_s: Math.round((sorted.length / load.seconds) * 10) / 10,
      p50_ms: ms(percentile(sorted, 50)),
      p95_ms: ms(percentile(sorted, 95)),
      p99_ms: ms(percentile(sorted, 99)),
      max_ms: ms(sorted[sorted.length - 1] ?? NaN),
      errors: k.errors,
      audit_rows: auditRows,
      audit_per_request: requests === 0 ? 0 : Math.round((auditRows / requests) * 10) / 10,
    };
  });
}

/** "met" / "NOT met" for each aim, store, scenario and pace. */
export function aimVerdicts(rows: readonly ResultRow[]): string[] {
  const out: string[] = [];
  for (const [kind, aim] of Object.entries(AIM_P95_MS) as [RequestKind, number][]) {
    for (const r of rows.filter((x) => x.kind === kind)) {
      const pace = r.think_ms === 0 ? "no pauses" : `pauses of ${r.think_ms} ms`;
      out.push(`${r.store}, ${r.scenario} (${pace}): ${kind} p95 ${r.p95_ms} ms, aim ${aim} ms: ${r.p95_ms <= aim ? "met" : "NOT met"}`);
    }
  }
  return out;
}

export function markdownTable(rows: readonly ResultRow[]): string {
  const head = "| store | scenario | pause ms | request | requests | per s | p50 ms | p95 ms | p99 ms | max ms | errors | audit rows (per request) |";
  const rule = "|---|---|---|---|---|---|---|---|---|---|---|---|";
  const lines = rows.map(
    (r) =>
      `| ${r.store} | ${r.scenario} | ${r.think_ms} | ${r.kind} | ${r.requests.toLocaleString("en")} | ${r.per_s} | ${r.p50_ms} | ${r.p95_ms} | ${r.p99_ms} | ${r.max_ms} | ${r.errors} | ${r.audit_rows.toLocaleString("en")} (${r.audit_per_request}) |`,
  );
  return [head, rule, ...lines].join("\n");
}
