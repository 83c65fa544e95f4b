/**
 * Relative risk of leaving without a startkwalificatie, per stratum. Only ratios matter: every
 * teljaar the simulation scales them (λ) so that the expected number of dropouts equals the
 * target (targets.ts). The ratios reproduce the patterns the letters describe: in mbo the rate
 * falls from level 1 (~20%+) to level 4 (~3%) and bbl is higher than bol; in vo (~0.6%) the
 * bovenbouw of vmbo is highest; big cities and some regions are clearly above average,
 * Zuid-West Friesland clearly below.
 */
import { hashUnit } from "./random.js";

/** VO level codes used in the person table. */
export const VO_ONDERBOUW = 0;
export const VMBO_BB = 1;
export const VMBO_KB = 2;
export const VMBO_GT = 3;
export const HAVO = 4;
export const VWO = 5;

/** Relative weights (roughly % per year) by vo level. */
export const VO_LEVEL_RISK = [0.5, 2.3, 1.8, 1.15, 0.4, 0.22] as const;
/** The exam year of vmbo (the transition to mbo) is riskier than the year before. */
export const VMBO_EXAM_YEAR_FACTOR = 1.35;

/** Relative weights by mbo level 1..4 (index 0 unused), for bol. */
export const MBO_LEVEL_RISK = [0, 30, 10, 5.5, 4.4] as const;
export const BBL_FACTOR = 1.2;
export const VAVO_RISK = 6.5;

/** Young vo pupils seldom leave (compulsory education); the risk grows up to 16. */
export function voAgeFactor(age: number): number {
  if (age < 14) return 0.2;
  if (age === 14) return 0.5;
  if (age === 15) return 0.8;
  return 1;
}

export function mboAgeFactor(age: number): number {
  return age >= 20 ? 1.3 : age >= 18 ? 1.1 : 1;
}

/** Someone who left before and came back leaves again more often. */
export const RETURNER_FACTOR = 1.9;

/**
 * Municipal factors, as multiples of the national rate (simulation.ts scales them so that the
 * population-weighted mean is 1). The four big cities, from the 2014 letter (2012-13, national
 * 2.1%); each about 7% above the letter's ratio, which the measured ratios come out that much below
 * (movers, commuting students and the mix of levels dilute a municipal factor).
 */
export const CITY_RISK: Readonly<Record<string, number>> = {
  "0363": 1.73, // Amsterdam: 3.4%
  "0599": 1.94, // Rotterdam: 3.8%
  "0518": 1.83, // 's-Gravenhage: 3.6%
  "0344": 1.79, // Utrecht: 3.5%
};

/**
 * Region factors for the municipalities of a region outside its big city. For the city regions
 * they are set so that city and rest together give the region's rate in the letter (the city
 * holds about half of its region's start population, Utrecht about 40%).
 */
export const REGION_RISK: Readonly<Record<string, number>> = {
  "05": 0.62, // Zuid-West Friesland: lowest for years (1.2% against 2.1%)
  "23": 1.4, // Kop van Noord-Holland: lagging behind
  "32": 1.4, // Walcheren: lagging behind
  "21": 0.92, // Agglomeratie Amsterdam: region 2.7% (×1.29)
  "29": 1.06, // Rijnmond: region 2.9% (×1.38)
  "28": 1.05, // Haaglanden: region 2.8% (×1.33)
  "19": 0.88, // Utrecht: region 2.4% (×1.14)
  "06": 0.8, // Friesland-Oost, Achterhoek, Rivierenland, Gooi en Vechtstreek: low after a steep fall
  "13": 0.8,
  "15": 0.85,
  "20": 0.85,
};

/** Factor of a municipality: the city factor, or its region's (other regions vary a little, fixed per region). */
export function municipalityRisk(code: string, region: string): number {
  const city = CITY_RISK[code];
  if (city !== undefined) return city;
  const r = REGION_RISK[region];
  if (r !== undefined) return r;
  return 0.85 + 0.3 * hashUnit(`region:${region}`);
}

/** Schools differ: a fixed factor per location (mean 1), the same for every seed. */
export function locationRisk(locationCode: string): number {
  return 0.7 + 0.6 * hashUnit(`location:${locationCode}`);
}
