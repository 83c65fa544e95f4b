/**
 * The vocabulary of enrolments and diplomas in the register exchange format, and the
 * orderings the vsv definition needs (main enrolment, startkwalificatie).
 */

export const SECTORS = ["VO", "MBO", "VAVO", "HO", "PRO", "VSO"] as const;
export type Sector = (typeof SECTORS)[number];

/** Levels allowed per sector (register-format.md, enrolments.level). */
export const LEVELS_BY_SECTOR: Readonly<Record<Sector, readonly string[]>> = {
  VO: ["VMBO-BB", "VMBO-KB", "VMBO-GT", "HAVO", "VWO", "VO-ONDERBOUW"],
  MBO: ["1", "2", "3", "4"],
  VAVO: ["VMBO", "HAVO", "VWO"],
  HO: ["HBO", "WO"],
  PRO: ["PRO"],
  VSO: ["VSO"],
};

export const LEERWEGEN = ["BOL", "BBL"] as const;
export type Leerweg = (typeof LEERWEGEN)[number];

export const DIPLOMA_LEVELS = [
  "VMBO-BB", "VMBO-KB", "VMBO-GT", "HAVO", "VWO", "MBO-1", "MBO-2", "MBO-3", "MBO-4", "HBO", "WO",
] as const;
export type DiplomaLevel = (typeof DIPLOMA_LEVELS)[number];

/** Startkwalificatie: havo, vwo, mbo 2-4, or a higher-education diploma. */
export const SK_DIPLOMA_LEVELS: readonly DiplomaLevel[] = ["HAVO", "VWO", "MBO-2", "MBO-3", "MBO-4", "HBO", "WO"];

export function isStartkwalificatie(level: DiplomaLevel): boolean {
  return SK_DIPLOMA_LEVELS.includes(level);
}

/** Sectors whose funded enrolments qualify a person for the start population. */
export const START_POPULATION_SECTORS: readonly Sector[] = ["VO", "MBO", "VAVO"];

/** Main enrolment, first key: MBO before VAVO before VO. */
export const SECTOR_RANK: Readonly<Partial<Record<Sector, number>>> = { MBO: 0, VAVO: 1, VO: 2 };

/**
 * Main enrolment, second key: the highest level first.
 * MBO 4 > 3 > 2 > 1; VO and VAVO: VWO > HAVO > VMBO-GT/VMBO > VMBO-KB > VMBO-BB > VO-ONDERBOUW.
 */
export const LEVEL_RANK: Readonly<Record<string, number>> = {
  "4": 0, "3": 1, "2": 2, "1": 3,
  VWO: 0, HAVO: 1, "VMBO-GT": 2, VMBO: 2, "VMBO-KB": 3, "VMBO-BB": 4, "VO-ONDERBOUW": 5,
};

/** vo or mbo, the split the letters report (vavo is counted with mbo). */
export type VoMbo = "vo" | "mbo";
export function voMboOf(sector: Sector): VoMbo | null {
  if (sector === "VO") return "vo";
  if (sector === "MBO" || sector === "VAVO") return "mbo";
  return null;
}

/**
 * Sort of education (*onderwijssoort*) of a main enrolment: the VO level itself
 * (VMBO-BB … VWO, VO-ONDERBOUW), `MBO-1`..`MBO-4`, or `VAVO`.
 */
export function educationTypeOf(sector: Sector, level: string): string {
  if (sector === "MBO") return `MBO-${level}`;
  if (sector === "VAVO") return "VAVO";
  return level;
}
