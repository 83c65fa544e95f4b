/**
 * Names of regions, municipalities and schools for the closed part's filters and selects, from the public API
 * (aggregate figures, cached like every public request). When no figures are computed those requests fail and
 * the closed part shows codes instead of names: it never depends on them.
 */
import { apiUrl, useApi } from "../api.js";
import { rowsOf } from "../meta.js";
import type { RegionName } from "./types.js";

export function useRegionNames(): ReadonlyMap<string, string> {
  const res = useApi<unknown>(apiUrl("/regions"));
  const map = new Map<string, string>();
  for (const r of rowsOf<RegionName>(res.data)) map.set(r.code, r.name);
  return map;
}

export interface Place {
  readonly code: string;
  readonly name: string;
}

interface RegionDetail {
  readonly municipalities?: readonly Record<string, unknown>[];
  readonly institutions?: readonly Record<string, unknown>[];
}

/** The municipalities of a region and the schools its young people attend (for filter suggestions). */
export function useRegionPlaces(region: string | null): { municipalities: Place[]; institutions: Place[] } {
  const res = useApi<RegionDetail>(region ? apiUrl(`/regions/${encodeURIComponent(region)}`) : null);
  const place = (r: Record<string, unknown>, ...keys: string[]): Place | null => {
    const code = keys.map((k) => r[k]).find((v) => typeof v === "string" && v);
    return typeof code === "string" ? { code, name: String(r["name"] ?? code) } : null;
  };
  const list = (rows: readonly Record<string, unknown>[] | undefined, ...keys: string[]) =>
    (rows ?? []).map((r) => place(r, ...keys)).filter((p): p is Place => p !== null).sort((a, b) => a.name.localeCompare(b.name, "nl"));
  return { municipalities: list(res.data?.municipalities, "code", "municipality"), institutions: list(res.data?.institutions, "brin", "code", "institution") };
}

/** The RMC regions (from the public API, else the numbers 01–41), with names when the public API has them. */
export function regionOptions(names: ReadonlyMap<string, string>): { value: string; label: string }[] {
  const codes = names.size ? [...names.keys()].sort() : Array.from({ length: 41 }, (_, i) => String(i + 1).padStart(2, "0"));
  return codes.map((c) => ({ value: c, label: names.get(c) ? `${c} ${names.get(c)}` : c }));
}
