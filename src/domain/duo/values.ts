/**
 * Reading and writing DUO's values: dates, months, municipality and region codes, house numbers,
 * flags and person numbers (duo-formats.md, Physical format). The import applies the same rules
 * set-wise in SQL (src/engine/duo-*.ts); these functions are the specification and serve the export.
 */
import { type IsoDate, tryParseIsoDate } from "../dates.js";

export type DuoDateFormat = "DD-MM-YYYY" | "YYYYMMDD";

/** The format of one date text; undefined when it is neither. */
export function dateFormatOf(text: string): DuoDateFormat | undefined {
  if (/^\d{2}-\d{2}-\d{4}$/.test(text)) return "DD-MM-YYYY";
  if (/^\d{8}$/.test(text)) return "YYYYMMDD";
  return undefined;
}

/** Reads a DUO date in the given format; undefined when it is not a real date. */
export function parseDuoDate(text: string, format: DuoDateFormat): IsoDate | undefined {
  const t = text.trim();
  const m = format === "DD-MM-YYYY" ? /^(\d{2})-(\d{2})-(\d{4})$/.exec(t) : /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return undefined;
  const iso = format === "DD-MM-YYYY" ? `${m[3]}-${m[2]}-${m[1]}` : `${m[1]}-${m[2]}-${m[3]}`;
  return tryParseIsoDate(iso);
}

/** Writes a date as current DUO files do: `DD-MM-YYYY`. */
export function formatDuoDate(d: IsoDate): string {
  return `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)}`;
}



/** `488` → `0488`; undefined when not 1-4 digits. */
export function normaliseMunicipalityCode(text: string): string | undefined {
  const t = text.trim().replace(/^GM/i, "");
  return /^\d{1,4}$/.test(t) ? t.padStart(4, "0") : undefined;
}

/** `REGIO 28`, `28`, `3` → `28`, `03`; undefined when not a region number. */
export function normaliseRegion(text: string): string | undefined {
  const t = text.trim().replace(/^(REGIO|RMC|MC)\s*/i, "");
  return /^\d{1,2}$/.test(t) ? t.padStart(2, "0") : undefined;
}

/** `129.0` → `129`; other text unchanged. */
export function normaliseNumberText(text: string): string {
  const t = text.trim();
  return /^\d+\.0+$/.test(t) ? t.slice(0, t.indexOf(".")) : t;
}

/** `J` → true, `N` → false, empty → undefined; anything else is not a flag. */
export function parseFlag(text: string): boolean | undefined | "invalid" {
  const t = text.trim().toUpperCase();
  if (t === "") return undefined;
  if (t === "J" || t === "JA") return true;
  if (t === "N" || t === "NEE") return false;
  return "invalid";
}

/**
 * A BSN or onderwijsnummer as DUO writes it: digits, sometimes without leading zeros; `0` or
 * empty when unknown. Returns the 9-digit number, null when unknown, "invalid" when not digits.
 */
export function normalisePersonNumber(text: string): string | null | "invalid" {
  const t = text.trim();
  if (t === "" || /^0+$/.test(t)) return null;
  if (!/^\d{1,9}$/.test(t)) return "invalid";
  return t.padStart(9, "0");
}


