import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { smallGrids, sumTable } from "../support/sum-tables.js";
import { audit } from "../../src/domain/disclosure/audit.js";
import { determinedUnknowns } from "../../src/domain/disclosure/determined.js";
import { isSmallCount, protect } from "../../src/domain/disclosure/protect.js";
import { mergeIdentical } from "../../src/domain/disclosure/identical.js";

describe("the disclosure auditor's attack", () => {
  it("uses non-negativity: a shown total of 0 pins every hidden part to 0", () => {
    const found = audit([{ total: 0, members: [1, 2, 3] }], [0, null, null, 0]);
    expect(found.pinned).toEqual([false, true, true, false]);
  });

  it("narrows a hidden part into an interval from the total and the other parts", () => {
    // 7 = a + b + 5 with a, b ≥ 0: each of a and b lies in 0..2.
    const found = audit([{ total: 0, members: [1, 2, 3] }], [7, null, null, 5]);
    expect([found.lo[1], found.hi[1]]).toEqual([0, 2]);
    expect(found.pinned[1]).toBe(false);
  });

  it("combines relations: a hidden cell in a 1..4 interval through two margins", () => {
    // Rows: x + y = 9 (y hidden too), columns: x + z = 3 with z ≥ 0, and y ≥ 6 ⇒ x ∈ 1..3.
    const found = audit(
      [
        { total: 0, members: [1, 2] },
        { total: 3, members: [1, 4] },
        { total: 5, members: [2, 6] },
      ],
      [9, null, null, 3, null, 10, 4],
    );
    expect(found.lo[1]).toBe(3);
    expect(found.hi[1]).toBe(3);
    expect(found.pinned[1]).toBe(true);
  });

  it("finds cells linear algebra pins although no single relation does", () => {
    // a + b = 5, a + c = 6, b + c = 7 ⇒ a = 2 (no interval propagation gets there alone).
    const sums = [
      { total: 3, members: [0, 1] },
      { total: 4, members: [0, 2] },
      { total: 5, members: [1, 2] },
    ];
    expect(determinedUnknowns(6, sums, [true, true, true, false, false, false])).toEqual([true, true, true, false, false, false]);
    // One more unknown in the cycle and none is determined.
    const open = [...sums, { total: 5, members: [1, 2, 6] }];
    expect(determinedUnknowns(7, open.slice(0, 2), [true, true, true, false, false, false, true]).some(Boolean)).toBe(false);
  });
});

describe("protection over a whole system", () => {
  it("shows a zero that the shown figures pin anyway instead of claiming to hide it", () => {
    // A vsv count of 0 hidden because its start population is small, under a shown total of 0: everyone can see it
    // is 0, so it is shown as 0 and nothing else has to be hidden for it.
    const p = protect({ values: [0, 0, 0, 0], sums: [{ total: 0, members: [1, 2, 3] }], alsoHide: [1] });
    expect(p.hidden).toEqual([false, false, false, false]);
  });

  it("gives a small cell a non-zero partner, never a zero one", () => {
    // 30 = 3 + 0 + 7 + 20: a hidden 0 next to the 3 would still leave 3 = 30 − 27.
    const p = protect({ values: [30, 3, 0, 7, 20], sums: [{ total: 0, members: [1, 2, 3, 4] }] });
    expect(p.hidden).toEqual([false, true, false, true, false]);
  });

  it("treats implied cells as unknown and protects them when they would be small", () => {
    // 27-total = 23-total + (23–26 year-olds, never published): 103 − 100 would say 3.
    const p = protect({ values: [103, 100, 3], sums: [{ total: 0, members: [1, 2] }], status: ["free", "free", "implied"] });
    expect(p.hidden[0] || p.hidden[1]).toBe(true);
    expect(p.unprotected).toEqual([]);
  });

  it("property: after protection the attack pins no hidden cell and narrows none into 1..4", () => {
    fc.assert(
      fc.property(
        smallGrids,
        (grid) => {
          const t = sumTable(grid);
          const p = protect(t);
          const found = audit(t.sums, t.values.map((v, i) => (p.hidden[i] ? null : v)));
          t.values.forEach((v, i) => {
            if (isSmallCount(v)) expect(p.hidden[i]).toBe(true);
            if (!p.hidden[i]) return;
            expect(found.lo[i]).toBeLessThanOrEqual(v);
            expect(found.hi[i]).toBeGreaterThanOrEqual(v);
            // Protected unless nothing was left to hide (then the cell is reported, never silently shown).
            if (p.unprotected.includes(i)) return;
            expect(found.pinned[i]).toBe(false);
            expect(found.lo[i]! >= 1 && found.hi[i]! <= 4).toBe(false);
          });
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("protection keeps totals shown where parts can protect each other", () => {
  it("merges cells that are one group: shown or hidden together, never one giving the other away", () => {
    // 0 = region total, 1 and 2 its parts; 3 is the same group as part 1 reached through another table.
    const p = { values: [100, 3, 97, 3], sums: [{ total: 0, members: [1, 2] }, { total: 3, members: [1] }] };
    const merged = mergeIdentical(p);
    expect(merged.problem.values).toHaveLength(3);
    expect(merged.variableOf[1]).toBe(merged.variableOf[3]);
    expect(() => mergeIdentical({ values: [5, 4], sums: [{ total: 0, members: [1] }] })).toThrow(/one group/);
  });
  it("hides a sibling, not the total above both", () => {
    // A region (0) of vo (1) and mbo (2); mbo of MBO (3) and VAVO (4 = 3 students); MBO of two levels (5, 6) and of
    // two leerwegen (7, 8). Hiding the mbo total would open one relation, hiding MBO two: the total is still not picked.
    const values = [1000, 700, 300, 297, 3, 150, 147, 200, 97];
    const sums = [{ total: 0, members: [1, 2] }, { total: 2, members: [3, 4] }, { total: 3, members: [5, 6] }, { total: 3, members: [7, 8] }];
    const { hidden, unprotected } = protect({ values, sums, priority: [-1, -2, -2, -3, -3, -4, -4, -4, -4] });
    expect(unprotected).toEqual([]);
    expect(hidden[4]).toBe(true);
    // VAVO's sibling MBO and one of MBO's levels are hidden; the region, vo and mbo stay shown.
    expect([hidden[0], hidden[1], hidden[2]]).toEqual([false, false, false]);
    expect(hidden[3]).toBe(true);
    expect(hidden[5] || hidden[6]).toBe(true);
    expect(hidden[7] || hidden[8]).toBe(true);
  });
});
