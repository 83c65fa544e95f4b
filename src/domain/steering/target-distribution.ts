/**
 * Regional targets that add up exactly to a national target (issue 6, part 1): a national maximum of new vsv'ers in
 * a target year is distributed over the RMC regions by one of four methods, in whole numbers ≥ 0 whose sum is the
 * national target. Pure: the regions' current counts and start populations come in, targets go out.
 * Every choice is explained in docs/targets.md.
 */
import type { RmcRegio } from "../codes.js";
import { VsvError } from "../errors.js";
import { largestRemainder } from "./target-apportion.js";

export const DISTRIBUTION_METHODS = ["proportional", "equal_reduction", "convergence", "manual"] as const;
export type DistributionMethod = (typeof DISTRIBUTION_METHODS)[number];

export function parseDistributionMethod(text: string): DistributionMethod {
  if ((DISTRIBUTION_METHODS as readonly string[]).includes(text)) return text as DistributionMethod;
  throw new VsvError("BAD_METHOD", `Methode "${text}" is onbekend: kies ${DISTRIBUTION_METHODS.join(", ")}`);
}

/** A region at the base teljaar: its new vsv'ers and its start population. */
export interface RegionBase {
  readonly region: RmcRegio;
  readonly count: number;
  readonly startPopulation: number;
}

/** Convergence: the benchmark is the pooled percentage of the best `bestShare` of regions (lowest percentages). */
export const DEFAULT_BEST_SHARE = 0.25;

export type DistributionInput =
  | { readonly method: "proportional" | "equal_reduction" }
  | { readonly method: "convergence"; readonly bestShare?: number }
  | { readonly method: "manual"; readonly targets: Readonly<Record<string, number>> };

export interface RegionTarget {
  readonly region: RmcRegio;
  readonly count: number;
  readonly startPopulation: number;
  readonly target: number;
}

export interface Distribution {
  readonly method: DistributionMethod;
  readonly nationalTarget: number;
  /** Σ current counts of the regions. */
  readonly currentTotal: number;
  readonly regions: readonly RegionTarget[];
  /** Convergence only: the benchmark percentage and how far (0–1) every region above it moves towards it. */
  readonly benchmarkPct?: number;
  readonly convergence?: number;
}

