import { existsSync } from "node:fs";
import path from "node:path";
import type { Command } from "../command.js";
import { parseCommandArgs } from "../args.js";
import { stepProgress } from "../progress.js";
import { withDatabase, tableExists } from "../../engine/database.js";
import { importRegister } from "../../engine/register-import.js";
import { computeResults } from "../../engine/compute.js";
import { currentRuns } from "../../engine/runs.js";
import { nationalSeries } from "../../engine/series.js";
import { DEFAULT_FROM_YEAR, DEFAULT_SEED, DEFAULT_TO_YEAR, START_SCALE, generateRegister } from "../../synth/index.js";
import { render } from "../format.js";
import { chooseDemoDuoScopes, hasDuoFiles, writeDemoDuoFiles } from "../../engine/duo-demo.js";
import { importDuoInto } from "../../engine/duo-import.js";
import { LISTEN_OPTIONS, listenOptions, serveUntilStopped } from "./serve.js";
import { publishSnapshot } from "../../service/snapshot-publish.js";
import { readPointer } from "../../service/snapshot-pointer.js";
import { publishedLine } from "./serve.js";
import { prepareDemoCasework } from "../demo-casework.js";
import type { DemoCaseworkResult } from "../../store/casework-demo.js";
import { DEMO_PASSWORD } from "../../store/demo-accounts.js";
import { ROLE_LABELS } from "../../domain/casework/roles.js";

const usage = `Usage: vsv start [--scale ${START_SCALE}] [--no-demo-cases] [--serve [--port 8080] [--host 127.0.0.1]] [--data-dir ./data]

What \`npm start\` runs. On a fresh data directory: generates a synthetic Netherlands at scale
${START_SCALE} (about ${Math.round(1_400_000 * START_SCALE).toLocaleString("en-US")} in each start population; seed ${DEFAULT_SEED}; teljaren
${DEFAULT_FROM_YEAR}-${DEFAULT_FROM_YEAR + 1} … ${DEFAULT_TO_YEAR - 1}-${DEFAULT_TO_YEAR}) into <data-dir>/register, imports it, computes every teljaar,
and prints the national series. With data already there it reuses it (and computes only when
no results exist for the register in the store). --scale sets the scale of a generated register.
When no DUO files are imported yet, it also writes the largest institution's and its region's DUO
files for the latest definitive teljaar into <data-dir>/duo-demo (vsv duo export) and imports them
(vsv import duo), so that the vsv duo commands have data to show. Then it loads the signal lists into
the operational store (vsv signals load) and creates the demo accounts of the closed part, which it
lists with their one demo password (see the README), and — when the first demo region has no cases yet — demo
case work: cases in several statuses with contact moments, a handover from the other demo region and
absence reports from the demo school (--no-demo-cases leaves the case store empty). When anything changed (or
nothing was ever published) it publishes what the server reads as a new snapshot (docs/publication.md). With --serve (what npm start
uses) it then serves the API and the web app (vsv serve) until stopped with Ctrl-C.`;

/** One line on the demo case work, counts only (no person data). */
function demoWorkLine(w: DemoCaseworkResult): string {
  if (!w.seeded) return `Demo case work: none added (${w.reason}).`;
  return (
    `Demo case work in region ${w.region}: ${w.cases} cases (${w.open} open, ${w.overdue} with an overdue next step, ${w.withoutContact} without contact for 30+ days), ` +
    `${w.contacts} contact moments, ${w.handovers} handover waiting in the incoming queue, ${w.absenceReports} absence reports from the demo school.`
  );
}

