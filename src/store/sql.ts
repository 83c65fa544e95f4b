/**
 * The one interface the rest of vsv-monitor uses to talk to the operational store, whether it is
 * embedded PGlite or a PostgreSQL server. Queries are plain PostgreSQL with $1, $2, … parameters.
 */
export type StoreKind = "pglite" | "postgres";

export interface Sql {
  readonly kind: StoreKind;
  /** Runs one statement and returns its rows (an empty array for statements without rows). */
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /**
   * Runs `fn` in a transaction: committed when it resolves, rolled back when it throws (the error is rethrown).
   * Inside a transaction, `tx.transaction` makes a savepoint, so a nested failure undoes only its own part.
   */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * One connection, with multi-statement execution: what migrations need. Not exported from the store's index:
 * application code uses `Sql`.
 */
export interface Session {
  readonly kind: StoreKind;
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters. */
  exec(script: string): Promise<void>;
}

type RunQuery = (text: string, params: readonly unknown[]) => Promise<unknown[]>;

/**
 * An `Sql` bound to a connection that is already inside a transaction; nested transactions become savepoints.
 * `close` is not allowed here: the owner of the transaction ends it.
 */
export function transactionSql(kind: StoreKind, run: RunQuery, depth = 0): Sql {
  const self: Sql = {
    kind,
    query: async <T>(text: string, params: readonly unknown[] = []) => (await run(text, params)) as T[],
    async transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
      const savepoint = `vsv_sp_${depth + 1}`;
      await run(`SAVEPOINT ${savepoint}`, []);
      try {
        const result = await fn(transactionSql(kind, run, depth + 1));
        await run(`RELEASE SAVEPOINT ${savepoint}`, []);
        return result;
      } catch (e) {
        await run(`ROLLBACK TO SAVEPOINT ${savepoint}`, []);
        throw e;
      }
    },
    close: () => Promise.reject(new Error("close() was called inside a transaction: close the store itself, after the transaction")),
  };
  return self;
}

/** PostgreSQL type OIDs whose JavaScript form both drivers are made to agree on. */
export const INT8_OID = 20;

/**
 * bigint columns (ids, count(*)) come back as numbers on both drivers (pg would give strings, PGlite numbers).
 * A value past 2^53 would lose digits silently, so it is an error instead.
 */
export function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) {
    throw new Error(`A bigint value (${text}) is too large for a JavaScript number: cast it to text in the query`);
  }
  return n;
}
