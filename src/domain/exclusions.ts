/**
 * The seven exclusions, in the order of vsv-definition.md: a person to whom several
 * apply is counted under the first.
 */
export const EXCLUSIONS = [
  "UNFUNDED",
  "MBO1_JOB",
  "EXEMPTION",
  "NEWCOMER",
  "LATE_SK",
  "DEFENCE_POLICE",
  "DECEASED_EMIGRATED",
] as const;
export type Exclusion = (typeof EXCLUSIONS)[number];

export const EXCLUSION_DESCRIPTIONS: Readonly<Record<Exclusion, string>> = {
  UNFUNDED: "switched to recognised but unfunded education (enrolment active on 1 October t+1)",
  MBO1_JOB: "holds an mbo-1 diploma and works 12 hours a week or more on 1 October t+1",
  EXEMPTION: "exemption under the Leerplichtwet applies on 1 October t+1",
  NEWCOMER: "registered as a first-year newcomer on some day of the teljaar",
  LATE_SK: "obtained a startkwalificatie between 2 October and 31 December of year t+1",
  DEFENCE_POLICE: "follows a training at defence or police on 1 October t+1",
  DECEASED_EMIGRATED: "died or emigrated after 1 October t, up to and including 1 October t+1",
};

/** Minimum weekly hours of work (all jobs on the day added up) for the MBO1_JOB exclusion. */
export const MBO1_JOB_MIN_HOURS = 12;
