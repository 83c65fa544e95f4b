/** Reference data the API names things with: regions, municipalities, institutions and locations (cached). */
import type { Teljaar } from "../domain/teljaar.js";
import { REFERENCE_SCHEMA, municipalitiesFor, type MunicipalityRow } from "../engine/reference.js";
import { cachedRows, type Store } from "./store.js";

export interface Named {
  readonly code: string;
  readonly name: string;
}

export function municipalitiesOf(store: Store, t: Teljaar): Promise<MunicipalityRow[]> {
  return store.memo(`municipalities|${t}`, () => municipalitiesFor(store.conn, t));
}

export async function regionsOf(store: Store, t: Teljaar): Promise<Named[]> {
  const byCode = new Map<string, string>();
  for (const m of await municipalitiesOf(store, t)) byCode.set(m.rmc_region, m.rmc_region_name);
  return [...byCode].map(([code, name]) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code));
}

export interface InstitutionRow {
  readonly institution: string;
  readonly name: string;
  readonly kind: string;
  readonly sectors: string;
  readonly municipality_code: string;
}

export function institutions(store: Store): Promise<InstitutionRow[]> {
  return cachedRows<InstitutionRow>(store, `SELECT institution, name, kind, sectors, municipality_code FROM ${REFERENCE_SCHEMA}.institutions ORDER BY institution`);
}

export interface LocationRow {
  readonly institution: string;
  readonly location: string;
  readonly name: string;
  readonly municipality_code: string;
}

export function locations(store: Store): Promise<LocationRow[]> {
  return cachedRows<LocationRow>(store, `SELECT institution, location, name, municipality_code FROM ${REFERENCE_SCHEMA}.locations ORDER BY institution, location`);
}
