import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { RmcRegio } from "../../src/domain/codes.js";
import { largestRemainder } from "../../src/domain/steering/target-apportion.js";
import { DISTRIBUTION_METHODS, type DistributionInput, type RegionBase, distributeTarget } from "../../src/domain/steering/target-distribution.js";
import { nationalTarget } from "../../src/domain/steering/target-national.js";

const reg = (code: number, count: number, startPopulation = count * 50): RegionBase => ({ region: String(code).padStart(2, "0") as RmcRegio, count, startPopulation });
const targetsOf = (d: ReturnType<typeof distributeTarget>) => Object.fromEntries(d.regions.map((r) => [r.region, r.target]));
const total = (d: ReturnType<typeof distributeTarget>) => d.regions.reduce((a, r) => a + r.target, 0);
const automatic: DistributionInput[] = [{ method: "proportional" }, { method: "equal_reduction" }, { method: "convergence" }];

describe("largest remainder apportionment", () => {
  it("gives each its floor and the units left to the largest remainders", () => {
    // quotas 10×(5,3,2)/10 = 5,3,2 exact; 7×(5,3,2)/10 = 3.5, 2.1, 1.4 → floors 3,2,1 and one unit to the .5
    expect(Object.fromEntries(largestRemainder(7, [{ key: "a", weight: 5 }, { key: "b", weight: 3 }, { key: "c", weight: 2 }]))).toEqual({ a: 4, b: 2, c: 1 });
  });

  it("breaks ties by key, whatever the input order", () => {
    const items = [{ key: "03", weight: 1 }, { key: "01", weight: 1 }, { key: "02", weight: 1 }];
    expect(Object.fromEntries(largestRemainder(2, items))).toEqual({ "01": 1, "02": 1, "03": 0 });
    expect(Object.fromEntries(largestRemainder(2, [...items].reverse()))).toEqual({ "01": 1, "02": 1, "03": 0 });
  });

  it("shares equally when every weight is 0, and gives nothing to zero weights otherwise", () => {
    expect(Object.fromEntries(largestRemainder(5, [{ key: "a", weight: 0 }, { key: "b", weight: 0 }]))).toEqual({ a: 3, b: 2 });
    expect(Object.fromEntries(largestRemainder(5, [{ key: "a", weight: 0 }, { key: "b", weight: 4 }]))).toEqual({ a: 0, b: 5 });
  });

  it("keeps the sum exact for fractional weights", () => {
    const shares = largestRemainder(100, [0.1, 0.2, 0.3, 1 / 3, 2.71828].map((w, i) => ({ key: String(i), weight: w })));
    expect([...shares.values()].reduce((a, b) => a + b, 0)).toBe(100);
  });

  it("refuses a negative or fractional total", () => {
    expect(() => largestRemainder(-1, [{ key: "a", weight: 1 }])).toThrow(/whole number of 0 or more/);
    expect(() => largestRemainder(1.5, [{ key: "a", weight: 1 }])).toThrow(/whole number/);
  });
});

