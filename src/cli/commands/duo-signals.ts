import type { Command } from "../command.js";
import { parseCommandArgs } from "../args.js";
import { optionalStage, requiredTeljaar } from "./options.js";
import { parseFormat, render } from "../format.js";
import { DUO_SCOPE_HELP, DUO_SCOPE_OPTIONS, duoScopeOption } from "./duo-options.js";
import { withDatabase } from "../../engine/database.js";
import { describeScope } from "../../engine/duo-scope.js";
import { duoSignalCurve, flattenSignalMonth } from "../../engine/duo-signal-curve.js";

const usage = `Usage: vsv duo signals (--institution 27GZ | --region 28 | --municipality 0363) --teljaar 2022-2023
                        [--stage preliminary|definitive] [--format table|csv|json] [--data-dir ./data]

The monthly signal curve: per report month of the A04 series (October … September), then the A14
months (October … December): possible vsv'ers on the list (people, not rows), new on the list,
their share of the start set (the A05 of the month, else the NRSP of the stage), how many end as
definitive vsv'ers, return, or are still listed without being a vsv'er, the reasons of leaving and
absence reported. A month whose list is not imported is reported as missing, not as 0.

${DUO_SCOPE_HELP}`;

export const duoSignalsCommand: Command = {
  name: ["duo", "signals"],
  summary: "monthly curve of possible vsv'ers from imported A04/A14 files",
  usage,
  async run(args, io) {
    const { values, dataDir } = parseCommandArgs(
      args,
      { ...DUO_SCOPE_OPTIONS, teljaar: { type: "string", short: "t" }, stage: { type: "string", short: "s" }, format: { type: "string", short: "f" } },
      usage,
    );
    const scope = duoScopeOption(values, usage, true);
    const teljaar = requiredTeljaar(values.teljaar, usage);
    const stage = optionalStage(values.stage);
    const format = parseFormat(values.format);
    const curve = await withDatabase(dataDir, (db) => duoSignalCurve(db.connection, { scope, teljaar, stage }), { readOnly: true });
    const rows = curve.months.map(flattenSignalMonth);
    if (format === "json") {
      io.stdout.write(render(rows, format));
      return 0;
    }
    if (format === "table") {
      io.stderr.write(`vsv duo signals ${describeScope(scope)} ${teljaar}${curve.stage ? `, start set from the ${curve.stage} NRSP where no A05` : ""}\n`);
      for (const note of curve.notes) io.stderr.write(`note: ${note}\n`);
    }
    // Tables and CSV spread the reasons over columns (outflow_reasons.02 …), every code in every
    // imported month (0 where no one left for it); a missing month stays empty.
    const codes = (pick: (r: (typeof rows)[number]) => Record<string, number> | null) => [...new Set(rows.flatMap((r) => Object.keys(pick(r) ?? {})))].sort();
    const spread = (prefix: string, all: readonly string[], counts: Record<string, number> | null) =>
      Object.fromEntries(all.map((c) => [`${prefix}.${c}`, counts === null ? null : (counts[c] ?? 0)]));
    const outflowCodes = codes((r) => r.outflow_reasons);
    const reasonCodes = codes((r) => r.reasons);
    const flat = rows.map(({ outflow_reasons, reasons, file_name, ...rest }) => ({
      ...rest,
      ...spread("outflow_reasons", outflowCodes, outflow_reasons),
      ...spread("reasons", reasonCodes, reasons),
      file_name,
    }));
    io.stdout.write(render(flat, format));
    return 0;
  },
};
