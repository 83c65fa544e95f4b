/**
 * The protected system of a teljaar and stage takes seconds to make (src/server/disclosure/cell-system.ts) and never
 * changes for the same computed results, so it is kept in the data directory (`published/<teljaar>-<stage>.json`)
 * and made only when missing or out of date: after a new computation (the run's cut-off and totals differ) or a new
 * protection (CELL_SYSTEM_VERSION). A data directory that cannot be written only costs the time again.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Stage } from "../../domain/definition.js";
import type { Teljaar } from "../../domain/teljaar.js";
import { resolveStage } from "../../engine/runs.js";
import { type Store, openStore } from "../store.js";
import { CELL_SYSTEM_VERSION, type CellSystemData, buildCellSystem } from "./cell-system.js";

/** What the cached system was made from: the protection's version, the run's cut-off and totals, and whether the follow-up is linked. */
function fingerprint(store: Store, teljaar: Teljaar, stage: Stage): string {
  const run = store.runs.find((r) => r.teljaar === teljaar && r.stage === stage);
  return JSON.stringify([CELL_SYSTEM_VERSION, run?.cutoff, stage === "definitive" && store.followUpTeljaren.includes(teljaar), run?.start_population_23, run?.vsv_23, run?.start_population_27, run?.vsv_27]);
}

export async function protectedCells(store: Store, teljaar: Teljaar, stage: Stage): Promise<CellSystemData> {
  const file = path.join(store.dataDir, "published", `${teljaar}-${stage}.json`);
  const made = fingerprint(store, teljaar, stage);
  try {
    const cached = JSON.parse(readFileSync(file, "utf8")) as { fingerprint: string; system: CellSystemData };
    if (cached.fingerprint === made) return cached.system;
  } catch {
    // No cache yet (or unreadable): make it below.
  }
  const system = await buildCellSystem(store.conn, teljaar, stage, { linkFollowUp: stage === "definitive" && store.followUpTeljaren.includes(teljaar) });
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ fingerprint: made, system }));
    renameSync(tmp, file);
  } catch {
    // A read-only data directory: the system lives in memory only.
  }
  return system;
}

/**
 * Makes (or checks) the cached systems of a data directory: every teljaar's default stage (what pages and series
 * show) and every stage of the latest teljaar; the rest is made when first asked for. `vsv compute` (for the teljaren
 * it computed) and `vsv start` run it, so figures are protected when they are published, not at a visitor's first
 * request.
 */
export async function protectAll(dataDir: string, options: { readonly teljaren?: readonly Teljaar[]; readonly onSystem?: (done: number, total: number) => void } = {}): Promise<number> {
  const { store, reason } = await openStore(dataDir);
  if (!store) throw new Error(`Cannot protect the public tables: ${reason}`);
  try {
    const latest = store.teljaren.at(-1);
    const runs = store.runs.filter((r) => (r.teljaar === latest || resolveStage(store.runs, r.teljaar) === r.stage) && (!options.teljaren || options.teljaren.includes(r.teljaar)));
    for (const [i, run] of runs.entries()) {
      await protectedCells(store, run.teljaar, run.stage);
      options.onSystem?.(i + 1, runs.length);
    }
    return runs.length;
  } finally {
    await store.close();
  }
}
