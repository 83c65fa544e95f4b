import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { RmcRegio } from "../../src/domain/codes.js";
import type { Teljaar } from "../../src/domain/teljaar.js";
import { distributeTarget, type RegionBase } from "../../src/domain/steering/target-distribution.js";
import { gapToPath, teljaarOfYear, trajectory, yearOfTeljaar } from "../../src/domain/steering/trajectory.js";

const reg = (code: string, count: number): RegionBase => ({ region: code as RmcRegio, count, startPopulation: count * 40 });
const base = "2023-2024" as Teljaar;

describe("the path to the target year", () => {
  it("measures target year 2030 over teljaar 2029-2030", () => {
    expect(teljaarOfYear(2030)).toBe("2029-2030");
    expect(yearOfTeljaar(base)).toBe(2024);
  });

  it("runs in a straight line from the current total to the target, in whole numbers, year by year", () => {
    const d = distributeTarget(70, [reg("01", 60), reg("02", 40)], { method: "proportional" });
    const t = trajectory(d, base, 2030);
    // 100 → 70 over 6 years: 100, 95, 90, 85, 80, 75, 70
    expect(t.national.map((p) => p.target)).toEqual([100, 95, 90, 85, 80, 75, 70]);
    expect(t.national.map((p) => p.teljaar)).toEqual(["2023-2024", "2024-2025", "2025-2026", "2026-2027", "2027-2028", "2028-2029", "2029-2030"]);
    expect(t.regions.get("01" as RmcRegio)!.map((p) => p.target)).toEqual([60, 57, 54, 51, 48, 45, 42]);
    expect(t.regions.get("02" as RmcRegio)!.map((p) => p.target)).toEqual([40, 38, 36, 34, 32, 30, 28]);
  });

  it("starts at the current counts and ends at the targets, each year adding up to the national path (property)", () => {
    const regions = fc.uniqueArray(fc.integer({ min: 1, max: 41 }), { minLength: 1, maxLength: 41 }).chain((codes) => fc.tuple(...codes.map((c) => fc.integer({ min: 0, max: 3000 }).map((n) => reg(String(c).padStart(2, "0"), n)))));
    fc.assert(
      fc.property(regions, fc.double({ min: 0, max: 1.2, noNaN: true }), fc.integer({ min: 2024, max: 2035 }), fc.constantFrom("proportional", "equal_reduction", "convergence") as fc.Arbitrary<"proportional">, (rs, f, year, method) => {
        const C = rs.reduce((a, r) => a + r.count, 0);
        const d = distributeTarget(Math.floor(C * f), rs, { method });
        const t = trajectory(d, base, year);
        expect(t.national).toHaveLength(year - 2024 + 1);
        if (year > 2024) expect(t.national[0]!.target).toBe(C);
        expect(t.national.at(-1)!.target).toBe(d.nationalTarget);
        t.national.forEach((p, i) => {
          const s = d.regions.reduce((a, r) => a + t.regions.get(r.region)![i]!.target, 0);
          expect(s).toBe(p.target);
        });
        for (const r of d.regions) {
          const path = t.regions.get(r.region)!;
          if (year > 2024) expect(path[0]!.target).toBe(r.count);
          expect(path.at(-1)!.target).toBe(r.target);
          expect(path.every((p) => Number.isInteger(p.target) && p.target >= 0)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("refuses a target year before the base teljaar", () => {
    const d = distributeTarget(5, [reg("01", 10)], { method: "proportional" });
    expect(() => trajectory(d, base, 2023)).toThrow(/vóór het basisteljaar 2023-2024/);
  });

  it("says how far a count is from its path, and whether it is on track", () => {
    const path = [{ year: 2024, teljaar: base, target: 100 }, { year: 2025, teljaar: "2024-2025" as Teljaar, target: 95 }];
    expect(gapToPath(path, "2024-2025" as Teljaar, 97)).toEqual({ teljaar: "2024-2025", path: 95, actual: 97, gap: 2, onTrack: false });
    expect(gapToPath(path, "2024-2025" as Teljaar, 95)!.onTrack).toBe(true);
    expect(gapToPath(path, "2030-2031" as Teljaar, 95)).toBeNull();
  });
});
