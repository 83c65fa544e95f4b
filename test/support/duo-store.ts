/**
 * A store with imported DUO files, built directly (without the importer): schema `duo` from
 * DUO_DDL, the reference data, and files with rows given compactly.
 *
 *   const s = await openDuoStore({ teljaar: "2022-2023", scope: institution("27GZ") });
 *   await s.nrsp("definitive", ["100000001", row("100000002", { level: "MBO-4" })]);
 *   await s.nenr("definitive", ["100000001"]);
 *   await s.a04("2022-11", ["100000001"]);
 *
 * A person given as a plain string gets default attributes (MBO-2, BOL, Amsterdam, region 21,
 * born 15 June 2005); a `row(...)` sets any stored column by its store name.
 */
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import type { Stage } from "../../src/domain/definition.js";
import { type DuoFileIdentity, type DuoKind, type DuoScope, duoFileName, identityKey } from "../../src/domain/duo/file-name.js";
import { DUO_LEVEL_NAMES, type DuoLevel } from "../../src/domain/duo/levels.js";
import { type ReportMonth, monthNumber, monthYear, parseReportMonth, teljaarOfSeriesMonth } from "../../src/domain/duo/report-month.js";
import { type Teljaar, parseTeljaar, teljaarStartingIn } from "../../src/domain/teljaar.js";
import { openDatabase, queryRows, sqlString } from "../../src/engine/database.js";
import { DUO_DDL, ROW_TABLES } from "../../src/engine/duo-tables.js";
import { loadReference } from "../../src/engine/reference.js";

export type Value = string | number | boolean | null;
export interface RowInput {
  readonly person_key: string | null;
  readonly [column: string]: Value;
}
export type PersonInput = string | RowInput;

export function row(person_key: string | null, attrs: Record<string, Value> = {}): RowInput {
  return { person_key, ...attrs };
}

export const institution = (code: string): DuoScope => ({ kind: "institution", code });
export const region = (code: string): DuoScope => ({ kind: "region", code });
export const municipality = (code: string): DuoScope => ({ kind: "municipality", code });

export interface FileOptions {
  readonly scope?: DuoScope;
  readonly teljaar?: string;
  readonly fileName?: string;
}

export interface DuoStore {
  readonly conn: DuckDBConnection;
  nrsp(stage: Stage, people: readonly PersonInput[], options?: FileOptions): Promise<number>;
  nenr(stage: Stage, people: readonly PersonInput[], options?: FileOptions): Promise<number>;
  /** An A04 reporting on `month` (YYYY-MM: October of t … September of t+1). */
  a04(month: string, people: readonly PersonInput[], options?: FileOptions): Promise<number>;
  /** An A14 reporting on `month` (October … December of t+1). */
  a14(month: string, people: readonly PersonInput[], options?: FileOptions): Promise<number>;
  /** An A05 (start set) of `month`. */
  a05(month: string, people: readonly PersonInput[], options?: FileOptions): Promise<number>;
  close(): void;
}

const DEFAULT_LEVEL: DuoLevel = "MBO-2";

function defaults(kind: DuoKind, scope: DuoScope, month: ReportMonth | null, key: string | null): Record<string, Value> {
  const brin = scope.kind === "institution" ? scope.code : "27GZ";
  const common = { birth_date: "2005-06-15", brin, level: DEFAULT_LEVEL, leerweg: "BOL" };
  switch (kind) {
    case "NRSP":
    case "NENR":
      return { ...common, bsn: key, sex: "M", municipality_code: "0363", rmc_region: "21" };
    case "A04":
    case "A14":
      return { ...common, person_number: key, municipality_code: "0363", rmc_region: "21", listed_month: month, listed_since: month, reason: "GEEN INSCHRIJVING" };
    case "A05":
      return { ...common, person_number: key, listed_month: month };
  }
}

function literal(v: Value | undefined): string {
  if (v === null || v === undefined) return "NULL";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(v);
  return sqlString(v);
}

