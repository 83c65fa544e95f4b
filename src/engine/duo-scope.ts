/**
 * Which imported DUO files a question is about: a scope (institution, region or municipality),
 * a teljaar and, for NRSP/NenR, a stage (docs/duo-figures.md, Scope and stage).
 * The figures, the reconciliation and the signal curve all find their files here, so the
 * "nothing imported for that" errors read the same everywhere.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Stage } from "../domain/definition.js";
import type { DuoKind, DuoScope, ScopeKind } from "../domain/duo/file-name.js";
import type { ReportMonth } from "../domain/duo/report-month.js";
import { normaliseMunicipalityCode, normaliseRegion } from "../domain/duo/values.js";
import { VsvError } from "../domain/errors.js";
import type { Teljaar } from "../domain/teljaar.js";
import { queryRows, sqlString, tableExists } from "./database.js";

/** What duo.files and duo.import_log both hold of one imported version of a report. */
export interface DuoFileVersion {
  readonly file_id: number;
  readonly kind: DuoKind;
  readonly teljaar: Teljaar;
  readonly report_month: ReportMonth | null;
  readonly stage: Stage | null;
  readonly scope_kind: ScopeKind;
  readonly scope_code: string;
  readonly file_name: string;
  readonly rows: number;
  readonly checksum: string;
  readonly imported_at: string;
  readonly imported_by: string;
}

/** One current file (a row of duo.files) with the number of data-quality warnings it raised. */
export interface DuoFileInfo extends DuoFileVersion {
  readonly encoding: string;
  readonly date_format: string | null;
  readonly warnings: number;
}

/** One version ever imported (a row of duo.import_log). */
export interface DuoImportLogEntry extends DuoFileVersion {
  readonly log_id: number;
  readonly outcome: string;
  readonly replaced_checksum: string | null;
}

export interface DuoFileFilter {
  readonly scope?: DuoScope;
  readonly teljaar?: Teljaar;
}

const SCOPE_ORDER: Record<ScopeKind, number> = { institution: 0, region: 1, municipality: 2 };
const KIND_ORDER: Record<DuoKind, number> = { NRSP: 0, NENR: 1, A05: 2, A04: 3, A14: 4 };

/** The scope a command-line code stands for: BRIN upper-cased, region and municipality codes padded. */
export function duoScope(kind: ScopeKind, code: string): DuoScope {
  const text = code.trim();
  switch (kind) {
    case "institution": {
      const brin = text.toUpperCase();
      if (!/^[0-9]{2}[A-Z0-9]{2}$/.test(brin)) {
        throw new VsvError("BAD_SCOPE", `Institution "${code}" is not a BRIN: write four characters, two digits and two letters or digits, e.g. 27GZ`);
      }
      return { kind, code: brin };
    }
    case "region": {
      const region = normaliseRegion(text);
      if (region === undefined || Number(region) < 1 || Number(region) > 41) {
        throw new VsvError("BAD_SCOPE", `Region "${code}" is not an RMC region number: use 01-40, e.g. 28`);
      }
      return { kind, code: region };
    }
    case "municipality": {
      const municipality = normaliseMunicipalityCode(text);
      if (municipality === undefined) {
        throw new VsvError("BAD_SCOPE", `Municipality "${code}" is not a CBS municipality code: use up to four digits, e.g. 0363`);
      }
      return { kind, code: municipality };
    }
  }
}

/** `institution 27GZ`, `region 28`, `municipality 0363`. */
export function describeScope(scope: DuoScope): string {
  return `${scope.kind} ${scope.code}`;
}

function where(filter: DuoFileFilter, alias = ""): string {
  const p = alias ? `${alias}.` : "";
  const parts: string[] = [];
  if (filter.scope) parts.push(`${p}scope_kind = ${sqlString(filter.scope.kind)}`, `${p}scope_code = ${sqlString(filter.scope.code)}`);
  if (filter.teljaar) parts.push(`${p}teljaar = ${sqlString(filter.teljaar)}`);
  return parts.length ? `WHERE ${parts.join(" AND ")}` : "";
}

function sortFiles<T extends { scope_kind: ScopeKind; scope_code: string; teljaar: string; kind: DuoKind; stage: Stage | null; report_month: string | null }>(files: T[]): T[] {
  return files.sort(
    (a, b) =>
      SCOPE_ORDER[a.scope_kind] - SCOPE_ORDER[b.scope_kind] ||
      a.scope_code.localeCompare(b.scope_code) ||
      a.teljaar.localeCompare(b.teljaar) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.stage ?? "").localeCompare(b.stage ?? "") ||
      (a.report_month ?? "").localeCompare(b.report_month ?? ""),
  );
}

