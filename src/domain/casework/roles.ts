/**
 * The five roles of the closed part and what each may do (issue 5). Which persons a role may reach is one rule in
 * access.ts (`accessScope`, `mayTouch`); docs/casework.md, "Roles", and docs/auth.md, "Scope".
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

/** Roles that work with cases of a region. */
export function isRegionalRole(role: Role): boolean {
  return role === "regional_officer" || role === "regional_coordinator";
}

/** Coordinators manage the officers and read the audit log of their own regions. */
export function canCoordinate(actor: Actor, region: string): boolean {
  return actor.role === "regional_coordinator" && actor.regions.includes(region as RmcRegio);
}

/** Administrators manage accounts (and see no person data). */
export function canManageAccounts(actor: Actor): boolean {
  return actor.role === "administrator";
}
