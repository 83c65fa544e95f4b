import type { Command } from "../command.js";
import { parseCommandArgs } from "../args.js";
import { TELJAAR_OPTIONS, definitionList, optionalStage } from "./options.js";
import { withDatabase } from "../../engine/database.js";
import { nationalSeries } from "../../engine/series.js";
import { parseFormat, render } from "../format.js";

const usage = `Usage: vsv series [--definition 23|27] [--stage preliminary|definitive] [--format table|csv|json] [--data-dir ./data]

The national series: per computed teljaar the start population, new vsv'ers and percentage,
vo and mbo apart, under both definitions (or the one asked for). "official" marks the definition
that is the official one for that teljaar (27 from 2025-2026 on).`;

export const seriesCommand: Command = {
  name: ["series"],
  summary: "the national series per teljaar (vo, mbo, both definitions)",
  usage,
  async run(args, io) {
    const { values, dataDir } = parseCommandArgs(args, { ...TELJAAR_OPTIONS, format: { type: "string", short: "f" } }, usage);
    const definitions = definitionList(values.definition);
    const stage = optionalStage(values.stage);
    const format = parseFormat(values.format);
    const rows = await withDatabase(
      dataDir,
      async (db) => {
        const all = [];
        for (const d of definitions) all.push(...(await nationalSeries(db.connection, d, stage)));
        return all;
      },
      { readOnly: true },
    );
    rows.sort((a, b) => a.teljaar.localeCompare(b.teljaar) || a.definition - b.definition);
    io.stdout.write(render(rows.map((r) => ({ ...r })), format));
    return 0;
  },
};
