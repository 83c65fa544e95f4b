/**
 * Benchmark: compute all figures for one teljaar (both definitions, both stages) on an imported register.
 * Usage: npx tsx bench/compute.ts --data-dir <dir> [--teljaar 2023-2024]
 * Prints wall time per stage, total, peak memory, and the national figures it produced; then the floor (issue 17):
 * plain DuckDB scanning and grouping only the columns the computation reads — the enrolments grouped by person for the
 * two peildata, the diplomas up to the late-SK day, the persons' birth dates — three times, and engine time / floor.
 */
import { parseArgs } from "node:util";
import path from "node:path";
import { withDatabase } from "../src/engine/database.js";
import { computeResults } from "../src/engine/compute.js";
import { figures } from "../src/engine/figures.js";
import { parseDimensions } from "../src/engine/dimensions.js";
import { firstPeildatum, lateSkLastDay, parseTeljaar, secondPeildatum } from "../src/domain/teljaar.js";
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
  for (let i = 0; i < 3; i++) floors.push((await timed(() => db.connection.run(floorSql))).seconds);
  const floor = [...floors].sort((a, b) => a - b)[1]!;
  console.log(`floor (scan and group the columns the computation reads), median of 3: ${floor} s (${floors.join(", ")}); engine / floor: ${(seconds / floor).toFixed(1)}×`);
  for (const by of [[], ["region"], ["institution", "level"], ["municipality", "age_group", "sex"]]) {
    const { result, seconds: s } = await timed(() => figures(db.connection, { teljaar, definition: 23, by: parseDimensions(by) }));
    console.log(`figures --by ${by.join(",") || "(national)"}: ${result.rows.length} rows in ${s} s`);
  }
});
