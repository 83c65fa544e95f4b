/**
 * The vsv definition (docs/definition.md) as pure functions over one person's facts.
 * This is the reference implementation: `vsv explain` runs it, and property tests check
 * that the SQL engine (src/engine/compute-sql.ts) gives the same answer for every person.
 */
import { type IsoDate, ageOn, isActiveOn, isYoungerThan, overlaps } from "./dates.js";
import { type Definition, type MeasurementSettings, type Stage, DEFAULT_SETTINGS, cutoffDate } from "./definition.js";
import {
  LEVEL_RANK, SECTOR_RANK, START_POPULATION_SECTORS, isStartkwalificatie,
} from "./education.js";
import { type Exclusion, MBO1_JOB_MIN_HOURS } from "./exclusions.js";
import type { Enrolment, PersonFacts, Recorded } from "./register.js";
import type { GemeenteCode } from "./codes.js";
import { type Teljaar, firstPeildatum, lateSkLastDay, secondPeildatum } from "./teljaar.js";
import { addDays } from "./dates.js";

export type NotInStartPopulationReason = "NO_QUALIFYING_ENROLMENT" | "AGE_LIMIT" | "HAS_SK";

export interface RuleStep {
  /** Stable id of the rule, as named in docs/definition.md. */
  readonly rule: string;
  readonly holds: boolean;
  /** What was found, in words; never person data beyond dates, codes and enrolment ids. */
  readonly detail: string;
}

export interface Evaluation {
  readonly teljaar: Teljaar;
  readonly definition: Definition;
  readonly stage: Stage;
  readonly cutoff: IsoDate;
  readonly inStartPopulation: boolean;
  readonly notInStartPopulationReason: NotInStartPopulationReason | null;
  /** Counted as a new vsv'er. */
  readonly vsv: boolean;
  /** Would be a vsv'er but for the exclusion (the first that applies). */
  readonly exclusion: Exclusion | null;
  /** Every exclusion that applies, in the order of the definition. */
  readonly applicableExclusions: readonly Exclusion[];
  readonly mainEnrolment: Enrolment | null;
  readonly municipalityCode: GemeenteCode | null;
  /** Age in whole years on the first peildatum. */
  readonly age: number;
  readonly steps: readonly RuleStep[];
}

export interface EvaluationInput {
  readonly teljaar: Teljaar;
  readonly definition: Definition;
  readonly stage: Stage;
  readonly settings?: MeasurementSettings;
}

function knownBy<T extends Recorded>(facts: readonly T[], cutoff: IsoDate): T[] {
  return facts.filter((f) => f.recordedOn === null || f.recordedOn <= cutoff);
}

function activeEnrolment(e: Enrolment, d: IsoDate): boolean {
  return isActiveOn({ from: e.startDate, to: e.endDate }, d);
}

/** MBO before VAVO before VO; highest level; earliest start; smallest enrolment_id (plain text order). */
export function compareForMainEnrolment(a: Enrolment, b: Enrolment): number {
  const bySector = (SECTOR_RANK[a.sector] ?? 9) - (SECTOR_RANK[b.sector] ?? 9);
  if (bySector !== 0) return bySector;
  const byLevel = (LEVEL_RANK[a.level] ?? 9) - (LEVEL_RANK[b.level] ?? 9);
  if (byLevel !== 0) return byLevel;
  if (a.startDate !== b.startDate) return a.startDate < b.startDate ? -1 : 1;
  return a.enrolmentId < b.enrolmentId ? -1 : a.enrolmentId > b.enrolmentId ? 1 : 0;
}

export function qualifiesForStartPopulation(e: Enrolment): boolean {
  return e.funded && START_POPULATION_SECTORS.includes(e.sector);
}

