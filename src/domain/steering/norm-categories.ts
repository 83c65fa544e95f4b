/**
 * What a norm applies to: an mbo level (1–4) or a vo category. The vo categories are those of the vo
 * performance scheme (onderbouw; bovenbouw vmbo; bovenbouw havo/vwo), formed from the sort of education
 * (education_type) of the main enrolment (docs/norms.md).
 */
import { VsvError } from "../errors.js";

export const NORM_SECTORS = ["mbo", "vo"] as const;
export type NormSector = (typeof NORM_SECTORS)[number];

export const MBO_LEVELS = ["1", "2", "3", "4"] as const;
export type MboLevel = (typeof MBO_LEVELS)[number];

export const VO_CATEGORIES = ["onderbouw", "bovenbouw-vmbo", "bovenbouw-havo-vwo"] as const;
export type VoCategory = (typeof VO_CATEGORIES)[number];

/** The sorts of education in each vo category (the view's education_type values). */
export const VO_CATEGORY_TYPES: Readonly<Record<VoCategory, readonly string[]>> = {
  onderbouw: ["VO-ONDERBOUW"],
  "bovenbouw-vmbo": ["VMBO-BB", "VMBO-KB", "VMBO-GT"],
  "bovenbouw-havo-vwo": ["HAVO", "VWO"],
};

/** Dutch names for the web app and downloads. */
export const NORM_GROUP_NAMES: Readonly<Record<string, string>> = {
  "1": "mbo niveau 1",
  "2": "mbo niveau 2",
  "3": "mbo niveau 3",
  "4": "mbo niveau 4",
  onderbouw: "onderbouw vo",
  "bovenbouw-vmbo": "bovenbouw vmbo",
  "bovenbouw-havo-vwo": "bovenbouw havo/vwo",
};

export function parseNormSector(text: string): NormSector {
  if (text === "mbo" || text === "vo") return text;
  throw new VsvError("BAD_SECTOR", `Sector "${text}" heeft geen normen: kies mbo of vo`);
}

export function parseVoCategory(text: string): VoCategory {
  const c = VO_CATEGORIES.find((x) => x === text);
  if (c) return c;
  throw new VsvError("BAD_VO_CATEGORY", `Vo-categorie "${text}" is onbekend: kies ${VO_CATEGORIES.join(", ")}`);
}

export function parseMboLevel(text: string): MboLevel {
  const l = MBO_LEVELS.find((x) => x === text);
  if (l) return l;
  throw new VsvError("BAD_MBO_LEVEL", `Mbo-niveau "${text}" is onbekend: kies 1, 2, 3 of 4`);
}

/** The vo category of a sort of education, or null when it is not vo (mbo, vavo …). */
export function voCategoryOf(educationType: string): VoCategory | null {
  for (const c of VO_CATEGORIES) if (VO_CATEGORY_TYPES[c].includes(educationType)) return c;
  return null;
}

/** The mbo level of a sort of education (`MBO-3` → `3`), or null. */
export function mboLevelOf(educationType: string): MboLevel | null {
  const m = /^MBO-([1-4])$/.exec(educationType);
  return m ? (m[1] as MboLevel) : null;
}

/** The group a sort of education counts in for the sector's norms. */
export function normGroupOf(sector: NormSector, educationType: string): string | null {
  return sector === "mbo" ? mboLevelOf(educationType) : voCategoryOf(educationType);
}
