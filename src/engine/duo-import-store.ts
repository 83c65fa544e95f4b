/**
 * Writing an import into schema `duo` (src/engine/duo-tables.ts), in ONE transaction: the older
 * versions of the reports it replaces are deleted (their rows, warnings and `duo.files` row), the
 * new versions get a new `file_id`, their rows (read from the files straight into the store), their
 * data-quality warnings (collected over the stored rows) and a line in `duo.import_log`. Any
 * failure rolls everything back, so the store holds either all of an import or none of it.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows, sqlString, tableExists } from "./database.js";
import type { ImportFile, ImportGroup } from "./duo-import-plan.js";
import { storeSelect } from "./duo-import-stage.js";
import type { NameMaps } from "./duo-import-values.js";
import { WARNINGS_TABLE, collectWarnings, warningCounts } from "./duo-import-warnings.js";
import { groupRelations, readerSql } from "./duo-read-csv.js";
import { DUO_DDL, ROW_TABLES, storedColumns } from "./duo-tables.js";

/** The stored version of each report, by identity key. */
export interface StoredVersion {
  readonly fileId: number;
  readonly checksum: string;
}

export async function storedVersions(conn: DuckDBConnection): Promise<Map<string, StoredVersion>> {
  if (!(await tableExists(conn, "duo", "files"))) return new Map();
  const rows = await queryRows<{ identity_key: string; file_id: number; checksum: string }>(conn, `SELECT identity_key, file_id, checksum FROM duo.files`);
  return new Map(rows.map((r) => [r.identity_key, { fileId: Number(r.file_id), checksum: r.checksum }]));
}

export interface WriteOptions {
  readonly importedAt: Date;
  readonly importedBy: string;
  /** For tests: runs inside the transaction just before COMMIT; throwing rolls back. */
  readonly beforeCommit?: () => void | Promise<void>;
}

function sqlOrNull(v: string | null | undefined): string {
  return v === null || v === undefined ? "NULL" : sqlString(v);
}

/** `2024-01-02 03:04:05.678` (UTC), as a TIMESTAMP literal takes it. */
function timestamp(d: Date): string {
  return `TIMESTAMP ${sqlString(d.toISOString().replace("T", " ").replace("Z", ""))}`;
}

export async function writeImport(
  conn: DuckDBConnection,
  files: readonly ImportFile[],
  groups: readonly ImportGroup[],
  maps: NameMaps,
  options: WriteOptions,
): Promise<void> {
  const [before] = await queryRows<{ order: string; disabled: string }>(
    conn,
    `SELECT current_setting('preserve_insertion_order')::VARCHAR AS "order", current_setting('disabled_compression_methods')::VARCHAR AS disabled`,
  );
  // the rows must land in the files' order: each row's line is its place in the store (`setLines`)
  await conn.run("SET preserve_insertion_order = true");
  // FSST (string compression) costs more CPU than anything else in the write; without it DuckDB
  // uses dictionary and other encodings: about 40% larger row tables, ≈ 0.4 s less at region scale.
  await conn.run("SET disabled_compression_methods = 'fsst'");
  await conn.run("BEGIN TRANSACTION");
  try {
    for (const ddl of DUO_DDL) await conn.run(ddl);
    await deleteReplaced(conn, files);
    await assignFileIds(conn, files);
    await insertFiles(conn, files, options);
    for (const g of groups) await insertRows(conn, g, maps);
    for (const g of groups) await collectWarnings(conn, g, maps);
    const counts = await warningCounts(conn);
    for (const f of files) f.warnings = counts.get(f.no) ?? 0;
    await conn.run(
      `INSERT INTO duo.warnings (file_id, line, column_name, rule, message, rows, lines)
       SELECT f.file_id, w.line, w.column_name, w.rule, w.message, w.rows, CAST(w.lines AS INTEGER[]) FROM ${WARNINGS_TABLE} w JOIN duo_import_files f USING (file_no) ORDER BY f.file_id, w.line`,
    );
    await insertLog(conn, files, options);
    await options.beforeCommit?.();
    await conn.run("COMMIT");
  } catch (e) {
    await conn.run("ROLLBACK");
    throw e;
  } finally {
    await conn.run(`SET preserve_insertion_order = ${before?.order === "false" ? "false" : "true"}`);
    await conn.run(`SET disabled_compression_methods = ${sqlString(before?.disabled ?? "")}`);
  }
}

async function deleteReplaced(conn: DuckDBConnection, files: readonly ImportFile[]): Promise<void> {
  const byTable = new Map<string, number[]>();
  for (const f of files) {
    if (!f.replaces) continue;
    const table = ROW_TABLES[f.identity.kind].table;
    byTable.set(table, [...(byTable.get(table) ?? []), f.replaces.fileId]);
  }
  const all = [...byTable.values()].flat();
  if (all.length === 0) return;
  for (const [table, ids] of byTable) await conn.run(`DELETE FROM ${table} WHERE file_id IN (${ids.join(", ")})`);
  await conn.run(`DELETE FROM duo.warnings WHERE file_id IN (${all.join(", ")})`);
  await conn.run(`DELETE FROM duo.files WHERE file_id IN (${all.join(", ")})`);
}

async function assignFileIds(conn: DuckDBConnection, files: readonly ImportFile[]): Promise<void> {
  if (files.length === 0) return;
  const ids = await queryRows<{ id: bigint }>(conn, `SELECT nextval('duo.file_ids') AS id FROM range(${files.length})`);
  files.forEach((f, i) => (f.fileId = Number(ids[i]!.id)));
  await conn.run(`UPDATE duo_import_files SET file_id = CASE file_no ${files.map((f) => `WHEN ${f.no} THEN ${f.fileId}`).join(" ")} END`);
}

