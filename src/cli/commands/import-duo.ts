import type { CliIo, Command } from "../command.js";
import { parseCommandArgs } from "../args.js";
import { parseFormat, render, type OutputRow } from "../format.js";
import { stepProgress } from "../progress.js";
import { VsvError, isVsvError } from "../../domain/errors.js";
import { formatDuoProblem, importDuoInto, isDuoImportRejected, type DuoFileSummary, type DuoImportSummary } from "../../engine/duo-import.js";
import { readConfig } from "../../config.js";

const usage = `Usage: vsv import duo <file-or-folder>... [--by <name>] [--format table|json] [--max-problems 1000] [--data-dir ./data] [--quiet]

Imports DUO's vsv files (A04, A05, A14, NRSP, NenR; see docs/duo-import.md) into the store. A folder
means every .csv and .txt file in it (not in sub-folders). Each file is recognised by its name
(e.g. 202310A04I27GZ.csv, NRSP2023DI27GZ.csv) and its header; A01, A02, A06, A07 and R08 files are
skipped with a note.
A report already stored with the same content is "unchanged"; a different version of it replaces
the stored one (the latest import wins; every version is kept in duo.import_log).
All or nothing: when any file is malformed, every problem found is listed (up to --max-problems)
and nothing is stored. Data-quality findings (BSN 11-check, unknown municipality, …) are warnings:
counted per file, rule and column in duo.warnings (with the first lines), never a reason to reject.
--by names who imports (default: $VSV_USER, else the login name).
When files were added or replaced and figures are computed, a new snapshot is published: running
servers show the files without a restart (docs/publication.md).`;

function parseMaxProblems(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new VsvError("BAD_ARGUMENTS", `--max-problems "${String(value)}" is not valid: give a whole number of 1 or more`);
  return n;
}

function scopeText(f: DuoFileSummary): string | null {
  return f.scope ? `${f.scope.kind} ${f.scope.code}` : null;
}

function kindText(kind: string | null): string | null {
  return kind === "NENR" ? "NenR" : kind;
}

function rowsOf(summary: DuoImportSummary): OutputRow[] {
  return summary.files.map((f) => ({
    file: f.file,
    kind: kindText(f.kind),
    teljaar: f.teljaar,
    month: f.reportMonth,
    stage: f.stage,
    scope: scopeText(f),
    rows: f.rows,
    outcome: f.outcome,
    warnings: f.warnings,
  }));
}

function totals(summary: DuoImportSummary): string {
  const c = summary.counts;
  return `${c.new} new, ${c.replaced} replaced, ${c.unchanged} unchanged, ${c.skipped} skipped; ${summary.rows.toLocaleString("en-US")} rows and ${summary.warnings.toLocaleString("en-US")} warning${summary.warnings === 1 ? "" : "s"} stored`;
}

/**
 * Servers read published snapshots only (docs/publication.md): a DUO import that changed the store publishes a new
 * one when figures are computed, so running servers show the files without a restart. Without computed figures there
 * is nothing to serve yet; the next `vsv compute` publishes the files with the figures.
 */
async function publishAfterImport(dataDir: string, io: CliIo, quiet: boolean): Promise<void> {
  const { publishSnapshot } = await import("../../service/snapshot-publish.js");
  const { publishedLine } = await import("./serve.js");
  try {
    const published = await publishSnapshot(dataDir);
    if (!quiet) io.stderr.write(`Published ${publishedLine(published)}\n`);
  } catch (e) {
    if (!(isVsvError(e) && (e.code === "NOTHING_TO_PUBLISH" || e.code === "NO_REGISTER"))) throw e;
    if (!quiet) io.stderr.write(`Not published: no figures are computed in ${dataDir} yet (vsv compute publishes them with these files)\n`);
  }
}

export const importDuoCommand: Command = {
  name: ["import", "duo"],
  summary: "import DUO files (A04, A05, A14, NRSP, NenR) or folders of them into the store",
  usage,
  async run(args, io) {
    const { values, positionals, dataDir, quiet } = parseCommandArgs(
      args,
      { by: { type: "string" }, format: { type: "string", short: "f" }, "max-problems": { type: "string" } },
      usage,
    );
    if (positionals.length === 0) throw new VsvError("BAD_ARGUMENTS", `give one or more DUO files or folders\n\n${usage}`);
    const format = parseFormat(values.format as string | undefined, ["table", "json"]);
    try {
      const summary = await importDuoInto(dataDir, positionals, {
        importedBy: typeof values.by === "string" ? values.by : undefined,
        maxProblems: parseMaxProblems(values["max-problems"]) ?? readConfig().maxImportProblems,
        step: stepProgress(io.stderr, quiet),
      });
      const notes = summary.files.flatMap((f) => (f.note ? [f.note] : []));
      if (notes.length > 0) io.stderr.write(`${notes.join("\n")}\n`);
      if (format === "json") {
        io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      } else {
        io.stdout.write(render(rowsOf(summary), "table", ["file", "kind", "teljaar", "month", "stage", "scope", "rows", "outcome", "warnings"]));
        io.stdout.write(`\n${totals(summary)} in ${dataDir} (${(summary.durationMs / 1000).toFixed(1)} s, by ${summary.importedBy})\n`);
        if (summary.warnings > 0) io.stdout.write(`Warnings are in duo.warnings, counted per file, rule and column with the first lines; they never contain person numbers or names.\n`);
      }
      if (summary.counts.new + summary.counts.replaced > 0) await publishAfterImport(dataDir, io, quiet);
      return 0;
    } catch (e) {
      if (!isDuoImportRejected(e)) throw e;
      const more = e.truncated ? `\n… and more: only the first ${e.problems.length} are listed (--max-problems)` : "";
      io.stderr.write(`${e.problems.map(formatDuoProblem).join("\n")}${more}\n\n`);
      io.stderr.write(`vsv import duo: ${e.message}\n`);
      return 1;
    }
  },
};
