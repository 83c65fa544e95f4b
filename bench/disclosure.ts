/**
 * How long the protection of the public tables takes (docs/privacy-public.md): builds the protected system of the
 * latest teljaar's stages of a data directory, and of the latest definitive one that can be followed up (not from
 * their cache), `--repeat` times and prints the median, the system's size and what a reader loses (hidden totals
 * of the main tables). `--trace` also prints why region totals are hidden: the chain of partners that led there.
 * `npx tsx bench/disclosure.ts --data-dir <dir> [--repeat 3] [--trace]`.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { type Definition, officialDefinition } from "../src/domain/definition.js";
import { buildCellSystem, cellSystemOf } from "../src/service/disclosure/cell-system.js";
import { openStore } from "../src/service/store.js";

const { values } = parseArgs({ options: { "data-dir": { type: "string" }, repeat: { type: "string", default: "3" }, trace: { type: "boolean", default: false } } });
if (!values["data-dir"]) throw new Error("Give --data-dir <folder with computed figures>");
const { store, reason } = await openStore(values["data-dir"]);
if (!store) throw new Error(reason);
try {
  const latest = store.teljaren.at(-1)!;
  console.log(`${new Date().toISOString()} · ${os.cpus().length} cores · load ${os.loadavg()[0]!.toFixed(2)} · Node ${process.version}`);
  // The follow-up and vso → mbo answers are linked into a definitive system exactly when the server links them.
  const linked = (r: (typeof store.runs)[number]) => r.stage === "definitive" && store.followUpTeljaren.includes(r.teljaar);
  const followedUp = store.runs.filter(linked).at(-1);
  for (const run of [...store.runs.filter((r) => r.teljaar === latest), ...(followedUp && followedUp.teljaar !== latest ? [followedUp] : [])]) {
    const times: number[] = [];
    /** Why each cell was hidden as a partner (first reason only), for --trace. */
    const why = new Map<string, string>();
    const trace = values.trace ? (hidden: string, protects: string, rule: string) => void (why.has(hidden) || why.set(hidden, `(${rule}) ${protects}`)) : undefined;
    let data;
    for (let i = 0; i < Number(values.repeat); i++) {
      why.clear();
      const t0 = performance.now();
      data = await buildCellSystem(store.conn, run.teljaar, run.stage, { linkFollowUp: linked(run), trace });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const size = data!.size;
    const hiddenShare = ((size.hidden / size.cells) * 100).toFixed(1);
    console.log(`${run.teljaar} ${run.stage}${linked(run) ? " (with follow-up)" : ""}: ${size.cells} cells, ${size.relations} relations, ${hiddenShare}% of published counts hidden, ${size.unprotected} unprotected; median ${Math.round(times[Math.floor(times.length / 2)]!)} ms (${times.map((t) => Math.round(t)).join(", ")})`);
    // What a reader loses: hidden totals of the main tables (official definition; region also under the other one).
    const system = cellSystemOf(data!);
    const official = officialDefinition(run.teljaar);
    const tables: [Definition, string[]][] = [[official, ["vo_mbo"]], [official, ["region"]], [official === 23 ? 27 : 23, ["region"]], [official, ["institution"]], [official, ["municipality"]], [official, ["region", "level"]], [official, ["institution", "education_type"]]];
    console.log(
      "  hidden (start population / vsv of cells): " +
        tables.map(([d, by]) => {
          const cells = system.cellsOf(d, by);
          return `${by.join("×")} (${d}) ${cells.filter((c) => c.hiddenSp).length}/${cells.filter((c) => c.hiddenVsv).length} of ${cells.length}`;
        }).join(", "),
    );
    for (const cell of [...why.keys()].filter((k) => /^(sp|vsv) \{"region":"[^"]+"(,"under_23":true)?\}/.test(k)).slice(0, 5)) {
      const chain = [cell];
      for (let at = why.get(cell); at && chain.length < 8; at = why.get(at.replace(/^\(\w+\) /, ""))) chain.push(`  <- ${at}`);
      console.log(`  ${chain.join("\n  ")}`);
    }
  }
} finally {
  await store.close();
}
