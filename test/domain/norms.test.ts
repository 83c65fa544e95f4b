import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { allowedVsv, evaluateNorm, fewerNeeded, normMet, parseNormPct } from "../../src/domain/steering/norms.js";
import { mboLevelOf, normGroupOf, parseNormSector, voCategoryOf } from "../../src/domain/steering/norm-categories.js";
import { type InstitutionCounts, SINGLED_OUT_RULES, meetsRule, reductionPct, singledOut } from "../../src/domain/steering/norm-selection.js";

const norm = parseNormPct;

describe("norm evaluation (hand-computed)", () => {
  it("mbo 2 at 9.5%: 25 of 200 need 6 fewer (19 of 200 is exactly 9.5%)", () => {
    expect(allowedVsv(200, norm(9.5))).toBe(19);
    expect(fewerNeeded(25, 200, norm(9.5))).toBe(6);
    expect(evaluateNorm(25, 200, norm(9.5))).toEqual({ vsv_pct: 12.5, norm: 9.5, met: false, fewer_needed: 6 });
    expect(evaluateNorm(19, 200, norm(9.5))).toEqual({ vsv_pct: 9.5, norm: 9.5, met: true, fewer_needed: 0 });
    expect(evaluateNorm(20, 200, norm(9.5))).toEqual({ vsv_pct: 10, norm: 9.5, met: false, fewer_needed: 1 });
  });

  it("meets the norm exactly on it: 11 of 400 is 2.75% against 2.75%", () => {
    expect(evaluateNorm(11, 400, norm(2.75))).toEqual({ vsv_pct: 2.75, norm: 2.75, met: true, fewer_needed: 0 });
    expect(fewerNeeded(12, 400, norm(2.75))).toBe(1);
  });

  it("compares exactly, not the rounded percentage: 12 of 436 (2.752…%, shown 2.75) does not meet 2.75%", () => {
    const e = evaluateNorm(12, 436, norm(2.75));
    expect(e.vsv_pct).toBe(2.75);
    expect(e.met).toBe(false);
    expect(e.fewer_needed).toBe(1); // 11 of 436 = 2.52%
  });

  it("does not lose a vsv'er to floating point: 36 of 1000 meets 3.6%, 235 of 1000 meets 23.5%", () => {
    expect(normMet(36, 1000, norm(3.6))).toBe(true);
    expect(fewerNeeded(37, 1000, norm(3.6))).toBe(1);
    expect(normMet(235, 1000, norm(23.5))).toBe(true);
    expect(fewerNeeded(236, 1000, norm(23.5))).toBe(1);
    expect(fewerNeeded(10, 10_000, norm(0.1))).toBe(0);
  });

  it("an empty start population has no percentage: met and fewer_needed are null", () => {
    expect(evaluateNorm(0, 0, norm(9.5))).toEqual({ vsv_pct: null, norm: 9.5, met: null, fewer_needed: null });
  });

  it("a norm of 0 is met only without vsv'ers: every vsv'er is one too many", () => {
    expect(evaluateNorm(3, 50, norm(0))).toEqual({ vsv_pct: 6, norm: 0, met: false, fewer_needed: 3 });
    expect(evaluateNorm(0, 50, norm(0))).toMatchObject({ met: true, fewer_needed: 0 });
  });

  it("a norm of 100% is always met; a small population can need all its vsv'ers gone", () => {
    expect(fewerNeeded(7, 7, norm(100))).toBe(0);
    expect(fewerNeeded(1, 30, norm(3))).toBe(1); // 3% of 30 = 0.9: not even one vsv'er fits
  });

  it("refuses impossible counts and norms with a message that says what to do", () => {
    expect(() => fewerNeeded(5, 4, norm(9.5))).toThrow(/cannot exceed the start population/);
    expect(() => fewerNeeded(-1, 4, norm(9.5))).toThrow(/whole numbers/);
    expect(() => parseNormPct("abc")).toThrow(/use a number from 0 to 100/);
    expect(() => parseNormPct(101)).toThrow(/from 0 to 100/);
    expect(() => parseNormPct("2.7505")).toThrow(/more than 3 decimals/);
    expect(parseNormPct("2,75")).toBe(2.75);
  });

  it("fewer_needed is the smallest k with (vsv − k) / start population ≤ norm (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 0, max: 100_000 }), fc.nat(), (sp, milli, v) => {
        const vsv = v % (sp + 1);
        const k = fewerNeeded(vsv, sp, norm(milli / 1000))!;
        // In whole numbers: (vsv − k) / sp ≤ milli / 100000  ⇔  (vsv − k) × 100000 ≤ milli × sp.
        expect((vsv - k) * 100_000 <= milli * sp).toBe(true);
        if (k > 0) expect((vsv - k + 1) * 100_000 > milli * sp).toBe(true);
        expect(k >= 0 && k <= vsv).toBe(true);
      }),
    );
  });
});

