/**
 * Compulsory education on a day (Leerplichtwet 1969): may a school report a student's absence as statutory
 * (*wettelijk verzuim*)? Only while the student is leerplichtig or kwalificatieplichtig. Pure; docs/casework.md,
 * "Statutory absence: who is of compulsory school age".
 *
 * - **Leerplicht** (art. 3 lid 1) begins on the first school day of the month after the month in which the child
 *   turns 5; we take the first day of that month (the school's own calendar is not known here; on a day without
 *   school nobody is absent). It ends (art. 4 lid 1) at the end of the school year — 1 August to 31 July (art. 1) —
 *   in which the child turns 16, or earlier after 12 full school years. The 12-years end is not modelled: it can
 *   only end leerplicht earlier, and then kwalificatieplicht follows at once, so whether absence is statutory does
 *   not change.
 * - **Kwalificatieplicht** (art. 4a) follows from then until the day the young person turns 18 (on the 18th
 *   birthday it no longer applies), or until they obtain a startkwalificatie (havo, vwo, mbo 2-4, or higher;
 *   src/domain/education.ts). A startkwalificatie does not end leerplicht itself.
 */
import { type IsoDate, addDays, ageOn, birthdayAt, isoDate, yearOf } from "../dates.js";
import { type DiplomaLevel, isStartkwalificatie, DIPLOMA_LEVELS } from "../education.js";

export type CompulsoryStatus =
  /** Not yet leerplichtig (younger than 5, or in the month of the 5th birthday). */
  | "too_young"
  | "leerplicht"
  | "kwalificatieplicht"
  /** Past leerplicht with a startkwalificatie obtained on or before the day. */
  | "startkwalificatie"
  /** 18 or older. */
  | "adult";

export interface Diploma {
  readonly level: string;
  /** ISO date the diploma was obtained. */
  readonly date: string;
}

export interface CompulsoryEducation {
  readonly status: CompulsoryStatus;
  /** Age in whole years on the day. */
  readonly age: number;
  /** First day of leerplicht (the first of the month after the 5th birthday). */
  readonly leerplichtFrom: IsoDate;
  /** Last day of leerplicht: 31 July of the school year in which the student turns 16. */
  readonly leerplichtTo: IsoDate;
  /** Last day of kwalificatieplicht without a startkwalificatie: the day before the 18th birthday. */
  readonly kwalificatieplichtTo: IsoDate;
  /** The startkwalificatie that ended kwalificatieplicht (status `startkwalificatie`). */
  readonly startkwalificatie: Diploma | null;
}

/** The first day of the month after the one `d` falls in. */
function firstOfNextMonth(d: IsoDate): IsoDate {
  const y = yearOf(d);
  const m = Number(d.slice(5, 7));
  return m === 12 ? isoDate(y + 1, 1, 1) : isoDate(y, m + 1, 1);
}

/** 31 July ending the school year (1 August – 31 July) that holds `d`. */
export function schoolYearEnd(d: IsoDate): IsoDate {
  const y = yearOf(d);
  return Number(d.slice(5, 7)) >= 8 ? isoDate(y + 1, 7, 31) : isoDate(y, 7, 31);
}

const isLevel = (level: string): level is DiplomaLevel => (DIPLOMA_LEVELS as readonly string[]).includes(level);

/** Whether a diploma's level is a startkwalificatie (havo, vwo, mbo 2-4, hbo, wo; case and spacing ignored). */
export function givesStartkwalificatie(level: string): boolean {
  const normal = level.trim().toUpperCase().replace(/\s+/g, "-");
  return isLevel(normal) && isStartkwalificatie(normal);
}

/** The student's compulsory education on `day`, from the birth date and the diplomas known. */
export function compulsoryEducationOn(birth: IsoDate, day: IsoDate, diplomas: readonly Diploma[] = []): CompulsoryEducation {
  const leerplichtFrom = firstOfNextMonth(birthdayAt(birth, 5));
  const leerplichtTo = schoolYearEnd(birthdayAt(birth, 16));
  const kwalificatieplichtTo = addDays(birthdayAt(birth, 18), -1);
  const sk = diplomas.filter((d) => d.date <= day && givesStartkwalificatie(d.level)).sort((a, b) => a.date.localeCompare(b.date))[0] ?? null;
  const base = { age: ageOn(birth, day), leerplichtFrom, leerplichtTo, kwalificatieplichtTo };
  const status: CompulsoryStatus =
    day < leerplichtFrom ? "too_young" : day <= leerplichtTo ? "leerplicht" : day > kwalificatieplichtTo ? "adult" : sk ? "startkwalificatie" : "kwalificatieplicht";
  return { status, ...base, startkwalificatie: status === "startkwalificatie" ? sk : null };
}

/** Statutory absence can be reported on this day. */
export function mayReportStatutory(c: CompulsoryEducation): boolean {
  return c.status === "leerplicht" || c.status === "kwalificatieplicht";
}

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/** `2026-03-03` → `3 maart 2026`. */
export function dutchDate(d: string): string {
  return `${Number(d.slice(8, 10))} ${MONTHS[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;
}

const REPORT_AS_OTHER = "meld dit verzuim als niet-wettelijk verzuim.";

/** Why statutory absence cannot be reported on `day` (Dutch, says what to do), or null when it can. */
export function statutoryRefusal(c: CompulsoryEducation, day: IsoDate): string | null {
  const on = `op ${dutchDate(day)}`;
  switch (c.status) {
    case "leerplicht":
    case "kwalificatieplicht":
      return null;
    case "too_young":
      return `Dit kind was ${on} ${c.age} jaar en nog niet leerplichtig (de leerplicht begint ${dutchDate(c.leerplichtFrom)}): ${REPORT_AS_OTHER}`;
    case "startkwalificatie":
      return `Deze jongere was ${on} ${c.age} jaar en had al een startkwalificatie (${c.startkwalificatie!.level}, behaald ${dutchDate(c.startkwalificatie!.date)}), dus niet meer leerplichtig of kwalificatieplichtig: ${REPORT_AS_OTHER}`;
    case "adult":
      return `Deze jongere was ${on} ${c.age} jaar en niet meer leerplichtig of kwalificatieplichtig: ${REPORT_AS_OTHER}`;
  }
}
