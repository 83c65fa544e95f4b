/**
 * Youth without school or work (NEET, *jongeren zonder school en werk*; docs/follow-up.md#neet).
 *
 * Year Y, peildatum 1 October Y. Population: people in the register aged 15 to 26 on the peildatum (15 or older,
 * younger than 27 — the letters' "tussen de 15 en 27 jaar") who live in a Dutch municipality that day (a residence
 * active on it) and are not recorded as emigrated or deceased that day. NEET: no enrolment of any kind active that
 * day (funded or not: any education counts, as in CBS's "geen onderwijs") and no job active that day (any hours: CBS
 * counts someone with paid work of any size as working). Facts as known on 1 October Y+1 (a year to record them,
 * like the definitive vsv figures). SQL twin: src/engine/steering-neet.ts.
 */
import { type IsoDate, ageOn, isActiveOn, isoDate } from "../dates.js";
import type { GemeenteCode } from "../codes.js";
import type { PersonFacts } from "../register.js";
import { factsKnownBy, inAnyEducationOn, municipalityOn } from "./follow-up-facts.js";

export const NEET_MIN_AGE = 15;
/** Younger than this. */
export const NEET_AGE_LIMIT = 27;

export function neetPeildatum(year: number): IsoDate {
  return isoDate(year, 10, 1);
}

export function neetCutoff(year: number): IsoDate {
  return isoDate(year + 1, 10, 1);
}

export interface NeetStatus {
  readonly age: number;
  readonly municipalityCode: GemeenteCode;
  readonly inEducation: boolean;
  readonly working: boolean;
  readonly neet: boolean;
}

/** The person's NEET status in year Y, or null when they are not in the population that year. */
export function neetStatusOf(person: PersonFacts, year: number): NeetStatus | null {
  const d = neetPeildatum(year);
  const p = factsKnownBy(person, neetCutoff(year));
  const age = ageOn(p.birthDate, d);
  if (age < NEET_MIN_AGE || age >= NEET_AGE_LIMIT) return null;
  const municipalityCode = municipalityOn(p, d);
  if (municipalityCode === null) return null;
  if (p.statuses.some((s) => (s.kind === "EMIGRATED" || s.kind === "DECEASED") && isActiveOn({ from: s.from, to: s.to }, d))) return null;
  const inEducation = inAnyEducationOn(p, d);
  const working = p.jobs.some((j) => j.hoursPerWeek > 0 && isActiveOn({ from: j.from, to: j.to }, d));
  return { age, municipalityCode, inEducation, working, neet: !inEducation && !working };
}
