/**
 * The protected system of a teljaar and stage takes seconds to make (src/server/disclosure/cell-system.ts) and never
 * changes for the same computed results, so it is kept in the data directory and made only when missing: after a new
 * computation or a new protection (CELL_SYSTEM_VERSION). The file's name carries a hash of what the system is made
 * from (`published/<teljaar>-<stage>-<hash>.json`: the protection's version, the register, when the run was computed,
 * its cut-off and totals, whether the follow-up is linked), so two published snapshots (docs/publication.md) never
 * share a file unless their results are the same — a snapshot published after a DUO import alone reuses the files of
 * the one before. A data directory that cannot be written only costs the time again.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Stage } from "../../domain/definition.js";
import type { Teljaar } from "../../domain/teljaar.js";
import { resolveStage } from "../../engine/runs.js";
import { type Store, openStore } from "../store.js";
import { CELL_SYSTEM_VERSION, type CellSystemData, buildCellSystem } from "./cell-system.js";

const CELL_FOLDER = "published";

/** What the cached system was made from. */
function fingerprint(store: Store, teljaar: Teljaar, stage: Stage): string {
  const run = store.runs.find((r) => r.teljaar === teljaar && r.stage === stage);
  return JSON.stringify([
    CELL_SYSTEM_VERSION,
    store.register.registerId,
    store.computedAt.get(`${teljaar}|${stage}`) ?? null,
    run?.cutoff,
    stage === "definitive" && store.followUpTeljaren.includes(teljaar),
    run?.start_population_23,
    run?.vsv_23,
    run?.start_population_27,
    run?.vsv_27,
  ]);
}

/** The cache file's name for a teljaar and stage of this snapshot. */
function cellFileName(store: Store, teljaar: Teljaar, stage: Stage): string {
  const hash = createHash("sha256").update(fingerprint(store, teljaar, stage)).digest("hex").slice(0, 16);
  return `${teljaar}-${stage}-${hash}.json`;
}

function cellFile(store: Store, teljaar: Teljaar, stage: Stage): string {
  return path.join(store.dataDir, CELL_FOLDER, cellFileName(store, teljaar, stage));
}

export async function protectedCells(store: Store, teljaar: Teljaar, stage: Stage): Promise<CellSystemData> {
  const file = cellFile(store, teljaar, stage);
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
 * Makes the cached systems of a snapshot that are missing: every teljaar's default stage (what pages and series
 * show) and every stage of the latest teljaar; the rest is made when first asked for. Publishing a snapshot runs it
 * before the snapshot is made current (src/service/snapshot-publish.ts), so figures are protected when they are
 * published, not at a visitor's first request. Returns the number of systems checked.
 */
export async function protectStore(store: Store, options: { readonly onSystem?: (done: number, total: number) => void } = {}): Promise<number> {
  const latest = store.teljaren.at(-1);
  const runs = store.runs.filter((r) => r.teljaar === latest || resolveStage(store.runs, r.teljaar) === r.stage);
  for (const [i, run] of runs.entries()) {
    if (!existsSync(cellFile(store, run.teljaar, run.stage))) await protectedCells(store, run.teljaar, run.stage);
    options.onSystem?.(i + 1, runs.length);
  }
  return runs.length;
}

/** protectStore on the snapshot the data directory serves now. */
export async function protectAll(dataDir: string, options: { readonly onSystem?: (done: number, total: number) => void } = {}): Promise<number> {
  const { store, reason } = await openStore(dataDir);
  if (!store) throw new Error(`Cannot protect the public tables: ${reason}`);
  try {
    return await protectStore(store, options);
  } finally {
    await store.close();
  }
}

/** The names of every cache file this snapshot may use (one per computed run). */
export function cellFileNames(store: Store): string[] {
  return store.runs.map((r) => cellFileName(store, r.teljaar, r.stage));
}

/** Removes the cached systems no kept snapshot uses (and files of the layout before snapshots); returns how many. */
export function pruneCellFiles(dataDir: string, keep: ReadonlySet<string>): number {
  const dir = path.join(dataDir, CELL_FOLDER);
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith(".json") || keep.has(name)) continue;
    rmSync(path.join(dir, name), { force: true });
    removed++;
  }
  return removed;
}
