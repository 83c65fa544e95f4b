/** The embedded operational store: PostgreSQL compiled to WebAssembly, its data in `<dataDir>/pglite`. */
import { PGlite } from "@electric-sql/pglite";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { INT8_OID, parseInt8, transactionSql, type Session, type Sql } from "./sql.js";

export function pglitePath(dataDir: string): string {
  return path.join(dataDir, "pglite");
}

export interface Driver {
  readonly sql: Sql;
  readonly session: Session;
}

export async function openPglite(dataDir: string): Promise<Driver> {
  const dir = pglitePath(dataDir);
  mkdirSync(dir, { recursive: true });
  const db = await PGlite.create({ dataDir: dir, parsers: { [INT8_OID]: parseInt8 } });
  const query = async <T>(text: string, params: readonly unknown[] = []): Promise<T[]> =>
    (await db.query<T>(text, params as unknown[])).rows;
  const sql: Sql = {
    kind: "pglite",
    query,
    // PGlite holds its one connection for the whole callback, so nothing else interleaves with the transaction.
    transaction: (fn) =>
      db.transaction((tx) => fn(transactionSql("pglite", async (text, params) => (await tx.query(text, params as unknown[])).rows))),
    close: () => db.close(),
  };
  const session: Session = {
    kind: "pglite",
    query,
    exec: async (script) => {
      await db.exec(script);
    },
  };
  return { sql, session };
}
