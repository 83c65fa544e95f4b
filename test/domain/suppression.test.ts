import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { smallGrids, sumTable } from "../support/sum-tables.js";
import { applySuppression, determinedCells, isSmallCount, suppressCells } from "../../src/domain/suppression.js";

describe("small-cell suppression", () => {
  it("hides counts from 1 to 4 and shows 0 and 5 or more", () => {
    expect([0, 1, 4, 5, 120].map((n) => isSmallCount(n))).toEqual([false, true, true, false, false]);
  });

  it("never leaves a hidden cell alone next to its total: the next smallest non-zero cell is hidden too", () => {
    // total 30 = 3 + 0 + 7 + 20: hiding 3 alone would give it away as 30 − 27.
    const hidden = suppressCells({ values: [30, 3, 0, 7, 20], sums: [{ total: 0, members: [1, 2, 3, 4] }] });
    expect(hidden).toEqual([false, true, false, true, false]);
    expect(applySuppression([30, 3, 0, 7, 20], hidden)).toEqual([30, null, 0, null, 20]);
  });

  it("hides nothing when no count is small", () => {
    expect(suppressCells({ values: [30, 0, 10, 20], sums: [{ total: 0, members: [1, 2, 3] }] })).toEqual([false, false, false, false]);
  });

  it("keeps the status another table fixed for a total", () => {
    // The total is shown elsewhere, so a second member must be hidden rather than the total.
    const hidden = suppressCells({ values: [12, 2, 10], sums: [{ total: 0, members: [1, 2] }], fixed: new Map([[0, false]]) });
    expect(hidden).toEqual([false, true, true]);
  });

  it("hides what it is asked to hide for another reason", () => {
    expect(suppressCells({ values: [0, 9], sums: [], alsoHide: [0] })).toEqual([true, false]);
  });

  it("finds cells that several totals determine together", () => {
    // Two 2×2 blocks joined in a 2×4 table; hiding only the cells of one cycle leaves the others determinable.
    const t = sumTable([[3, 6, 9, 9], [6, 2, 9, 9]]);
    const hidden = suppressCells(t);
    expect(determinedCells(t.values.length, t.sums, hidden)).toEqual([]);
  });

  it("property: in random tables no hidden cell can be recomputed from the shown cells and totals, and shown cells are unchanged", () => {
    fc.assert(
      fc.property(
        smallGrids,
        (grid) => {
          const t = sumTable(grid);
          const hidden = suppressCells(t);
          const shown = applySuppression(t.values, hidden);
          // Every small count is hidden; every shown cell is the true value.
          t.values.forEach((v, i) => {
            if (isSmallCount(v)) expect(hidden[i]).toBe(true);
            if (!hidden[i]) expect(shown[i]).toBe(v);
          });
          expect(determinedCells(t.values.length, t.sums, hidden)).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("property: a list of rows with its total never has exactly one hidden cell", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 30 }), (rows) => {
        const values = [rows.reduce((a, b) => a + b, 0), ...rows];
        const hidden = suppressCells({ values, sums: [{ total: 0, members: rows.map((_, i) => i + 1) }] });
        expect(hidden.filter(Boolean).length).not.toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});
