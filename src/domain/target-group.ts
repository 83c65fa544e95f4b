/**
 * The target group of the Wet van school naar duurzaam werk (in force 1 January 2026): the young people the
 * Doorstroompunt (the RMC function) is responsible for, on a reference day (docs/target-group.md). Pure: the SQL
 * twin is src/engine/target-group.ts, and test/engine/target-group.test.ts judges the two against each other.
 *
 * A person is in the target group on reference day R when:
 * 1. they belong to one of the groups, the first that applies in TARGET_GROUPS order:
 *    - vso, pro, entree, mbo2_bol: they had a funded enrolment of the group (src/domain/steering/transitions.ts
 *      `inGroup`: sector VSO, sector PRO, mbo level 1, mbo level 2 BOL), the last one of them ended within the
 *      window (from windowStartOf(R) up to R), and none of them is still running after R;
 *    - vsv: they are a definitive vsv'er (official definition) of a recent teljaar: one whose second peildatum lies in
 *      the window (recentVsvTeljaren). That comes from the computed results, so the caller passes it in;
 * 2. they are younger than 27 on R (their 27th birthday falls after R);
 * 3. they have no enrolment, funded or not, of any sector active on R (the NEET rule: any education);
 * 4. the jobs active on R add up to less than 12 hours a week (WORK_MIN_HOURS, the vsv definition's threshold);
 * 5. they have not died or emigrated (a DECEASED or EMIGRATED status active on R).
 * A diploma does not take anyone out: the law is about the risk of a distance to the labour market, and a leaver of
 * mbo-2 BOL with a diploma who neither studies nor works is exactly that risk (docs/decisions.md 48).
 */
import { type IsoDate, isActiveOn, isYoungerThan, isoDate, yearOf } from "./dates.js";
import type { Enrolment, PersonFacts } from "./register.js";
import { hoursWorkedOn, inAnyEducationOn, WORK_MIN_HOURS } from "./steering/follow-up-facts.js";
import { type VulnerableGroup, VULNERABLE_GROUPS, inGroup } from "./steering/transitions.js";
import { type Teljaar, secondPeildatum } from "./teljaar.js";

/** The groups, in the order of priority: one group per person, the first that applies. */
export const TARGET_GROUPS = [...VULNERABLE_GROUPS, "vsv"] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** Younger than this on the reference day (the law: young people up to 27). */
export const TARGET_AGE_LIMIT = 27;

/** How many school years before the reference day's school year a leaver still counts (decision 48). */
export const WINDOW_SCHOOL_YEARS = 5;

/** Why a person is not in the target group (for tests and explanations; never shown per person to the public). */
export type TargetExclusion = "no_group" | "age" | "in_education" | "working" | "gone";

export interface TargetGroupStatus {
  /** The group, or null when the person is not in the target group. */
  readonly group: TargetGroup | null;
  /** Why not (null when in the group). */
  readonly excluded: TargetExclusion | null;
  /** When the person left the group's programme (the end of the last enrolment of it); null for the vsv group. */
  readonly leftOn: IsoDate | null;
}

/**
 * The first day of the window: 1 August, WINDOW_SCHOOL_YEARS school years before the start of the school year the
 * reference day falls in. Reference day 2026-12-01 (school year 2026/27) → 2021-08-01: the leavers of the school
 * years 2021/22 up to the current one.
 */
export function windowStartOf(referenceDay: IsoDate): IsoDate {
  const schoolYear = Number(referenceDay.slice(5, 7)) >= 8 ? yearOf(referenceDay) : yearOf(referenceDay) - 1;
  return isoDate(schoolYear - WINDOW_SCHOOL_YEARS, 8, 1);
}

/** The teljaren whose vsv'ers count as recent: their second peildatum (the day they became vsv'er) lies in the window. */
export function recentVsvTeljaren(referenceDay: IsoDate, computed: readonly Teljaar[]): Teljaar[] {
  const from = windowStartOf(referenceDay);
  return computed.filter((t) => secondPeildatum(t) >= from && secondPeildatum(t) <= referenceDay).sort();
}

/**
 * The end of the last enrolment of a group, when the person left it within the window: every funded enrolment of the
 * group has ended on or before the reference day, and the last end is on or after the window's start.
 */
export function leftGroupOn(enrolments: readonly Enrolment[], group: VulnerableGroup, referenceDay: IsoDate): IsoDate | null {
  const of = enrolments.filter((e) => inGroup(e, group) && e.startDate <= referenceDay);
  if (of.length === 0) return null;
  let last: IsoDate | null = null;
  for (const e of of) {
    if (e.endDate === null || e.endDate > referenceDay) return null;
    if (last === null || e.endDate > last) last = e.endDate;
  }
  return last !== null && last >= windowStartOf(referenceDay) ? last : null;
}

/**
 * Whether and in which group a person is in the target group on `referenceDay`. `recentVsv`: the person is a
 * definitive vsv'er of one of recentVsvTeljaren (from the computed results).
 */
export function targetGroupStatus(person: PersonFacts, referenceDay: IsoDate, recentVsv: boolean): TargetGroupStatus {
  let group: TargetGroup | null = null;
  let leftOn: IsoDate | null = null;
  for (const g of VULNERABLE_GROUPS) {
    leftOn = leftGroupOn(person.enrolments, g, referenceDay);
    if (leftOn !== null) {
      group = g;
      break;
    }
  }
  if (group === null && recentVsv) group = "vsv";
  const out = (excluded: TargetExclusion): TargetGroupStatus => ({ group: null, excluded, leftOn: null });
  if (group === null) return out("no_group");
  if (!isYoungerThan(person.birthDate, TARGET_AGE_LIMIT, referenceDay)) return out("age");
  if (person.statuses.some((s) => (s.kind === "DECEASED" || s.kind === "EMIGRATED") && isActiveOn({ from: s.from, to: s.to }, referenceDay))) return out("gone");
  if (inAnyEducationOn(person, referenceDay)) return out("in_education");
  if (hoursWorkedOn(person.jobs, referenceDay) >= WORK_MIN_HOURS) return out("working");
  return { group, excluded: null, leftOn };
}

