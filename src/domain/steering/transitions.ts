/**
 * Youth in a vulnerable position and the transitions into mbo (docs/follow-up.md#vulnerable).
 *
 * Vulnerable groups, teljaar t/t+1: a pupil of the group has a funded enrolment of it active on the first peildatum
 * (1 October t); one group per person, the first that applies: vso (sector VSO), pro (sector PRO), entree (mbo level
 * 1), mbo-2 BOL. A leaver is a pupil with no funded enrolment of the same group on the second peildatum (1 October
 * t+1). A year after leaving (1 October t+2): in education (funded enrolment, any sector), else working 12+ hours a
 * week, else neither.
 *
 * vso → mbo: the start population of teljaar t (definitive, official definition) in entree or mbo-2 (main enrolment),
 * by origin: vso when they have a vso enrolment that started before the first peildatum, else pro likewise, else other;
 * how many became vsv'er.
 *
 * vmbo → mbo: people with a vmbo diploma (BB, KB, GT; the highest if several) dated after 1 October t-1 up to and
 * including 1 October t. On 1 October t: in funded mbo, else in other funded education, else in none; those in mbo,
 * on 1 October t+1: still in funded mbo, or left mbo in the first year.
 * Facts as known on 1 October t+2. SQL twin: src/engine/steering-transitions.ts.
 */
import { type IsoDate } from "../dates.js";
import { cutoffDate, officialDefinition } from "../definition.js";
import type { Enrolment, PersonFacts } from "../register.js";
import { type Teljaar, firstPeildatum, previousTeljaar, secondPeildatum } from "../teljaar.js";
import { evaluatePerson } from "../vsv-rules.js";
import { followUpDate } from "./follow-up.js";
import { enrolmentActiveOn, factsKnownBy, inFundedEducationOn, works12PlusOn } from "./follow-up-facts.js";

export const VULNERABLE_GROUPS = ["vso", "pro", "entree", "mbo2_bol"] as const;
export type VulnerableGroup = (typeof VULNERABLE_GROUPS)[number];

export const AFTER_LEAVING = ["education", "work", "neither"] as const;
export type AfterLeaving = (typeof AFTER_LEAVING)[number];

export function inGroup(e: Enrolment, g: VulnerableGroup): boolean {
  if (!e.funded) return false;
  switch (g) {
    case "vso": return e.sector === "VSO";
    case "pro": return e.sector === "PRO";
    case "entree": return e.sector === "MBO" && e.level === "1";
    case "mbo2_bol": return e.sector === "MBO" && e.level === "2" && e.leerweg === "BOL";
  }
}

export interface VulnerableStatus {
  readonly group: VulnerableGroup;
  /** Left the group's education by the second peildatum; then `after` is set. */
  readonly leaver: boolean;
  readonly after: AfterLeaving | null;
}

function inGroupOn(p: PersonFacts, g: VulnerableGroup, d: IsoDate): boolean {
  return p.enrolments.some((e) => inGroup(e, g) && enrolmentActiveOn(e, d));
}

export function vulnerableStatusOf(person: PersonFacts, t: Teljaar): VulnerableStatus | null {
  const p = factsKnownBy(person, cutoffDate(t, "definitive"));
  const group = VULNERABLE_GROUPS.find((g) => inGroupOn(p, g, firstPeildatum(t)));
  if (group === undefined) return null;
  if (inGroupOn(p, group, secondPeildatum(t))) return { group, leaver: false, after: null };
  const d = followUpDate(t);
  const after: AfterLeaving = inFundedEducationOn(p, d) ? "education" : works12PlusOn(p, d) ? "work" : "neither";
  return { group, leaver: true, after };
}

export const VSO_MBO_LEVELS = ["entree", "mbo2"] as const;
export const ORIGINS = ["vso", "pro", "other"] as const;
export type Origin = (typeof ORIGINS)[number];

export interface VsoMboStatus {
  readonly level: (typeof VSO_MBO_LEVELS)[number];
  readonly origin: Origin;
  readonly vsv: boolean;
}

export function vsoMboStatusOf(person: PersonFacts, t: Teljaar): VsoMboStatus | null {
  const ev = evaluatePerson(person, { teljaar: t, definition: officialDefinition(t), stage: "definitive" });
  const main = ev.mainEnrolment;
  if (!ev.inStartPopulation || main === null || main.sector !== "MBO" || (main.level !== "1" && main.level !== "2")) return null;
  const p = factsKnownBy(person, ev.cutoff);
  const p1 = firstPeildatum(t);
  const before = (sector: string) => p.enrolments.some((e) => e.sector === sector && e.startDate < p1);
  const origin: Origin = before("VSO") ? "vso" : before("PRO") ? "pro" : "other";
  return { level: main.level === "1" ? "entree" : "mbo2", origin, vsv: ev.vsv };
}

export const VMBO_LEVELS = ["VMBO-GT", "VMBO-KB", "VMBO-BB"] as const;
export const VMBO_MBO_OUTCOMES = ["mbo_stayed", "mbo_left_first_year", "other_education", "no_education"] as const;
export type VmboMboOutcome = (typeof VMBO_MBO_OUTCOMES)[number];

export interface VmboMboStatus {
  readonly vmboLevel: (typeof VMBO_LEVELS)[number];
  readonly outcome: VmboMboOutcome;
}

export function vmboMboStatusOf(person: PersonFacts, t: Teljaar): VmboMboStatus | null {
  const p = factsKnownBy(person, cutoffDate(t, "definitive"));
  const from = firstPeildatum(previousTeljaar(t));
  const p1 = firstPeildatum(t);
  const vmboLevel = VMBO_LEVELS.find((l) => p.diplomas.some((x) => x.level === l && x.date > from && x.date <= p1));
  if (vmboLevel === undefined) return null;
  const fundedMboOn = (d: IsoDate) => p.enrolments.some((e) => e.funded && e.sector === "MBO" && enrolmentActiveOn(e, d));
  const outcome: VmboMboOutcome = fundedMboOn(p1)
    ? fundedMboOn(secondPeildatum(t)) ? "mbo_stayed" : "mbo_left_first_year"
    : inFundedEducationOn(p, p1) ? "other_education" : "no_education";
  return { vmboLevel, outcome };
}
