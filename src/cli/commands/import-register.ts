import type { Command } from "../command.js";
import { parseCommandArgs } from "../args.js";
import { stepProgress } from "../progress.js";
import { VsvError } from "../../domain/errors.js";
import { REGISTER_TABLES } from "../../domain/register-format.js";
import { formatProblem, importRegister, isRegisterRejected } from "../../engine/register-import.js";
import { readConfig } from "../../config.js";

const usage = `Usage: vsv import register <folder> [--force] [--max-problems 1000] [--data-dir ./data]

Imports the register in <folder> (persons.csv or persons.parquet, enrolments, and optionally
residences, diplomas, statuses, jobs; see docs/register-import.md) into the store, replacing the
register there entirely. All or nothing: when any row breaks the exchange format, every problem
found is listed (up to --max-problems) and the store is left unchanged.
Importing the same files again does nothing ("unchanged") unless --force is given.`;

function parseMaxProblems(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new VsvError("BAD_ARGUMENTS", `--max-problems "${String(value)}" is not valid: give a whole number of 1 or more`);
  return n;
}

export const importRegisterCommand: Command = {
  name: ["import", "register"],
  summary: "import a register folder (CSV or Parquet exchange format) into the store",
  usage,
  async run(args, io) {
    const { values, positionals, dataDir, quiet } = parseCommandArgs(
      args,
      { force: { type: "boolean" }, "max-problems": { type: "string" } },
      usage,
    );
    const folder = positionals[0];
    if (folder === undefined || positionals.length > 1) {
      throw new VsvError("BAD_ARGUMENTS", `give exactly one register folder\n\n${usage}`);
    }
    try {
      const summary = await importRegister(dataDir, folder, {
        force: values.force === true,
        maxProblems: parseMaxProblems(values["max-problems"]) ?? readConfig().maxImportProblems,
        step: stepProgress(io.stderr, quiet),
      });
      const width = Math.max(...REGISTER_TABLES.map((t) => t.length));
      const lines = [
        summary.status === "unchanged"
          ? `Register unchanged: ${summary.source} is already in the store (register id ${summary.registerId.slice(0, 12)}); nothing was written. Use --force to import it again.`
          : `Imported register ${summary.registerId.slice(0, 12)} from ${summary.source} into ${dataDir} in ${(summary.durationMs / 1000).toFixed(1)} s`,
        ...REGISTER_TABLES.map((t) => `  ${t.padEnd(width)}  ${summary.counts[t].toLocaleString("en-US").padStart(12)}`),
      ];
      io.stdout.write(`${lines.join("\n")}\n`);
      return 0;
    } catch (e) {
      if (!isRegisterRejected(e)) throw e;
      const more = e.truncated ? `\n… and more: only the first ${e.problems.length} are listed (--max-problems)` : "";
      io.stderr.write(`${e.problems.map(formatProblem).join("\n")}${more}\n\n`);
      io.stderr.write(`vsv import register: ${e.message}\n`);
      return 1;
    }
  },
};
