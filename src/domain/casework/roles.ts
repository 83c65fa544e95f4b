/**
 * Who may see what of person data (issue 5): the five roles and their scopes, as pure predicates. Every
 * person-level route and query asks these, so the rule lives in one place (docs/casework.md, "Roles").
 */
import type { Brin, RmcRegio } from "../codes.js";

export const ROLES = ["national_analyst", "regional_officer", "regional_coordinator", "school_user", "administrator"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(text: string): text is Role {
  return (ROLES as readonly string[]).includes(text);
}

/** Dutch names for the interface. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  national_analyst: "Landelijk analist",
  regional_officer: "Trajectbegeleider Doorstroompunt",
  regional_coordinator: "Coördinator Doorstroompunt",
  school_user: "Schoolmedewerker",
  administrator: "Beheerder",
};

/** The signed-in user as every check sees it. */
export interface Actor {
  readonly accountId: number;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  /** RMC / Doorstroompunt regions (officers and coordinators). */
  readonly regions: readonly RmcRegio[];
  /** Institutions (school users). */
  readonly institutions: readonly Brin[];
}

/** Where a piece of person data belongs: the region that follows the person, and the school they were enrolled at. */
export interface PersonPlace {
  readonly region: string;
  readonly institution?: string | null;
}

/** Roles that work with cases of a region. */
export function isRegionalRole(role: Role): boolean {
  return role === "regional_officer" || role === "regional_coordinator";
}

/** May this actor see the signal-list row or case at `place`? Analysts and administrators never see persons. */
export function canSeePerson(actor: Actor, place: PersonPlace): boolean {
  if (isRegionalRole(actor.role)) return actor.regions.includes(place.region as RmcRegio);
  if (actor.role === "school_user") return place.institution != null && actor.institutions.includes(place.institution as Brin);
  return false;
}

/** Cases (read and write): regional officers and coordinators of the case's region only. Schools see signal lists only. */
export function canWorkCase(actor: Actor, region: string): boolean {
  return isRegionalRole(actor.role) && actor.regions.includes(region as RmcRegio);
}

/** Absence reports: a school for its own institutions, a regional role for its regions. */
export function canRecordAbsence(actor: Actor, place: Required<PersonPlace>): boolean {
  if (actor.role === "school_user") return place.institution !== null && actor.institutions.includes(place.institution as Brin);
  return canWorkCase(actor, place.region);
}

/** Coordinators manage the officers and read the audit log of their own regions. */
export function canCoordinate(actor: Actor, region: string): boolean {
  return actor.role === "regional_coordinator" && actor.regions.includes(region as RmcRegio);
}

/** Administrators manage accounts (and see no person data). */
export function canManageAccounts(actor: Actor): boolean {
  return actor.role === "administrator";
}

/** The SQL filter every person-level list applies: which regions or institutions are in scope (empty: nothing). */
export function personScope(actor: Actor): { readonly regions: readonly string[]; readonly institutions: readonly string[] } {
  if (isRegionalRole(actor.role)) return { regions: actor.regions, institutions: [] };
  if (actor.role === "school_user") return { regions: [], institutions: actor.institutions };
  return { regions: [], institutions: [] };
}
