/**
 * How old a signal list is (issue 16, part 8). DUO delivers the possible list monthly, for the month before; a list
 * whose report month is more than two months behind the current month in the Netherlands means a delivery was missed
 * (or not loaded) and the page warns. Pure: the caller passes today's date (Europe/Amsterdam). docs/signal-lists.md.
 */

/** More months behind than this, and a newer delivery was expected. */
export const MAX_EXPECTED_AGE_MONTHS = 2;

export interface ListFreshness {
  /** The report month (YYYY-MM). */
  readonly report_month: string;
  /** Whole months between the report month and today's month (0: this month). */
  readonly age_months: number;
  /** True when the list is older than the latest delivery one would expect. */
  readonly stale: boolean;
}

const MONTH = /^(\d{4})-(\d{2})$/;

/** The freshness of `reportMonth` (YYYY-MM) on `today` (YYYY-MM-DD, in the Netherlands); null for a month it cannot read. */
export function listFreshness(reportMonth: string | null, today: string): ListFreshness | null {
  const m = reportMonth ? MONTH.exec(reportMonth) : null;
  const t = /^(\d{4})-(\d{2})-\d{2}$/.exec(today);
  if (!m || !t) return null;
  const age = (Number(t[1]) - Number(m[1])) * 12 + (Number(t[2]) - Number(m[2]));
  return { report_month: reportMonth!, age_months: age, stale: age > MAX_EXPECTED_AGE_MONTHS };
}