export const startCommand: Command = {
  name: ["start"],
  summary: "first run: generate demo data if none, import, compute, print the national series",
  usage,
  async run(args, io) {
    const { values, dataDir, quiet } = parseCommandArgs(args, { scale: { type: "string" }, serve: { type: "boolean" }, "no-demo-cases": { type: "boolean" }, ...LISTEN_OPTIONS }, usage);
    const listen = values.serve === true ? listenOptions(values) : undefined;
    const scale = values.scale === undefined ? START_SCALE : Number(values.scale);
    const step = stepProgress(io.stderr, quiet);
    const hasRegister = existsSync(path.join(dataDir, "vsv.duckdb")) && (await withDatabase(dataDir, (db) => tableExists(db.connection, "register", "meta")));
    if (!hasRegister) {
      const folder = path.join(dataDir, "register");
      io.stderr.write(`No register in ${dataDir} yet: generating a synthetic Netherlands at scale ${scale} in ${folder}\n`);
      await step(
        "Generating",
        (p) => generateRegister({ out: folder, scale, seed: DEFAULT_SEED, fromYear: DEFAULT_FROM_YEAR, toYear: DEFAULT_TO_YEAR, onProgress: (d, t) => p.update(d, t) }),
        (g) => `${Object.values(g.rows).reduce((a, b) => a + b, 0).toLocaleString("en-US")} rows`,
      );
      await importRegister(dataDir, folder, { step });
    }
    let changed = !hasRegister;
    const series = await withDatabase(dataDir, async (db) => {
      if ((await currentRuns(db.connection)).length === 0) {
        await step("Computing", (p) => computeResults(db.connection, { onRun: (d, t) => p.update(d, t) }), (r) => `${r.length} runs (teljaar × stage)`);
        changed = true;
      }
      return [...(await nationalSeries(db.connection, 23)), ...(await nationalSeries(db.connection, 27))];
    });
    const demo = await withDatabase(dataDir, async (db) => {
      if (await hasDuoFiles(db.connection)) return undefined;
      const choice = await chooseDemoDuoScopes(db.connection);
      if (!choice) return undefined;
      const folders = await step("Writing demo DUO files", () => writeDemoDuoFiles(db.connection, choice, path.join(dataDir, "duo-demo")), (f) => `${f.length} folders`);
      return { choice, folders };
    });
    if (demo) await importDuoInto(dataDir, demo.folders, { step, importedBy: "vsv start (demo)" });
    // What the server reads (figures, register, DUO files) as one snapshot: published when anything changed, or never was.
    if (changed || demo || !readPointer(dataDir)) {
      await step("Publishing (snapshot, protected public tables)", (p) => publishSnapshot(dataDir, { onSystem: (n, total) => p.update(n, total) }), publishedLine);
    }
    const casework = await step("Loading signal lists and demo accounts", () => prepareDemoCasework(dataDir, { cases: values["no-demo-cases"] !== true }), (c) => `${c.possible.toLocaleString("en-US")} possible and ${c.definitive.toLocaleString("en-US")} definitive vsv'ers, ${c.accounts.length} demo accounts`);
    series.sort((a, b) => a.teljaar.localeCompare(b.teljaar) || a.definition - b.definition);
    io.stdout.write(`\nNational series of new vsv'ers (synthetic data when generated; "official" marks the definition in force):\n\n`);
    io.stdout.write(render(series.map((s) => ({ ...s })), "table"));
    io.stdout.write(`\nNext: vsv figures --teljaar 2023-2024 --by region   ·   vsv explain --person <id> --teljaar 2023-2024   ·   vsv --help\n`);
    if (demo) {
      const { teljaar, institution, region } = demo.choice;
      io.stdout.write(`DUO files: vsv duo figures --institution ${institution.code} --teljaar ${teljaar} --by level   ·   vsv duo figures --region ${region.code} --teljaar ${teljaar}\n`);
    }
    io.stdout.write(`\nDemo accounts for the closed part (sign in at /inloggen; password for all: ${DEMO_PASSWORD}):\n\n`);
    io.stdout.write(render(casework.accounts.map((a) => ({ username: a.username, role: ROLE_LABELS[a.role], scope: a.scope })), "table"));
    if (casework.work) io.stdout.write(`\n${demoWorkLine(casework.work)}\n`);
    if (listen) {
      io.stdout.write("\n");
      await serveUntilStopped(io, { dataDir, ...listen });
    }
    return 0;
  },
};
