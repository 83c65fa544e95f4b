/**
 * The one HTTP client of the web app: JSON from /api/v1, problem+json errors as values, a small cache,
 * and the export links (the same request with format=csv|xlsx). The app never computes figures itself.
 */
import { useEffect, useState } from "react";

export const API = "/api/v1";

export type Params = Record<string, string | number | null | undefined>;

export interface FigureRow {
  readonly teljaar?: string;
  readonly definition?: number;
  readonly stage?: string;
  readonly start_population: number | null;
  readonly vsv: number | null;
  readonly vsv_pct: number | null;
  readonly change?: number | null;
  readonly change_pct?: number | null;
  readonly previous_teljaar?: string | null;
  /** The stage of the previous teljaar's figure the change is computed against. */
  readonly previous_stage?: string | null;
  readonly previous_vsv?: number | null;
  readonly previous_vsv_pct?: number | null;
  readonly suppressed?: readonly string[];
  readonly [key: string]: unknown;
}

export interface SeriesRow extends FigureRow {
  readonly teljaar: string;
  readonly definition: number;
  readonly stage: string;
  readonly official?: boolean;
  readonly vo_vsv?: number | null;
  readonly vo_vsv_pct?: number | null;
  readonly mbo_vsv?: number | null;
  readonly mbo_vsv_pct?: number | null;
}

/** A national target as the API gives it (/targets and /series → targets). */
export interface Target {
  readonly scope?: string;
  readonly year?: number;
  readonly target_year?: number;
  readonly teljaar: string;
  readonly definition: number;
  readonly target?: number;
  readonly max_new_vsv?: number;
  readonly source?: string;
}

export function targetYear(g: Target): number | null {
  return g.year ?? g.target_year ?? null;
}

export function targetValue(g: Target): number | null {
  return g.target ?? g.max_new_vsv ?? null;
}

export interface TeljaarMeta {
  readonly teljaar: string;
  readonly stages: readonly string[];
  readonly default_stage?: string;
  readonly official_definition?: number;
}

export interface Meta {
  readonly teljaren: readonly TeljaarMeta[];
  readonly latest_teljaar: string;
  readonly default_stage?: string;
  readonly official_definition?: number;
  readonly breakdowns?: readonly string[];
  readonly suppression?: { readonly threshold: number };
  /** What the figures are computed on (absent from an older API: then nothing is said). */
  readonly data?: DataSource;
}

/** A synthetic register at a scale (0.1: a 10% sample; 1: the whole Netherlands) or real data (scale null). */
export interface DataSource {
  readonly synthetic: boolean;
  readonly scale: number | null;
  readonly as_of?: string;
  readonly facts_until?: string;
}

export interface Problem {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

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

const cache = new Map<string, Promise<unknown>>();

export function getJson<T>(url: string): Promise<T> {
  let p = cache.get(url);
  if (!p) {
    p = fetch(url, { headers: { accept: "application/json" } }).then(async (res) => {
      if (!res.ok) {
        let problem: Problem = { status: res.status, title: res.statusText };
        try {
          problem = { ...problem, ...((await res.json()) as Partial<Problem>) };
        } catch {
          /* not JSON: keep the status line */
        }
        cache.delete(url);
        throw new ApiError(problem);
      }
      return res.json() as Promise<unknown>;
    });
    cache.set(url, p);
    p.catch(() => cache.delete(url));
  }
  return p as Promise<T>;
}

export interface Loaded<T> {
  readonly data: T | undefined;
  readonly error: Error | undefined;
  readonly loading: boolean;
}

/** Loads JSON for a URL (null: nothing to load yet). */
export function useApi<T>(url: string | null): Loaded<T> {
  const [state, setState] = useState<{ url: string | null; data?: T; error?: Error }>({ url: null });
  useEffect(() => {
    if (!url) return;
    let live = true;
    getJson<T>(url).then(
      (data) => live && setState({ url, data }),
      (error: Error) => live && setState({ url, error }),
    );
    return () => {
      live = false;
    };
  }, [url]);
  if (!url || state.url !== url) return { data: undefined, error: undefined, loading: Boolean(url) };
  return { data: state.data, error: state.error, loading: false };
}
