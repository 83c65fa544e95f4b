import { mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { CliIo, Command } from "../command.js";
import { parseCommandArgs } from "../args.js";
import { TELJAAR_OPTIONS, optionalStage } from "./options.js";
import { parseDefinition } from "../../domain/definition.js";
import { VsvError } from "../../domain/errors.js";
import { openStore } from "../../service/store.js";
import { type ReportFormat, REPORT_FORMATS, parseReportFormats, renderReport, reportFileName, reportSelection } from "../../report/report-files.js";
import { yearlyReportData } from "../../report/report-data.js";
import { type ActionPlanView, getActionPlan } from "../../store/action-plan.js";
import { withOperationalStore } from "../../store/index.js";
import { readConfig } from "../../config.js";

const usage = `Usage: vsv report yearly [--teljaar 2024-2025] [--definition 23|27] [--stage preliminary|definitive] --out <folder|file> [--format pdf,xlsx] [--data-dir ./data]

The yearly progress report on vsv (the figures annex of the letters) as a PDF and an Excel workbook:
the national series under both definitions with the targets, vo and mbo, per RMC region, per vo sort
and mbo level, the count against the targets and the mbo institutions against the norms, with sources
and notes. Every count is a public figure: counts 1-4, and what would give them away, are hidden ("x") as in the public API.
--teljaar defaults to the latest computed one, --definition to the official one for it, --stage to
definitive where computed. --out is a folder (files named vsv-jaarrapportage-<teljaar>-<stage>-<definition>.pdf/.xlsx)
or a file ending in .pdf or .xlsx (then that format only). --format: pdf, xlsx or both (default).`;

function outputs(out: string, asked: ReportFormat[] | undefined): { folder: string; file?: string; formats: ReportFormat[] } {
  const resolved = path.resolve(out);
  const ext = path.extname(resolved).slice(1).toLowerCase();
  if ((REPORT_FORMATS as readonly string[]).includes(ext)) {
    const format = ext as ReportFormat;
    if (asked && (asked.length !== 1 || asked[0] !== format)) throw new VsvError("BAD_ARGUMENTS", `--out ${out} is a .${format} file but --format asks for ${asked.join(",")}: give a folder for both, or leave out --format`);
    return { folder: path.dirname(resolved), file: path.basename(resolved), formats: [format] };
  }
  let isFile = false;
  try {
    isFile = statSync(resolved).isFile();
  } catch {
    // does not exist yet: made as a folder
  }
  if (isFile) throw new VsvError("BAD_ARGUMENTS", `--out ${out} is a file without .pdf or .xlsx: give a folder, or a file name ending in .pdf or .xlsx`);
  return { folder: resolved, formats: asked ?? [...REPORT_FORMATS] };
}

/**
 * The action plan as the operational store holds it; the published plan (undefined) when the embedded store is in
 * use by the server, with a note saying so.
 */
async function storedActionPlan(dataDir: string, io: CliIo): Promise<ActionPlanView | undefined> {
  try {
    return await withOperationalStore({ dataDir, databaseUrl: readConfig().databaseUrl }, (sql) => getActionPlan(sql));
  } catch (e) {
    if (!(e instanceof VsvError && e.code === "STORE_BUSY")) throw e;
    io.stderr.write("note: the operational store is in use by the server, so the action plan section shows the published plan (reference/action-plan.json); stop the server or use PostgreSQL (DATABASE_URL) for the plan as kept in vsv-monitor\n");
    return undefined;
  }
}

export const reportCommand: Command = {
  name: ["report", "yearly"],
  summary: "the yearly progress report on vsv as PDF and Excel (figures annex)",
  usage,
  async run(args, io) {
    const { values, dataDir, quiet } = parseCommandArgs(args, { ...TELJAAR_OPTIONS, out: { type: "string", short: "o" }, format: { type: "string", short: "f" } }, usage);
    if (typeof values.out !== "string") throw new VsvError("BAD_ARGUMENTS", `--out <folder|file> is required\n\n${usage}`);
    const target = outputs(values.out, typeof values.format === "string" ? parseReportFormats(values.format) : undefined);
    const state = await openStore(dataDir);
    if (!state.store) throw new VsvError("NO_FIGURES", `${state.reason ?? "No figures"}: compute them first with \`vsv compute\` (or \`vsv start\`)`);
    const store = state.store;
    try {
      const sel = reportSelection(store, {
        ...(typeof values.teljaar === "string" ? { teljaar: values.teljaar } : {}),
        ...(typeof values.definition === "string" ? { definition: parseDefinition(values.definition) } : {}),
        ...(typeof values.stage === "string" ? { stage: optionalStage(values.stage)! } : {}),
      });
      const report = await yearlyReportData(store, sel, new Date(), await storedActionPlan(dataDir, io));
      mkdirSync(target.folder, { recursive: true });
      for (const format of target.formats) {
        const file = path.join(target.folder, target.file ?? reportFileName(sel, format));
        writeFileSync(file, await renderReport(report, format));
        if (!quiet) io.stderr.write(`Wrote ${format.toUpperCase()} ${file}\n`);
        io.stdout.write(`${file}\n`);
      }
    } finally {
      await store.close();
    }
    return 0;
  },
};
