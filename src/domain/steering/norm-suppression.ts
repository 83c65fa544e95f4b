/**
 * Suppression of counts that add up already-published cells (docs/norms.md, docs/privacy-public.md). A vo
 * category (e.g. bovenbouw vmbo = VMBO-BB + VMBO-KB + VMBO-GT) sums cells the public API publishes per sort of
 * education, each with its own fixed status. Showing the sum must not reveal a hidden member: the group cells are
 * new cells in the same relations, suppressed by the same rule (src/domain/suppression.ts) with the members and
 * the institution's total held fixed.
 */
import { suppressCells, type SumRelation } from "../suppression.js";

export interface PublishedCell {
  readonly value: number;
  /** Hidden where it is published. */
  readonly hidden: boolean;
}

export interface GroupedCells {
  /** The published cells, e.g. one institution's counts per sort of education. */
  readonly members: readonly PublishedCell[];
  /** Member indices per group; members in no group still count in the total. */
  readonly groups: readonly (readonly number[])[];
  /** The published total of all members (e.g. the institution's count), when there is one. */
  readonly total?: PublishedCell;
  /** Groups to hide for another reason (e.g. a vsv count whose start population is small). */
  readonly alsoHide?: readonly number[];
}

/** Which groups to hide (true = hidden). */
export function suppressGroups(p: GroupedCells): boolean[] {
  const m = p.members.length;
  const g = p.groups.length;
  const values = [...p.members.map((c) => c.value), ...p.groups.map((members) => members.reduce((a, i) => a + p.members[i]!.value, 0))];
  const fixed = new Map<number, boolean>(p.members.map((c, i) => [i, c.hidden]));
  const sums: SumRelation[] = p.groups.map((members, j) => ({ total: m + j, members }));
  if (p.total) {
    const t = values.length;
    values.push(p.total.value);
    fixed.set(t, p.total.hidden);
    const grouped = new Set(p.groups.flat());
    const loose = p.members.flatMap((_, i) => (grouped.has(i) ? [] : [i]));
    sums.push({ total: t, members: [...p.groups.map((_, j) => m + j), ...loose] });
  }
  const hidden = suppressCells({ values, sums, fixed, alsoHide: (p.alsoHide ?? []).map((j) => m + j) });
  return hidden.slice(m, m + g);
}