/** The DuoFileVersion fields of a row of duo.files or duo.import_log. */
function versionFields(r: Record<string, unknown>): DuoFileVersion {
  return {
    file_id: Number(r.file_id),
    kind: r.kind as DuoKind,
    teljaar: r.teljaar as Teljaar,
    report_month: (r.report_month as ReportMonth | null) ?? null,
    stage: (r.stage as Stage | null) ?? null,
    scope_kind: r.scope_kind as ScopeKind,
    scope_code: r.scope_code as string,
    file_name: r.file_name as string,
    rows: Number(r.rows),
    checksum: r.checksum as string,
    imported_at: r.imported_at as string,
    imported_by: r.imported_by as string,
  };
}

/**
 * SQL for the number of warnings of file `f` (alias), or `0` when none were ever stored: the rows
 * each warning concerns, summed (stores written before warnings were counts hold one per line).
 */
export async function warningTotalSql(conn: DuckDBConnection): Promise<string> {
  if (!(await tableExists(conn, "duo", "warnings"))) return "0";
  const [counted] = await queryRows<{ n: bigint }>(
    conn,
    `SELECT count(*) AS n FROM information_schema.columns WHERE table_schema = 'duo' AND table_name = 'warnings' AND column_name = 'rows'`,
  );
  const total = Number(counted?.n ?? 0) > 0 ? "coalesce(sum(w.rows), 0)" : "count(*)";
  return `(SELECT ${total} FROM duo.warnings w WHERE w.file_id = f.file_id)`;
}

/** The current files in the store (none when no DUO file was ever imported), in a fixed order. */
export async function listDuoFiles(conn: DuckDBConnection, filter: DuoFileFilter = {}): Promise<DuoFileInfo[]> {
  if (!(await tableExists(conn, "duo", "files"))) return [];
  const warnings = await warningTotalSql(conn);
  const rows = await queryRows<Record<string, unknown>>(
    conn,
    `SELECT f.file_id, f.kind, f.teljaar, f.report_month, f.stage, f.scope_kind, f.scope_code, f.file_name, f.rows, f.checksum,
            f.encoding, f.date_format, CAST(f.imported_at AS VARCHAR) AS imported_at, f.imported_by,
            ${warnings} AS warnings
     FROM duo.files f ${where(filter, "f")}`,
  );
  return sortFiles(
    rows.map((r) => ({
      ...versionFields(r),
      encoding: r.encoding as string,
      date_format: (r.date_format as string | null) ?? null,
      warnings: Number(r.warnings),
    })),
  );
}

/** Every version ever imported, replaced ones included, oldest first. */
export async function listDuoImportLog(conn: DuckDBConnection, filter: DuoFileFilter = {}): Promise<DuoImportLogEntry[]> {
  if (!(await tableExists(conn, "duo", "import_log"))) return [];
  const rows = await queryRows<Record<string, unknown>>(
    conn,
    `SELECT log_id, file_id, kind, teljaar, report_month, stage, scope_kind, scope_code, file_name, checksum, rows,
            CAST(imported_at AS VARCHAR) AS imported_at, imported_by, outcome, replaced_checksum
     FROM duo.import_log ${where(filter)} ORDER BY log_id`,
  );
  return rows.map((r) => ({
    log_id: Number(r.log_id),
    ...versionFields(r),
    outcome: r.outcome as string,
    replaced_checksum: (r.replaced_checksum as string | null) ?? null,
  }));
}

function kindName(kind: DuoKind): string {
  return kind === "NENR" ? "NenR" : kind;
}

/**
 * What is imported, one line per scope and teljaar: `institution 27GZ 2022-2023: NRSP definitive,
 * NenR definitive, NenR preliminary, A04 ×12 (2022-10 … 2023-09)`. Used in every "not imported" message.
 */
