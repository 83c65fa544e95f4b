/**
 * Follow-up one year later (docs/follow-up.md): for the vsv'ers of teljaar t/t+1 — definitive figures, official
 * definition — their situation on 1 October of year t+2, one of four, the first that applies:
 *   1. `sk`        obtained a startkwalificatie (diploma dated on or before that day);
 *   2. `education` back in education (a funded enrolment of any sector active that day);
 *   3. `work`      working 12 hours a week or more (sum of the jobs active that day);
 *   4. `deceased_emigrated`  died or emigrated after 1 October t+1, up to and including that day (the vsv count
 *                  itself already leaves out those gone up to 1 October t+1);
 *   5. `vsv`       still a vsv'er: none of these.
 * Facts count as the register knew them on the definitive cut-off (1 October t+2), the same register the vsv'ers
 * were found in. The SQL twin is src/engine/steering-follow-up.ts; tests judge the two against each other.
 */
import { type IsoDate, isoDate } from "../dates.js";
import { officialDefinition, cutoffDate } from "../definition.js";
import type { PersonFacts } from "../register.js";
import { type Teljaar, secondPeildatum, startYear } from "../teljaar.js";
import { evaluatePerson } from "../vsv-rules.js";
import { diedOrEmigratedIn, factsKnownBy, hasSkOn, inFundedEducationOn, works12PlusOn } from "./follow-up-facts.js";

/** In priority order: the first that applies is the situation. */
export const FOLLOW_UP_SITUATIONS = ["sk", "education", "work", "deceased_emigrated", "vsv"] as const;
export type FollowUpSituation = (typeof FOLLOW_UP_SITUATIONS)[number];

/** 1 October of year t+2: one year after the second peildatum. */
export function followUpDate(t: Teljaar): IsoDate {
  return isoDate(startYear(t) + 2, 10, 1);
}

/**
 * Whether a teljaar can be followed up: its definitive figures are final and the register holds the situation on
 * the follow-up date (`factsUntil`: the last day whose situation it holds; null: no limit declared).
 */
export function canFollowUp(t: Teljaar, definitiveFinal: boolean, factsUntil: IsoDate | null): boolean {
  return definitiveFinal && (factsUntil === null || followUpDate(t) <= factsUntil);
}

/**
 * The situation on `d` of someone who left without a startkwalificatie (facts already cut off); `since`: the day after
 * which dying or emigrating counts (the second peildatum, 1 October t+1).
 */
export function situationOn(p: PersonFacts, d: IsoDate, since: IsoDate): FollowUpSituation {
  if (hasSkOn(p, d)) return "sk";
  if (inFundedEducationOn(p, d)) return "education";
  if (works12PlusOn(p, d)) return "work";
  if (diedOrEmigratedIn(p, since, d)) return "deceased_emigrated";
  return "vsv";
}

/** The follow-up situation of a person for teljaar t, or null when they are not a vsv'er of t (definitive, official definition). */
export function followUpOf(p: PersonFacts, t: Teljaar): FollowUpSituation | null {
  const ev = evaluatePerson(p, { teljaar: t, definition: officialDefinition(t), stage: "definitive" });
  if (!ev.vsv) return null;
  return situationOn(factsKnownBy(p, cutoffDate(t, "definitive")), followUpDate(t), secondPeildatum(t));
}

/**
 * The 2014 letter (seed 003): of the ~36,000 vsv'ers of 2011/2012, a year later 8% had an SK, 34% were back in
 * school and 58% were still vsv'er. It had no work data: its "still vsv'er" is our `work` + `vsv` (and the few who
 * died or emigrated in that year, whom it did not count apart).
 */
export const LETTER_2014_FOLLOW_UP = {
  teljaar: "2011-2012",
  source: "Kamerbrief voortgang aanpak voortijdig schoolverlaten, 2014 (seeds/003)",
  shares: [
    { category: "sk", label: "startkwalificatie behaald", pct: 8, ours: ["sk"] },
    { category: "education", label: "weer op school", pct: 34, ours: ["education"] },
    { category: "vsv", label: "nog steeds vsv'er", pct: 58, ours: ["work", "deceased_emigrated", "vsv"] },
  ],
} as const;
