/**
 * Small-cell suppression for public output (docs/privacy-public.md). Pure: cells, the additive relations
 * between them (a total and the cells that add up to it) and which cells another published table already
 * fixed; out comes which cells to hide.
 *
 * Primary: a count from 1 to threshold − 1 (1-4) is hidden. Secondary: no hidden cell may be recomputable
 * from the shown cells and totals. First, in every relation a lone hidden cell gets a partner (the smallest
 * non-zero shown cell of that relation); then a linear-algebra audit finds hidden cells that several relations
 * together still determine and hides one more cell next to each, until none is determined.
 */

export const SUPPRESSION_THRESHOLD = 5;

/** A count that must not be shown: 1 to threshold − 1 (0 is shown: nobody can be recognised in it). */
export function isSmallCount(n: number, threshold: number = SUPPRESSION_THRESHOLD): boolean {
  return n >= 1 && n < threshold;
}

/** `total` = sum of `members` (cell indices). */
export interface SumRelation {
  readonly total: number;
  readonly members: readonly number[];
}

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
  const fixed = p.fixed ?? new Map<number, boolean>();
  const hidden = p.values.map((v, i) => fixed.get(i) ?? isSmallCount(v, threshold));
  for (const i of p.alsoHide ?? []) if (!fixed.has(i)) hidden[i] = true;
  const free = (i: number) => !hidden[i] && !fixed.has(i);
  /** The cell to hide next among `cells`: the smallest non-zero free one, else the smallest free one. */
  const pick = (cells: readonly number[]): number | undefined => {
    let best: number | undefined;
    for (const c of cells) {
      if (!free(c)) continue;
      if (best === undefined) best = c;
      else {
        const [vb, vc] = [p.values[best]!, p.values[c]!];
        const rank = (v: number) => (v === 0 ? Number.POSITIVE_INFINITY : v);
        if (rank(vc) < rank(vb) || (rank(vc) === rank(vb) && c < best)) best = c;
      }
    }
    return best;
  };
  const relationsOf = new Map<number, SumRelation[]>();
  for (const s of p.sums) {
    for (const c of [s.total, ...s.members]) {
      const list = relationsOf.get(c) ?? [];
      list.push(s);
      relationsOf.set(c, list);
    }
  }
  for (;;) {
    // Lone hidden cells in one relation.
    let changed = true;
    while (changed) {
      changed = false;
      for (const s of p.sums) {
        const cells = [s.total, ...s.members];
        if (cells.filter((c) => hidden[c]).length !== 1) continue;
        const c = pick(cells);
        if (c !== undefined) {
          hidden[c] = true;
          changed = true;
        }
      }
    }
    // Hidden cells several relations determine together.
    const determined = determinedCells(p.values.length, p.sums, hidden);
    let added = false;
    for (const d of determined) {
      const c = pick((relationsOf.get(d) ?? []).flatMap((s) => [s.total, ...s.members]));
      if (c !== undefined) {
        hidden[c] = true;
        added = true;
      }
    }
    if (!added) return hidden;
  }
}

/**
 * Hidden cells whose value follows from the shown cells and the relations (linear algebra: the unit vector of
 * the cell lies in the row space of the relations restricted to hidden cells). Used by the rule and its test.
 */
export function determinedCells(cellCount: number, sums: readonly SumRelation[], hidden: readonly boolean[]): number[] {
  // Relations only tie hidden cells together within a connected group: solve each group on its own.
  const parent = [...Array(cellCount).keys()];
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const relations: number[][] = [];
  for (const s of sums) {
    const cells = [s.total, ...s.members].filter((c) => hidden[c]);
    if (cells.length === 0) continue;
    relations.push([s.total, ...s.members]);
    for (const c of cells.slice(1)) parent[find(c)] = find(cells[0]!);
  }
  const groups = new Map<number, SumRelation[]>();
  for (const r of relations) {
    const first = r.find((c) => hidden[c])!;
    const g = find(first);
    const list = groups.get(g) ?? [];
    list.push({ total: r[0]!, members: r.slice(1) });
    groups.set(g, list);
  }
  return [...groups.values()].flatMap((g) => determinedInGroup(g, hidden));
}

function determinedInGroup(sums: readonly SumRelation[], hidden: readonly boolean[]): number[] {
  const unknown = [...new Set(sums.flatMap((s) => [s.total, ...s.members]).filter((c) => hidden[c]))].sort((a, b) => a - b);
  if (unknown.length === 0) return [];
  const col = new Map(unknown.map((c, j) => [c, j]));
  const rows: number[][] = [];
  for (const s of sums) {
    const row = new Array<number>(unknown.length).fill(0);
    let any = false;
    const add = (c: number, k: number) => {
      const j = col.get(c);
      if (j !== undefined) {
        row[j]! += k;
        any = true;
      }
    };
    add(s.total, 1);
    for (const m of s.members) add(m, -1);
    if (any) rows.push(row);
  }
  // Reduced row echelon form; a cell is determined when a row of it has a single non-zero, in that cell.
  const eps = 1e-9;
  let r = 0;
  for (let c = 0; c < unknown.length && r < rows.length; c++) {
    let pivot = -1;
    for (let i = r; i < rows.length; i++) if (Math.abs(rows[i]![c]!) > eps) { pivot = i; break; }
    if (pivot < 0) continue;
    [rows[r], rows[pivot]] = [rows[pivot]!, rows[r]!];
    const pr = rows[r]!;
    const pv = pr[c]!;
    for (let k = c; k < pr.length; k++) pr[k]! /= pv;
    for (let i = 0; i < rows.length; i++) {
      if (i === r) continue;
      const f = rows[i]![c]!;
      if (Math.abs(f) <= eps) continue;
      const ri = rows[i]!;
      for (let k = c; k < ri.length; k++) ri[k]! -= f * pr[k]!;
    }
    r++;
  }
  const out: number[] = [];
  for (let i = 0; i < r; i++) {
    const nz = rows[i]!.flatMap((v, j) => (Math.abs(v) > eps ? [j] : []));
    if (nz.length === 1) out.push(unknown[nz[0]!]!);
  }
  return out;
}

/** Values with hidden cells as null. */
export function applySuppression<T extends number>(values: readonly T[], hidden: readonly boolean[]): (T | null)[] {
  return values.map((v, i) => (hidden[i] ? null : v));
}
