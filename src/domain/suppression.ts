/**
 * Small-cell suppression for public output (docs/privacy-public.md), for the answers that protect one small table
 * at a time (the national series, a saved target plan, a follow-up cube, norm groups). The figures tables are
 * protected all together (src/server/disclosure/); both use the same rule and the same attack
 * (src/domain/disclosure/): primary 1..4 hidden, then more cells hidden until no hidden cell is pinned or narrowed
 * into 1..4 by the relations and non-negativity.
 */
import { determinedUnknowns } from "./disclosure/determined.js";
import { mergeIdentical } from "./disclosure/identical.js";
import { type CellStatus, SUPPRESSION_THRESHOLD, isSmallCount, protect } from "./disclosure/protect.js";
import type { SumRelation } from "./disclosure/relations.js";

export { SUPPRESSION_THRESHOLD, isSmallCount, type SumRelation };

export interface SuppressionProblem {
  /** Cell values (counts). */
  readonly values: readonly number[];
  readonly sums: readonly SumRelation[];
  /** Cells whose status another published table has fixed: true = hidden there, false = shown there. */
  readonly fixed?: ReadonlyMap<number, boolean>;
  /** Cells to hide for another reason (e.g. a vsv count whose start population is hidden). */
  readonly alsoHide?: Iterable<number>;
}

/** Which cells to hide (true = hidden). */
export function suppressCells(p: SuppressionProblem, threshold: number = SUPPRESSION_THRESHOLD): boolean[] {
  const status: CellStatus[] = p.values.map((_, i) => {
    const f = p.fixed?.get(i);
    return f === undefined ? "free" : f ? "hidden" : "shown";
  });
  const merged = mergeIdentical({ values: p.values, sums: p.sums, status, alsoHide: p.alsoHide });
  const hidden = protect(merged.problem, threshold).hidden;
  return p.values.map((_, i) => hidden[merged.variableOf[i]!]!);
}

/** Hidden cells whose value follows from the shown cells and the relations by linear algebra alone. */
export function determinedCells(cellCount: number, sums: readonly SumRelation[], hidden: readonly boolean[]): number[] {
  return determinedUnknowns(cellCount, sums, hidden).flatMap((d, i) => (d ? [i] : []));
}

/** Values with hidden cells as null. */
export function applySuppression<T extends number>(values: readonly T[], hidden: readonly boolean[]): (T | null)[] {
  return values.map((v, i) => (hidden[i] ? null : v));
}
