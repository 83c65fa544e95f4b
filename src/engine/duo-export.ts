/**
 * `vsv duo export`: writes, from the computed results, the files DUO sends an institution or a region —
 * NRSP and NenR per stage, A04 for each report month of the teljaar and A14 for the three months after it —
 * named and laid out as DUO's own (docs/duo-export.md), so that an institution's tools and `vsv import duo`
 * read them like DUO's.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { type Definition, type Stage, STAGES, officialDefinition } from "../domain/definition.js";
import type { IsoDate } from "../domain/dates.js";
import { VsvError } from "../domain/errors.js";
import { type DuoKind, type DuoScope, duoFileName } from "../domain/duo/file-name.js";
import { NENR_COLUMNS, NRSP_COLUMNS, SIGNAL_COLUMNS } from "../domain/duo/layout.js";
import type { ReportMonth } from "../domain/duo/report-month.js";
import type { Teljaar } from "../domain/teljaar.js";
import { queryRows, sqlString } from "./database.js";
import { signalRowsSql, yearlyRowsSql } from "./duo-export-rows.js";
import { writeDuoFile } from "./duo-export-write.js";
import { coveredMonths } from "./monthly-signals.js";
import type { StepRunner } from "./register-import.js";
import { readRegisterState } from "./register-state.js";
import { currentRuns } from "./runs.js";

export interface DuoExportOptions {
  readonly teljaar: Teljaar;
  /** An institution (BRIN) or an RMC region (two digits). */
  readonly scope: DuoScope;
  /** The folder to write to (created when missing; files of the same name are overwritten). */
  readonly outDir: string;
  /** Default: the official definition of the teljaar. */
  readonly definition?: Definition;
  /** Default: every stage computed for the teljaar. */
  readonly stages?: readonly Stage[];
  /** Progress per step (default: none). */
  readonly step?: StepRunner;
}

export interface DuoExportFile {
  readonly name: string;
  readonly kind: DuoKind;
  readonly stage: Stage | null;
  readonly reportMonth: ReportMonth | null;
  readonly rows: number;
}

export interface SkippedFile {
  readonly name: string;
  readonly kind: DuoKind;
  readonly reportMonth: ReportMonth;
  readonly reason: string;
}

export interface DuoExportResult {
  readonly teljaar: Teljaar;
  readonly definition: Definition;
  readonly scope: DuoScope;
  readonly stages: readonly Stage[];
  /** The stage whose start population the monthly lists are drawn from (the latest exported). */
  readonly signalStage: Stage;
  /** The register's as-of date (null: none declared, taken as complete). */
  readonly asOf: IsoDate | null;
  readonly files: readonly DuoExportFile[];
  readonly skipped: readonly SkippedFile[];
  /** People written with a pseudonym in ONDERWIJSNUMMER / PERSOONSGEBONDENNUMMER (not a BSN or onderwijsnummer). */
  readonly pseudonyms: number;
}

const silentStep: StepRunner = (_label, work) => work({ update() {} });

const YEARLY = "duo_export_yearly";
const SIGNALS = "duo_export_signals";

function scopeLabel(scope: DuoScope): string {
  return scope.kind === "institution" ? `institution ${scope.code}` : `region ${scope.code}`;
}

/** Checks that the scope exists in the reference table the teljaar's results use (regions) or is a BRIN. */
async function checkScope(conn: DuckDBConnection, teljaar: Teljaar, stage: Stage, scope: DuoScope): Promise<void> {
  if (scope.kind === "municipality") {
    throw new VsvError("BAD_SCOPE", "The export writes institution (--institution) or region (--region) files, not municipality files");
  }
  if (scope.kind !== "region") return;
  const rows = await queryRows<{ n: bigint }>(
    conn,
    `SELECT count(*) AS n FROM reference.municipalities m JOIN results.runs r ON r.municipality_year = m.year
     WHERE r.teljaar = ${sqlString(teljaar)} AND r.stage = ${sqlString(stage)} AND m.rmc_region = ${sqlString(scope.code)}`,
  );
  if (Number(rows[0]?.n ?? 0) === 0) {
    throw new VsvError("BAD_REGION", `Region ${scope.code} is not an RMC region of the municipality table for ${teljaar}: use a region number of reference/municipalities (01-41)`);
  }
}

