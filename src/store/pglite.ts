/** The embedded operational store: PostgreSQL compiled to WebAssembly, its data in `<dataDir>/pglite`. */
import { PGlite } from "@electric-sql/pglite";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { VsvError } from "../domain/errors.js";
import { INT8_OID, parseInt8, transactionSql, type Session, type Sql } from "./sql.js";

export function pglitePath(dataDir: string): string {
  return path.join(dataDir, "pglite");
}

/** The lock file that keeps a second process from opening the same PGlite store (which would corrupt it). */
export function pgliteLockPath(dataDir: string): string {
  return path.join(dataDir, "pglite.lock");
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Stores open in this process (two PGlite instances on one folder corrupt it just as two processes would). */
const openHere = new Set<string>();

/** Takes the lock (a file holding our pid); a lock left by a process that is gone is taken over. */
function takeLock(dataDir: string): () => void {
  const file = pgliteLockPath(dataDir);
  const here = path.resolve(dataDir);
  try {
    writeFileSync(file, String(process.pid), { flag: "wx" });
  } catch {
    const holder = Number(readFileSync(file, "utf8").trim());
    if (Number.isInteger(holder) && ((holder === process.pid && openHere.has(here)) || (holder !== process.pid && isRunning(holder)))) {
      throw new VsvError(
        "STORE_BUSY",
        `The embedded operational store in ${pglitePath(dataDir)} is in use by another vsv process (pid ${holder}): stop that process (e.g. the server), or use PostgreSQL (DATABASE_URL) so several processes can share the store`,
      );
    }
    writeFileSync(file, String(process.pid));
  }
  openHere.add(here);
  return () => {
    openHere.delete(here);
    rmSync(file, { force: true });
  };
}

export interface Driver {
  readonly sql: Sql;
  readonly session: Session;
}

export async function openPglite(dataDir: string): Promise<Driver> {
  const dir = pglitePath(dataDir);
  mkdirSync(dir, { recursive: true });
  const release = takeLock(dataDir);
  let db: PGlite;
  try {
    db = await PGlite.create({ dataDir: dir, parsers: { [INT8_OID]: parseInt8 } });
  } catch (e) {
    release();
    throw e;
  }
  const query = async <T>(text: string, params: readonly unknown[] = []): Promise<T[]> =>
    (await db.query<T>(text, params as unknown[])).rows;
  const sql: Sql = {
    kind: "pglite",
    query,
    // PGlite holds its one connection for the whole callback, so nothing else interleaves with the transaction.
    transaction: (fn) =>
      db.transaction((tx) => fn(transactionSql("pglite", async (text, params) => (await tx.query(text, params as unknown[])).rows))),
    close: async () => {
      try {
        await db.close();
      } finally {
        release();
      }
    },
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