export function summariseImported(files: readonly DuoFileInfo[]): string[] {
  const groups = new Map<string, DuoFileInfo[]>();
  for (const f of files) {
    const key = `${f.scope_kind} ${f.scope_code} ${f.teljaar}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.entries()].map(([key, fs]) => {
    const parts: string[] = [];
    for (const kind of ["NRSP", "NENR"] as const) {
      for (const f of fs.filter((x) => x.kind === kind)) parts.push(`${kindName(kind)} ${f.stage}`);
    }
    for (const kind of ["A05", "A04", "A14"] as const) {
      const months = fs.filter((x) => x.kind === kind).map((x) => x.report_month ?? "").sort();
      if (months.length === 1) parts.push(`${kind} ${months[0]}`);
      else if (months.length > 1) parts.push(`${kind} ×${months.length} (${months[0]} … ${months[months.length - 1]})`);
    }
    return `${key}: ${parts.join(", ")}`;
  });
}

function importedList(files: readonly DuoFileInfo[]): string {
  if (files.length === 0) return "No DUO files are imported yet: import them with `vsv import duo <folder>`.";
  return `Imported:\n${summariseImported(files).map((l) => `  ${l}`).join("\n")}`;
}

/** The files of one scope and teljaar, by role. */
export interface ScopeFiles {
  readonly scope: DuoScope;
  readonly teljaar: Teljaar;
  readonly files: readonly DuoFileInfo[];
  /** NRSP of each stage present. */
  readonly nrsp: Partial<Record<Stage, DuoFileInfo>>;
  /** NenR of each stage present. */
  readonly nenr: Partial<Record<Stage, DuoFileInfo>>;
  /** A04 files, by report month (oldest first). */
  readonly a04: readonly DuoFileInfo[];
  /** A14 files, by report month (oldest first). */
  readonly a14: readonly DuoFileInfo[];
  /** A05 files, by report month (oldest first). */
  readonly a05: readonly DuoFileInfo[];
}

/**
 * The files imported for a scope and teljaar. Throws NO_DUO_FILES, listing what is imported,
 * when there are none.
 */
export async function scopeFiles(conn: DuckDBConnection, scope: DuoScope, teljaar: Teljaar): Promise<ScopeFiles> {
  const files = await listDuoFiles(conn, { scope, teljaar });
  if (files.length === 0) {
    const all = await listDuoFiles(conn);
    throw new VsvError("NO_DUO_FILES", `No DUO files are imported for ${describeScope(scope)}, teljaar ${teljaar}. ${importedList(all)}`);
  }
  const byStage = (kind: DuoKind) => {
    const out: Partial<Record<Stage, DuoFileInfo>> = {};
    for (const f of files) if (f.kind === kind && f.stage) out[f.stage] = f;
    return out;
  };
  const monthly = (kind: DuoKind) => files.filter((f) => f.kind === kind).sort((a, b) => (a.report_month ?? "").localeCompare(b.report_month ?? ""));
  return { scope, teljaar, files, nrsp: byStage("NRSP"), nenr: byStage("NENR"), a04: monthly("A04"), a14: monthly("A14"), a05: monthly("A05") };
}

/**
 * The stage used when none is asked for: definitive when a definitive NRSP or NenR is imported for
 * the scope and teljaar, else preliminary (duo-formats.md, Known quirks). Undefined when neither is.
 */
export function defaultDuoStage(sf: ScopeFiles): Stage | undefined {
  if (sf.nrsp.definitive || sf.nenr.definitive) return "definitive";
  if (sf.nrsp.preliminary || sf.nenr.preliminary) return "preliminary";
  return undefined;
}

/** The NRSP and NenR of one stage, both required for figures. */
export interface YearlyFiles {
  readonly stage: Stage;
  /** Whether the stage was asked for or chosen by default. */
  readonly chosen: "asked" | "default";
  readonly nrsp: DuoFileInfo;
  readonly nenr: DuoFileInfo;
}

/** The stage's NRSP and NenR; throws NO_DUO_FILES saying which is missing and what to do. */
export function requireYearlyFiles(sf: ScopeFiles, asked?: Stage): YearlyFiles {
  const stage = asked ?? defaultDuoStage(sf);
  const what = `${describeScope(sf.scope)}, teljaar ${sf.teljaar}`;
  if (stage === undefined) {
    throw new VsvError(
      "NO_DUO_FILES",
      `No NRSP or NenR is imported for ${what}: figures need both (the start population and the vsv'ers); import them with \`vsv import duo <folder>\`. ${importedList(sf.files)}`,
    );
  }
  const nrsp = sf.nrsp[stage];
  const nenr = sf.nenr[stage];
  if (nrsp && nenr) return { stage, chosen: asked ? "asked" : "default", nrsp, nenr };
  const missing = [nrsp ? undefined : "NRSP", nenr ? undefined : "NenR"].filter((x) => x !== undefined).join(" and ");
  const other: Stage = stage === "definitive" ? "preliminary" : "definitive";
  const hint = sf.nrsp[other] && sf.nenr[other] ? ` or use --stage ${other}` : "";
  throw new VsvError(
    "NO_DUO_FILES",
    `No ${stage} ${missing} is imported for ${what}: figures need the NRSP and the NenR of one stage; import the ${stage} files${hint}. ${importedList(sf.files)}`,
  );
}
