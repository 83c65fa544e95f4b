/**
 * Names of regions, municipalities and schools for the closed part's filters and selects, from the public API
 * (aggregate figures, cached like every public request). When no figures are computed those requests fail and
 * the closed part shows codes instead of names: it never depends on them.
 */
import { useApi } from "../api/hooks.js";

export function useRegionNames(): ReadonlyMap<string, string> {
  const res = useApi("/regions");
  const map = new Map<string, string>();
  for (const r of res.data?.rows ?? []) map.set(r.code, r.name);
  return map;
}

export interface Place {
  readonly code: string;
  readonly name: string;
}

/** The municipalities of a region and the schools its young people attend (for filter suggestions). */
export function useRegionPlaces(region: string | null): { municipalities: Place[]; institutions: Place[] } {
  const res = useApi(region ? "/regions/{code}" : null, { path: { code: region ?? "" } });
  const list = (rows: readonly { readonly code: string | null; readonly name: string | null }[] | undefined): Place[] =>
    (rows ?? []).flatMap((r) => (r.code ? [{ code: r.code, name: r.name ?? r.code }] : [])).sort((a, b) => a.name.localeCompare(b.name, "nl"));
  return { municipalities: list(res.data?.municipalities), institutions: list(res.data?.institutions) };
}

/** The RMC regions (from the public API, else the numbers 01–41), with names when the public API has them. */
export function regionOptions(names: ReadonlyMap<string, string>): { value: string; label: string }[] {
  const codes = names.size ? [...names.keys()].sort() : Array.from({ length: 41 }, (_, i) => String(i + 1).padStart(2, "0"));
  return codes.map((c) => ({ value: c, label: names.get(c) ? `${c} ${names.get(c)}` : c }));
}
