import type { Command } from "../command.js";
import { parseCommandArgs, splitList } from "../args.js";
import { optionalStage, requiredTeljaar } from "./options.js";
import { parseFormat, render } from "../format.js";
import { withDatabase } from "../../engine/database.js";
import { DUO_DIMENSIONS } from "../../engine/duo-dimensions.js";
import { duoFigures, flattenDuoFigure } from "../../engine/duo-figures.js";
import { describeScope } from "../../engine/duo-scope.js";
import { DUO_SCOPE_HELP, DUO_SCOPE_OPTIONS, duoScopeOption } from "./duo-options.js";

const usage = `Usage: vsv duo figures (--institution 27GZ | --region 28 | --municipality 0363) --teljaar 2022-2023
                        [--stage preliminary|definitive] [--by level,leerweg,...] [--format table|csv|json] [--data-dir ./data]

The figures DUO derives from its files: start population (rows of the NRSP), vsv'ers (rows of the
NenR) and the vsv percentage, in total or split by breakdowns; per level the mbo norm of the teljaar.
A NenR person missing from the NRSP counts as vsv'er all the same (DUO's count); the column
vsv_not_in_start_population shows how many (details: vsv duo reconcile).
Default stage: definitive when a definitive NRSP or NenR is imported, else preliminary. With the
definitive stage the preliminary figures stand beside them (preliminary_*) when imported.

${DUO_SCOPE_HELP}

Breakdowns (--by):
${DUO_DIMENSIONS.map((d) => `  ${d.name.padEnd(20)}${d.description}`).join("\n")}`;

export const duoFiguresCommand: Command = {
  name: ["duo", "figures"],
  summary: "figures from imported DUO files: start population, vsv, percentage, norms",
  usage,
  async run(args, io) {
    const { values, dataDir } = parseCommandArgs(
      args,
      { ...DUO_SCOPE_OPTIONS, teljaar: { type: "string", short: "t" }, stage: { type: "string", short: "s" }, by: { type: "string", short: "b" }, format: { type: "string", short: "f" } },
      usage,
    );
    const scope = duoScopeOption(values, usage, true);
    const teljaar = requiredTeljaar(values.teljaar, usage);
    const stage = optionalStage(values.stage);
    const by = splitList(values.by);
    const format = parseFormat(values.format);
    const result = await withDatabase(dataDir, (db) => duoFigures(db.connection, { scope, teljaar, stage, by }), { readOnly: true });
    const rows = result.rows.map((f) => flattenDuoFigure(f, result));
    if (format === "table") {
      const chosen = result.stage_chosen === "default" ? (result.stage === "definitive" ? " (definitive files imported)" : " (no definitive files imported)") : "";
      const beside = result.with_preliminary ? ", preliminary figures beside them" : "";
      io.stderr.write(`vsv duo figures ${describeScope(scope)} ${teljaar}, ${result.stage}${chosen}${beside}: start population from ${result.files.nrsp}, vsv from ${result.files.nenr}\n`);
      const missing = result.rows.reduce((n, r) => n + r.vsv_not_in_start_population, 0);
      if (missing > 0) {
        io.stderr.write(`${missing} vsv'er(s) of the NenR are not in the NRSP: counted as DUO counts them (vsv_not_in_start_population); see vsv duo reconcile\n`);
      }
      const hidden = new Set(["scope_kind", "scope_code", "teljaar", "stage"]);
      io.stdout.write(render(rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !hidden.has(k)))), format));
    } else {
      io.stdout.write(render(rows, format));
    }
    return 0;
  },
};
