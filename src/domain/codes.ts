import { VsvError } from "./errors.js";

declare const brinBrand: unique symbol;
declare const gemeenteBrand: unique symbol;
declare const rmcBrand: unique symbol;
declare const amrBrand: unique symbol;

/** BRIN: four-character institution code, e.g. `27GZ`. */
export type Brin = string & { readonly [brinBrand]: true };
/** CBS municipality code, four digits with leading zeros, e.g. `0363`. */
export type GemeenteCode = string & { readonly [gemeenteBrand]: true };
/** RMC / Doorstroompunt region number, two digits, e.g. `21`. */
export type RmcRegio = string & { readonly [rmcBrand]: true };
/** Labour-market region number, two digits, e.g. `18`. */
export type ArbeidsmarktRegio = string & { readonly [amrBrand]: true };

export function isBrin(text: string): boolean {
  return /^[0-9]{2}[A-Z0-9]{2}$/.test(text);
}

export function parseBrin(text: string): Brin {
  if (!isBrin(text)) {
    throw new VsvError("BAD_BRIN", `BRIN "${text}" is niet geldig: gebruik twee cijfers en twee hoofdletters of cijfers, bijvoorbeeld 27GZ`);
  }
  return text as Brin;
}

export function isGemeenteCode(text: string): boolean {
  return /^\d{4}$/.test(text);
}

/** Accepts `363`, `0363` and `GM0363`; returns `0363`. */
export function parseGemeenteCode(text: string): GemeenteCode {
  const digits = text.startsWith("GM") ? text.slice(2) : text;
  if (!/^\d{1,4}$/.test(digits)) {
    throw new VsvError("BAD_MUNICIPALITY", `Gemeentecode "${text}" is niet geldig: gebruik de CBS-code van 4 cijfers, bijvoorbeeld 0363`);
  }
  return digits.padStart(4, "0") as GemeenteCode;
}

/** Accepts `3`, `03`, `MC03`, `REGIO 03`; returns `03`. */
export function parseRmcRegio(text: string): RmcRegio {
  const digits = text.replace(/^(MC|REGIO\s*)/i, "").trim();
  if (!/^\d{1,2}$/.test(digits) || Number(digits) < 1 || Number(digits) > 41) {
    throw new VsvError("BAD_REGION", `RMC-regio "${text}" is niet geldig: gebruik het regionummer 01-41, bijvoorbeeld 21`);
  }
  return digits.padStart(2, "0") as RmcRegio;
}

export function parseArbeidsmarktRegio(text: string): ArbeidsmarktRegio {
  const digits = text.replace(/^AM/i, "");
  if (!/^\d{1,2}$/.test(digits)) {
    throw new VsvError("BAD_REGION", `Arbeidsmarktregio "${text}" is niet geldig: gebruik het nummer, bijvoorbeeld 18`);
  }
  return digits.padStart(2, "0") as ArbeidsmarktRegio;
}
