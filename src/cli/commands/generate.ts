import type { Command } from "../command.js";
import { parseCommandArgs } from "../args.js";
import { startProgress } from "../progress.js";
import { VsvError } from "../../domain/errors.js";
import { REGISTER_TABLES } from "../../domain/register-format.js";
import { DEFAULT_FROM_YEAR, DEFAULT_SEED, DEFAULT_TO_YEAR, generateRegister } from "../../synth/index.js";

const usage = `Usage: vsv generate --out <folder> [--scale 1.0] [--seed 1] [--from 2015 --to 2025] [--format csv|parquet]

Generates a synthetic Netherlands: a register in the exchange format (persons, residences,
enrolments, diplomas, statuses, jobs) for all 342 municipalities, calibrated so that the vsv
computation gives the published national figures. --from 2015 --to 2025 gives the teljaren
2015-2016 … 2024-2025 (both stages). --scale 1.0 is the whole country (about 1.4 million in each
start population, some 2.4 GB of CSV); 0.05 is a quick one. The same seed and options always give
the same files. Then: vsv import register <folder>; vsv compute.`;

function number(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== "string" || value.trim() === "" || !Number.isFinite(n)) {
    throw new VsvError("BAD_ARGUMENTS", `--${name} "${String(value)}" is not a number\n\n${usage}`);
  }
  return n;
}

export const generateCommand: Command = {
  name: ["generate"],
  summary: "generate a synthetic Netherlands register (exchange format) for testing and demos",
  usage,
  async run(args, io) {
    const { values, quiet } = parseCommandArgs(
      args,
      {
        out: { type: "string", short: "o" },
        scale: { type: "string" },
        seed: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        format: { type: "string", short: "f" },
      },
      usage,
    );
    if (typeof values.out !== "string") throw new VsvError("MISSING_OUT", `--out is required: the folder to write the register to\n\n${usage}`);
    const format = values.format ?? "csv";
    if (format !== "csv" && format !== "parquet") throw new VsvError("BAD_FORMAT", `Format "${format}" is not valid: use csv or parquet`);
    const progress = startProgress("Generating", { stream: io.stderr, quiet });
    const summary = await generateRegister({
      out: values.out,
      scale: number(values.scale, "scale", 1),
      seed: number(values.seed, "seed", DEFAULT_SEED),
      fromYear: number(values.from, "from", DEFAULT_FROM_YEAR),
      toYear: number(values.to, "to", DEFAULT_TO_YEAR),
      format,
      onProgress: (done, total) => progress.update(done, total),
    });
    const total = REGISTER_TABLES.reduce((s, t) => s + summary.rows[t], 0);
    progress.done(`${total.toLocaleString("en-US")} rows`);
    const width = Math.max(...REGISTER_TABLES.map((t) => t.length));
    const lines = [
      `Register written to ${summary.out} (${summary.format}, as known on ${summary.asOf})`,
      ...REGISTER_TABLES.map((t) => `  ${`${t}.${summary.format}`.padEnd(width + 8)} ${summary.rows[t].toLocaleString("en-US").padStart(12)} rows`),
      `  ${"total".padEnd(width + 8)} ${total.toLocaleString("en-US").padStart(12)} rows, ${(summary.bytes / 1e6).toFixed(1)} MB, ${summary.seconds.toFixed(1)} s${summary.format === "parquet" ? ` (simulation ${summary.phases.simulation.toFixed(1)} s, Parquet after it ${summary.phases.parquetTail.toFixed(1)} s)` : ""}`,
      `Teljaren ${summary.teljaren[0]?.year}-${(summary.teljaren[0]?.year ?? 0) + 1} … ${summary.teljaren.at(-1)?.year}-${(summary.teljaren.at(-1)?.year ?? 0) + 1}; start population per teljaar about ${Math.round(summary.teljaren.reduce((s, t) => s + t.startPopulation, 0) / Math.max(1, summary.teljaren.length)).toLocaleString("en-US")}`,
    ];
    io.stdout.write(`${lines.join("\n")}\n`);
    return 0;
  },
};