describe("norm groups", () => {
  it("forms the vo categories from the sort of education and the mbo levels from MBO-n", () => {
    expect(voCategoryOf("VO-ONDERBOUW")).toBe("onderbouw");
    expect(voCategoryOf("VMBO-KB")).toBe("bovenbouw-vmbo");
    expect(voCategoryOf("VWO")).toBe("bovenbouw-havo-vwo");
    expect(voCategoryOf("MBO-2")).toBeNull();
    expect(mboLevelOf("MBO-4")).toBe("4");
    expect(mboLevelOf("VAVO")).toBeNull();
    expect(normGroupOf("mbo", "HAVO")).toBeNull();
    expect(() => parseNormSector("ho")).toThrow(/kies mbo of vo/);
  });
});

describe("the institutions the 2014 letter singles out", () => {
  const national = { start_population: 10_000, vsv: 570 }; // 5.7%, the letter's mbo percentage
  const row = (institution: string, start_population: number | null, vsv: number | null, base_vsv: number | null = null): InstitutionCounts => ({ institution, name: null, start_population, vsv, base_vsv });
  const high = SINGLED_OUT_RULES.find((r) => r.kind === "high_dropout")!;
  const reducer = SINGLED_OUT_RULES.find((r) => r.kind === "best_reducer")!;

  it("high dropout: more than 7% and at least 300 vsv'ers, above the national percentage", () => {
    expect(meetsRule(row("A", 5000, 400), high, national)).toBe(true); // 8%
    expect(meetsRule(row("C", 4200, 300), high, national)).toBe(true); // 7.14%, exactly 300
    expect(meetsRule(row("B", 4300, 300), high, national)).toBe(false); // 6.98%
    expect(meetsRule(row("D", 4000, 299), high, national)).toBe(false); // 7.5% but 299
    expect(meetsRule(row("E", 5000, 350), high, national)).toBe(false); // exactly 7%: not more than
    expect(meetsRule(row("F", 5000, 375), high, { start_population: 1000, vsv: 80 })).toBe(false); // 7.5% below an 8% average
    expect(meetsRule(row("G", 5000, null), high, national)).toBe(false); // hidden count: never selected
  });

  it("best reducer: more than 40% fewer vsv'ers than the base year and now below the national percentage", () => {
    expect(meetsRule(row("F", 2000, 50, 100), reducer, national)).toBe(true); // −50%, 2.5%
    expect(meetsRule(row("G", 2000, 50, 84), reducer, national)).toBe(true); // −40.5%
    expect(meetsRule(row("H", 2000, 60, 100), reducer, national)).toBe(false); // exactly −40%
    expect(meetsRule(row("I", 1000, 60, 150), reducer, national)).toBe(false); // −60% but 6% > 5.7%
    expect(meetsRule(row("J", 2000, 0, 0), reducer, national)).toBe(false); // no base
    expect(meetsRule(row("K", 2000, 50, null), reducer, national)).toBe(false); // base hidden
    expect(reductionPct(50, 84)).toBe(40.5);
    expect(reductionPct(50, 0)).toBeNull();
  });

  it("lists high dropout first (most vsv'ers first), then reducers (largest reduction first)", () => {
    const rows = [row("F", 2000, 50, 84), row("A", 4200, 300), row("Z", 6000, 500), row("Q", 2000, 20, 100), row("B", 4300, 300)];
    const out = singledOut(rows, national);
    expect(out.map((s) => [s.row.institution, s.rules])).toEqual([
      ["Z", ["high_dropout"]],
      ["A", ["high_dropout"]],
      ["Q", ["best_reducer"]],
      ["F", ["best_reducer"]],
    ]);
    expect(out.find((s) => s.row.institution === "Q")!.reduction_pct).toBe(80);
  });
});
