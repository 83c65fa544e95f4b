import { VsvError } from "./errors.js";

declare const isoDateBrand: unique symbol;
/** A calendar date written `YYYY-MM-DD`. Plain string order is date order. */
export type IsoDate = string & { readonly [isoDateBrand]: true };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Returns the date, or undefined when `text` is not a real calendar date in `YYYY-MM-DD`. */
export function tryParseIsoDate(text: string): IsoDate | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return text as IsoDate;
}

export function parseIsoDate(text: string): IsoDate {
  const d = tryParseIsoDate(text);
  if (d === undefined) {
    throw new VsvError("BAD_DATE", `"${text}" is not a valid date: write dates as YYYY-MM-DD, e.g. 2023-10-01`);
  }
  return d;
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` as IsoDate;
}

export function yearOf(d: IsoDate): number {
  return Number(d.slice(0, 4));
}

export function addDays(d: IsoDate, days: number): IsoDate {
  const t = Date.UTC(yearOf(d), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10) as IsoDate;
}

/**
 * The day a person born on `birth` turns `years`. Someone born on 29 February has the
 * birthday on 1 March in a year that is not a leap year (vsv-definition: "Dates, precisely").
 */
export function birthdayAt(birth: IsoDate, years: number): IsoDate {
  const y = yearOf(birth) + years;
  const month = Number(birth.slice(5, 7));
  const day = Number(birth.slice(8, 10));
  if (month === 2 && day === 29 && daysInMonth(y, 2) === 28) return isoDate(y, 3, 1);
  return isoDate(y, month, day);
}

/** Younger than `years` on `on`: the `years`-th birthday falls after `on`. */
export function isYoungerThan(birth: IsoDate, years: number, on: IsoDate): boolean {
  return birthdayAt(birth, years) > on;
}

/** Age in whole years on a date (the number of birthdays passed, including one on that day). */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  let age = yearOf(on) - yearOf(birth);
  if (birthdayAt(birth, age) > on) age -= 1;
  return age;
}

/** A period with an inclusive start and an inclusive, possibly open, end. */
export interface Period {
  readonly from: IsoDate;
  readonly to: IsoDate | null;
}

/** Active on `d`: `from <= d` and (`to` empty or `to >= d`). */
export function isActiveOn(p: Period, d: IsoDate): boolean {
  return p.from <= d && (p.to === null || p.to >= d);
}

/** Overlaps the closed interval [a, b]. */
export function overlaps(p: Period, a: IsoDate, b: IsoDate): boolean {
  return p.from <= b && (p.to === null || p.to >= a);
}
