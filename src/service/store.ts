/**
 * The store the API reads: one published snapshot of the analytics store (src/service/snapshot-publish.ts), opened
 * read-only. A snapshot never changes, so answers are cached in memory per key for as long as it is open; a server
 * switches to a newer snapshot without a restart (src/service/snapshot-holder.ts, docs/publication.md).
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { existsSync } from "node:fs";
import path from "node:path";
import { type Database, duckdbPath, openDatabase, queryRows, sqlString, tableExists } from "../engine/database.js";
import { type Run, currentRuns } from "../engine/runs.js";
import type { Teljaar } from "../domain/teljaar.js";
import { canFollowUp } from "../domain/steering/follow-up.js";
import { type RegisterState, readRegisterState } from "../engine/register-state.js";
import { RESULTS_SCHEMA } from "../engine/results-tables.js";
import { type SnapshotPointer, readPointer, snapshotFolder } from "./snapshot-pointer.js";

export interface Store {
  readonly conn: DuckDBConnection;
  /** The data directory (the protected public tables are cached in it, src/server/disclosure/cell-cache.ts). */
  readonly dataDir: string;
  /** The published snapshot this store is. */
  readonly snapshot: SnapshotPointer;
  readonly runs: readonly Run[];
  /** When each run was computed (`<teljaar>|<stage>` → ISO timestamp): what the cached public tables were made from. */
  readonly computedAt: ReadonlyMap<string, string>;
  /** Computed teljaren, oldest first. */
  readonly teljaren: readonly Teljaar[];
  /** What the register covers, and whether it is synthetic (register.csv). */
  readonly register: RegisterState;
  /**
   * Teljaren whose vsv'ers can be followed up a year later, oldest first: definitive figures final and the register
   * holding the situation on 1 October t+2 (its facts_until, else its as-of date).
   */
  readonly followUpTeljaren: readonly Teljaar[];
  /** The answer for `key`, computed once (concurrent callers share the work). */
  memo<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** Closes the snapshot once no query on it is running. */
  close(): Promise<void>;
}

export interface StoreState {
  readonly store?: Store;
  /** Why there is no store (shown in 503 problems, in Dutch). */
  readonly reason?: string;
}

/** When each current run was computed, keyed `<teljaar>|<stage>`. */
export async function runsComputedAt(conn: DuckDBConnection, registerId: string): Promise<Map<string, string>> {
  if (!(await tableExists(conn, RESULTS_SCHEMA, "runs"))) return new Map();
  const rows = await queryRows<{ teljaar: string; stage: string; computed_at: string }>(
    conn,
    `SELECT teljaar, stage, strftime(computed_at, '%Y-%m-%dT%H:%M:%S.%fZ') AS computed_at FROM ${RESULTS_SCHEMA}.runs WHERE register_id = ${sqlString(registerId)}`,
  );
  return new Map(rows.map((r) => [`${r.teljaar}|${r.stage}`, r.computed_at]));
}

/** Why a data directory has no published snapshot, and what to run (Dutch: shown in 503 problems). */
export function noSnapshotReason(dataDir: string): string {
  return existsSync(duckdbPath(dataDir))
    ? `Er zijn in ${dataDir} nog geen cijfers gepubliceerd: voer \`vsv compute --data-dir ${dataDir}\` uit (dat berekent en publiceert)`
    : `Er is in ${dataDir} nog geen register ingelezen`;
}

/** Opens the snapshot the data directory's pointer names now (the one `vsv serve` answers from). */
export async function openStore(dataDir: string): Promise<StoreState> {
  const pointer = readPointer(dataDir);
  if (!pointer) return { reason: noSnapshotReason(dataDir) };
  return openSnapshot(dataDir, pointer);
}

/** Opens one published snapshot read-only. */
export async function openSnapshot(dataDir: string, pointer: SnapshotPointer): Promise<StoreState> {
  const folder = snapshotFolder(dataDir, pointer.id);
  if (!existsSync(duckdbPath(folder))) return { reason: `De gepubliceerde momentopname ${pointer.id} ontbreekt in ${path.dirname(folder)}: publiceer opnieuw met \`vsv compute\`` };
  let db: Database;
  try {
    db = await openDatabase(folder, { readOnly: true });
  } catch (e) {
    return { reason: `De momentopname ${pointer.id} kan niet worden geopend: ${(e as Error).message}` };
  }
  let runs: Run[];
  let register: RegisterState;
  let computedAt: Map<string, string>;
  try {
    runs = await currentRuns(db.connection);
    register = await readRegisterState(db.connection);
    computedAt = await runsComputedAt(db.connection, register.registerId);
  } catch (e) {
    await db.close();
    return { reason: `De momentopname ${pointer.id} kan niet worden gelezen: ${(e as Error).message}` };
  }
  if (runs.length === 0) {
    await db.close();
    return { reason: `In de momentopname ${pointer.id} zijn geen cijfers berekend: voer \`vsv compute\` uit` };
  }
  const cache = new Map<string, Promise<unknown>>();
  const teljaren = [...new Set(runs.map((r) => r.teljaar))].sort();
  return {
    store: {
      conn: db.connection,
      dataDir,
      snapshot: pointer,
      runs,
      computedAt,
      teljaren,
      register,
      followUpTeljaren: runs.filter((r) => r.stage === "definitive" && canFollowUp(r.teljaar, r.complete, register.factsUntil ?? register.asOf)).map((r) => r.teljaar).sort(),
      memo<T>(key: string, work: () => Promise<T>): Promise<T> {
        let p = cache.get(key) as Promise<T> | undefined;
        if (!p) {
          p = work();
          cache.set(key, p);
          p.catch(() => cache.delete(key));
        }
        return p;
      },
      close: () => db.close(),
    },
  };
}

/** Runs a query through the cache. */
export function cachedRows<T>(store: Store, sql: string): Promise<T[]> {
  return store.memo(`sql|${sql}`, () => queryRows<T>(store.conn, sql));
}