export async function openDuoStore(options: { dataDir?: string; teljaar?: string; scope?: DuoScope } = {}): Promise<DuoStore> {
  let conn: DuckDBConnection;
  let close: () => void;
  if (options.dataDir) {
    const db = await openDatabase(options.dataDir);
    conn = db.connection;
    close = () => db.close();
  } else {
    const instance = await DuckDBInstance.create(":memory:");
    conn = await instance.connect();
    close = () => {
      conn.closeSync();
      instance.closeSync();
    };
  }
  for (const ddl of DUO_DDL) await conn.run(ddl);
  await loadReference(conn);
  const baseTeljaar: Teljaar = parseTeljaar(options.teljaar ?? "2022-2023");
  const baseScope: DuoScope = options.scope ?? institution("27GZ");

  async function addFile(kind: DuoKind, stage: Stage | null, month: ReportMonth | null, people: readonly PersonInput[], o: FileOptions = {}): Promise<number> {
    const scope = o.scope ?? baseScope;
    const teljaar =
      o.teljaar !== undefined
        ? parseTeljaar(o.teljaar)
        : month === null
          ? baseTeljaar
          : kind === "A14"
            ? teljaarStartingIn(monthYear(month) - 1)
            : teljaarOfSeriesMonth(month);
    if (kind === "A14" && month !== null && monthNumber(month) < 10) throw new Error(`A14 months are October-December, not ${month}`);
    const identity: DuoFileIdentity = { kind, teljaar, reportMonth: month, stage, scope };
    const [{ id }] = (await queryRows<{ id: bigint }>(conn, "SELECT nextval('duo.file_ids') AS id")) as [{ id: bigint }];
    const fileId = Number(id);
    const fileName = o.fileName ?? duoFileName(identity);
    await conn.run(
      `INSERT INTO duo.files VALUES (${fileId}, ${sqlString(identityKey(identity))}, '${kind}', ${sqlString(teljaar)}, ${literal(month)}, ${literal(stage)},
        ${sqlString(scope.kind)}, ${sqlString(scope.code)}, ${sqlString(fileName)}, 'test-checksum-${fileId}', ${people.length}, 'utf-8', 'DD-MM-YYYY', TIMESTAMP '2024-01-15 10:00:00', 'test')`,
    );
    await conn.run(
      `INSERT INTO duo.import_log VALUES (nextval('duo.log_ids'), ${fileId}, ${sqlString(identityKey(identity))}, '${kind}', ${sqlString(teljaar)}, ${literal(month)}, ${literal(stage)},
        ${sqlString(scope.kind)}, ${sqlString(scope.code)}, ${sqlString(fileName)}, 'test-checksum-${fileId}', ${people.length}, TIMESTAMP '2024-01-15 10:00:00', 'test', 'new', NULL)`,
    );
    if (people.length === 0) return fileId;
    const rows = people.map((p, i) => {
      const given: RowInput = typeof p === "string" ? { person_key: p } : p;
      const r: Record<string, Value> = { file_id: fileId, line: i + 2, ...defaults(kind, scope, month, given.person_key), ...given };
      const level = r.level;
      if (!("level_raw" in given) && typeof level === "string") r.level_raw = DUO_LEVEL_NAMES[level as DuoLevel] ?? level;
      if (!("leerweg_raw" in given)) r.leerweg_raw = r.leerweg ?? null;
      return r;
    });
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    const values = rows.map((r) => `(${columns.map((c) => literal(r[c])).join(", ")})`);
    await conn.run(`INSERT INTO ${ROW_TABLES[kind].table} (${columns.join(", ")}) VALUES ${values.join(",\n")}`);
    return fileId;
  }

  return {
    conn,
    nrsp: (stage, people, o) => addFile("NRSP", stage, null, people, o),
    nenr: (stage, people, o) => addFile("NENR", stage, null, people, o),
    a04: (month, people, o) => addFile("A04", null, parseReportMonth(month), people, o),
    a14: (month, people, o) => addFile("A14", null, parseReportMonth(month), people, o),
    a05: (month, people, o) => addFile("A05", null, parseReportMonth(month), people, o),
    close,
  };
}

/** `n` person keys as 9-digit numbers starting at `first`: keys(1, 2) = ["000000001", "000000002"]. */
export function keys(first: number, n: number): string[] {
  return Array.from({ length: n }, (_, i) => String(first + i).padStart(9, "0"));
}

/**
 * A worked example for the reconciliation and the signal curve: institution 27GZ, 2022-2023.
 * P1 is listed from November to the end and is a vsv'er; P2 is listed in November and December
 * and re-enrols (returned); P3 is listed from March to the last A14 but is not in the NenR (still
 * listed: a late SK or an exclusion); P4 is a vsv'er missing from the NRSP and never listed; P5 is
 * twice in the definitive NRSP; P6 is a preliminary vsv'er removed from the definitive NenR; P7 is
 * added to the definitive NRSP; P8 is listed in January only, on two rows. The A04 of October is
 * empty, the one of February 2023 is not imported, and an A05 exists for November only.
 */
export const P = { P1: "000000001", P2: "000000002", P3: "000000003", P4: "000000004", P5: "000000005", P6: "000000006", P7: "000000007", P8: "000000008" } as const;

export async function seriesExample(s: DuoStore, options: { definitiveNenr?: boolean } = {}): Promise<void> {
  const { P1, P2, P3, P4, P5, P6, P7, P8 } = P;
  await s.nrsp("definitive", [P1, P2, P3, P5, P5, P6, P7, P8]);
  await s.nrsp("preliminary", [P1, P2, P3, P5, P6, P8]);
  if (options.definitiveNenr ?? true) await s.nenr("definitive", [row(P1, { level: "MBO-3" }), row(P4, { level: "MBO-4" })]);
  await s.nenr("preliminary", [P1, P6]);
  await s.a05("2022-11", keys(1, 10));
  await s.a04("2022-10", []);
  await s.a04("2022-11", [row(P1, { outflow_reason: "01", absence_statutory: true }), row(P2, { outflow_reason: "02", absence_statutory: false })]);
  await s.a04("2022-12", [row(P1, { outflow_reason: "01" }), row(P2, { outflow_reason: "02" })]);
  await s.a04("2023-01", [row(P1, { outflow_reason: "01" }), row(P8, { outflow_reason: "03" }), row(P8, { outflow_reason: "04" })]);
  const late = [row(P1, { outflow_reason: "01", level: "MBO-3" }), row(P3, { reason: null })];
  for (const m of ["2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08", "2023-09"]) await s.a04(m, late);
  for (const m of ["2023-10", "2023-11", "2023-12"]) await s.a14(m, late);
}
