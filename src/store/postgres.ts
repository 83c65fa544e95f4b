/** The operational store on a PostgreSQL server (production), through a `pg` connection pool. */
import pg, { type CustomTypesConfig } from "pg";
import { VsvError } from "../domain/errors.js";
import { INT8_OID, parseInt8, transactionSql, type Session, type Sql } from "./sql.js";

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(an unparsable DATABASE_URL)";
  }
}

const types: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8_OID ? parseInt8 : pg.types.getTypeParser(oid, format as "text")) as CustomTypesConfig["getTypeParser"],
};

export interface PostgresDriver {
  readonly sql: Sql;
  /** Runs `work` on one dedicated connection (migrations need one session for their advisory lock). */
  withSession<T>(work: (session: Session) => Promise<T>): Promise<T>;
}

export async function openPostgres(databaseUrl: string): Promise<PostgresDriver> {
  const pool = new pg.Pool({ connectionString: databaseUrl, types });
  // An idle connection that breaks (server restart) is replaced by the pool; without a listener it would crash the process.
  pool.on("error", (err) => console.error(`operational store: an idle PostgreSQL connection was lost (${err.message})`));
  try {
    const client = await pool.connect();
    client.release();
  } catch (e) {
    await pool.end();
    throw new VsvError(
      "STORE_UNREACHABLE",
      `Cannot connect to PostgreSQL at ${redactUrl(databaseUrl)} (${(e as Error).message}): start the server, correct DATABASE_URL, or unset it to use the embedded PGlite store`,
    );
  }

  const sql: Sql = {
    kind: "postgres",
    query: async <T>(text: string, params: readonly unknown[] = []) => (await pool.query(text, params as unknown[])).rows as T[],
    async transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query("BEGIN");
        try {
          const result = await fn(transactionSql("postgres", async (text, params) => (await client.query(text, params as unknown[])).rows));
          await client.query("COMMIT");
          return result;
        } catch (e) {
          try {
            await client.query("ROLLBACK");
          } catch (rollbackError) {
            broken = rollbackError as Error;
          }
          throw e;
        }
      } finally {
        // A connection whose ROLLBACK failed is in an unknown state: destroy it rather than reuse it.
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };

  return {
    sql,
    async withSession(work) {
      const client = await pool.connect();
      try {
        return await work({
          kind: "postgres",
          query: async <T>(text: string, params: readonly unknown[] = []) => (await client.query(text, params as unknown[])).rows as T[],
          exec: async (script) => {
            await client.query(script);
          },
        });
      } finally {
        client.release();
      }
    },
  };
}
