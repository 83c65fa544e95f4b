/**
 * What the generator is calibrated to: the number of new vsv'ers (definition 23) per teljaar,
 * split vo / mbo (incl. vavo), and the size of each exclusion. Published figures come from the
 * letters in the seeds (see reference/national-series.csv); the rest are stated assumptions
 * (docs/synthetic-netherlands.md).
 *
 * The simulation controls these counts explicitly: every teljaar it picks dropouts among the
 * start population with probability λ·weight, where λ makes the expected number equal the target.
 */

export type TargetSource = "published" | "assumed";

export interface TeljaarTarget {
  /** Year t of teljaar t-(t+1). */
  readonly year: number;
  /** New vsv'ers, definition 23, at the stage the figure was published. */
  readonly total: number;
  readonly mbo: number;
  readonly stage: "preliminary" | "definitive";
  readonly source: TargetSource;
}

const SERIES: readonly TeljaarTarget[] = [
  // Warm-up years before the first requested teljaar (only shape the history).
  { year: 2011, total: 30_000, mbo: 24_000, stage: "definitive", source: "assumed" },
  { year: 2012, total: 27_950, mbo: 22_600, stage: "definitive", source: "published" },
  { year: 2013, total: 25_970, mbo: 21_000, stage: "definitive", source: "assumed" },
  { year: 2014, total: 24_450, mbo: 19_700, stage: "definitive", source: "assumed" },
  // 2015-2020: not in the seeds; a plausible path from the 2012-13 level to the 2021-22 one,
  // with a dip in the first covid year (schools kept students in, exams were cancelled).
  { year: 2015, total: 23_800, mbo: 19_100, stage: "definitive", source: "assumed" },
  { year: 2016, total: 24_300, mbo: 19_500, stage: "definitive", source: "assumed" },
  { year: 2017, total: 25_100, mbo: 20_100, stage: "definitive", source: "assumed" },
  { year: 2018, total: 26_200, mbo: 21_000, stage: "definitive", source: "assumed" },
  { year: 2019, total: 23_300, mbo: 18_600, stage: "definitive", source: "assumed" },
  { year: 2020, total: 26_900, mbo: 21_500, stage: "definitive", source: "assumed" },
  // Published (seeds 000, 001, 002).
  { year: 2021, total: 30_242, mbo: 24_200, stage: "definitive", source: "published" },
  { year: 2022, total: 30_246, mbo: 24_286, stage: "definitive", source: "published" },
  { year: 2023, total: 29_163, mbo: 22_308, stage: "preliminary", source: "published" },
  { year: 2024, total: 28_899, mbo: 22_250, stage: "preliminary", source: "published" },
];

/** Which figures of SERIES are published and which parts are assumed (the mbo split of 2021 and 2024 is assumed). */
export const PUBLISHED_MBO_YEARS: readonly number[] = [2022, 2023];

/** The target of a teljaar; years outside the series repeat the nearest one. */
export function targetFor(year: number): TeljaarTarget {
  const first = SERIES[0]!;
  const last = SERIES[SERIES.length - 1]!;
  if (year <= first.year) return { ...first, year };
  if (year >= last.year) return { ...last, year, source: year === last.year ? last.source : "assumed" };
  return SERIES.find((s) => s.year === year)!;
}

/**
 * Preliminary and definitive figures differ through late registration (vsv-definition.md):
 * PHANTOM_SHARE of the definitive count are people who were in fact still in education or had
 * obtained a startkwalificatie, but whose enrolment or diploma is recorded after the preliminary
 * cut-off (counted in the preliminary figures only); LATE_ADDED_SHARE are vsv'ers whose enrolment on
 * the first peildatum is recorded only after it (counted in the definitive figures only).
 * Preliminary ≈ definitive × (1 + PHANTOM_SHARE − LATE_ADDED_SHARE).
 */
