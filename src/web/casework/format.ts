/** Dates, names and references as the closed part shows them. */
import { ct } from "./text.js";

const date = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC" });
const dateTime = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "numeric", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" });

/** "2025-03-07" (or an ISO timestamp) → "7-3-2025"; "–" for none. */
export function fmtDate(iso: string | null | undefined): string {
  if (!iso) return "–";
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? iso : date.format(d);
}

/** An ISO timestamp → "7-3-2025 14:05" (Dutch time). */
export function fmtDateTime(iso: string | null | undefined): string {
  if (!iso) return "–";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
}

/** Today as YYYY-MM-DD in the user's time zone (the default of date fields). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** The first characters of a person reference: enough to tell rows apart on screen. */
export function shortRef(ref: string): string {
  return ref.slice(0, 9);
}

/** "Given Family", or "naam onbekend (p1a2b3c4d)" when the source has no names (the engine's lists). */
export function personName(p: { readonly person_ref: string; readonly family_name?: string | null; readonly given_names?: string | null }): string {
  const name = [p.given_names, p.family_name].filter((x) => x && x.trim()).join(" ");
  return name || ct.signals.unknownName(shortRef(p.person_ref));
}

export function label(map: Readonly<Record<string, string>>, key: string | null | undefined): string {
  if (!key) return "–";
  return Object.hasOwn(map, key) ? map[key]! : key;
}