async function insertFiles(conn: DuckDBConnection, files: readonly ImportFile[], options: WriteOptions): Promise<void> {
  if (files.length === 0) return;
  const values = files.map((f) => {
    const id = f.identity;
    return `(${f.fileId}, ${sqlString(f.key)}, ${sqlString(id.kind)}, ${sqlString(id.teljaar)}, ${sqlOrNull(id.reportMonth)}, ${sqlOrNull(id.stage)}, ${sqlString(
      id.scope.kind,
    )}, ${sqlString(id.scope.code)}, ${sqlString(f.input.name)}, ${sqlString(f.checksum)}, ${f.rows}, ${sqlString(f.layout.encoding)}, ${sqlOrNull(
      f.dateFormat,
    )}, ${timestamp(options.importedAt)}, ${sqlString(options.importedBy)})`;
  });
  await conn.run(
    `INSERT INTO duo.files (file_id, identity_key, kind, teljaar, report_month, stage, scope_kind, scope_code, file_name, checksum, rows, encoding, date_format, imported_at, imported_by)
     VALUES ${values.join(", ")}`,
  );
}

/**
 * One INSERT … SELECT per group, reading its files once more straight into the store (the check
 * pass has read them already: nothing is staged). Then each row's physical line, from its place:
 * DuckDB keeps the files' order when it appends (insertion order preserved, no join in the read),
 * so within the transaction a file's rows have consecutive row ids in file order; the line is the
 * ordinal in the file + 2 (header = line 1), plus the blank lines before it. Then a view of the
 * new rows for the warnings (`duo_stage_rows_<group>`).
 */
async function insertRows(conn: DuckDBConnection, group: ImportGroup, maps: NameMaps): Promise<void> {
  const names = storedColumns(group.columns).map((c) => c.name);
  const reader = readerSql(group.files.map((f) => f.readPath), group.header.length);
  await conn.run(`INSERT INTO ${group.table} (file_id, line, person_key, ${names.join(", ")}) ${storeSelect(group, maps, reader)}`);
  await setLines(conn, group);
  const ids = group.members.map((m) => m.fileId).join(", ");
  await conn.run(
    `CREATE OR REPLACE TEMP VIEW ${groupRelations(group.no).rows} AS
     SELECT f.file_no, r.line, f.date_format, f.scope_kind, f.scope_code, r.* EXCLUDE (file_id, line)
     FROM ${group.table} r JOIN duo_import_files f ON f.file_id = r.file_id WHERE r.file_id IN (${ids})`,
  );
}

async function setLines(conn: DuckDBConnection, group: ImportGroup): Promise<void> {
  const members = group.members.filter((m) => m.rows > 0);
  if (members.length === 0) return;
  const ids = members.map((m) => m.fileId!);
  const low = Math.min(...ids);
  const high = Math.max(...ids);
  // the first row id of each file, relative to the group's first: the rows of the files before it
  const before = new Map<number, number>();
  let sum = 0;
  for (const m of group.members) {
    before.set(m.fileId!, sum);
    sum += m.rows;
  }
  const offsets = Array.from({ length: high - low + 1 }, (_, i) => before.get(low + i) ?? 0);
  const [first] = await queryRows<{ id: bigint }>(conn, `SELECT min(rowid) AS id FROM ${group.table} WHERE file_id IN (${ids.join(", ")})`);
  const base = String(first?.id ?? 0);
  await conn.run(
    `UPDATE ${group.table} SET line = CAST(rowid - ${base} - [${offsets.join(", ")}][CAST(file_id AS BIGINT) - ${low} + 1] + 2 AS INTEGER) WHERE file_id IN (${ids.join(", ")})`,
  );
  for (const m of members) {
    if (m.layout.blankLines.length === 0) continue;
    // rows from ordinal s - 2 - i on lie one line further down per blank line s (i: blank lines before s)
    const from = [...m.layout.blankLines].sort((a, b) => a - b).map((s, i) => s - 2 - i);
    await conn.run(`UPDATE ${group.table} SET line = line + len(list_filter([${from.join(", ")}], x -> x <= line - 2)) WHERE file_id = ${m.fileId}`);
  }
}

async function insertLog(conn: DuckDBConnection, files: readonly ImportFile[], options: WriteOptions): Promise<void> {
  if (files.length === 0) return;
  const values = files.map((f) => {
    const id = f.identity;
    return `(nextval('duo.log_ids'), ${f.fileId}, ${sqlString(f.key)}, ${sqlString(id.kind)}, ${sqlString(id.teljaar)}, ${sqlOrNull(id.reportMonth)}, ${sqlOrNull(
      id.stage,
    )}, ${sqlString(id.scope.kind)}, ${sqlString(id.scope.code)}, ${sqlString(f.input.name)}, ${sqlString(f.checksum)}, ${f.rows}, ${timestamp(
      options.importedAt,
    )}, ${sqlString(options.importedBy)}, ${f.replaces ? "'replaced'" : "'new'"}, ${sqlOrNull(f.replaces?.checksum)})`;
  });
  await conn.run(
    `INSERT INTO duo.import_log (log_id, file_id, identity_key, kind, teljaar, report_month, stage, scope_kind, scope_code, file_name, checksum, rows, imported_at, imported_by, outcome, replaced_checksum)
     VALUES ${values.join(", ")}`,
  );
}
