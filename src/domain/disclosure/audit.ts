/**
 * The attack a disclosure auditor runs on published counts (docs/privacy-public.md): every relation between the
 * published cells as an equation, every count non-negative, and from that the tightest interval per unknown cell
 * that interval propagation finds, plus the cells that linear algebra pins exactly. Pure; used by the protection
 * (src/domain/disclosure/protect.ts) and by the attacker test, which gathers its relations from the API itself.
 */
import { determinedUnknowns } from "./determined.js";
import { type SumRelation, relationsByCell } from "./relations.js";

export interface AuditFinding {
  /** Lowest value each cell can have (the shown value for a shown cell). */
  readonly lo: readonly number[];
  /** Highest value (Infinity when nothing bounds it). */
  readonly hi: readonly number[];
  /** Unknown cells that the relations pin to one value (by elimination or because lo = hi). */
  readonly pinned: readonly boolean[];
}

/** Propagation stops after this many relation visits per relation (a safety net: it normally settles in a few). */
const VISITS_PER_RELATION = 200;

/**
 * `known[i]` is the shown value of cell i, or null when the reader does not know it (hidden or never published).
 */
export function audit(sums: readonly SumRelation[], known: readonly (number | null)[], options: { exact?: boolean; byCell?: readonly (readonly SumRelation[])[] } = {}): AuditFinding {
  const n = known.length;
  const lo = known.map((v) => v ?? 0);
  const hi = known.map((v) => v ?? Number.POSITIVE_INFINITY);
  propagate(sums, options.byCell ?? relationsByCell(n, sums), lo, hi, sums);
  const unknown = known.map((v, i) => v === null && lo[i] !== hi[i]);
  const exact = options.exact === false ? new Array<boolean>(n).fill(false) : determinedUnknowns(n, sums, unknown);
  const pinned = known.map((v, i) => v === null && (lo[i] === hi[i] || exact[i]!));
  return { lo, hi, pinned };
}

/**
 * Interval propagation: tightens `lo` and `hi` in place from the relations, starting with `seeds` and following
 * every relation of a cell whose bounds changed, until nothing changes.
 */
export function propagate(sums: readonly SumRelation[], byCell: readonly (readonly SumRelation[])[], lo: number[], hi: number[], seeds: Iterable<SumRelation>): void {
  const index = new Map<SumRelation, number>();
  sums.forEach((s, i) => index.set(s, i));
  const relationsOf = byCell.map((list) => list.map((s) => index.get(s)!));
  const queued = new Uint8Array(sums.length);
  let queue: number[] = [];
  for (const s of seeds) {
    const i = index.get(s)!;
    if (!queued[i]) {
      queued[i] = 1;
      queue.push(i);
    }
  }
  let budget = VISITS_PER_RELATION * Math.max(1, sums.length);
  let next: number[] = [];
  const tighten = (c: number, l: number, h: number) => {
    let changed = false;
    if (l > lo[c]!) {
      lo[c] = l;
      changed = true;
    }
    if (h < hi[c]!) {
      hi[c] = h;
      changed = true;
    }
    if (!changed) return;
    for (const r of relationsOf[c]!) {
      if (!queued[r]) {
        queued[r] = 1;
        next.push(r);
      }
    }
  };
  while (queue.length > 0 && budget > 0) {
    for (const r of queue) {
      if (budget-- <= 0) break;
      queued[r] = 0;
      const s = sums[r]!;
      const members = s.members;
      let sumLo = 0;
      let finiteHi = 0;
      let infinite = 0;
      for (let j = 0; j < members.length; j++) {
        const m = members[j]!;
        sumLo += lo[m]!;
        const h = hi[m]!;
        if (h === Number.POSITIVE_INFINITY) infinite++;
        else finiteHi += h;
      }
      tighten(s.total, sumLo, infinite > 0 ? Number.POSITIVE_INFINITY : finiteHi);
      const tLo = lo[s.total]!;
      const tHi = hi[s.total]!;
      for (let j = 0; j < members.length; j++) {
        const m = members[j]!;
        const ownInfinite = hi[m] === Number.POSITIVE_INFINITY ? 1 : 0;
        const othersHi = infinite - ownInfinite > 0 ? Number.POSITIVE_INFINITY : finiteHi - (ownInfinite ? 0 : hi[m]!);
        const othersLo = sumLo - lo[m]!;
        tighten(m, Math.max(0, tLo - othersHi), tHi - othersLo);
      }
    }
    queue = next;
    next = [];
  }
}

/** A count from 1 to 4 would single people out; an interval inside 1..4 tells as much. */
export const narrowedIntoSmall = (lo: number, hi: number, threshold: number) => lo >= 1 && hi < threshold;
