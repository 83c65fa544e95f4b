/**
 * Benchmark of the synthetic Netherlands: wall time and peak RSS of one generation, and with
 * --pipeline also of importing and computing it (what `npm start` does), to choose START_SCALE.
 *
 *   npx tsx bench/generate.ts [--scale 1.0] [--seed 1] [--format csv|parquet] [--out folder] [--pipeline] [--keep]
 *
 * Without --out the register goes to a temporary folder, removed afterwards unless --keep.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { REGISTER_TABLES } from "../src/domain/register-format.js";
import { withDatabase } from "../src/engine/database.js";
import { computeResults } from "../src/engine/compute.js";
import { importRegister } from "../src/engine/register-import.js";
import { generateRegister } from "../src/synth/index.js";
import { machine, peakRssMb, timed } from "./measure.js";

/** CPU seconds of this process so far, every thread (DuckDB's and the Parquet worker's included). */
function cpuSeconds(): string {
  const u = process.cpuUsage();
  return ((u.user + u.system) / 1e6).toFixed(1);
}

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    seed: { type: "string", default: "1" },
    format: { type: "string", default: "csv" },
    out: { type: "string" },
    pipeline: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});
const scale = Number(values.scale);
const tmp = mkdtempSync(path.join(os.tmpdir(), "vsv-bench-generate-"));
const out = values.out ?? path.join(tmp, "register");
const format = values.format === "parquet" ? "parquet" : "csv";

console.log(`machine: ${machine()}`);
const { result: summary, seconds: generateSeconds } = await timed(() =>
  generateRegister({ out, scale, seed: Number(values.seed), fromYear: 2015, toYear: 2025, format }),
);
const rows = REGISTER_TABLES.reduce((s, t) => s + summary.rows[t], 0);
console.log(`generate scale ${scale} (${format}): ${generateSeconds} s, ${rows.toLocaleString("en-US")} rows, ${(summary.bytes / 1e6).toFixed(0)} MB, peak RSS ${peakRssMb()} MB`);
console.log(`  ${REGISTER_TABLES.map((t) => `${t} ${summary.rows[t].toLocaleString("en-US")}`).join(", ")}`);
console.log(`  phases: simulation ${summary.phases.simulation.toFixed(1)} s${format === "parquet" ? ` (Parquet parts converted beside it), Parquet after it ${summary.phases.parquetTail.toFixed(1)} s` : ""}; CPU ${cpuSeconds()} s (user + system, all threads)`);

if (values.pipeline) {
  const dataDir = path.join(tmp, "data");
  const { seconds: importSeconds } = await timed(() => importRegister(dataDir, out));
  console.log(`import: ${importSeconds} s, peak RSS ${peakRssMb()} MB`);
  const { result: runs, seconds: computeSeconds } = await timed(() => withDatabase(dataDir, (db) => computeResults(db.connection)));
  console.log(`compute (${runs.length} runs, every teljaar the register holds × both stages): ${computeSeconds} s, peak RSS ${peakRssMb()} MB`);
  console.log(`generate + import + compute: ${(generateSeconds + importSeconds + computeSeconds).toFixed(1)} s`);
  for (const r of runs.filter((x) => x.teljaar >= "2021-2022")) {
    console.log(`  ${r.teljaar} ${r.stage.padEnd(11)} start population ${Math.round(r.startPopulation23 / scale).toLocaleString("en-US").padStart(9)}  vsv ${Math.round(r.vsv23 / scale).toLocaleString("en-US").padStart(6)} (national equivalent)`);
  }
}
if (!values.keep) rmSync(tmp, { recursive: true, force: true });
