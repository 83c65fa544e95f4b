/**
 * Small-cell suppression of a count cube (docs/follow-up.md#privacy): the counts of a few dimensions (e.g. region ×
 * situation) with every marginal total (region total, situation total, grand total). Every cell is a sum of the cells
 * one dimension finer, and those relations go to suppressCells, so no hidden count can be recomputed from the shown
 * ones. Pure; the routes publish the cube's cells.
 */
import { suppressCells, type SumRelation } from "../suppression.js";

/** The marker of a dimension summed over. */
export const ALL = "*";

export interface CubeInput {
  /** One value per dimension (no ALL), and the count of that combination. */
  readonly keys: readonly string[];
  readonly count: number;
}

export interface Cube {
  /** The count of a combination (ALL for a total), or null when hidden; 0 for a combination nobody has. */
  count(keys: readonly string[]): number | null;
  /** The count regardless of suppression (for tests and shares' denominators kept server-side only). */
  raw(keys: readonly string[]): number;
  /** The values of each dimension that occur, sorted. */
  readonly values: readonly (readonly string[])[];
}

const key = (k: readonly string[]) => JSON.stringify(k);

/**
 * Builds the full cube over `dims` dimensions. `domains` may name values of a dimension that must appear even when
 * nobody has them (e.g. all four follow-up situations), so a zero is shown rather than a missing row.
 */
export function suppressCube(inputs: readonly CubeInput[], dims: number, domains: readonly (readonly string[] | undefined)[] = []): Cube {
  const values: string[][] = [...Array(dims).keys()].map((d) => {
    const seen = new Set<string>(domains[d] ?? []);
    for (const i of inputs) seen.add(i.keys[d]!);
    return [...seen].sort();
  });
  const index = new Map<string, number>();
  const counts: number[] = [];
  const cell = (k: readonly string[]): number => {
    const s = key(k);
    let i = index.get(s);
    if (i === undefined) {
      i = counts.length;
      index.set(s, i);
      counts.push(0);
    }
    return i;
  };
  // Every combination of values and ALL: the cube is small (a few dimensions with tens or hundreds of values).
  const combos: string[][] = [[]];
  for (let d = 0; d < dims; d++) {
    const next: string[][] = [];
    for (const c of combos) for (const v of [...values[d]!, ALL]) next.push([...c, v]);
    combos.splice(0, combos.length, ...next);
  }
  for (const c of combos) cell(c);
  for (const i of inputs) {
    // Add to the cell and every marginal above it.
    for (let mask = 0; mask < 1 << dims; mask++) {
      const k = i.keys.map((v, d) => (mask & (1 << d) ? ALL : v));
      counts[cell(k)]! += i.count;
    }
  }
  const sums: SumRelation[] = [];
  for (const c of combos) {
    for (let d = 0; d < dims; d++) {
      if (c[d] !== ALL) continue;
      sums.push({ total: cell(c), members: values[d]!.map((v) => cell(c.map((x, j) => (j === d ? v : x)))) });
    }
  }
  const hidden = suppressCells({ values: counts, sums });
  return {
    values,
    raw: (k) => counts[index.get(key(k)) ?? -1] ?? 0,
    count: (k) => {
      const i = index.get(key(k));
      if (i === undefined) return 0;
      return hidden[i] ? null : counts[i]!;
    },
  };
}

/** A percentage with one decimal, or null when either count is hidden or the denominator is 0. */
export function pct(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return Math.round((1000 * part) / whole) / 10;
}
