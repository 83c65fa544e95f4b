/**
 * Swapping a validated register into the store: in ONE DuckDB transaction every register table
 * is recreated from its staging table (typed) and `register.meta` gets its one row. DuckDB DDL is
 * transactional, so until COMMIT the previous register is what every reader sees, and a failure or
 * a killed process before COMMIT leaves it untouched.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { REGISTER_FORMAT, REGISTER_TABLES, type ColumnSpec, type RegisterTable } from "../domain/register-format.js";
import { queryRows, sqlIdent, sqlString, tableExists } from "./database.js";
import { REGISTER_DDL, REGISTER_META_DDL, REGISTER_SCHEMA } from "./register-tables.js";
import type { StagedFile } from "./register-stage.js";

/** The row of `register.meta`. */
export interface RegisterMeta {
  readonly registerId: string;
  readonly source: string;
  /** UTC, ISO 8601. */
  readonly importedAt: string;
  readonly counts: Readonly<Record<RegisterTable, number>>;
}

/** The typed value of a validated text column. */
function typed(c: ColumnSpec): string {
  const q = sqlIdent(c.name);
  switch (c.kind.type) {
    case "date":
      return `CAST(${q} AS DATE)`;
    case "boolean":
      return `(${q} = 'true')`;
    case "integer":
      return `CAST(${q} AS INTEGER)`;
    case "number":
      return `CAST(${q} AS DOUBLE)`;
    default:
      return q;
  }
}

function timestampLiteral(iso: string): string {
  return `TIMESTAMP ${sqlString(iso.replace("T", " ").replace("Z", ""))}`;
}

/**
 * Replaces the stored register by the staged one. `beforeCommit` runs inside the transaction
 * after everything is written: tests use it to fail or stop there and prove nothing changed.
 */
export async function replaceRegister(
  conn: DuckDBConnection,
  staged: readonly StagedFile[],
  meta: RegisterMeta,
  beforeCommit?: () => void | Promise<void>,
): Promise<void> {
  await conn.run("BEGIN TRANSACTION");
  try {
    await conn.run(`CREATE SCHEMA IF NOT EXISTS ${REGISTER_SCHEMA}`);
    for (const table of REGISTER_TABLES) {
      const target = `${REGISTER_SCHEMA}.${table}`;
      await conn.run(`CREATE OR REPLACE TABLE ${target} (${REGISTER_DDL[table]})`);
      const s = staged.find((x) => x.file.table === table);
      if (!s || s.rows === 0) continue;
      const columns = REGISTER_FORMAT[table].columns;
      await conn.run(
        `INSERT INTO ${target} (${columns.map((c) => sqlIdent(c.name)).join(", ")}) SELECT ${columns.map(typed).join(", ")} FROM ${s.relation}`,
      );
    }
    await conn.run(`CREATE OR REPLACE TABLE ${REGISTER_SCHEMA}.meta (${REGISTER_META_DDL})`);
    const counts = REGISTER_TABLES.map((t) => String(meta.counts[t]));
    await conn.run(
      `INSERT INTO ${REGISTER_SCHEMA}.meta (register_id, source, imported_at, ${REGISTER_TABLES.join(", ")})
       VALUES (${sqlString(meta.registerId)}, ${sqlString(meta.source)}, ${timestampLiteral(meta.importedAt)}, ${counts.join(", ")})`,
    );
    await beforeCommit?.();
    await conn.run("COMMIT");
  } catch (e) {
    await conn.run("ROLLBACK").catch(() => undefined);
    throw e;
  }
}

/** The register currently in the store, or undefined when none was imported. */
export async function readRegisterMeta(conn: DuckDBConnection): Promise<RegisterMeta | undefined> {
  if (!(await tableExists(conn, REGISTER_SCHEMA, "meta"))) return undefined;
  const rows = await queryRows<Record<string, unknown>>(conn, `SELECT * FROM ${REGISTER_SCHEMA}.meta LIMIT 1`);
  const r = rows[0];
  if (!r) return undefined;
  const at = r.imported_at;
  const counts = Object.fromEntries(REGISTER_TABLES.map((t) => [t, Number(r[t])])) as Record<RegisterTable, number>;
  return {
    registerId: String(r.register_id),
    source: String(r.source),
    importedAt: at instanceof Date ? at.toISOString() : String(at),
    counts,
  };
}
