/**
 * The files one import writes and how they are grouped for reading: every file of the same row
 * table with the same header (in practice: all files of one kind) is read by one `read_csv` call.
 * The temporary table `duo_import_files` holds what SQL needs per file (`file_no`): its date
 * format, its scope, and, once assigned, its `file_id` in the store.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { DuoFileIdentity } from "../domain/duo/file-name.js";
import type { DuoColumn } from "../domain/duo/layout.js";
import type { DuoDateFormat } from "../domain/duo/values.js";
import { sqlString } from "./database.js";
import { ROW_TABLES } from "./duo-tables.js";
import type { GroupFile, ReadGroup } from "./duo-read-csv.js";
import type { DuoFileLayout } from "./duo-read-header.js";
import type { DuoInput } from "./duo-read-files.js";

/** A file this import stores (new, or replacing an older version of the same report). */
export interface ImportFile {
  readonly no: number;
  readonly input: DuoInput;
  readonly identity: DuoFileIdentity;
  readonly key: string;
  readonly checksum: string;
  readonly layout: DuoFileLayout;
  /** The stored version this file replaces. */
  readonly replaces?: { readonly fileId: number; readonly checksum: string };
  /** Set while reading. */
  rows: number;
  dateFormat: DuoDateFormat | null;
  warnings: number;
  fileId?: number;
}

export interface ImportGroup extends ReadGroup {
  /** The store table and the layout of its columns. */
  readonly table: string;
  readonly columns: readonly DuoColumn[];
  readonly members: readonly ImportFile[];
}

/** Groups files by row table and header, numbering the groups from 1. */
export function groupFiles(files: readonly ImportFile[]): ImportGroup[] {
  const groups = new Map<string, ImportFile[]>();
  for (const f of files) {
    const key = `${ROW_TABLES[f.identity.kind].table}\0${f.layout.header.join(";")}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].map((members, i) => {
    const spec = ROW_TABLES[members[0]!.identity.kind];
    const files: GroupFile[] = members.map((m) => ({ no: m.no, display: m.input.display, readPath: m.layout.readPath, blankLines: m.layout.blankLines }));
    return { no: i + 1, header: members[0]!.layout.header, files, table: spec.table, columns: spec.columns, members };
  });
}

/** The raw text column (`c<i>`) holding a DUO column in this group's files; the first if repeated. */
export function columnRef(group: Pick<ImportGroup, "header">, duoName: string): string | undefined {
  const i = group.header.indexOf(duoName);
  return i < 0 ? undefined : `c${i}`;
}

/** Creates `duo_import_files` with one row per file of the import. */
export async function createFileTable(conn: DuckDBConnection, files: readonly ImportFile[]): Promise<void> {
  await conn.run(
    `CREATE OR REPLACE TEMP TABLE duo_import_files (file_no INTEGER, scope_kind VARCHAR, scope_code VARCHAR, date_format VARCHAR, file_id INTEGER)`,
  );
  if (files.length === 0) return;
  const values = files.map((f) => `(${f.no}, ${sqlString(f.identity.scope.kind)}, ${sqlString(f.identity.scope.code)}, NULL, NULL)`);
  await conn.run(`INSERT INTO duo_import_files VALUES ${values.join(", ")}`);
}
