import { describe, expect, it } from "vitest";
import { fitTrend, project, tQuantile, verdict } from "../../src/domain/steering/projection.js";

describe("projection of the national count from its trend", () => {
  // Hand-computed: x = 2019..2023, y = 100, 96, 95, 90, 89.
  // x̄ = 2021, ȳ = 94, Sxx = 10, Sxy = (−2)(6) + (−1)(2) + 0 + (1)(−4) + (2)(−5) = −28 → slope −2.8, intercept 94 + 2.8·2021.
  // fitted: 99.6, 96.8, 94, 91.2, 88.4; residuals 0.4, −0.8, 1, −1.2, 0.6 → SSE = 0.16+0.64+1+1.44+0.36 = 3.6, s = √(3.6/3) = √1.2.
  // At x = 2026: ŷ = 94 − 2.8·5 = 80; se = √1.2·√(1 + 1/5 + 25/10) = √(1.2·3.7) = √4.44 = 2.10713;
  // 80%: t(0.90, 3) = 1.638 → ± 3.45148; 95%: t(0.975, 3) = 3.182 → ± 6.70489.
  const series = [100, 96, 95, 90, 89].map((y, i) => ({ x: 2019 + i, y }));

  it("fits the least-squares line", () => {
    const f = fitTrend(series);
    expect(f.slope).toBeCloseTo(-2.8, 10);
    expect(f.intercept + f.slope * 2021).toBeCloseTo(94, 8);
    expect(f.residualSd).toBeCloseTo(Math.sqrt(1.2), 10);
  });

  it("projects with 80% and 95% prediction intervals", () => {
    const p = project(fitTrend(series), 2026);
    expect(p.value).toBeCloseTo(80, 8);
    expect(p.pi80.low).toBeCloseTo(80 - 1.638 * Math.sqrt(4.44), 8);
    expect(p.pi80.high).toBeCloseTo(80 + 1.638 * Math.sqrt(4.44), 8);
    expect(p.pi95.high).toBeCloseTo(80 + 3.182 * Math.sqrt(4.44), 8);
    expect(p.pi95.high - p.pi95.low).toBeGreaterThan(p.pi80.high - p.pi80.low);
  });

  it("uses only the latest teljaren of the window", () => {
    const long = [{ x: 2010, y: 500 }, { x: 2011, y: 1 }, ...series];
    expect(fitTrend(long, 5).slope).toBeCloseTo(-2.8, 10);
  });

  it("judges the target: met when the 80% interval stays below it, not met when above, else uncertain", () => {
    const p = project(fitTrend(series), 2026);
    expect(verdict(p, 84)).toBe("likely_met");
    expect(verdict(p, 76)).toBe("likely_not_met");
    expect(verdict(p, 80)).toBe("uncertain");
  });

  it("needs three teljaren", () => {
    expect(() => fitTrend(series.slice(0, 2))).toThrow(/minstens 3 teljaren nodig, er zijn er 2/);
  });

  it("has the t quantiles of the tables", () => {
    expect(tQuantile(95, 1)).toBe(12.706);
    expect(tQuantile(80, 4)).toBe(1.533);
    expect(tQuantile(95, 120)).toBe(1.96);
  });
});
