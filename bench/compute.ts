/**
 * Benchmark: compute all figures for one teljaar (both definitions, both stages) on an imported register.
 * Usage: npx tsx bench/compute.ts --data-dir <dir> [--teljaar 2023-2024] [--runs 3]
 * Prints wall and CPU time (this process, DuckDB's threads included: steadier than wall time on a shared machine)
 * of each run, the median, peak memory and the national figures it produced; the computation's statement alone
 * (counted, not stored) to split query from storing; then the floor (issue 17): plain DuckDB scanning and grouping
 * only the columns the computation reads — the enrolments grouped by person for the two peildata, the diplomas up
 * to the late-SK day, the persons' birth dates — three times, and engine time / floor.
 */
import { parseArgs } from "node:util";
import path from "node:path";
import { withDatabase } from "../src/engine/database.js";
import { computeResults, computeSqlFor } from "../src/engine/compute.js";
import { figures } from "../src/engine/figures.js";
import { parseDimensions } from "../src/engine/dimensions.js";
import { firstPeildatum, lateSkLastDay, parseTeljaar, secondPeildatum } from "../src/domain/teljaar.js";
import { machine, peakRssMb, timed } from "./measure.js";

const { values } = parseArgs({ options: { "data-dir": { type: "string" }, teljaar: { type: "string" }, runs: { type: "string" } } });
const dataDir = path.resolve(values["data-dir"] ?? "data");
const teljaar = parseTeljaar(values.teljaar ?? "2023-2024");
const runs = Number(values.runs ?? 3);

/** Wall and CPU seconds of `work`. */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const { result, seconds } = await timed(work);
  const cpu = process.cpuUsage(cpu0);
  return { result, wall: seconds, cpu: Math.round((cpu.user + cpu.system) / 1e4) / 100 };
}
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log(`machine: ${machine()}`);
await withDatabase(dataDir, async (db) => {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { result: done, wall, cpu } = await measured(() => computeResults(db.connection, { teljaren: [teljaar] }));
    walls.push(wall);
    cpus.push(cpu);
    if (i === 0) {
      for (const r of done) {
        console.log(`compute ${r.teljaar} ${r.stage}: start population 23: ${r.startPopulation23}, vsv 23: ${r.vsv23}; 27: ${r.startPopulation27} / ${r.vsv27}`);
      }
    }
    console.log(`compute one teljaar, both definitions and stages, run ${i + 1}: ${wall} s wall, ${cpu} s cpu`);
  }
  const seconds = median(walls);
  console.log(`compute one teljaar: median ${seconds} s wall (${walls.join(", ")}), ${median(cpus)} s cpu; peak RSS ${peakRssMb()} MB`);
  const query = await measured(() => db.connection.run(`SELECT count(*) FROM (${computeSqlFor(teljaar)})`));
  console.log(`the statement alone (counted, not stored): ${query.wall} s wall, ${query.cpu} s cpu`);
  const [p1, p2, lastSk] = [firstPeildatum(teljaar), secondPeildatum(teljaar), lateSkLastDay(teljaar)];
  const floorSql = `
    WITH e AS (
      SELECT person_id,
             bool_or(funded AND start_date <= DATE '${p1}' AND (end_date IS NULL OR end_date >= DATE '${p1}')) AS in_start,
             bool_or(funded AND start_date <= DATE '${p2}' AND (end_date IS NULL OR end_date >= DATE '${p2}')) AS enrolled_later,
             max(level) AS level
      FROM register.enrolments WHERE start_date <= DATE '${p2}' AND (end_date IS NULL OR end_date >= DATE '${p1}') GROUP BY person_id),
    d AS (SELECT person_id, max(level) AS best FROM register.diplomas WHERE date <= DATE '${lastSk}' GROUP BY person_id)
    SELECT count(*) FILTER (WHERE e.in_start) AS start_population,
           count(*) FILTER (WHERE e.in_start AND NOT e.enrolled_later AND d.best IS NULL AND p.birth_date > DATE '${p1}' - INTERVAL 27 YEAR) AS leavers
    FROM e JOIN register.persons p USING (person_id) LEFT JOIN d USING (person_id)`;
  const floors: number[] = [];
  const floorCpus: number[] = [];
  for (let i = 0; i < 3; i++) {
    const f = await measured(() => db.connection.run(floorSql));
    floors.push(f.wall);
    floorCpus.push(f.cpu);
  }
  const floor = median(floors);
  console.log(
    `floor (scan and group the columns the computation reads), median of 3: ${floor} s wall (${floors.join(", ")}), ${median(floorCpus)} s cpu; ` +
      `engine / floor: ${(seconds / floor).toFixed(1)}× wall, ${(median(cpus) / median(floorCpus)).toFixed(1)}× cpu`,
  );
  for (const by of [[], ["region"], ["institution", "level"], ["municipality", "age_group", "sex"]]) {
    const { result, seconds: s } = await timed(() => figures(db.connection, { teljaar, definition: 23, by: parseDimensions(by) }));
    console.log(`figures --by ${by.join(",") || "(national)"}: ${result.rows.length} rows in ${s} s`);
  }
});
