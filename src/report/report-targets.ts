/**
 * The national targets against the counts. A target holds for one teljaar (target year Y is measured over teljaar
 * (Y−1)-Y, docs/targets.md), so each teljaar's count is compared with its own target only; a teljaar without a
 * target is compared with none (not with an older one). The targets are for the whole Netherlands: on a synthetic
 * sample (scale < 1) the count is compared with the target times the scale.
 */
import type { Stage } from "../domain/definition.js";

/** A national target as the reference holds it: at most `target` new vsv'ers in `year`, measured over `teljaar`. */
export interface ReferenceTarget {
  readonly year: number;
  readonly teljaar: string;
  readonly definition: number;
  readonly target: number;
}

/** A computed national count (one row of the report's series). */
export interface NationalCount {
  readonly teljaar: string;
  readonly definition: number;
  readonly stage: Stage;
  readonly vsv: number | null;
  readonly suppressed: readonly string[];
}

export interface TargetRow extends ReferenceTarget {
  /** What the count is compared with: the target times the synthetic scale, rounded; the target itself for a real register. */
  readonly compared_target: number;
  /** The stage of the target teljaar's count; null when that teljaar is not computed. */
  readonly stage: Stage | null;
  /** New vsv'ers in the target's own teljaar under its definition; null when not computed or hidden. */
  readonly vsv: number | null;
  readonly vsv_suppressed: boolean;
  /** vsv − compared_target: above 0 is more new vsv'ers than the target allows. */
  readonly gap: number | null;
}

/** The target a count is compared with: the national target, scaled to a synthetic sample. */
export function comparedTarget(target: number, scale: number | null): number {
  return scale === null ? target : Math.round(target * scale);
}

export function compareTargets(targets: readonly ReferenceTarget[], counts: readonly NationalCount[], scale: number | null): TargetRow[] {
  return targets.map((t) => {
    const own = counts.find((c) => c.teljaar === t.teljaar && c.definition === t.definition);
    const compared = comparedTarget(t.target, scale);
    const vsv = own?.vsv ?? null;
    return {
      year: t.year,
      teljaar: t.teljaar,
      definition: t.definition,
      target: t.target,
      compared_target: compared,
      stage: own?.stage ?? null,
      vsv,
      vsv_suppressed: own !== undefined && own.suppressed.includes("vsv"),
      gap: vsv === null ? null : vsv - compared,
    };
  });
}

/** The targets that hold for a teljaar (none for most teljaren). */
export function targetsFor(rows: readonly TargetRow[], teljaar: string): TargetRow[] {
  return rows.filter((t) => t.teljaar === teljaar);
}
