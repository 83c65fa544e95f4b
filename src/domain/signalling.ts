/**
 * Monthly signalling during the teljaar (vsv-definition.md, "Monthly signalling during the teljaar"):
 * which members of the start population are *possible vsv'ers* in a report month, the list DUO sends as
 * A04 (October t … September t+1) and A14 (October … December t+1).
 *
 * The rule, per report month M: a member of the start population is on the list of M when on the
 * peildatum of M — the first day after M — they have no active funded enrolment of any sector (the
 * enrolments the vsv'er test looks at) and hold no startkwalificatie. They are on it "since" the first
 * month of their current unbroken run on the list; someone who re-enrols or obtains an SK drops off,
 * and a later run starts afresh.
 *
 * Why the first day after the month: the file on M is produced at the start of the next month, on the
 * situation then; an enrolment ending on the last day of M (the usual end date, 31 July) shows on M's
 * list; and the list of September t+1 is taken on 1 October t+1, the second peildatum, so it holds
 * exactly the start-population members who fail the vsv'er test before exclusions (every vsv'er is on it).
 *
 * Pure rules over one person's facts; src/engine/monthly-signals.ts computes the same set-wise and
 * test/engine/monthly-signals.test.ts checks that both agree.
 */
import { type IsoDate, isActiveOn, isoDate } from "./dates.js";
import { isStartkwalificatie } from "./education.js";
import type { Diploma, Enrolment, PersonFacts, Recorded } from "./register.js";
import { type Teljaar } from "./teljaar.js";
import { type ReportMonth, a04Months, a14Months, addMonths, monthNumber, monthYear } from "./duo/report-month.js";

export type SignalKind = "A04" | "A14";

export interface SignalMonth {
  /** Position in the teljaar's series: 0 = October t … 11 = September t+1, 12-14 = October-December t+1. */
  readonly index: number;
  readonly month: ReportMonth;
  readonly kind: SignalKind;
  /** The day the list of this month is taken on: the first day after the month. */
  readonly peildatum: IsoDate;
}

/** The peildatum of a report month: the first day of the month after it (`2024-01` → 2024-02-01). */
export function signalPeildatum(m: ReportMonth): IsoDate {
  const next = addMonths(m, 1);
  return isoDate(monthYear(next), monthNumber(next), 1);
}

/** The fifteen report months of a teljaar: twelve A04 months, then three A14 months. */
export function signalMonths(t: Teljaar): SignalMonth[] {
  const a04 = a04Months(t).map((month) => ({ month, kind: "A04" as const }));
  const a14 = a14Months(t).map((month) => ({ month, kind: "A14" as const }));
  return [...a04, ...a14].map((m, index) => ({ ...m, index, peildatum: signalPeildatum(m.month) }));
}

/**
 * A month's list can only be made when the register reaches its peildatum: the register's as-of date
 * is on or after it. A register without an as-of date is taken as complete (docs/decisions.md, 8).
 */
export function isMonthCovered(m: SignalMonth, asOf: IsoDate | null): boolean {
  return asOf === null || m.peildatum <= asOf;
}

/** The facts as the register knows them on its as-of date (all of them when it declares none). */
export function knownAsOf<T extends Recorded>(facts: readonly T[], asOf: IsoDate | null): T[] {
  return asOf === null ? [...facts] : facts.filter((f) => f.recordedOn === null || f.recordedOn <= asOf);
}

/** An enrolment that keeps someone off the list: funded, of any sector (as in the vsv'er test). */
export function isRelevantForSignalling(e: Enrolment): boolean {
  return e.funded;
}

export function hasRelevantEnrolmentOn(enrolments: readonly Enrolment[], d: IsoDate): boolean {
  return enrolments.some((e) => isRelevantForSignalling(e) && isActiveOn({ from: e.startDate, to: e.endDate }, d));
}

export function holdsSkOn(diplomas: readonly Diploma[], d: IsoDate): boolean {
  return diplomas.some((x) => isStartkwalificatie(x.level) && x.date <= d);
}

/** The end of the last relevant enrolment that started on or before `d`; null when there is none. */
export function lastDeregistration(enrolments: readonly Enrolment[], d: IsoDate): IsoDate | null {
  let last: IsoDate | null = null;
  for (const e of enrolments) {
    if (!isRelevantForSignalling(e) || e.startDate > d || e.endDate === null) continue;
    if (last === null || e.endDate > last) last = e.endDate;
  }
  return last;
}

/**
 * For each position of a series of on-list flags, the position where the current unbroken run on
 * the list began; null where not on the list.
 */
export function runStarts(listed: readonly boolean[]): (number | null)[] {
  let start: number | null = null;
  return listed.map((on, i) => {
    if (!on) {
      start = null;
      return null;
    }
    start ??= i;
    return start;
  });
}

export interface PersonSignal extends SignalMonth {
  readonly listed: boolean;
  /** RAPPORTAGEMAAND / VANAF_WANNEER: the first month of the current run on the list. */
  readonly listedSince: ReportMonth | null;
  /** DATUM_UITSCHRIJVING: the end of the last relevant enrolment. */
  readonly deregistrationDate: IsoDate | null;
}

/**
 * The monthly lists for one member of the start population of teljaar `t`, over the months the
 * register covers, with the facts as known on its as-of date.
 */
export function personSignals(person: PersonFacts, t: Teljaar, asOf: IsoDate | null): PersonSignal[] {
  const enrolments = knownAsOf(person.enrolments, asOf);
  const diplomas = knownAsOf(person.diplomas, asOf);
  const months = signalMonths(t).filter((m) => isMonthCovered(m, asOf));
  const listed = months.map((m) => !hasRelevantEnrolmentOn(enrolments, m.peildatum) && !holdsSkOn(diplomas, m.peildatum));
  const starts = runStarts(listed);
  return months.map((m, i) => {
    const start = starts[i] ?? null;
    return {
      ...m,
      listed: listed[i]!,
      listedSince: start === null ? null : months[start]!.month,
      deregistrationDate: listed[i] ? lastDeregistration(enrolments, m.peildatum) : null,
    };
  });
}
