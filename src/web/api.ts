/**
 * Links into the API that the browser follows itself: the downloads (the same request with format=csv|xlsx), the
 * report files and the API documentation. Requests the app reads go through the typed client in api/client.ts.
 */
import { API_BASE } from "./api/client.js";

export const API = API_BASE;

export type Params = Readonly<Record<string, string | number | boolean | null | undefined>>;

export function apiUrl(path: string, params: Params = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== "") q.set(k, String(v));
  const s = q.toString();
  return `${API}${path}${s ? `?${s}` : ""}`;
}

/** The export link of a request: same parameters plus format. */
export function exportUrl(path: string, params: Params, format: "csv" | "xlsx"): string {
  return apiUrl(path, { ...params, format });
}

/** The CSV export link of a closed-part list: the same request with format=csv (the cookie goes along; the export is logged). */
export function csvUrl(path: string, params: Params): string {
  return apiUrl(path, { ...params, format: "csv", page: null, pageSize: null });
}
