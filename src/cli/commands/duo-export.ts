import path from "node:path";
import type { Command } from "../command.js";
import { parseCommandArgs } from "../args.js";
import { TELJAAR_OPTIONS, requiredTeljaar } from "./options.js";
import { stepProgress } from "../progress.js";
import { parseFormat, render } from "../format.js";
import { withDatabase } from "../../engine/database.js";
import { exportDuoFiles } from "../../engine/duo-export.js";
import { type Stage, STAGES, parseDefinition, parseStage } from "../../domain/definition.js";
import { DUO_SCOPE_OPTIONS, duoScopeOption } from "./duo-options.js";
import { VsvError } from "../../domain/errors.js";

const usage = `Usage: vsv duo export (--institution 27GZ | --region 28) --teljaar 2022-2023 --out <folder> [--definition 23|27] [--stage preliminary|definitive|both] [--format table|json] [--data-dir ./data]

Writes the files DUO sends an institution or an RMC region, from the computed results, in DUO's
names and layout (semicolon-separated, CRLF, no quoting, dates DD-MM-YYYY):
  NRSP{year}{V|D}{I<BRIN>|R<nn>}.csv   start population, per stage
  NenR{year}{V|D}…csv                  the vsv'ers among them, per stage
  {YYYYMM}A04…csv                      possible vsv'ers of each report month October t … September t+1
  {YYYYMM}A14…csv                      the same for October … December t+1
An institution's files hold the start population with their main enrolment there on 1 October t;
a region's those living there. Monthly files are written only for months the register covers
(its as-of date); the others are listed as skipped. Names and addresses are not in the register:
those columns are empty. Person-level data: keep the files in the closed environment they belong to.
Default definition: the official one for the teljaar; default stages: every stage computed.`;

function parseStages(value: unknown): Stage[] | undefined {
  if (typeof value !== "string") return undefined;
  return value === "both" ? [...STAGES] : [parseStage(value)];
}

export const duoExportCommand: Command = {
  name: ["duo", "export"],
  summary: "write an institution's or region's DUO files (NRSP, NenR, A04, A14) from the results (closed use)",
  usage,
  async run(args, io) {
    const { values, dataDir, quiet } = parseCommandArgs(
      args,
      {
        ...TELJAAR_OPTIONS,
        ...DUO_SCOPE_OPTIONS,
        out: { type: "string", short: "o" },
        format: { type: "string", short: "f" },
      },
      usage,
    );
    const teljaar = requiredTeljaar(values.teljaar, usage);
    const scope = duoScopeOption(values, usage, true);
    if (typeof values.out !== "string") throw new VsvError("BAD_ARGUMENTS", `--out <folder> is required\n\n${usage}`);
    const outDir = path.resolve(values.out);
    const definition = typeof values.definition === "string" ? parseDefinition(values.definition) : undefined;
    const stages = parseStages(values.stage);
    const format = parseFormat(values.format, ["table", "json"]);
    const step = stepProgress(io.stderr, quiet);
    const result = await withDatabase(dataDir, (db) => exportDuoFiles(db.connection, { teljaar, scope, outDir, definition, stages, step }), { readOnly: true });

    if (format === "json") {
      io.stdout.write(`${JSON.stringify({ ...result, outDir }, null, 2)}\n`);
      return 0;
    }
    const what = scope.kind === "institution" ? `institution ${scope.code}` : `region ${scope.code}`;
    io.stdout.write(
      `DUO files for ${what}, ${teljaar}, definition younger than ${result.definition}, ${result.stages.join(" and ")}, in ${outDir}\n` +
        `Monthly lists: the ${result.signalStage} start population, facts as known ${result.asOf ? `on ${result.asOf}` : "in the whole register (no as-of date)"}\n\n`,
    );
    io.stdout.write(render(result.files.map((f) => ({ file: f.name, kind: f.kind === "NENR" ? "NenR" : f.kind, stage: f.stage ?? "", month: f.reportMonth ?? "", rows: f.rows })), "table"));
    if (result.skipped.length > 0) {
      io.stdout.write(`\nSkipped (the register does not cover the month yet):\n`);
      for (const s of result.skipped) io.stdout.write(`  ${s.name}: ${s.reason}\n`);
    }
    if (result.pseudonyms > 0) {
      io.stdout.write(
        `\nNote: ${result.pseudonyms.toLocaleString("en-US")} persons have a pseudonym, not a BSN or onderwijsnummer; it is written as their ONDERWIJSNUMMER / PERSOONSGEBONDENNUMMER, which DUO's own tools do not accept.\n`,
      );
    }
    if (result.files.find((f) => f.kind === "NRSP")?.rows === 0) {
      io.stderr.write(`vsv duo export: no member of the start population belongs to ${what} in ${teljaar}: the files hold only their header\n`);
    }
    return 0;
  },
};
