/** How the report writes its figures and names, in Dutch (shared by the PDF and the workbook). */
import type { Stage } from "../domain/definition.js";

/** What a hidden count shows, as in the public API's downloads. */
export const SUPPRESSED_COUNT = "x";
/** What a hidden percentage or change shows: CBS's sign for a figure kept secret, as on the website. */
export const SUPPRESSED_OTHER = "x";

export const STAGE_NL: Record<Stage, string> = { preliminary: "voorlopig", definitive: "definitief" };

export const definitionNl = (d: number) => `jonger dan ${d}`;

const integer = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const decimal2 = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A count of people: "x" when hidden (geheim), "–" when there is none (not applicable). */
export function countText(v: number | null, suppressed: boolean): string {
  if (v === null) return suppressed ? SUPPRESSED_COUNT : "–";
  return integer.format(v);
}

export function pctText(v: number | null, suppressed: boolean, digits: 1 | 2 = 2): string {
  if (v === null) return suppressed ? SUPPRESSED_OTHER : "–";
  return `${(digits === 1 ? decimal : decimal2).format(v)}%`;
}

export function signedText(v: number | null, suppressed: boolean): string {
  if (v === null) return suppressed ? SUPPRESSED_OTHER : "–";
  return `${v > 0 ? "+" : ""}${integer.format(v)}`;
}

export function signedPctText(v: number | null, suppressed: boolean): string {
  if (v === null) return suppressed ? SUPPRESSED_OTHER : "–";
  return `${v > 0 ? "+" : ""}${decimal.format(v)}%`;
}

/** A date ("2026-10-01") or moment (ISO date-time) as a reader writes it: "1 oktober 2026". */
export function dateNl(iso: string): string {
  return new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" }).format(new Date(iso));
}

const share = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 3 });

/** A synthetic register's scale as a share of the Netherlands: 0.1 → "10%", 0.005 → "0,5%". */
export function scaleText(scale: number): string {
  return `${share.format(scale * 100)}%`;
}
