/**
 * The report's follow-up section: the vsv'ers of a teljaar on 1 October t+2 (SK obtained, back in education,
 * working 12+ hours, still vsv'er), nationally and per RMC region: the same protected cells as
 * GET /api/v1/steering/follow-up, protected with the figures they share the vsv'ers with
 * (src/server/disclosure/linked-tables.ts). docs/follow-up.md.
 */
import { officialDefinition } from "../domain/definition.js";
import { FOLLOW_UP_SITUATIONS, type FollowUpSituation, followUpDate } from "../domain/steering/follow-up.js";
import { ALL, pct } from "../domain/steering/follow-up-cube.js";
import type { Teljaar } from "../domain/teljaar.js";
import { linkedCube } from "../service/public-figures.js";
import type { Store } from "../service/store.js";

export interface FollowUpRow {
  readonly code: string;
  readonly name: string;
  /** vsv'ers of the teljaar, and per situation the count (null: suppressed) and share of them. */
  readonly vsv: number | null;
  readonly situations: Readonly<Record<FollowUpSituation, { readonly n: number | null; readonly pct: number | null }>>;
}

export interface ReportFollowUp {
  readonly teljaar: Teljaar;
  readonly definition: number;
  readonly date: string;
  /** Nederland first, then the regions. */
  readonly rows: readonly FollowUpRow[];
}

/** The latest teljaar up to `upTo` that can be followed up (Store.followUpTeljaren). */
export function followUpTeljaar(store: Store, upTo: Teljaar): Teljaar | null {
  const list = store.followUpTeljaren.filter((t) => t <= upTo);
  return list.at(-1) ?? null;
}

export async function followUpSection(store: Store, upTo: Teljaar): Promise<ReportFollowUp | null> {
  const t = followUpTeljaar(store, upTo);
  if (!t) return null;
  const { cube, names } = await linkedCube(store, t, "follow_up");
  const rows = [ALL, ...cube.values[0]!].map((area): FollowUpRow => {
    const total = cube.count([area, ALL]);
    const situations = Object.fromEntries(
      FOLLOW_UP_SITUATIONS.map((s) => {
        const n = cube.count([area, s]);
        return [s, { n, pct: pct(n, total) }];
      }),
    ) as FollowUpRow["situations"];
    return { code: area === ALL ? "NL" : area || "–", name: area === ALL ? "Nederland" : (names.get(area) ?? "onbekend"), vsv: total, situations };
  });
  return { teljaar: t, definition: officialDefinition(t), date: followUpDate(t), rows };
}