describe("distributing a national target over the regions", () => {
  const regions = [reg(1, 100, 2000), reg(2, 50, 2500), reg(3, 30, 3000), reg(4, 20, 500)];

  it("proportional: quota T × c / C, rounded by largest remainder", () => {
    // 150 × (100, 50, 30, 20) / 200 = 75, 37.5, 22.5, 15 → 75, 37, 22, 15 + one unit: tie .5/.5 → region 02
    expect(targetsOf(distributeTarget(150, regions, { method: "proportional" }))).toEqual({ "01": 75, "02": 38, "03": 22, "04": 15 });
  });

  it("equal_reduction: the reduction (C − T) × c / C is what is rounded", () => {
    // reduction 50 × (100,50,30,20)/200 = 25, 12.5, 7.5, 5 → 25, 12, 7, 5 + one unit to 02 (tie by code)
    expect(targetsOf(distributeTarget(150, regions, { method: "equal_reduction" }))).toEqual({ "01": 75, "02": 37, "03": 23, "04": 15 });
  });

  it("equal_reduction: a target above the current total is the same relative increase", () => {
    const d = distributeTarget(240, regions, { method: "equal_reduction" });
    expect(targetsOf(d)).toEqual({ "01": 120, "02": 60, "03": 36, "04": 24 });
  });

  it("convergence: regions above the best quarter's percentage move the same fraction towards it", () => {
    // pcts 5%, 2%, 1%, 4%; best quarter = region 03 (1%); gaps above 1%: 80, 25, 0, 15 = 120; λ = 50/120
    const d = distributeTarget(150, regions, { method: "convergence" });
    expect(d.benchmarkPct).toBeCloseTo(1, 10);
    expect(d.convergence).toBeCloseTo(50 / 120, 10);
    // weights 100 − 80λ = 66.67, 50 − 25λ = 39.58, 30, 20 − 15λ = 13.75 → 66, 39, 30, 13 + 2 units: .67 and .75
    expect(targetsOf(d)).toEqual({ "01": 67, "02": 39, "03": 30, "04": 14 });
    expect(total(d)).toBe(150);
  });

  it("convergence: beyond full convergence everyone at or below the benchmark is scaled down", () => {
    // full convergence leaves 20 + 25 + 30 + 5 = 80; T = 40 halves those
    const d = distributeTarget(40, regions, { method: "convergence" });
    expect(d.convergence).toBe(1);
    expect(targetsOf(d)).toEqual({ "01": 10, "02": 13, "03": 15, "04": 2 });
  });

  it("manual: taken as entered when the regions add up to the national target", () => {
    expect(targetsOf(distributeTarget(150, regions, { method: "manual", targets: { "01": 70, "02": 40, "03": 25, "04": 15 } }))).toEqual({ "01": 70, "02": 40, "03": 25, "04": 15 });
  });

  it("manual: says by how much the regions miss the national target", () => {
    expect(() => distributeTarget(150, regions, { method: "manual", targets: { "01": 70, "02": 40, "03": 25, "04": 20 } })).toThrow(
      "De regionale doelen tellen op tot 155, 5 meer dan het landelijke doel 150: verlaag ze samen met 5",
    );
    expect(() => distributeTarget(150, regions, { method: "manual", targets: { "01": 70, "02": 40, "03": 25, "04": 12 } })).toThrow(/3 minder .* verhoog ze samen met 3/);
    expect(() => distributeTarget(150, regions, { method: "manual", targets: { "01": 150 } })).toThrow(/ontbrekend 02, 03, 04/);
    expect(() => distributeTarget(150, regions, { method: "manual", targets: { "01": 150, "02": 0, "03": 0, "04": 0, "99": 0 } })).toThrow(/niet in het basisteljaar zitten: 99/);
    expect(() => distributeTarget(150, regions, { method: "manual", targets: { "01": 151, "02": -1, "03": 0, "04": 0 } })).toThrow(/0 of meer zijn: 02 \(-1\)/);
  });

  describe.each(automatic)("rounding cases, method $method", (input) => {
    it("one region gets the whole target", () => {
      expect(targetsOf(distributeTarget(17, [reg(5, 40)], input))).toEqual({ "05": 17 });
    });
    it("all-equal counts: shares differ by at most one, the rounding falling on the lowest codes", () => {
      const d = distributeTarget(10, [reg(4, 7), reg(2, 7), reg(3, 7), reg(1, 7)], input);
      // proportional and convergence round the target (extra units to 01, 02); equal_reduction rounds the reduction
      expect(d.regions.map((r) => r.target)).toEqual(input.method === "equal_reduction" ? [2, 2, 3, 3] : [3, 3, 2, 2]);
    });
    it("zero counts everywhere: by start population, else equally", () => {
      expect(total(distributeTarget(9, [reg(1, 0, 100), reg(2, 0, 200)], input))).toBe(9);
      expect(targetsOf(distributeTarget(3, [reg(1, 0, 0), reg(2, 0, 0)], input))).toEqual({ "01": 2, "02": 1 });
    });
    it("a target of 0 gives 0 everywhere", () => {
      expect(distributeTarget(0, regions, input).regions.every((r) => r.target === 0)).toBe(true);
    });
    it("a huge target keeps its sum exact", () => {
      const d = distributeTarget(9_007_199_254, [reg(1, 1_000_003), reg(2, 999_999), reg(3, 7)], input);
      expect(total(d)).toBe(9_007_199_254);
    });
    it("a small target over many regions keeps its sum exact, nobody below 0", () => {
      const many = Array.from({ length: 40 }, (_, i) => reg(i + 1, (i * 37) % 11, 1000 + i));
      const d = distributeTarget(3, many, input);
      expect(total(d)).toBe(3);
      expect(d.regions.every((r) => r.target >= 0)).toBe(true);
    });
  });

  const regionsArb = fc
    .uniqueArray(fc.integer({ min: 1, max: 41 }), { minLength: 1, maxLength: 41 })
    .chain((codes) => fc.tuple(...codes.map((c) => fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 100_000 })).map(([count, extra]) => reg(c, count, count + extra)))));

  it("property: for every method the targets are whole numbers ≥ 0 adding up to the national target", () => {
    fc.assert(
      fc.property(regionsArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...DISTRIBUTION_METHODS), (rs, f, method) => {
        const C = rs.reduce((a, r) => a + r.count, 0);
        const T = Math.floor(C * f);
        let input: DistributionInput;
        if (method === "manual") {
          const auto = distributeTarget(T, rs, { method: "proportional" });
          input = { method, targets: targetsOf(auto) };
        } else input = { method };
        const d = distributeTarget(T, rs, input);
        expect(total(d)).toBe(T);
        for (const r of d.regions) {
          expect(Number.isInteger(r.target)).toBe(true);
          expect(r.target).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("property: proportional keeps the order of the current counts (equal counts differ by at most one)", () => {
    fc.assert(
      fc.property(regionsArb, fc.double({ min: 0, max: 1, noNaN: true }), (rs, f) => {
        const T = Math.floor(rs.reduce((a, r) => a + r.count, 0) * f);
        const d = distributeTarget(T, rs, { method: "proportional" });
        for (const a of d.regions) {
          for (const b of d.regions) {
            if (a.count > b.count) expect(a.target).toBeGreaterThanOrEqual(b.target);
            if (a.count === b.count && d.currentTotal > 0) expect(Math.abs(a.target - b.target)).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("property: reduction methods never raise a region above its current count when the target is below the total", () => {
    fc.assert(
      fc.property(regionsArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom("equal_reduction", "convergence") as fc.Arbitrary<"equal_reduction" | "convergence">, (rs, f, method) => {
        const C = rs.reduce((a, r) => a + r.count, 0);
        fc.pre(C > 0);
        const d = distributeTarget(Math.floor(C * f), rs, { method });
        for (const r of d.regions) expect(r.target).toBeLessThanOrEqual(r.count);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the national target to distribute", () => {
  it("uses the reference target on a register of the whole country", () => {
    expect(nationalTarget(undefined, 23000, [{ teljaar: "2022-2023", computed: 29000, published: 30246 }])).toMatchObject({ target: 23000, source: "reference" });
  });
  it("scales the reference target to a register that is a fraction of the country", () => {
    const t = nationalTarget(undefined, 23000, [{ teljaar: "2021-2022", computed: 3024, published: 30242 }, { teljaar: "2022-2023", computed: 3025, published: 30246 }]);
    expect(t.source).toBe("reference_scaled");
    expect(t.target).toBe(Math.round((23000 * 6049) / 60488));
  });
  it("takes a given target as it is", () => {
    expect(nationalTarget(1234, 23000, [{ teljaar: "2022-2023", computed: 10, published: 30246 }])).toMatchObject({ target: 1234, source: "given" });
  });
});
