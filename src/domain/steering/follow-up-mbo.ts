/**
 * mbo leavers with and without a startkwalificatie, and who works a year later (docs/follow-up.md#mbo-leavers).
 *
 * An mbo leaver of teljaar t/t+1 has a funded mbo enrolment that ended in the teljaar (end date from the first
 * peildatum 1 October t up to and including 30 September t+1) and no funded mbo enrolment active on the second
 * peildatum (1 October t+1). No age limit. The enrolment left is the one that ended last (ties: the main-enrolment
 * order); its programme (crebo) and level are the leaver's. With SK: a startkwalificatie dated on or before the second
 * peildatum. Region: where they live on the second peildatum. A year later (1 October t+2) they work when the jobs
 * active that day add up to 12 hours a week or more, and are in education with a funded enrolment of any sector.
 * Facts as known on 1 October t+2 (the definitive cut-off). SQL twin: src/engine/steering-follow-up.ts (mboLeaversSql).
 */
import { addDays } from "../dates.js";
import { cutoffDate } from "../definition.js";
import type { GemeenteCode } from "../codes.js";
import type { Enrolment, PersonFacts } from "../register.js";
import { type Teljaar, firstPeildatum, secondPeildatum } from "../teljaar.js";
import { compareForMainEnrolment } from "../vsv-rules.js";
import { followUpDate } from "./follow-up.js";
import { enrolmentActiveOn, factsKnownBy, hasSkOn, inFundedEducationOn, municipalityOn, works12PlusOn } from "./follow-up-facts.js";

export interface MboLeaver {
  readonly enrolment: Enrolment;
  readonly withSk: boolean;
  readonly municipalityCode: GemeenteCode | null;
  /** Works 12+ hours a week on 1 October t+2. */
  readonly working: boolean;
  /** In funded education (any sector) on 1 October t+2. */
  readonly inEducation: boolean;
}

const isFundedMbo = (e: Enrolment) => e.funded && e.sector === "MBO";

export function mboLeaverOf(person: PersonFacts, t: Teljaar): MboLeaver | null {
  const p = factsKnownBy(person, cutoffDate(t, "definitive"));
  const p1 = firstPeildatum(t);
  const p2 = secondPeildatum(t);
  const lastDay = addDays(p2, -1);
  const ended = p.enrolments.filter((e) => isFundedMbo(e) && e.endDate !== null && e.endDate >= p1 && e.endDate <= lastDay);
  if (ended.length === 0) return null;
  if (p.enrolments.some((e) => isFundedMbo(e) && enrolmentActiveOn(e, p2))) return null;
  const enrolment = [...ended].sort((a, b) => (a.endDate! !== b.endDate! ? (a.endDate! > b.endDate! ? -1 : 1) : compareForMainEnrolment(a, b)))[0]!;
  const d = followUpDate(t);
  return {
    enrolment,
    withSk: hasSkOn(p, p2),
    municipalityCode: municipalityOn(p, p2),
    working: works12PlusOn(p, d),
    inEducation: inFundedEducationOn(p, d),
  };
}
