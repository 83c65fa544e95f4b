/**
 * Dates inside the generator are day numbers (days since 1970-01-01), small enough for a
 * Uint16Array (up to 2149). `dayText` turns one into `YYYY-MM-DD` through a table built once.
 */
const MS_PER_DAY = 86_400_000;

/** 0 means "no date" in the person tables; 1970-01-01 itself is never used. */
export const NO_DAY = 0;

const FIRST_YEAR = 1970;
const LAST_YEAR = 2100;
const YEAR_START = new Int32Array(LAST_YEAR - FIRST_YEAR + 2);
for (let y = FIRST_YEAR, d = 0; y <= LAST_YEAR + 1; y++) {
  YEAR_START[y - FIRST_YEAR] = d;
  d += isLeap(y) ? 366 : 365;
}
const MONTH_START = [
  [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334],
  [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335],
] as const;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Day number of a calendar date (month 1-12; a day past the end of the month rolls over, like Date.UTC). */
export function day(year: number, month: number, dayOfMonth: number): number {
  if (year < FIRST_YEAR || year > LAST_YEAR) return Math.round(Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY);
  return YEAR_START[year - FIRST_YEAR]! + MONTH_START[isLeap(year) ? 1 : 0][month - 1]! + dayOfMonth - 1;
}

let texts: string[] = [];

/** `YYYY-MM-DD` of a day number. */
export function dayText(d: number): string {
  const t = texts[d];
  if (t !== undefined) return t;
  if (texts.length === 0) buildTable();
  return texts[d] ?? new Date(d * MS_PER_DAY).toISOString().slice(0, 10);
}

function buildTable(): void {
  const to = day(2070, 1, 1);
  const out = new Array<string>(to);
  let y = 1970;
  let m = 1;
  let dd = 1;
  for (let i = 0; i < to; i++) {
    out[i] = `${y}-${m < 10 ? "0" : ""}${m}-${dd < 10 ? "0" : ""}${dd}`;
    dd += 1;
    if (dd > daysIn(y, m)) {
      dd = 1;
      m += 1;
      if (m > 12) {
        m = 1;
        y += 1;
      }
    }
  }
  texts = out;
}

function daysIn(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Calendar year of a day number. */
export function yearOfDay(d: number): number {
  return new Date(d * MS_PER_DAY).getUTCFullYear();
}

/**
 * The day a person born on day `birth` turns `years` (29 February: 1 March in a non-leap year),
 * as vsv-definition.md "Dates, precisely" says.
 */
export function birthdayDay(birth: number, years: number): number {
  const b = new Date(birth * MS_PER_DAY);
  const y = b.getUTCFullYear() + years;
  const m = b.getUTCMonth() + 1;
  const dd = b.getUTCDate();
  if (m === 2 && dd === 29 && daysIn(y, 2) === 28) return day(y, 3, 1);
  return day(y, m, dd);
}

/** Whole years of age on day `on`. */
export function ageOnDay(birth: number, on: number): number {
  const b = new Date(birth * MS_PER_DAY);
  let age = new Date(on * MS_PER_DAY).getUTCFullYear() - b.getUTCFullYear();
  if (birthdayDay(birth, age) > on) age -= 1;
  return age;
}