export function evaluatePerson(person: PersonFacts, input: EvaluationInput): Evaluation {
  const settings = input.settings ?? DEFAULT_SETTINGS;
  const { teljaar, definition, stage } = input;
  const cutoff = cutoffDate(teljaar, stage, settings);
  const p1 = firstPeildatum(teljaar);
  const p2 = secondPeildatum(teljaar);
  const steps: RuleStep[] = [];
  const step = (rule: string, holds: boolean, detail: string): boolean => {
    steps.push({ rule, holds, detail });
    return holds;
  };

  const enrolments = knownBy(person.enrolments, cutoff);
  const diplomas = knownBy(person.diplomas, cutoff);
  const residences = knownBy(person.residences, cutoff);
  const statuses = knownBy(person.statuses, cutoff);
  const jobs = knownBy(person.jobs, cutoff);
  steps.push({
    rule: "register-as-known",
    holds: true,
    detail: `${stage} figures use facts recorded on or before ${cutoff}`,
  });

  // Start population, on the first peildatum.
  const qualifying = enrolments.filter((e) => qualifiesForStartPopulation(e) && activeEnrolment(e, p1)).sort(compareForMainEnrolment);
  const main = qualifying[0] ?? null;
  const hasEnrolment = step(
    "start.enrolment",
    main !== null,
    main
      ? `funded vo/mbo/vavo enrolment active on ${p1}: ${qualifying.map((e) => e.enrolmentId).join(", ")}`
      : `no funded vo, mbo or vavo enrolment active on ${p1}`,
  );
  const young = step(
    "start.age",
    isYoungerThan(person.birthDate, definition, p1),
    `age on ${p1}: ${ageOn(person.birthDate, p1)} (limit: younger than ${definition})`,
  );
  const skBeforeStart = diplomas.filter((d) => isStartkwalificatie(d.level) && d.date <= p1);
  const noSk = step(
    "start.no-sk",
    skBeforeStart.length === 0,
    skBeforeStart.length === 0 ? `no startkwalificatie on ${p1}` : `holds a startkwalificatie on ${p1} (${skBeforeStart[0]!.level}, ${skBeforeStart[0]!.date})`,
  );
  const reason: NotInStartPopulationReason | null = !hasEnrolment ? "NO_QUALIFYING_ENROLMENT" : !young ? "AGE_LIMIT" : !noSk ? "HAS_SK" : null;
  const inStartPopulation = reason === null;
  if (main) {
    steps.push({
      rule: "start.main-enrolment",
      holds: true,
      detail: `main enrolment ${main.enrolmentId}: ${main.sector} level ${main.level}${main.leerweg ? ` ${main.leerweg}` : ""} at ${main.institution}${main.location ? `/${main.location}` : ""}`,
    });
  }
  const residence = residences.find((r) => isActiveOn({ from: r.from, to: r.to }, p1)) ?? null;
  steps.push({
    rule: "attribution.municipality",
    holds: residence !== null,
    detail: residence ? `lives in municipality ${residence.municipalityCode} on ${p1}` : `no residence known on ${p1}: municipality unknown`,
  });

  let vsv = false;
  let exclusion: Exclusion | null = null;
  const applicable: Exclusion[] = [];
  if (inStartPopulation) {
    const activeAtEnd = enrolments.filter((e) => e.funded && activeEnrolment(e, p2));
    const noEnrolment = step(
      "vsv.no-enrolment",
      activeAtEnd.length === 0,
      activeAtEnd.length === 0
        ? `no funded enrolment of any sector active on ${p2}`
        : `funded enrolment active on ${p2}: ${activeAtEnd.map((e) => `${e.enrolmentId} (${e.sector})`).join(", ")}`,
    );
    const skAtEnd = diplomas.filter((d) => isStartkwalificatie(d.level) && d.date <= p2);
    const stillNoSk = step(
      "vsv.no-sk",
      skAtEnd.length === 0,
      skAtEnd.length === 0 ? `no startkwalificatie on ${p2}` : `obtained a startkwalificatie by ${p2} (${skAtEnd[0]!.level}, ${skAtEnd[0]!.date})`,
    );
    if (noEnrolment && stillNoSk) {
      const checks: [Exclusion, boolean, string][] = [];
      const unfunded = enrolments.filter((e) => !e.funded && activeEnrolment(e, p2));
      checks.push(["UNFUNDED", unfunded.length > 0, unfunded.length ? `unfunded enrolment active on ${p2}: ${unfunded.map((e) => e.enrolmentId).join(", ")}` : `no unfunded enrolment on ${p2}`]);
      const mbo1 = diplomas.some((d) => d.level === "MBO-1" && d.date <= p2);
      const hours = jobs.filter((j) => isActiveOn({ from: j.from, to: j.to }, p2)).reduce((s, j) => s + j.hoursPerWeek, 0);
      checks.push(["MBO1_JOB", mbo1 && hours >= MBO1_JOB_MIN_HOURS, `mbo-1 diploma by ${p2}: ${mbo1 ? "yes" : "no"}; hours of work on ${p2}: ${hours}`]);
      const statusOn = (kind: string) => statuses.some((s) => s.kind === kind && isActiveOn({ from: s.from, to: s.to }, p2));
      checks.push(["EXEMPTION", statusOn("EXEMPTION"), `exemption on ${p2}: ${statusOn("EXEMPTION") ? "yes" : "no"}`]);
      const newcomer = statuses.some((s) => s.kind === "NEWCOMER" && overlaps({ from: s.from, to: s.to }, p1, p2));
      checks.push(["NEWCOMER", newcomer, `first-year newcomer on some day from ${p1} to ${p2}: ${newcomer ? "yes" : "no"}`]);
      const lateSk = diplomas.filter((d) => isStartkwalificatie(d.level) && d.date > p2 && d.date <= lateSkLastDay(teljaar));
      checks.push(["LATE_SK", lateSk.length > 0, lateSk.length ? `startkwalificatie ${lateSk[0]!.level} on ${lateSk[0]!.date}` : `no startkwalificatie from ${addDays(p2, 1)} to ${lateSkLastDay(teljaar)}`]);
      checks.push(["DEFENCE_POLICE", statusOn("DEFENCE_POLICE"), `defence/police training on ${p2}: ${statusOn("DEFENCE_POLICE") ? "yes" : "no"}`]);
      const gone = statuses.filter((s) => (s.kind === "DECEASED" || s.kind === "EMIGRATED") && s.from > p1 && s.from <= p2);
      checks.push(["DECEASED_EMIGRATED", gone.length > 0, gone.length ? `${gone[0]!.kind.toLowerCase()} on ${gone[0]!.from}` : `not deceased or emigrated after ${p1} up to ${p2}`]);
      for (const [code, holds, detail] of checks) {
        step(`exclusion.${code}`, holds, detail);
        if (holds) applicable.push(code);
      }
      exclusion = applicable[0] ?? null;
      vsv = exclusion === null;
    }
  }
  steps.push({
    rule: "result",
    holds: vsv,
    detail: !inStartPopulation
      ? "not in the start population"
      : vsv
        ? "counted as a new vsv'er"
        : exclusion
          ? `not counted: exclusion ${exclusion}`
          : "not counted: still in education or holds a startkwalificatie on the second peildatum",
  });
  return {
    teljaar,
    definition,
    stage,
    cutoff,
    inStartPopulation,
    notInStartPopulationReason: reason,
    vsv,
    exclusion,
    applicableExclusions: applicable,
    mainEnrolment: inStartPopulation ? main : null,
    municipalityCode: inStartPopulation ? residence?.municipalityCode ?? null : null,
    age: ageOn(person.birthDate, p1),
    steps,
  };
}
