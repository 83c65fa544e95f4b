/**
 * What the follow-up rules ask of one person's facts on one day: known by a cut-off, in funded
 * education, hours of work, where they live. Shared by follow-up.ts, follow-up-mbo.ts, neet.ts and transitions.ts.
 */
import { type IsoDate, isActiveOn } from "../dates.js";
import type { GemeenteCode } from "../codes.js";
import { isStartkwalificatie } from "../education.js";
import type { Enrolment, Job, PersonFacts, Recorded } from "../register.js";

/** Work counts from 12 hours a week: the threshold the vsv definition uses for work (MBO1_JOB). */
export const WORK_MIN_HOURS = 12;

export function knownBy<T extends Recorded>(facts: readonly T[], cutoff: IsoDate): T[] {
  return facts.filter((f) => f.recordedOn === null || f.recordedOn <= cutoff);
}

/** The person's facts as the register knew them on `cutoff` (recorded on or before it). */
export function factsKnownBy(p: PersonFacts, cutoff: IsoDate): PersonFacts {
  return {
    ...p,
    residences: knownBy(p.residences, cutoff),
    enrolments: knownBy(p.enrolments, cutoff),
    diplomas: knownBy(p.diplomas, cutoff),
    statuses: knownBy(p.statuses, cutoff),
    jobs: knownBy(p.jobs, cutoff),
  };
}

export function enrolmentActiveOn(e: Enrolment, d: IsoDate): boolean {
  return isActiveOn({ from: e.startDate, to: e.endDate }, d);
}

/** A funded enrolment of any sector (vo, mbo, vavo, ho, pro, vso) active on `d`. */
export function inFundedEducationOn(p: PersonFacts, d: IsoDate): boolean {
  return p.enrolments.some((e) => e.funded && enrolmentActiveOn(e, d));
}

/** Any enrolment, funded or not, active on `d` (the NEET definition: any education). */
export function inAnyEducationOn(p: PersonFacts, d: IsoDate): boolean {
  return p.enrolments.some((e) => enrolmentActiveOn(e, d));
}

/** Sum of the hours a week of the jobs active on `d`. */
export function hoursWorkedOn(jobs: readonly Job[], d: IsoDate): number {
  return jobs.filter((j) => isActiveOn({ from: j.from, to: j.to }, d)).reduce((s, j) => s + j.hoursPerWeek, 0);
}

export function works12PlusOn(p: PersonFacts, d: IsoDate): boolean {
  return hoursWorkedOn(p.jobs, d) >= WORK_MIN_HOURS;
}

/** Died or emigrated on a day after `after`, up to and including `upTo` (the register's DECEASED / EMIGRATED start date). */
export function diedOrEmigratedIn(p: PersonFacts, after: IsoDate, upTo: IsoDate): boolean {
  return p.statuses.some((s) => (s.kind === "DECEASED" || s.kind === "EMIGRATED") && s.from > after && s.from <= upTo);
}

export function hasSkOn(p: PersonFacts, d: IsoDate): boolean {
  return p.diplomas.some((x) => isStartkwalificatie(x.level) && x.date <= d);
}

/** Municipality of the residence active on `d` (the earliest-starting one if the register has overlaps). */
export function municipalityOn(p: PersonFacts, d: IsoDate): GemeenteCode | null {
  const r = p.residences.filter((x) => isActiveOn({ from: x.from, to: x.to }, d)).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))[0];
  return r?.municipalityCode ?? null;
}
