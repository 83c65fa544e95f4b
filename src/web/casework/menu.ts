/**
 * The closed part's pages and who may open them: one list used by the header menu and by the page guard, so a
 * link is shown exactly when its page opens. The server checks every request anyway; this only keeps the
 * interface honest.
 */
import { t } from "../text.js";
import type { Role } from "./session.js";

export interface WorkPage {
  readonly href: string;
  readonly label: string;
  readonly roles: readonly Role[];
  /** Shows a count next to the label (the incoming handovers waiting to be assigned). */
  readonly count?: "incoming";
}

const regional: readonly Role[] = ["regional_officer", "regional_coordinator"];
const m = t.casework.nav;

export const WORK_PAGES: readonly WorkPage[] = [
  { href: "/werk/signalen", label: m.signals, roles: [...regional, "school_user"] },
  { href: "/werk/dossiers", label: m.cases, roles: regional },
  { href: "/werk/binnengekomen", label: m.incoming, roles: ["regional_coordinator"], count: "incoming" },
  { href: "/werk/werklast", label: m.workload, roles: ["regional_coordinator"] },
  { href: "/werk/logboek", label: m.auditLog, roles: ["regional_coordinator"] },
  { href: "/werk/verzuim", label: m.absence, roles: [...regional, "school_user"] },
  { href: "/werk/gebruikers", label: m.accounts, roles: ["administrator", "regional_coordinator"] },
];

/** Person and case pages belong to the list they are opened from. */
const BELONGS: readonly [string, string][] = [
  ["/werk/personen/", "/werk/signalen"],
  ["/werk/dossiers/", "/werk/dossiers"],
];

export function menuFor(role: Role): WorkPage[] {
  return WORK_PAGES.filter((p) => p.roles.includes(role));
}

/** The menu entry a path belongs to ("" for none). */
export function workSection(path: string): string {
  for (const [prefix, href] of BELONGS) if (path.startsWith(prefix)) return href;
  return WORK_PAGES.find((p) => path === p.href)?.href ?? "";
}

/** May `role` open `path`? /werk itself is open to every signed-in user. */
export function mayOpen(role: Role, path: string): boolean {
  if (path === "/werk") return true;
  if (path.startsWith("/werk/personen/") || path === "/werk/zoeken") return [...regional, "school_user"].includes(role);
  if (path.startsWith("/werk/dossiers/")) return regional.includes(role);
  const page = WORK_PAGES.find((p) => p.href === path);
  return page ? page.roles.includes(role) : true;
}
