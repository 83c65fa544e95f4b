import type { Command } from "../command.js";
import { parseCommandArgs } from "../args.js";
import { TELJAAR_OPTIONS, definitionList, optionalStage, teljaarList } from "./options.js";
import { withDatabase } from "../../engine/database.js";
import { computeResults } from "../../engine/compute.js";
import { stepProgress } from "../progress.js";
import { percentage } from "../../engine/figures.js";
import { parseFormat, render } from "../format.js";
import { publishSnapshot } from "../../service/snapshot-publish.js";
import { publishedLine } from "./serve.js";

const usage = `Usage: vsv compute [--teljaar 2023-2024[,2024-2025]] [--definition 23|27] [--stage preliminary|definitive] [--format table|csv|json] [--data-dir ./data]

Computes the vsv figures on the imported register and stores the per-person results, then publishes
them: a new snapshot of the store (<data-dir>/snapshots/) with its public tables protected
(docs/privacy-public.md). A running \`vsv serve\` switches to it without a restart (docs/publication.md).
Default: every teljaar the register holds, both stages. Both definitions (23 and 27) are always
computed; --definition only chooses which is printed.`;

export const computeCommand: Command = {
  name: ["compute"],
  summary: "compute the vsv figures per teljaar and stage on the imported register",
  usage,
  async run(args, io) {
    const { values, dataDir, quiet } = parseCommandArgs(args, { ...TELJAAR_OPTIONS, format: { type: "string", short: "f" } }, usage);
    const teljaren = teljaarList(values.teljaar);
    const stage = optionalStage(values.stage);
    const definitions = definitionList(values.definition);
    const format = parseFormat(values.format);
    const step = stepProgress(io.stderr, quiet);
    const runs = await withDatabase(dataDir, async (db) => {
      return step(
        "Computing",
        (p) => computeResults(db.connection, { teljaren, stages: stage ? [stage] : undefined, onRun: (n, total) => p.update(n, total) }),
        (r) => `${r.length} runs (teljaar × stage)`,
      );
    });
    await step("Publishing (snapshot, protected public tables)", (p) => publishSnapshot(dataDir, { onSystem: (n, total) => p.update(n, total) }), publishedLine);
    const rows = runs.map((r) => ({
      teljaar: r.teljaar,
      stage: r.stage,
      cutoff: r.cutoff,
      complete: r.complete,
      ...Object.fromEntries(
        definitions.flatMap((d) => {
          const sp = d === 23 ? r.startPopulation23 : r.startPopulation27;
          const vsv = d === 23 ? r.vsv23 : r.vsv27;
          return [[`start_population_${d}`, sp], [`vsv_${d}`, vsv], [`vsv_pct_${d}`, percentage(vsv, sp)]];
        }),
      ),
      seconds: Math.round(r.milliseconds / 10) / 100,
    }));
    io.stdout.write(render(rows, format));
    return 0;
  },
};
