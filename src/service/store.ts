/**
 * The store the API reads: one read-only DuckDB connection per app, opened at start and closed with the app.
 * Results are immutable for a register (docs/decisions.md 11), so answers are cached in memory per key.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { type Database, openDatabase, queryRows } from "../engine/database.js";
import { type Run, currentRuns } from "../engine/runs.js";
import type { Teljaar } from "../domain/teljaar.js";
import { canFollowUp } from "../domain/steering/follow-up.js";
import { type RegisterState, readRegisterState } from "../engine/register-state.js";

export interface Store {
  readonly conn: DuckDBConnection;
  /** The data directory (the protected public tables are cached in it, src/server/disclosure/cell-cache.ts). */
  readonly dataDir: string;
  readonly runs: readonly Run[];
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
  /** Closes the DuckDB store once no query on it is running. */
  close(): Promise<void>;
}

export interface StoreState {
  readonly store?: Store;
  /** Why there is no store (shown in 503 problems). */
  readonly reason?: string;
}

export async function openStore(dataDir: string): Promise<StoreState> {
  let db: Database;
  try {
    db = await openDatabase(dataDir, { readOnly: true });
  } catch (e) {
    return { reason: (e as Error).message };
  }
  let runs: Run[];
  let register: RegisterState;
  try {
    runs = await currentRuns(db.connection);
    register = await readRegisterState(db.connection);
  } catch (e) {
    await db.close();
    return { reason: (e as Error).message };
  }
  if (runs.length === 0) {
    await db.close();
    return { reason: `No figures are computed in ${db.path}` };
  }
  const cache = new Map<string, Promise<unknown>>();
  const teljaren = [...new Set(runs.map((r) => r.teljaar))].sort();
  return {
    store: {
      conn: db.connection,
      dataDir,
      runs,
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
