import { type IsoDate, isoDate } from "./dates.js";
import { VsvError } from "./errors.js";

declare const teljaarBrand: unique symbol;
/** Count year `t-(t+1)`, written `2023-2024`: from 1 October of t to 1 October of t+1. */
export type Teljaar = string & { readonly [teljaarBrand]: true };

const TELJAAR = /^(\d{4})-(\d{4})$/;

export function tryParseTeljaar(text: string): Teljaar | undefined {
  const m = TELJAAR.exec(text);
  if (!m || Number(m[2]) !== Number(m[1]) + 1) return undefined;
  return text as Teljaar;
}

export function parseTeljaar(text: string): Teljaar {
  const t = tryParseTeljaar(text);
  if (t !== undefined) return t;
  const single = /^\d{4}$/.test(text) ? `: use "${text}-${Number(text) + 1}"` : ': write it as two consecutive years, e.g. "2023-2024"';
  throw new VsvError("BAD_TELJAAR", `Teljaar "${text}" is not valid${single}`);
}

export function teljaarStartingIn(year: number): Teljaar {
  return `${year}-${year + 1}` as Teljaar;
}

/** The year t of teljaar t-(t+1). */
export function startYear(t: Teljaar): number {
  return Number(t.slice(0, 4));
}

/** 1 October of year t: the first peildatum (start population). */
export function firstPeildatum(t: Teljaar): IsoDate {
  return isoDate(startYear(t), 10, 1);
}

/** 1 October of year t+1: the second peildatum (vsv'er test). */
export function secondPeildatum(t: Teljaar): IsoDate {
  return isoDate(startYear(t) + 1, 10, 1);
}

/** The last day a diploma counts for the late-SK correction: 31 December of year t+1. */
export function lateSkLastDay(t: Teljaar): IsoDate {
  return isoDate(startYear(t) + 1, 12, 31);
}

export function previousTeljaar(t: Teljaar): Teljaar {
  return teljaarStartingIn(startYear(t) - 1);
}

export function nextTeljaar(t: Teljaar): Teljaar {
  return teljaarStartingIn(startYear(t) + 1);
}

export function compareTeljaar(a: Teljaar, b: Teljaar): number {
  return startYear(a) - startYear(b);
}
