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
  return suppressCubes([{ inputs, dims, domains }])[0]!;
}

export interface CubeTable {
  readonly inputs: readonly CubeInput[];
  readonly dims: number;
  readonly domains?: readonly (readonly string[] | undefined)[];
}

/**
 * Cubes of the same young people broken down by different first dimensions (mbo leavers by labour-market region,
 * by programme, by level): their cells summed over the first dimension (ALL) are the same numbers in each, so they
 * are one set of cells and the cubes are protected together.
 */
export function suppressCubes(tables: readonly CubeTable[]): Cube[] {
  const index = new Map<string, number>();
  const counts: number[] = [];
  const sums: SumRelation[] = [];
  const made = tables.map((table, t) => {
    const { inputs, dims, domains = [] } = table;
    const values: string[][] = [...Array(dims).keys()].map((d) => {
      const seen = new Set<string>(domains[d] ?? []);
      for (const i of inputs) seen.add(i.keys[d]!);
      return [...seen].sort();
    });
    // Cells summed over the first dimension are shared by every table; the others are the table's own.
    const id = (k: readonly string[]) => (k[0] === ALL ? key(k) : `${t}|${key(k)}`);
    // Every combination of values and ALL: the cube is small (a few dimensions with tens or hundreds of values).
    let combos: string[][] = [[]];
    for (let d = 0; d < dims; d++) combos = combos.flatMap((c) => [...values[d]!, ALL].map((v) => [...c, v]));
    const local = new Map<string, number>(combos.map((c) => [id(c), 0]));
    for (const i of inputs) {
      // Add to the cell and every marginal above it.
      for (let mask = 0; mask < 1 << dims; mask++) {
        const k = id(i.keys.map((v, d) => (mask & (1 << d) ? ALL : v)));
        local.set(k, local.get(k)! + i.count);
      }
    }
    for (const [k, n] of local) {
      const at = index.get(k);
      if (at === undefined) {
        index.set(k, counts.length);
        counts.push(n);
      } else if (counts[at] !== n) throw new Error(`Cubes of the same people disagree on ${k}: ${counts[at]} and ${n}`);
    }
    const cell = (k: readonly string[]) => index.get(id(k))!;
    for (const c of combos) {
      for (let d = 0; d < dims; d++) {
        if (c[d] !== ALL) continue;
        sums.push({ total: cell(c), members: values[d]!.map((v) => cell(c.map((x, j) => (j === d ? v : x)))) });
      }
    }
    return { values, combos, cell };
  });
  const hidden = suppressCells({ values: counts, sums });
  return made.map(({ values, combos, cell }) => cubeOf(values, combos.map((c) => ({ keys: c, value: counts[cell(c)]!, hidden: hidden[cell(c)]! }))));
}

/** A cell of a cube as published: its keys (ALL for a total), its true count and whether it is hidden. */
export interface CubeCell {
  readonly keys: readonly string[];
  readonly value: number;
  readonly hidden: boolean;
}

/**
 * A cube over cells protected already, here or together with the tables they are linked to (the follow-up's
 * region totals are the figures' region cells: src/server/disclosure/linked-tables.ts). A combination not listed
 * is a zero.
 */
export function cubeOf(values: readonly (readonly string[])[], cells: readonly CubeCell[]): Cube {
  const index = new Map(cells.map((c) => [key(c.keys), c]));
  return {
    values,
    raw: (k) => index.get(key(k))?.value ?? 0,
    count: (k) => {
      const c = index.get(key(k));
      if (c === undefined) return 0;
      return c.hidden ? null : c.value;
    },
  };
}

/** A percentage with one decimal, or null when either count is hidden or the denominator is 0. */
export function pct(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return Math.round((1000 * part) / whole) / 10;
}