/** Writes the scope's DUO files for the teljaar and returns what was written and skipped. */
export async function exportDuoFiles(conn: DuckDBConnection, options: DuoExportOptions): Promise<DuoExportResult> {
  const { teljaar, scope } = options;
  const step = options.step ?? silentStep;
  const definition = options.definition ?? officialDefinition(teljaar);
  const runs = (await currentRuns(conn)).filter((r) => r.teljaar === teljaar);
  const computed = STAGES.filter((s) => runs.some((r) => r.stage === s));
  const stages = options.stages ?? computed;
  const missing = stages.filter((s) => !computed.includes(s));
  if (computed.length === 0 || missing.length > 0 || stages.length === 0) {
    const what = missing.length > 0 ? `${missing.join(" and ")} figures` : "figures";
    throw new VsvError(
      "NOT_COMPUTED",
      `No ${what} for ${teljaar} are computed on the current register: run \`vsv compute --teljaar ${teljaar}\`${computed.length ? ` (computed: ${computed.join(", ")})` : ""}`,
    );
  }
  const ordered = STAGES.filter((s) => stages.includes(s));
  const signalStage = ordered.at(-1)!;
  await checkScope(conn, teljaar, signalStage, scope);
  const { asOf } = await readRegisterState(conn);
  // Names and addresses where the register has them (an older register has no such columns: left empty).
  const personColumns = (await queryRows<{ column_name: string }>(conn, "SELECT column_name FROM duckdb_columns() WHERE schema_name = 'register' AND table_name = 'persons'")).map((r) => r.column_name);
  mkdirSync(options.outDir, { recursive: true });
  const files: DuoExportFile[] = [];
  let pseudonyms = 0;

  for (const stage of ordered) {
    const cutoff = runs.find((r) => r.stage === stage)!.cutoff as IsoDate;
    await step(
      `Writing NRSP and NenR (${stage}, ${scopeLabel(scope)})`,
      async () => {
        await conn.run(`CREATE OR REPLACE TEMP TABLE ${YEARLY} AS ${yearlyRowsSql({ teljaar, stage, definition, scope: asPopulation(scope), cutoff, personColumns })}`);
        for (const kind of ["NRSP", "NENR"] as const) {
          const name = duoFileName({ kind, teljaar, reportMonth: null, stage, scope });
          const rows = await writeDuoFile(conn, {
            from: YEARLY,
            columns: kind === "NRSP" ? NRSP_COLUMNS : NENR_COLUMNS,
            where: kind === "NENR" ? "vsv" : undefined,
            file: path.join(options.outDir, name),
          });
          files.push({ name, kind, stage, reportMonth: null, rows });
        }
        const n = await queryRows<{ n: bigint }>(conn, `SELECT count(*) AS n FROM ${YEARLY} WHERE person_kind = 'PSEUDONYM'`);
        pseudonyms = Math.max(pseudonyms, Number(n[0]?.n ?? 0));
      },
      () => files.filter((f) => f.stage === stage).map((f) => `${f.name} ${f.rows.toLocaleString("en-US")} ${f.rows === 1 ? "row" : "rows"}`).join(", "),
    );
  }

  const { covered, skipped } = coveredMonths(teljaar, asOf);
  await step(
    `Writing A04 and A14 (${signalStage} start population, ${scopeLabel(scope)})`,
    async (p) => {
      await conn.run(`CREATE OR REPLACE TEMP TABLE ${SIGNALS} AS ${signalRowsSql({ teljaar, stage: signalStage, definition, scope: asPopulation(scope), asOf }, personColumns)}`);
      for (const m of covered) {
        const name = duoFileName({ kind: m.kind, teljaar, reportMonth: m.month, stage: null, scope });
        const rows = await writeDuoFile(conn, { from: SIGNALS, columns: SIGNAL_COLUMNS, where: `month_index = ${m.index}`, file: path.join(options.outDir, name) });
        files.push({ name, kind: m.kind, stage: null, reportMonth: m.month, rows });
        p.update(files.length);
      }
    },
    () => `${covered.length} monthly files${skipped.length ? `, ${skipped.length} skipped` : ""}`,
  );
  await conn.run(`DROP TABLE IF EXISTS ${YEARLY}`);
  await conn.run(`DROP TABLE IF EXISTS ${SIGNALS}`);

  return {
    teljaar,
    definition,
    scope,
    stages: ordered,
    signalStage,
    asOf,
    files,
    skipped: skipped.map((m) => ({
      name: duoFileName({ kind: m.kind, teljaar, reportMonth: m.month, stage: null, scope }),
      kind: m.kind,
      reportMonth: m.month,
      reason: `the register reaches ${asOf}; the list of ${m.month} is taken on ${m.peildatum}`,
    })),
    pseudonyms,
  };
}

function asPopulation(scope: DuoScope) {
  return scope.kind === "institution" ? { kind: "institution" as const, code: scope.code } : { kind: "region" as const, code: scope.code };
}
