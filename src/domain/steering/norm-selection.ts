/**
 * The institutions the 2014 letter (seeds/003, §3.1 and §2.5) singles out, as rules over institution rows so that
 * they can be found for any teljaar (docs/norms.md):
 *
 * - `high_dropout` — §3.1 "Extra aandacht voor achterblijvende mbo-instellingen": "Alle elf roc's hebben een
 *   bovengemiddelde uitval van meer dan 7% en 300 of meer vsv'ers": vsv percentage above 7%, above the national mbo
 *   percentage, and at least 300 vsv'ers.
 * - `best_reducer` — §2.5: "een reductie van meer dan 40% én nu een uitvalpercentage dat onder het landelijk
 *   gemiddelde ligt": more than 40% fewer vsv'ers than in the base teljaar (the letter compares with the year
 *   before) and now a vsv percentage below the national mbo percentage.
 *
 * The thresholds are data: change them here, not in the functions. Comparisons are exact, on the counts.
 */

export interface HighDropoutRule {
  readonly kind: "high_dropout";
  readonly id: string;
  /** The vsv percentage must be above this (exclusive). */
  readonly above_pct: number;
  /** At least this many vsv'ers (inclusive). */
  readonly min_vsv: number;
  /** And above the national percentage of the sector. */
  readonly above_national: boolean;
  readonly description_nl: string;
  readonly source: string;
}

export interface BestReducerRule {
  readonly kind: "best_reducer";
  readonly id: string;
  /** Fewer vsv'ers than in the base teljaar by more than this percentage of the base (exclusive). */
  readonly min_reduction_pct: number;
  /** And now below the national percentage of the sector. */
  readonly below_national: boolean;
  readonly description_nl: string;
  readonly source: string;
}

export type SingledOutRule = HighDropoutRule | BestReducerRule;

export const SINGLED_OUT_RULES: readonly SingledOutRule[] = [
  {
    kind: "high_dropout",
    id: "high_dropout",
    above_pct: 7,
    min_vsv: 300,
    above_national: true,
    description_nl: "Achterblijvend: bovengemiddelde uitval van meer dan 7% en 300 of meer vsv'ers",
    source: "Kamerbrief 2014 (seeds/003) §3.1 Extra aandacht voor achterblijvende mbo-instellingen",
  },
  {
    kind: "best_reducer",
    id: "best_reducer",
    min_reduction_pct: 40,
    below_national: true,
    description_nl: "Koploper: meer dan 40% minder vsv'ers dan in het basisjaar én nu een vsv-percentage onder het landelijk gemiddelde",
    source: "Kamerbrief 2014 (seeds/003) §2.5 Extra aandacht voor 15 kansrijke ROC's succesvol",
  },
];

/** An institution's counts in one sector; null where a count is not known (e.g. hidden for privacy). */
export interface InstitutionCounts {
  readonly institution: string;
  readonly name: string | null;
  readonly start_population: number | null;
  readonly vsv: number | null;
  /** vsv'ers in the base teljaar. */
  readonly base_vsv: number | null;
}

export interface NationalCounts {
  readonly start_population: number;
  readonly vsv: number;
}

/** (base − now) / base × 100, rounded to 1 decimal: positive is fewer vsv'ers; null without a base. */
export function reductionPct(vsv: number, baseVsv: number): number | null {
  if (baseVsv <= 0) return null;
  return Math.round(((baseVsv - vsv) / baseVsv) * 1000) / 10;
}

/** vsv / sp compared with other.vsv / other.sp, exactly: negative, 0 or positive. */
function comparePct(vsv: number, sp: number, otherVsv: number, otherSp: number): number {
  return vsv * otherSp - otherVsv * sp;
}

export function meetsRule(row: InstitutionCounts, rule: SingledOutRule, national: NationalCounts): boolean {
  const { vsv, start_population: sp } = row;
  if (vsv === null || sp === null || sp === 0) return false;
  if (rule.kind === "high_dropout") {
    if (vsv < rule.min_vsv) return false;
    if (!(vsv * 100 > rule.above_pct * sp)) return false;
    return !rule.above_national || national.start_population === 0 || comparePct(vsv, sp, national.vsv, national.start_population) > 0;
  }
  if (row.base_vsv === null || row.base_vsv <= 0) return false;
  // More than min_reduction_pct fewer: (base − vsv) / base > pct / 100.
  if (!((row.base_vsv - vsv) * 100 > rule.min_reduction_pct * row.base_vsv)) return false;
  return !rule.below_national || (national.start_population > 0 && comparePct(vsv, sp, national.vsv, national.start_population) < 0);
}

export interface SingledOut {
  readonly row: InstitutionCounts;
  /** The ids of the rules the institution meets. */
  readonly rules: readonly string[];
  readonly reduction_pct: number | null;
}

/**
 * The institutions that meet at least one rule: high dropout first (most vsv'ers first), then the reducers
 * (largest reduction first); ties by institution code.
 */
export function singledOut(rows: readonly InstitutionCounts[], national: NationalCounts, rules: readonly SingledOutRule[] = SINGLED_OUT_RULES): SingledOut[] {
  const out = rows.flatMap((row) => {
    const met = rules.filter((r) => meetsRule(row, r, national)).map((r) => r.id);
    if (met.length === 0) return [];
    const reduction = row.vsv !== null && row.base_vsv !== null ? reductionPct(row.vsv, row.base_vsv) : null;
    return [{ row, rules: met, reduction_pct: reduction }];
  });
  const rank = (s: SingledOut) => rules.findIndex((r) => s.rules.includes(r.id));
  return out.sort((a, b) => {
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    const kind = rules[rank(a)]?.kind;
    const diff = kind === "high_dropout" ? (b.row.vsv ?? 0) - (a.row.vsv ?? 0) : (b.reduction_pct ?? 0) - (a.reduction_pct ?? 0);
    return diff !== 0 ? diff : a.row.institution.localeCompare(b.row.institution);
  });
}
