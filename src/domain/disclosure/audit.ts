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
export function audit(sums: readonly SumRelation[], known: readonly (number | null)[]): AuditFinding {
  const n = known.length;
  const lo = known.map((v) => v ?? 0);
  const hi = known.map((v) => v ?? Number.POSITIVE_INFINITY);
  const byCell = relationsByCell(n, sums);
  const queue: SumRelation[] = [...sums];
  const queued = new Set<SumRelation>(sums);
  let budget = VISITS_PER_RELATION * Math.max(1, sums.length);
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
    for (const s of byCell[c]!) {
      if (!queued.has(s)) {
        queued.add(s);
        queue.push(s);
      }
    }
  };
  let head = 0;
  while (head < queue.length && budget-- > 0) {
    const s = queue[head++]!;
    if (head > 4096 && head * 2 > queue.length) {
      queue.splice(0, head);
      head = 0;
    }
    queued.delete(s);
    let sumLo = 0;
    let finiteHi = 0;
    let infinite = 0;
    for (const m of s.members) {
      sumLo += lo[m]!;
      if (hi[m] === Number.POSITIVE_INFINITY) infinite++;
      else finiteHi += hi[m]!;
    }
    const sumHi = infinite > 0 ? Number.POSITIVE_INFINITY : finiteHi;
    tighten(s.total, sumLo, sumHi);
    const tLo = lo[s.total]!;
    const tHi = hi[s.total]!;
    for (const m of s.members) {
      const ownInfinite = hi[m] === Number.POSITIVE_INFINITY ? 1 : 0;
      const othersHi = infinite - ownInfinite > 0 ? Number.POSITIVE_INFINITY : finiteHi - (ownInfinite ? 0 : hi[m]!);
      const othersLo = sumLo - lo[m]!;
      tighten(m, Math.max(0, tLo - othersHi), tHi - othersLo);
    }
  }
  const unknown = known.map((v, i) => v === null && lo[i] !== hi[i]);
  const exact = determinedUnknowns(n, sums, unknown);
  const pinned = known.map((v, i) => v === null && (lo[i] === hi[i] || exact[i]!));
  return { lo, hi, pinned };
}

/** A count from 1 to 4 would single people out; an interval inside 1..4 tells as much. */
export const narrowedIntoSmall = (lo: number, hi: number, threshold: number) => lo >= 1 && hi < threshold;
