/**
 * Swapping a validated register into the store: in ONE DuckDB transaction every register table
 * is replaced by its staging table and `register.meta` gets its one row. DuckDB DDL is
 * transactional, so until COMMIT the previous register is what every reader sees, and a failure or
 * a killed process before COMMIT leaves it untouched.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { REGISTER_TABLES, type RegisterTable } from "../domain/register-format.js";
import { queryRows, sqlIdent, sqlString, tableExists } from "./database.js";
import { REGISTER_DDL, REGISTER_META_DDL, REGISTER_SCHEMA } from "./register-tables.js";
import { replaceCoverage, type Coverage } from "./register-coverage.js";
import type { StagedFile } from "./register-stage.js";

/** The row of `register.meta`. */
export interface RegisterMeta {
  readonly registerId: string;
  readonly source: string;
  /** UTC, ISO 8601. */
  readonly importedAt: string;
  readonly counts: Readonly<Record<RegisterTable, number>>;
}

function timestampLiteral(iso: string): string {
  return `TIMESTAMP ${sqlString(iso.replace("T", " ").replace("Z", ""))}`;
}

/** Columns the stored table declares NOT NULL (staging leaves them out). */
function notNullColumns(table: RegisterTable): string[] {
  return REGISTER_DDL[table]
    .split(",")
    .map((d) => d.trim())
    .filter((d) => d.endsWith(" NOT NULL"))
    .map((d) => d.split(" ")[0]!);
}

/**
 * Replaces the stored register by the staged one: drops each old table and renames its staging
 * table into place (a catalog change, no data is copied), restores the NOT NULL constraints, replaces
 * `register.coverage` (register-coverage.ts) and writes `register.meta`. `beforeCommit` runs inside the transaction after all that: tests use it
 * to fail or stop there and prove nothing changed.
 */
export async function replaceRegister(
  conn: DuckDBConnection,
  staged: readonly StagedFile[],
  meta: RegisterMeta,
  coverage: Coverage | undefined,
  beforeCommit?: () => void | Promise<void>,
): Promise<void> {
  await conn.run("BEGIN TRANSACTION");
  try {
    for (const table of REGISTER_TABLES) {
      const target = `${REGISTER_SCHEMA}.${table}`;
      await conn.run(`DROP TABLE IF EXISTS ${target}`);
      const s = staged.find((x) => x.file.table === table);
      if (!s) {
        await conn.run(`CREATE TABLE ${target} (${REGISTER_DDL[table]})`);
        continue;
      }
      await conn.run(`ALTER TABLE ${s.relation} DROP COLUMN vsv_broken`);
      for (const c of notNullColumns(table)) await conn.run(`ALTER TABLE ${s.relation} ALTER COLUMN ${sqlIdent(c)} SET NOT NULL`);
      await conn.run(`ALTER TABLE ${s.relation} RENAME TO ${sqlIdent(table)}`);
    }
    await replaceCoverage(conn, coverage);
    await conn.run(`CREATE OR REPLACE TABLE ${REGISTER_SCHEMA}.meta (${REGISTER_META_DDL})`);
    const counts = REGISTER_TABLES.map((t) => String(meta.counts[t]));
    await conn.run(
      `INSERT INTO ${REGISTER_SCHEMA}.meta (register_id, source, imported_at, ${REGISTER_TABLES.join(", ")})
       VALUES (${sqlString(meta.registerId)}, ${sqlString(meta.source)}, ${timestampLiteral(meta.importedAt)}, ${counts.join(", ")})`,
    );
    await beforeCommit?.();
    await conn.run("COMMIT");
  } catch (e) {
    // The original error is what the caller needs; a failing ROLLBACK (e.g. the connection is
    // gone) changes nothing, since an uncommitted transaction is discarded anyway.
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
