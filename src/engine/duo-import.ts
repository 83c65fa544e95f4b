/**
 * `importDuo`: reads DUO's vsv files (A04, A05, A14, NRSP, NenR) into schema `duo`, all or nothing
 * (docs/duo-import.md). The steps:
 *   1. expand the arguments and recognise each file by its name (duo-read-files.ts);
 *   2. checksum each file: a report already stored with the same checksum is "unchanged" and not
 *      read again; then check its encoding and header against its name (duo-read-header.ts);
 *   3. let DuckDB check every group of files with one layout and header in one `read_csv` call,
 *      aggregated per file, nothing materialised (duo-import-scan.ts); only files with a malformed
 *      value are read again as text, to say which value on which line (duo-import-stage.ts,
 *      duo-import-validate.ts);
 *   4. on any problem: throw `DuoImportRejected` with all of them (up to the limit); nothing is written;
 *   5. otherwise, in one transaction, read every group once more straight into the store, set each
 *      row's line, collect the data-quality warnings over the stored rows (duo-import-warnings.ts)
 *      and write the files' rows and the log (duo-import-store.ts).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Stage } from "../domain/definition.js";
import type { DuoKind, DuoScope } from "../domain/duo/file-name.js";
import type { ReportMonth } from "../domain/duo/report-month.js";
import type { Teljaar } from "../domain/teljaar.js";
import { queryRows, tableExists, withDatabase } from "./database.js";
import { createFileTable, groupFiles, type ImportFile, type ImportGroup } from "./duo-import-plan.js";
import { DuoImportRejected, fileProblem, sortDuoProblems } from "./duo-import-problems.js";
import { storedVersions, writeImport } from "./duo-import-store.js";
import { scanGroup } from "./duo-import-scan.js";
import { locateValueProblems } from "./duo-import-stage.js";
import { defineValueMacros, nameMaps } from "./duo-import-values.js";
import { createWarningsTable } from "./duo-import-warnings.js";
import { dropGroup } from "./duo-read-csv.js";
import { collectDuoFiles, recogniseName, type DuoInput } from "./duo-read-files.js";
import { inspectDuoFile, readDuoBytes } from "./duo-read-header.js";
import { warningTotalSql } from "./duo-scope.js";
import { loadReference } from "./reference.js";
import type { StepRunner } from "./register-import.js";
import { DEFAULT_MAX_IMPORT_PROBLEMS } from "../domain/import-limits.js";

export { DuoImportRejected, formatDuoProblem, isDuoImportRejected, type DuoImportProblem, type DuoImportRule } from "./duo-import-problems.js";

export interface DuoImportOptions {
  /** Most problems listed when the import is rejected (default: config `maxImportProblems`). */
  readonly maxProblems?: number;
  /** Who imports, for `duo.files` and `duo.import_log` (default: env VSV_USER, else the OS user). */
  readonly importedBy?: string;
  /** Progress reporting per step (default: none). */
  readonly step?: StepRunner;
  /** For tests only: runs inside the writing transaction just before COMMIT; throwing rolls back. */
  readonly beforeCommit?: () => void | Promise<void>;
}

/** What became of one file: stored as a new report, replacing an older version, already stored, or not read. */
export type DuoFileOutcome = "new" | "replaced" | "unchanged" | "skipped";

export interface DuoFileSummary {
  /** The file as given (an argument, or `<folder>/<name>`). */
  readonly file: string;
  /** The kind; for a skipped file the DUO code it has (e.g. `A01`), null when not recognised. */
  readonly kind: DuoKind | string | null;
  readonly teljaar: Teljaar | null;
  readonly reportMonth: ReportMonth | null;
  readonly stage: Stage | null;
  readonly scope: DuoScope | null;
  /** Rows stored for this report (for `unchanged`: the stored version's); null when skipped. */
  readonly rows: number | null;
  readonly outcome: DuoFileOutcome;
  /** Data-quality warnings of the stored version. */
  readonly warnings: number;
  /** Why a file was skipped. */
  readonly note?: string;
}

