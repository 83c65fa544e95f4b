/**
 * Projection of the national count from its recent trend (issue 6, part 1): an ordinary least-squares line through
 * the last few teljaren, extended to the target year, with prediction intervals from Student's t distribution, and a
 * verdict against the target. Pure arithmetic; the choices (window, intervals, verdict) are in docs/targets.md.
 */
import { VsvError } from "../errors.js";

/** How many of the latest teljaren the line is fitted through (fewer when fewer are computed). */
export const PROJECTION_WINDOW = 6;
/** A line through fewer points has no residual spread to judge its uncertainty by. */
export const MIN_POINTS = 3;

export interface SeriesPoint {
  /** The teljaar's start year t (teljaar t-(t+1)). */
  readonly x: number;
  readonly y: number;
}

export interface Fit {
  readonly points: readonly SeriesPoint[];
  readonly intercept: number;
  readonly slope: number;
  /** Residual standard deviation (n − 2 degrees of freedom). */
  readonly residualSd: number;
  readonly n: number;
  readonly meanX: number;
  readonly sxx: number;
}

export interface Interval {
  readonly low: number;
  readonly high: number;
}

export interface ProjectedPoint {
  readonly x: number;
  readonly value: number;
  readonly pi80: Interval;
  readonly pi95: Interval;
}

/**
 * Two-sided Student t quantiles: t(0.90, df) for 80% and t(0.975, df) for 95% intervals, df 1–30
 * (standard tables, three decimals); above 30 the normal quantiles 1.282 and 1.960.
 */
const T90 = [3.078, 1.886, 1.638, 1.533, 1.476, 1.44, 1.415, 1.397, 1.383, 1.372, 1.363, 1.356, 1.35, 1.345, 1.341, 1.337, 1.333, 1.33, 1.328, 1.325, 1.323, 1.321, 1.319, 1.318, 1.316, 1.315, 1.314, 1.313, 1.311, 1.31];
const T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];

export function tQuantile(level: 80 | 95, df: number): number {
  if (!Number.isInteger(df) || df < 1) throw new VsvError("BAD_DF", `Degrees of freedom ${df} must be a whole number of 1 or more`);
  const table = level === 80 ? T90 : T975;
  return df <= table.length ? table[df - 1]! : level === 80 ? 1.282 : 1.96;
}

/** The least-squares line through the last `window` points (sorted by x; distinct x's). */
export function fitTrend(series: readonly SeriesPoint[], window: number = PROJECTION_WINDOW): Fit {
  const points = [...series].sort((a, b) => a.x - b.x).slice(-window);
  const n = points.length;
  if (n < MIN_POINTS) throw new VsvError("TOO_FEW_POINTS", `Een trend heeft minstens ${MIN_POINTS} teljaren nodig, er zijn er ${n}: bereken meer teljaren (vsv compute)`);
  if (new Set(points.map((p) => p.x)).size !== n) throw new VsvError("DUPLICATE_X", "Each teljaar may appear only once in the series");
  const meanX = points.reduce((a, p) => a + p.x, 0) / n;
  const meanY = points.reduce((a, p) => a + p.y, 0) / n;
  const sxx = points.reduce((a, p) => a + (p.x - meanX) ** 2, 0);
  const sxy = points.reduce((a, p) => a + (p.x - meanX) * (p.y - meanY), 0);
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const sse = points.reduce((a, p) => a + (p.y - (intercept + slope * p.x)) ** 2, 0);
  return { points, intercept, slope, residualSd: Math.sqrt(sse / (n - 2)), n, meanX, sxx };
}

export function fittedValue(f: Fit, x: number): number {
  return f.intercept + f.slope * x;
}

/** The line's value at x with prediction intervals for a new observation there (counts below 0 are cut to 0). */
export function project(f: Fit, x: number): ProjectedPoint {
  const value = fittedValue(f, x);
  const se = f.residualSd * Math.sqrt(1 + 1 / f.n + (x - f.meanX) ** 2 / f.sxx);
  const interval = (level: 80 | 95): Interval => {
    const h = tQuantile(level, f.n - 2) * se;
    return { low: Math.max(0, value - h), high: Math.max(0, value + h) };
  };
  return { x, value: Math.max(0, value), pi80: interval(80), pi95: interval(95) };
}

export type Verdict = "likely_met" | "likely_not_met" | "uncertain";

/**
 * Against a maximum: met when even the 80% interval's upper end stays at or below the target, not met when its lower
 * end is above it, uncertain otherwise (the target lies inside the 80% interval).
 */
export function verdict(p: ProjectedPoint, target: number): Verdict {
  if (p.pi80.high <= target) return "likely_met";
  if (p.pi80.low > target) return "likely_not_met";
  return "uncertain";
}
