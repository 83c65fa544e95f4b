/**
 * The operational store's part of the demo that `vsv start` prepares: the signal lists loaded into the store
 * (as `vsv signals load` does) and the demo accounts, placed where the lists are: the region with DUO's own
 * list (names included) or else the largest, another region, and the school with most young people on the
 * first region's list. Also the national action plan (reference/action-plan.json) and demo regional programmes for
 * those two regions, and demo case work in the first region (src/store/casework-demo.ts) unless asked not to.
 */
import { readConfig } from "../config.js";
import type { SignalLists } from "../engine/signal-rows.js";
import { readListsWithHistory } from "../engine/signal-rows-history.js";
import { VsvError } from "../domain/errors.js";
import { type DemoAccount, type DemoPlaces, ensureDemoAccounts } from "../store/demo-accounts.js";
import { withOperationalStore } from "../store/index.js";
import { loadPseudonymKey } from "../store/pseudonym.js";
import { replaceSignals } from "../store/signals.js";
import { ensureActionPlan } from "../store/action-plan.js";
import { ensureDemoProgrammes } from "../store/programme-demo.js";
import { type DemoCaseworkResult, ensureDemoCasework } from "../store/casework-demo.js";

export interface DemoCasework {
  readonly possible: number;
  readonly definitive: number;
  readonly accounts: readonly DemoAccount[];
  /** The demo case work added (or why not); undefined when asked for none (`vsv start --no-demo-cases`). */
  readonly work: DemoCaseworkResult | undefined;
}

/** Where the demo users work (pure: from the loaded lists). */
export function demoPlaces(lists: SignalLists): DemoPlaces | undefined {
  const possible = lists.regions.filter((r) => r.list === "possible" && r.persons > 0).sort((a, b) => b.persons - a.persons || a.region.localeCompare(b.region));
  const primary = possible.find((r) => r.source === "duo") ?? possible[0];
  const secondary = possible.find((r) => r.region !== primary?.region);
  if (!primary || !secondary) return undefined;
  const schools = new Map<string, number>();
  for (const row of lists.rows) {
    if (row.list === "possible" && row.region === primary.region && row.institution) schools.set(row.institution, (schools.get(row.institution) ?? 0) + 1);
  }
  const institution = [...schools.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  if (!institution) return undefined;
  return { regions: { primary: primary.region, secondary: secondary.region }, institution };
}

export async function prepareDemoCasework(dataDir: string, options: { readonly cases?: boolean } = {}): Promise<DemoCasework> {
  const { lists, history } = await readListsWithHistory(dataDir);
  const places = demoPlaces(lists);
  if (!places) {
    throw new VsvError("NO_DEMO_PLACES", "The signal lists have fewer than two regions with young people on them, so the demo accounts have nowhere to work: generate a larger demo (vsv start --scale 0.05)");
  }
  const key = loadPseudonymKey(dataDir);
  return withOperationalStore({ dataDir, databaseUrl: readConfig().databaseUrl }, async (store) => {
    const loaded = await replaceSignals(store, key, lists.rows, history);
    const accounts = await ensureDemoAccounts(store, places);
    // Steering (issue 6): the national action plan as published, and demo programmes for the demo users' regions.
    await ensureActionPlan(store);
    await ensureDemoProgrammes(store, [places.regions.primary, places.regions.secondary]);
    // A working day to look at (issue 16): cases, a handover and absence reports, once (never over users' work).
    const work = options.cases === false ? undefined : await ensureDemoCasework(store, places);
    return { possible: loaded.possible, definitive: loaded.definitive, accounts, work };
  });
}
