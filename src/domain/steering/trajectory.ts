/**
 * The path from the base teljaar to the target year, year by year, nationally and per region (issue 6, part 1).
 * A target year Y is measured over teljaar (Y−1)-Y (reference/targets.csv: 2030 ↔ 2029-2030), so the base teljaar
 * t-(t+1) is year t+1 of the path. The national path is a straight line from the current total to the target,
 * rounded to whole numbers; each year's national value is apportioned over the regions by largest remainder with each
 * region's own straight line as its weight. So every year's regional values add up exactly to the national path, and
 * the first and last years are exactly the current counts and the targets. docs/targets.md, "Trajectory".
 */
import type { RmcRegio } from "../codes.js";
import { VsvError } from "../errors.js";
import { type Teljaar, startYear, teljaarStartingIn } from "../teljaar.js";
import { largestRemainder } from "./target-apportion.js";
import type { Distribution } from "./target-distribution.js";

export interface PathPoint {
  /** The calendar year a target of that year is measured in (the teljaar's end year). */
  readonly year: number;
  readonly teljaar: Teljaar;
  readonly target: number;
}

export interface Trajectory {
  readonly national: readonly PathPoint[];
  readonly regions: ReadonlyMap<RmcRegio, readonly PathPoint[]>;
}

/** The year a teljaar counts for: 2029-2030 → 2030. */
export function yearOfTeljaar(t: Teljaar): number {
  return startYear(t) + 1;
}

/** The teljaar a target year is measured over: 2030 → 2029-2030. */
export function teljaarOfYear(year: number): Teljaar {
  return teljaarStartingIn(year - 1);
}

/** Straight line from `from` to `to` over the years, rounded half up. */
function linear(from: number, to: number, y0: number, y: number, Y: number): number {
  return Y === y0 ? to : from + ((to - from) * (y - y0)) / (Y - y0);
}

export function trajectory(d: Distribution, baseTeljaar: Teljaar, targetYear: number): Trajectory {
  const y0 = yearOfTeljaar(baseTeljaar);
  if (!Number.isInteger(targetYear) || targetYear < y0) {
    throw new VsvError("BAD_TARGET_YEAR", `Doeljaar ${targetYear} ligt vóór het basisteljaar ${baseTeljaar} (jaar ${y0}): kies een doeljaar van ${y0} of later, of een eerder basisteljaar`);
  }
  const national: PathPoint[] = [];
  const regions = new Map<RmcRegio, PathPoint[]>(d.regions.map((r) => [r.region, []]));
  for (let y = y0; y <= targetYear; y++) {
    const teljaar = teljaarOfYear(y);
    const n = y === targetYear ? d.nationalTarget : y === y0 ? d.currentTotal : Math.round(linear(d.currentTotal, d.nationalTarget, y0, y, targetYear));
    national.push({ year: y, teljaar, target: n });
    const shares = largestRemainder(n, d.regions.map((r) => ({ key: r.region, weight: Math.max(0, linear(r.count, r.target, y0, y, targetYear)) })));
    for (const r of d.regions) regions.get(r.region)!.push({ year: y, teljaar, target: shares.get(r.region)! });
  }
  return { national, regions };
}

export interface Gap {
  readonly teljaar: Teljaar;
  /** The path's value for that teljaar. */
  readonly path: number;
  readonly actual: number;
  /** actual − path: above 0 means more vsv'ers than the path allows. */
  readonly gap: number;
  readonly onTrack: boolean;
}

/** Where a count stands against its path in a teljaar (null when the path has no value for that teljaar). */
export function gapToPath(path: readonly PathPoint[], teljaar: Teljaar, actual: number): Gap | null {
  const p = path.find((x) => x.teljaar === teljaar);
  if (!p) return null;
  return { teljaar, path: p.target, actual, gap: actual - p.target, onTrack: actual <= p.target };
}
