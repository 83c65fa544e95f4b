import type { Command } from "../command.js";
import { parseCommandArgs } from "../args.js";
import { render } from "../format.js";
import { readConfig } from "../../config.js";
import { describeEngineLists } from "../../engine/signal-rows.js";
import { readListsWithHistory } from "../../engine/signal-rows-history.js";
import { withOperationalStore } from "../../store/index.js";
import { loadPseudonymKey } from "../../store/pseudonym.js";
import { replaceSignals } from "../../store/signals.js";

const usage = `Usage: vsv signals load [--data-dir ./data]

Loads the signal lists for the officers of each RMC region (docs/signal-lists.md) from the
analytics store into the operational store, replacing the lists loaded before:
- possible vsv'ers of the latest report month: DUO's A04/A14 rows where DUO files cover the region,
  else the engine's monthly signalling over the latest computed teljaar;
- definitive vsv'ers of the last teljaar with a definitive stage: the definitive NenR where DUO
  files cover the region, else the engine's vsv'ers;
- the target group of the Wet van school naar duurzaam werk (docs/target-group.md): leavers of vso,
  pro, entree and mbo-2 BOL and vsv'ers, younger than 27, neither in education nor working 12+
  hours on the register's last day; always computed by the engine.
With the lists, the school career of everyone on them (enrolments, diplomas, jobs, months on the
possible list) for the person page. The operational store is PostgreSQL with DATABASE_URL, else PGlite in <data-dir>/pglite. Prints
the number of persons per list and the source of every region's list (no person data).`;

export const signalsLoadCommand: Command = {
  name: ["signals", "load"],
  summary: "load the signal lists (possible and definitive vsv'ers per region) into the operational store",
  usage,
  async run(args, io) {
    const { dataDir, quiet } = parseCommandArgs(args, {}, usage);
    const { lists, history } = await readListsWithHistory(dataDir);
    const key = loadPseudonymKey(dataDir);
    const loaded = await withOperationalStore({ dataDir, databaseUrl: readConfig().databaseUrl }, (store) => replaceSignals(store, key, lists.rows, history));

    const engine = describeEngineLists(lists.engine);
    const targetGroup = lists.rows.filter((r) => r.list === "target_group").length;
    io.stdout.write(`Loaded the signal lists: ${loaded.possible.toLocaleString("en-US")} possible and ${loaded.definitive.toLocaleString("en-US")} definitive vsv'ers, ${targetGroup.toLocaleString("en-US")} young people in the target group, in ${loaded.regions} regions; ${(loaded.history ?? 0).toLocaleString("en-US")} facts of their school career (enrolments, diplomas, jobs, months on the list).\n`);
    io.stdout.write(`Engine: possible list from ${engine.possible ?? "nothing (no computed teljaar whose report months the register reaches)"}; definitive list from ${engine.definitive ?? "nothing (no complete definitive run)"}; target group: ${engine.target_group ?? "nothing (the register has no facts)"}.\n`);
    const { withoutPersonKey, withoutRegion } = lists.skipped;
    if (withoutPersonKey + withoutRegion > 0) {
      io.stdout.write(`Not listed: ${withoutPersonKey} DUO rows without a person number and ${withoutRegion} without an RMC region (correct them in the files and import again).\n`);
    }
    if (quiet) return 0;
    const byRegion = new Map<string, { region: string; possible: string; definitive: string; target_group: string }>();
    for (const r of lists.regions) {
      const entry = byRegion.get(r.region) ?? { region: r.region, possible: "", definitive: "", target_group: "" };
      entry[r.list] = `${r.persons} (${r.source})`;
      byRegion.set(r.region, entry);
    }
    io.stdout.write("\n");
    io.stdout.write(render([...byRegion.values()].sort((a, b) => a.region.localeCompare(b.region)), "table"));
    return 0;
  },
};