function checkBase(nationalTarget: number, regions: readonly RegionBase[]): void {
  if (!Number.isSafeInteger(nationalTarget) || nationalTarget < 0) {
    throw new VsvError("BAD_TARGET", `Het landelijke doel (${nationalTarget}) moet een geheel getal van 0 of meer zijn`);
  }
  if (regions.length === 0) throw new VsvError("NO_REGIONS", "Er zijn geen regio's om het doel over te verdelen: bereken eerst de cijfers van het basisteljaar");
  for (const r of regions) {
    if (!Number.isSafeInteger(r.count) || r.count < 0 || !Number.isSafeInteger(r.startPopulation) || r.startPopulation < 0) {
      throw new VsvError("BAD_REGION_BASE", `Regio ${r.region}: aantal en startpopulatie moeten gehele getallen van 0 of meer zijn`);
    }
  }
  if (new Set(regions.map((r) => r.region)).size !== regions.length) throw new VsvError("DUPLICATE_REGION", "Elke regio mag maar één keer voorkomen");
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The regions' targets for a national target by the chosen method; Σ targets = nationalTarget, each ≥ 0. */
export function distributeTarget(nationalTarget: number, regions: readonly RegionBase[], input: DistributionInput): Distribution {
  checkBase(nationalTarget, regions);
  const sorted = [...regions].sort((a, b) => (a.region < b.region ? -1 : a.region > b.region ? 1 : 0));
  const currentTotal = sum(sorted.map((r) => r.count));
  const result = (targets: ReadonlyMap<string, number>, extra: Partial<Distribution> = {}): Distribution => ({
    method: input.method,
    nationalTarget,
    currentTotal,
    regions: sorted.map((r) => ({ region: r.region, count: r.count, startPopulation: r.startPopulation, target: targets.get(r.region)! })),
    ...extra,
  });
  switch (input.method) {
    case "proportional":
      return result(proportional(nationalTarget, sorted, currentTotal));
    case "equal_reduction":
      return result(equalReduction(nationalTarget, sorted, currentTotal));
    case "convergence":
      return convergence(nationalTarget, sorted, currentTotal, input.bestShare ?? DEFAULT_BEST_SHARE, result);
    case "manual":
      return result(manual(nationalTarget, sorted, input.targets));
  }
}

/**
 * Proportional to the current count: the target's quota is T × c / C, rounded by largest remainder. Nobody has a
 * count (C = 0): proportional to the start population instead, and with no start population either: equal shares.
 */
function proportional(T: number, regions: readonly RegionBase[], C: number): Map<string, number> {
  const useCount = C > 0;
  return largestRemainder(T, regions.map((r) => ({ key: r.region, weight: useCount ? r.count : r.startPopulation })));
}

/**
 * The same relative reduction everywhere: each region's reduction is (C − T) × c / C, rounded by largest remainder
 * on the reduction (so the rounding falls on what must be achieved, not on what remains). A target above the
 * current total is the same relative increase, apportioned the same way. With C = 0 it is the proportional method.
 */
function equalReduction(T: number, regions: readonly RegionBase[], C: number): Map<string, number> {
  if (C === 0) return proportional(T, regions, C);
  const change = largestRemainder(Math.abs(C - T), regions.map((r) => ({ key: r.region, weight: r.count })));
  const sign = T <= C ? -1 : 1;
  return new Map(regions.map((r) => [r.region, r.count + sign * change.get(r.region)!]));
}

function pct(r: RegionBase): number {
  return r.startPopulation > 0 ? r.count / r.startPopulation : 0;
}

/**
 * Convergence towards the best regions: the benchmark is the pooled percentage (Σ vsv / Σ start population) of the
 * best quarter of regions with a start population (lowest percentages, at least one region). Every region above it
 * moves the same fraction λ of its distance to it: target % = p − λ (p − p*), quota = target % × start population,
 * with λ chosen so the quotas add up to T. If T asks for more than full convergence (λ > 1), all regions at or
 * below the benchmark are scaled down proportionally; if T is above the current total (λ < 0), counts are scaled up.
 */
function convergence(
  T: number,
  regions: readonly RegionBase[],
  C: number,
  bestShare: number,
  result: (t: ReadonlyMap<string, number>, extra?: Partial<Distribution>) => Distribution,
): Distribution {
  if (!(bestShare > 0 && bestShare <= 1)) throw new VsvError("BAD_BEST_SHARE", `bestShare ${bestShare} is niet geldig: geef een fractie boven 0 en hoogstens 1, bijvoorbeeld 0.25 voor het beste kwart`);
  const withPop = regions.filter((r) => r.startPopulation > 0);
  if (withPop.length === 0) return result(proportional(T, regions, C));
  const best = [...withPop].sort((a, b) => pct(a) - pct(b) || (a.region < b.region ? -1 : 1)).slice(0, Math.max(1, Math.ceil(withPop.length * bestShare)));
  const benchmark = sum(best.map((r) => r.count)) / sum(best.map((r) => r.startPopulation));
  // Σ over regions above the benchmark of how many fewer vsv'ers full convergence would mean.
  const gapMass = sum(regions.map((r) => Math.max(0, r.count - benchmark * r.startPopulation)));
  const extra = { benchmarkPct: benchmark * 100 };
  if (T > C || gapMass === 0) {
    return result(largestRemainder(T, regions.map((r) => ({ key: r.region, weight: r.count > 0 || C > 0 ? r.count : r.startPopulation }))), { ...extra, convergence: 0 });
  }
  const lambda = (C - T) / gapMass;
  if (lambda <= 1) {
    const weights = regions.map((r) => ({ key: r.region, weight: Math.max(0, r.count - lambda * Math.max(0, r.count - benchmark * r.startPopulation)) }));
    return result(largestRemainder(T, weights), { ...extra, convergence: lambda });
  }
  const atBenchmark = regions.map((r) => ({ key: r.region, weight: Math.min(r.count, benchmark * r.startPopulation) }));
  return result(largestRemainder(T, atBenchmark), { ...extra, convergence: 1 });
}

/** Targets entered per region: every region once, whole numbers ≥ 0, adding up to the national target exactly. */
function manual(T: number, regions: readonly RegionBase[], entered: Readonly<Record<string, number>>): Map<string, number> {
  const known = new Set<string>(regions.map((r) => r.region));
  const unknown = Object.keys(entered).filter((k) => !known.has(k));
  if (unknown.length) throw new VsvError("UNKNOWN_REGION", `De handmatige doelen noemen regio's die niet in het basisteljaar zitten: ${unknown.join(", ")}; kies uit ${[...known].join(", ")}`);
  const missing = regions.filter((r) => entered[r.region] === undefined).map((r) => r.region);
  if (missing.length) throw new VsvError("MISSING_REGION", `Vul voor elke regio een doel in: ontbrekend ${missing.join(", ")}`);
  const bad = regions.filter((r) => !Number.isSafeInteger(entered[r.region]) || entered[r.region]! < 0).map((r) => `${r.region} (${entered[r.region]})`);
  if (bad.length) throw new VsvError("BAD_REGION_TARGET", `Regionale doelen moeten gehele getallen van 0 of meer zijn: ${bad.join(", ")}`);
  const total = sum(regions.map((r) => entered[r.region]!));
  if (total !== T) {
    const d = total - T;
    throw new VsvError(
      "MANUAL_SUM_MISMATCH",
      `De regionale doelen tellen op tot ${total}, ${Math.abs(d)} ${d > 0 ? "meer" : "minder"} dan het landelijke doel ${T}: ${d > 0 ? "verlaag" : "verhoog"} ze samen met ${Math.abs(d)}`,
    );
  }
  return new Map(regions.map((r) => [r.region, entered[r.region]!]));
}