export const PHANTOM_SHARE = 0.022;
export const LATE_ADDED_SHARE = 0.004;

/** Definitive-stage counts to generate for a teljaar: the vo and mbo dropouts the simulation draws. */
export function definitiveTargets(year: number): { vo: number; mbo: number } {
  const t = targetFor(year);
  const f = t.stage === "definitive" ? 1 : 1 / (1 + PHANTOM_SHARE - LATE_ADDED_SHARE);
  return { vo: (t.total - t.mbo) * f, mbo: t.mbo * f };
}

/**
 * Exclusions per teljaar. The 2014 letter (teljaar 2012-2013, 27,950 vsv'ers) gives 1,799 unfunded,
 * 1,158 mbo-1 + job, 754 exemption, 351 newcomer, 122 late SK and 23 defence/police; the generator
 * keeps these in proportion to the vsv count of the teljaar, except newcomers, which follow the
 * inflow of newcomers (higher in 2015-2016 and after 2022). Deceased and emigrated are not in that
 * letter: about 170 deaths (mortality of 12-22 year-olds) and 650 emigrations a year are assumed.
 */
export const EXCLUSION_SHARE_2012 = {
  UNFUNDED: 1_799 / 27_950,
  MBO1_JOB: 1_158 / 27_950,
  EXEMPTION: 754 / 27_950,
  LATE_SK: 122 / 27_950,
  DEFENCE_POLICE: 23 / 27_950,
} as const;
export const NEWCOMER_EXCLUSIONS_2012 = 351;
export const DECEASED_PER_YEAR = 170;
export const EMIGRATED_PER_YEAR = 650;

/**
 * Newcomers (first-year, from abroad) aged 12-21 entering Dutch education per school year, at
 * scale 1. Assumed: about 9,000 a year, more in the asylum peak of 2015-2016 and with the
 * arrival of young people from Ukraine in 2022-2023.
 */
export function newcomerInflow(year: number): number {
  const special: Record<number, number> = { 2014: 11_000, 2015: 16_000, 2016: 13_000, 2021: 10_000, 2022: 20_000, 2023: 15_000, 2024: 13_000 };
  return special[year] ?? 9_000;
}

export interface ExclusionTargets {
  readonly UNFUNDED: number;
  readonly MBO1_JOB: number;
  readonly EXEMPTION: number;
  readonly NEWCOMER: number;
  readonly LATE_SK: number;
  readonly DEFENCE_POLICE: number;
  readonly DECEASED: number;
  readonly EMIGRATED: number;
}

export function exclusionTargets(year: number): ExclusionTargets {
  const d = definitiveTargets(year);
  const total = d.vo + d.mbo;
  return {
    UNFUNDED: EXCLUSION_SHARE_2012.UNFUNDED * total,
    MBO1_JOB: EXCLUSION_SHARE_2012.MBO1_JOB * total,
    EXEMPTION: EXCLUSION_SHARE_2012.EXEMPTION * total,
    NEWCOMER: (NEWCOMER_EXCLUSIONS_2012 * newcomerInflow(year)) / 9_000,
    LATE_SK: EXCLUSION_SHARE_2012.LATE_SK * total,
    DEFENCE_POLICE: EXCLUSION_SHARE_2012.DEFENCE_POLICE * total,
    DECEASED: DECEASED_PER_YEAR,
    EMIGRATED: EMIGRATED_PER_YEAR,
  };
}

/** The published figures the calibration report compares with (seeds 000-002). */
export const PUBLISHED_CHECKS: readonly { year: number; stage: "preliminary" | "definitive"; total: number; mbo?: number }[] = [
  { year: 2021, stage: "definitive", total: 30_242 },
  { year: 2022, stage: "definitive", total: 30_246, mbo: 24_286 },
  { year: 2023, stage: "preliminary", total: 29_163, mbo: 22_308 },
  { year: 2024, stage: "preliminary", total: 28_899 },
];
