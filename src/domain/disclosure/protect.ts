/**
 * Secondary suppression over a whole system of published cells at once (docs/privacy-public.md). Primary: every
 * count from 1 to 4 is hidden. Then the auditor's attack (audit.ts) is run on what would be shown, and for every
 * hidden cell it pins to one value or narrows into 1..4 — and for every implied, unpublished cell it narrows into
 * 1..4 — one more shown cell next to it is hidden, until the attack finds nothing. Hiding only ever grows, so it ends.
 */
import { audit, narrowedIntoSmall } from "./audit.js";
import { type SumRelation, cellsOf, relationsByCell } from "./relations.js";

export const SUPPRESSION_THRESHOLD = 5;

/** A count that must not be shown: 1 to threshold − 1 (0 is shown: nobody can be recognised in it). */
export function isSmallCount(n: number, threshold: number = SUPPRESSION_THRESHOLD): boolean {
  return n >= 1 && n < threshold;
}

export interface ProtectionProblem {
  /** True counts of every cell. */
  readonly values: readonly number[];
  readonly sums: readonly SumRelation[];
  /**
   * Per cell: "free" (this protection decides), "shown" or "hidden" (fixed elsewhere, e.g. by a table already
   * published), or "implied" (never published; the reader may only reason about it). Default "free".
   */
  readonly status?: readonly CellStatus[];
  /** Cells to hide for another reason (e.g. a vsv count whose start population is hidden). */
  readonly alsoHide?: Iterable<number>;
}

export type CellStatus = "free" | "shown" | "hidden" | "implied";

export interface Protection {
  /** Per cell: hidden (implied cells count as hidden). */
  readonly hidden: boolean[];
  /** Cells the attack still pins or narrows (only when no shown cell was left to hide next to them). */
  readonly unprotected: number[];
}

export function protect(p: ProtectionProblem, threshold = SUPPRESSION_THRESHOLD): Protection {
  const n = p.values.length;
  const status = p.status ?? new Array<CellStatus>(n).fill("free");
  const hidden = p.values.map((v, i) => status[i] === "hidden" || status[i] === "implied" || (status[i] === "free" && isSmallCount(v, threshold)));
  for (const i of p.alsoHide ?? []) if (status[i] === "free") hidden[i] = true;
  const free = (i: number) => status[i] === "free" && !hidden[i];
  const byCell = relationsByCell(n, p.sums);
  /** The next cell to hide in a relation: its smallest non-zero free part, else its total, else a zero part. */
  const candidate = (s: SumRelation): number | undefined => {
    let best: number | undefined;
    for (const m of s.members) if (free(m) && p.values[m]! > 0 && (best === undefined || p.values[m]! < p.values[best]! || (p.values[m] === p.values[best] && m < best))) best = m;
    if (best !== undefined) return best;
    if (free(s.total)) return s.total;
    return s.members.find(free);
  };
  const hiddenCount = (s: SumRelation) => cellsOf(s).filter((c) => hidden[c]).length;
  /** A partner for a problem cell: in its relation with the fewest hidden cells first, then one relation further. */
  const partner = (c: number): number | undefined => {
    const own = [...byCell[c]!].sort((a, b) => hiddenCount(a) - hiddenCount(b));
    for (const s of own) {
      const k = candidate(s);
      if (k !== undefined) return k;
    }
    for (const s of own) {
      for (const d of cellsOf(s)) {
        if (d === c || !hidden[d]) continue;
        for (const t of byCell[d]!) {
          const k = candidate(t);
          if (k !== undefined) return k;
        }
      }
    }
    return undefined;
  };
  for (;;) {
    const known = p.values.map((v, i) => (hidden[i] ? null : v));
    const found = audit(p.sums, known);
    const problems: number[] = [];
    for (let i = 0; i < n; i++) {
      if (!hidden[i]) continue;
      const narrowed = narrowedIntoSmall(found.lo[i]!, found.hi[i]!, threshold) || (found.pinned[i]! && isSmallCount(p.values[i]!, threshold));
      if (status[i] === "implied" ? narrowed : narrowed || found.pinned[i]!) problems.push(i);
    }
    if (problems.length === 0) return { hidden, unprotected: [] };
    let added = 0;
    const stuck: number[] = [];
    for (const c of problems) {
      const k = partner(c);
      if (k === undefined) stuck.push(c);
      else {
        hidden[k] = true;
        added++;
      }
    }
    if (added === 0) return { hidden, unprotected: stuck };
  }
}
