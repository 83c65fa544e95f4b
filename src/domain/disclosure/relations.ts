/**
 * The relations a reader can set up between published counts: a total is the sum of its parts (a breakdown and
 * its margin, the municipalities of a region, definition 23 as definition 27 below age 23 …). Cells are numbered;
 * a cell may be published (shown or hidden) or only implied (a margin nobody publishes, the 23–26 year-olds of a
 * region), in which case the reader knows nothing about it except that it is a count.
 */

/** `total` = sum of `members` (cell indices). */
export interface SumRelation {
  readonly total: number;
  readonly members: readonly number[];
}

/** The cells of each relation, total first. */
export const cellsOf = (s: SumRelation): readonly number[] => [s.total, ...s.members];

/** Per cell, the relations it takes part in. */
export function relationsByCell(cellCount: number, sums: readonly SumRelation[]): SumRelation[][] {
  const out: SumRelation[][] = Array.from({ length: cellCount }, () => []);
  for (const s of sums) for (const c of new Set(cellsOf(s))) out[c]!.push(s);
  return out;
}
