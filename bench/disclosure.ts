/**
 * How long the protection of the public tables takes (docs/privacy-public.md): builds the protected system of the
 * latest teljaar's stages of a data directory (not from its cache) `--repeat` times and prints the median, with the
 * system's size. `npx tsx bench/disclosure.ts --data-dir <dir> [--repeat 3]`.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { openDatabase } from "../src/engine/database.js";
import { currentRuns } from "../src/engine/runs.js";
import { readRegisterState } from "../src/engine/register-state.js";
import { canFollowUp } from "../src/domain/steering/follow-up.js";
import { type Definition, officialDefinition } from "../src/domain/definition.js";
import { buildCellSystem, cellSystemOf } from "../src/server/disclosure/cell-system.js";

const { values } = parseArgs({ options: { "data-dir": { type: "string" }, repeat: { type: "string", default: "3" } } });
if (!values["data-dir"]) throw new Error("Give --data-dir <folder with computed figures>");
const db = await openDatabase(values["data-dir"], { readOnly: true });
try {
  const runs = await currentRuns(db.connection);
  const latest = runs.at(-1)!.teljaar;
  console.log(`${new Date().toISOString()} · ${os.cpus().length} cores · load ${os.loadavg()[0]!.toFixed(2)} · Node ${process.version}`);
  // The latest teljaar's stages, and the latest definitive run that can be followed up (the follow-up and vso → mbo
  // answers are linked into it).
  const state = await readRegisterState(db.connection);
  const linked = (r: (typeof runs)[number]) => r.stage === "definitive" && canFollowUp(r.teljaar, r.complete, state.factsUntil ?? state.asOf);
  const followedUp = runs.filter(linked).at(-1);
  for (const run of [...runs.filter((r) => r.teljaar === latest), ...(followedUp && followedUp.teljaar !== latest ? [followedUp] : [])]) {
    const times: number[] = [];
    let size;
    let data;
    for (let i = 0; i < Number(values.repeat); i++) {
      const t0 = performance.now();
      data = await buildCellSystem(db.connection, run.teljaar, run.stage, { linkFollowUp: linked(run) });
      size = data.size;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const hiddenShare = ((size!.hidden / size!.cells) * 100).toFixed(1);
    console.log(`${run.teljaar} ${run.stage}${linked(run) ? " (with follow-up)" : ""}: ${size!.cells} cells, ${size!.relations} relations, ${hiddenShare}% of published counts hidden, ${size!.unprotected} unprotected; median ${Math.round(times[Math.floor(times.length / 2)]!)} ms (${times.map((t) => Math.round(t)).join(", ")})`);
    // What a reader loses: hidden totals of the main tables (official definition; region also under the other one).
    const system = cellSystemOf(data!);
    const official = officialDefinition(run.teljaar);
    const tables: [number, string[]][] = [[official, ["vo_mbo"]], [official, ["region"]], [official === 23 ? 27 : 23, ["region"]], [official, ["institution"]], [official, ["municipality"]], [official, ["region", "level"]], [official, ["institution", "education_type"]]];
    console.log(
      "  hidden (start population / vsv of cells): " +
        tables.map(([d, by]) => {
          const cells = system.cellsOf(d as Definition, by);
          return `${by.join("×")} (${d}) ${cells.filter((c) => c.hiddenSp).length}/${cells.filter((c) => c.hiddenVsv).length} of ${cells.length}`;
        }).join(", "),
    );
  }
} finally {
  await db.close();
}
