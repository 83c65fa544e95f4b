/** Random two-way tables with their margins, as cells and sum relations, for the suppression property tests. */
import fc from "fast-check";
import type { SumRelation } from "../../src/domain/disclosure/relations.js";

/** A table of r × c cells with its row totals, column totals and grand total, as cells and relations. */
export function sumTable(grid: number[][]) {
  const r = grid.length;
  const c = grid[0]!.length;
  const values: number[] = grid.flat();
  for (let i = 0; i < r; i++) values.push(grid[i]!.reduce((a, b) => a + b, 0));
  for (let j = 0; j < c; j++) values.push(grid.reduce((a, row) => a + row[j]!, 0));
  values.push(values.slice(0, r * c).reduce((a, b) => a + b, 0));
  const sums: SumRelation[] = [];
  for (let i = 0; i < r; i++) sums.push({ total: r * c + i, members: [...Array(c).keys()].map((j) => i * c + j) });
  for (let j = 0; j < c; j++) sums.push({ total: r * c + r + j, members: [...Array(r).keys()].map((i) => i * c + j) });
  sums.push({ total: r * c + r + c, members: [...Array(r).keys()].map((i) => r * c + i) });
  sums.push({ total: r * c + r + c, members: [...Array(c).keys()].map((j) => r * c + r + j) });
  return { values, sums };
}

/** Grids of 1–5 × 1–5 counts, many of them small. */
export const smallGrids = fc.integer({ min: 1, max: 5 }).chain((r) =>
  fc.integer({ min: 1, max: 5 }).chain((c) =>
    fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })), { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
  ),
);