export interface DuoImportSummary {
  /** One entry per file, in the order given. */
  readonly files: readonly DuoFileSummary[];
  readonly counts: Readonly<Record<DuoFileOutcome, number>>;
  /** Rows written by this import. */
  readonly rows: number;
  /** Warnings of the files written by this import. */
  readonly warnings: number;
  readonly importedBy: string;
  /** UTC, ISO 8601. */
  readonly importedAt: string;
  readonly durationMs: number;
}

const silentStep: StepRunner = (_label, work) => work({ update() {} });

function count(n: number, noun: string): string {
  return `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;
}

/** `--by`, else env VSV_USER, else the OS user name. */
export function defaultImporter(env: NodeJS.ProcessEnv = process.env): string {
  if (env.VSV_USER && env.VSV_USER.trim() !== "") return env.VSV_USER.trim();
  try {
    return os.userInfo().username;
  } catch {
    return "unknown";
  }
}

/** Imports DUO files or folders into the store in `dataDir` (opens and closes it). */
export async function importDuoInto(dataDir: string, paths: readonly string[], options: DuoImportOptions = {}): Promise<DuoImportSummary> {
  return withDatabase(dataDir, (db) => importDuo(db.connection, paths, options));
}

/**
 * Imports DUO files or folders on an open store connection. Throws `DuoImportRejected` (every
 * problem, up to the limit) when any file is malformed; the store is then unchanged.
 */
export async function importDuo(conn: DuckDBConnection, paths: readonly string[], options: DuoImportOptions = {}): Promise<DuoImportSummary> {
  const started = Date.now();
  const step = options.step ?? silentStep;
  const limit = Math.max(1, options.maxProblems ?? DEFAULT_MAX_IMPORT_PROBLEMS);
  const importedBy = options.importedBy?.trim() || defaultImporter();
  const { inputs, problems } = collectDuoFiles(paths);
  const summaries = new Map<DuoInput, DuoFileSummary>();
  let temp: string | undefined;
  const tempDir = () => (temp ??= mkdtempSync(path.join(os.tmpdir(), "vsv-duo-")));

  const toWrite: ImportFile[] = [];
  const unchanged = new Map<DuoInput, number>();
  const stored = await storedVersions(conn);
  let groups: ImportGroup[] = [];
  const levels = new Set<string>();
  const leerwegen = new Set<string>();
  try {
    await step(
      `Checking ${count(inputs.length, "file")}`,
      async (p) => {
        const firstOfReport = new Map<string, { input: DuoInput; checksum: string }>();
        inputs.forEach((input, i) => {
          p.update(i, inputs.length);
          const named = recogniseName(input);
          if (named.status === "rejected") return void problems.push(named.problem);
          if (named.status === "skipped") {
            return void summaries.set(input, { ...emptySummary(input), kind: named.kind, outcome: "skipped", note: named.note });
          }
          const { identity, key } = named;
          let read: ReturnType<typeof readDuoBytes>;
          try {
            read = readDuoBytes(input.path);
          } catch (e) {
            return void problems.push(fileProblem(input.display, "NOT_FOUND", `the file cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"}): check that it exists and that you may read it`));
          }
          const { bytes, checksum } = read;
          const base = { ...emptySummary(input), kind: identity.kind, teljaar: identity.teljaar, reportMonth: identity.reportMonth, stage: identity.stage, scope: identity.scope };
          const earlier = firstOfReport.get(key);
          if (earlier && earlier.checksum === checksum) {
            return void summaries.set(input, { ...base, outcome: "skipped", note: `${input.display}: skipped, the same file as ${earlier.input.display}` });
          }
          if (earlier) {
            return void problems.push(
              fileProblem(
                input.display,
                "DUPLICATE_REPORT",
                `this file and ${earlier.input.display} are two different versions of the same report: import only the one you want (or import them one after the other; the latest import wins)`,
              ),
            );
          }
          firstOfReport.set(key, { input, checksum });
          const version = stored.get(key);
          if (version && version.checksum === checksum) {
            unchanged.set(input, version.fileId);
            return void summaries.set(input, { ...base, outcome: "unchanged" });
          }
          const inspected = inspectDuoFile(input, identity, bytes, tempDir);
          problems.push(...inspected.problems);
          if (!inspected.layout) return;
          const no = toWrite.length + 1;
          toWrite.push({ no, input, identity, key, checksum, layout: inspected.layout, replaces: version, rows: 0, dateFormat: null, warnings: 0 });
          summaries.set(input, { ...base, outcome: version ? "replaced" : "new" });
        });
      },
      () => `${toWrite.length} to read, ${unchanged.size} unchanged`,
    );

    groups = groupFiles(toWrite);
    if (toWrite.length > 0) {
      if (!(await tableExists(conn, "reference", "municipalities"))) await loadReference(conn);
      await defineValueMacros(conn);
      await createFileTable(conn, toWrite);
      await createWarningsTable(conn);
      for (const g of groups) {
        const kinds = [...new Set(g.members.map((m) => (m.identity.kind === "NENR" ? "NenR" : m.identity.kind)))].join("/");
        const label = `Reading ${g.members.length} ${kinds} file${g.members.length === 1 ? "" : "s"}`;
        await step(label, async () => {
          const scan = await scanGroup(conn, g, limit);
          problems.push(...scan.problems);
          for (const l of scan.levels) levels.add(l);
          for (const l of scan.leerwegen) leerwegen.add(l);
          if (scan.wrong.size > 0) problems.push(...(await locateValueProblems(conn, g, scan.wrong, limit + 1)));
        }, () => count(g.members.reduce((s, m) => s + m.rows, 0), "row"));
      }
    }
    if (problems.length > 0) {
      const sorted = sortDuoProblems(problems, [...paths, ...inputs.map((i) => i.display)]);
      throw new DuoImportRejected(sorted.slice(0, limit), sorted.length > limit);
    }
    if (toWrite.length > 0) {
      const maps = nameMaps(levels, leerwegen);
      await step("Storing and checking data quality", () =>
        writeImport(conn, toWrite, groups, maps, { importedAt: new Date(started), importedBy, beforeCommit: options.beforeCommit }),
      );
    }
  } finally {
    for (const g of groups) await dropGroup(conn, g.no).catch(() => undefined);
    await conn.run("DROP TABLE IF EXISTS duo_import_files; DROP TABLE IF EXISTS duo_import_warnings").catch(() => undefined);
    if (temp) rmSync(temp, { recursive: true, force: true });
  }

  const stats = await unchangedStats(conn, [...unchanged.values()]);
  const written = new Map(toWrite.map((f) => [f.input, f]));
  const files = inputs
    .map((input) => {
      const s = summaries.get(input);
      if (!s) return undefined;
      const w = written.get(input);
      if (w) return { ...s, rows: w.rows, warnings: w.warnings };
      const id = unchanged.get(input);
      if (id !== undefined) return { ...s, rows: stats.get(id)?.rows ?? null, warnings: stats.get(id)?.warnings ?? 0 };
      return s;
    })
    .filter((s): s is DuoFileSummary => s !== undefined);
  const counts = { new: 0, replaced: 0, unchanged: 0, skipped: 0 };
  for (const f of files) counts[f.outcome]++;
  return {
    files,
    counts,
    rows: toWrite.reduce((s, f) => s + f.rows, 0),
    warnings: toWrite.reduce((s, f) => s + f.warnings, 0),
    importedBy,
    importedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
  };
}

function emptySummary(input: DuoInput): DuoFileSummary {
  return { file: input.display, kind: null, teljaar: null, reportMonth: null, stage: null, scope: null, rows: null, outcome: "skipped", warnings: 0 };
}

async function unchangedStats(conn: DuckDBConnection, ids: readonly number[]): Promise<Map<number, { rows: number; warnings: number }>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<{ file_id: number; rows: number; warnings: bigint }>(
    conn,
    `SELECT f.file_id, f.rows, ${await warningTotalSql(conn)} AS warnings FROM duo.files f WHERE f.file_id IN (${ids.join(", ")})`,
  );
  return new Map(rows.map((r) => [Number(r.file_id), { rows: Number(r.rows), warnings: Number(r.warnings) }]));
}
