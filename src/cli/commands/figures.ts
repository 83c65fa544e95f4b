import type { Command } from "../command.js";
import { parseCommandArgs, splitList } from "../args.js";
import { TELJAAR_OPTIONS, optionalStage, requiredTeljaar } from "./options.js";
import { withDatabase } from "../../engine/database.js";
import { figures, flattenFigure } from "../../engine/figures.js";
import { DIMENSIONS, parseDimensions } from "../../engine/dimensions.js";
import { officialDefinition, parseDefinition } from "../../domain/definition.js";
import { parseFormat, render } from "../format.js";

const usage = `Usage: vsv figures --teljaar 2023-2024 [--definition 23|27] [--stage preliminary|definitive] [--by region,level,...] [--format table|csv|json] [--data-dir ./data]

Start population, new vsv'ers, vsv percentage, exclusion counts and the change against the
previous teljaar, nationally or split by any combination of breakdowns.
Default definition: the official one for the teljaar. Default stage: definitive when computed on a
register that reaches its cut-off, else preliminary.

Breakdowns (--by):
${DIMENSIONS.map((d) => `  ${d.name.padEnd(22)}${d.description}`).join("\n")}`;

export const figuresCommand: Command = {
  name: ["figures"],
  summary: "vsv figures for a teljaar, nationally or by any breakdown",
  usage,
  async run(args, io) {
    const { values, dataDir } = parseCommandArgs(args, { ...TELJAAR_OPTIONS, by: { type: "string", short: "b" }, format: { type: "string", short: "f" } }, usage);
    const teljaar = requiredTeljaar(values.teljaar, usage);
    const definition = typeof values.definition === "string" ? parseDefinition(values.definition) : officialDefinition(teljaar);
    const stage = optionalStage(values.stage);
    const by = parseDimensions(splitList(values.by));
    const format = parseFormat(values.format);
    const result = await withDatabase(dataDir, (db) => figures(db.connection, { teljaar, definition, stage, by }), { readOnly: true });
    const rows = result.rows.map((f) => flattenFigure(f, result));
    if (format === "table") {
      io.stderr.write(`vsv figures ${result.teljaar}, definition younger than ${result.definition}, ${result.stage}\n`);
    }
    io.stdout.write(render(rows, format));
    return 0;
  },
};
