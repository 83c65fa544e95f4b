/**
 * Report months of DUO's monthly files. A monthly file is produced in month P and reports on the
 * month before it: `202310A04I27GZ.csv` reports on September 2023 (duo-formats.md, File names).
 */
import { VsvError } from "../errors.js";
import { type Teljaar, startYear, teljaarStartingIn } from "../teljaar.js";

declare const reportMonthBrand: unique symbol;
/** A calendar month written `YYYY-MM`, e.g. `2023-09`. */
export type ReportMonth = string & { readonly [reportMonthBrand]: true };

export function reportMonth(year: number, month: number): ReportMonth {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12 || year < 1990 || year > 2100) {
    throw new VsvError("BAD_MONTH", `Month ${year}-${month} is not valid: use YYYY-MM with a month 01-12`);
  }
  return `${year}-${String(month).padStart(2, "0")}` as ReportMonth;
}

/** Accepts `YYYY-MM` and `YYYYMM`. */
export function parseReportMonth(text: string): ReportMonth {
  const m = /^(\d{4})-?(\d{2})$/.exec(text.trim());
  if (!m) throw new VsvError("BAD_MONTH", `Month "${text}" is not valid: write it as YYYY-MM, e.g. 2023-09`);
  return reportMonth(Number(m[1]), Number(m[2]));
}

export function monthYear(m: ReportMonth): number {
  return Number(m.slice(0, 4));
}

export function monthNumber(m: ReportMonth): number {
  return Number(m.slice(5, 7));
}

export function addMonths(m: ReportMonth, n: number): ReportMonth {
  const index = monthYear(m) * 12 + (monthNumber(m) - 1) + n;
  return reportMonth(Math.floor(index / 12), (index % 12) + 1);
}

/** `YYYYMM`, as DUO writes months in file names and in RAPPORTAGEMAAND / VANAF_WANNEER. */
export function compactMonth(m: ReportMonth): string {
  return m.replace("-", "");
}

/** The teljaar a month of the A04/A05 series belongs to: October of t to September of t+1. */
export function teljaarOfSeriesMonth(m: ReportMonth): Teljaar {
  return teljaarStartingIn(monthNumber(m) >= 10 ? monthYear(m) : monthYear(m) - 1);
}

/** The twelve report months of the A04 series of a teljaar: October t … September t+1. */
export function a04Months(t: Teljaar): ReportMonth[] {
  const first = reportMonth(startYear(t), 10);
  return Array.from({ length: 12 }, (_, i) => addMonths(first, i));
}

/** The three report months of the A14 files after a teljaar: October … December of t+1. */
export function a14Months(t: Teljaar): ReportMonth[] {
  const first = reportMonth(startYear(t) + 1, 10);
  return Array.from({ length: 3 }, (_, i) => addMonths(first, i));
}
