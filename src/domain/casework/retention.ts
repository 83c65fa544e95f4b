/**
 * How long person data of the closed part is kept (issue 5, part 7; docs/casework.md, "Retention"). Pure: given
 * "now", the cut-off dates before which the retention job removes data.
 */
export const RETENTION = {
  /** Closed cases with their contacts and history: five years after closing. */
  closedCaseYears: 5,
  /** Absence reports not linked to an open case: five years after the report. */
  absenceReportYears: 5,
  /** Signal-list rows of a teljaar: removed two years after the teljaar's end. */
  signalTeljaren: 2,
  /** Login attempts (rate limiting only): 30 days. */
  loginAttemptDays: 30,
} as const;

export interface RetentionCutoffs {
  /** Closed cases with `closed_at` before this are removed. */
  readonly closedCasesBefore: Date;
  /** Absence reports with `reported_on` before this (ISO date), not linked to an open case, are removed. */
  readonly absenceReportsBefore: string;
  /** Signal rows of teljaren ending before this year's 1 October are removed (teljaar "t-(t+1)" ends 30 September t+1). */
  readonly signalsTeljaarBefore: string;
  readonly loginAttemptsBefore: Date;
}

function yearsBefore(now: Date, years: number): Date {
  const d = new Date(now.getTime());
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d;
}

export function retentionCutoffs(now: Date): RetentionCutoffs {
  const year = now.getUTCFullYear();
  // The first teljaar still kept: the one that started `signalTeljaren` years before the current school year.
  const schoolYearStart = now.getUTCMonth() >= 9 ? year : year - 1; // October or later: the school year t-(t+1) started in t
  const firstKept = schoolYearStart - RETENTION.signalTeljaren;
  return {
    closedCasesBefore: yearsBefore(now, RETENTION.closedCaseYears),
    absenceReportsBefore: yearsBefore(now, RETENTION.absenceReportYears).toISOString().slice(0, 10),
    signalsTeljaarBefore: `${firstKept}-${firstKept + 1}`,
    loginAttemptsBefore: new Date(now.getTime() - RETENTION.loginAttemptDays * 86_400_000),
  };
}
