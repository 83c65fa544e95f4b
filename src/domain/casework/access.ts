/**
 * Who may touch a person's data: the one rule every person-level route and every row-level security policy
 * applies (docs/auth.md, "Scope"). An actor's role gives an access scope (regions, institutions); a piece of person
 * data has a place (the region that follows the person, and the school it came from). Its SQL twin is the function
 * `vsv_may_touch(kind, region, institution, <scope>)` of migration 0007, which the database's policies call, so a route that
 * forgets to ask still cannot reach another region's rows.
 */
import { type Actor, isRegionalRole } from "./roles.js";

/** What an actor may reach: rows of these regions, or of these institutions; both empty: nothing. */
export interface AccessScope {
  readonly regions: readonly string[];
  readonly institutions: readonly string[];
}

/** The kinds of person data. A case (and its contacts and history) belongs to a region only; schools never see cases. */
export const PERSON_DATA_KINDS = ["signal", "absence_report", "case"] as const;
export type PersonDataKind = (typeof PERSON_DATA_KINDS)[number];

/** Where a piece of person data belongs (or, for a filter parameter, the region or institution it names). */
export interface PersonPlace {
  readonly region?: string | null;
  readonly institution?: string | null;
}

export const NO_ACCESS: AccessScope = { regions: [], institutions: [] };

/**
 * The scope of an actor: officers and coordinators their regions, school users their institutions, everyone else
 * (analysts, administrators, anonymous) nothing — they see aggregates or accounts, never persons.
 */
export function accessScope(actor: Actor | null): AccessScope {
  if (!actor) return NO_ACCESS;
  if (isRegionalRole(actor.role)) return { regions: [...actor.regions], institutions: [] };
  if (actor.role === "school_user") return { regions: [], institutions: [...actor.institutions] };
  return NO_ACCESS;
}

/** May an actor with `scope` read or write the `kind` of data at `place`? */
export function mayTouch(scope: AccessScope, kind: PersonDataKind, place: PersonPlace): boolean {
  if (place.region != null && scope.regions.includes(place.region)) return true;
  return kind !== "case" && place.institution != null && scope.institutions.includes(place.institution);
}

/** The scope widened with one more region, for the one write that crosses regions: a handover to the region a person moved to. */
export function withReceivingRegion(scope: AccessScope, region: string): AccessScope {
  return scope.regions.includes(region) ? scope : { ...scope, regions: [...scope.regions, region] };
}

/**
 * The kind a signal-list row is judged as. The target-group worklist of the new law is the Doorstroompunt's own work
 * (docs/target-group.md): like a case it belongs to the region only, so a school never reaches it. Migration 0015
 * holds the same in the database.
 */
export function signalRowKind(list: string): PersonDataKind {
  return list === "target_group" ? "case" : "signal";
}
