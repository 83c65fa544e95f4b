/**
 * Benchmark: compute all figures for one teljaar (both definitions, both stages) on an imported register.
 * Usage: npx tsx bench/compute.ts --data-dir <dir> [--teljaar 2023-2024]
 * Prints wall time per stage, total, peak memory, and the national figures it produced.
 */
import { parseArgs } from "node:util";
import path from "node:path";
import { withDatabase } from "../src/engine/database.js";
import { computeResults } from "../src/engine/compute.js";
import { figures } from "../src/engine/figures.js";
import { parseDimensions } from "../src/engine/dimensions.js";
import { parseTeljaar } from "../src/domain/teljaar.js";
import { machine, peakRssMb, timed } from "./measure.js";

const { values } = parseArgs({ options: { "data-dir": { type: "string" }, teljaar: { type: "string" } } });
const dataDir = path.resolve(values["data-dir"] ?? "data");
const teljaar = parseTeljaar(values.teljaar ?? "2023-2024");

console.log(`machine: ${machine()}`);
await withDatabase(dataDir, async (db) => {
  const { result: runs, seconds } = await timed(() => computeResults(db.connection, { teljaren: [teljaar] }));
  for (const r of runs) {
    console.log(`compute ${r.teljaar} ${r.stage}: ${(r.milliseconds / 1000).toFixed(2)} s; start population 23: ${r.startPopulation23}, vsv 23: ${r.vsv23}; 27: ${r.startPopulation27} / ${r.vsv27}`);
  }
  console.log(`compute one teljaar, both definitions and stages: ${seconds} s, peak RSS ${peakRssMb()} MB`);
  for (const by of [[], ["region"], ["institution", "level"], ["municipality", "age_group", "sex"]]) {
    const { result, seconds: s } = await timed(() => figures(db.connection, { teljaar, definition: 23, by: parseDimensions(by) }));
    console.log(`figures --by ${by.join(",") || "(national)"}: ${result.rows.length} rows in ${s} s`);
  }
});
