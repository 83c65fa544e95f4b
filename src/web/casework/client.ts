/**
 * The closed part's requests: the same origin and cookie as the rest of the app (the session cookie is HttpOnly and
 * SameSite=Strict), never cached (person data), and every POST, PATCH, PUT and DELETE carries the session's token
 * in X-CSRF-Token. Errors are the app's ApiError with the whole problem body (a 409 carries the current case).
 */
import { useCallback, useEffect, useState } from "react";
import { ApiError, apiUrl, type Params, type Problem } from "../api.js";

export class CaseworkError extends ApiError {
  constructor(
    problem: Problem,
    /** The problem+json body as sent (a 409 holds current_version and the current case). */
    readonly body: Readonly<Record<string, unknown>>,
    /** Seconds from Retry-After (429), else null. */
    readonly retryAfter: number | null,
  ) {
    super(problem);
  }
}

let csrfToken = "";
let unauthorized: (() => void) | null = null;

/** The token of the current session (from login or /auth/me); "" when signed out. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Called when a request answers 401: the session ended (idle timeout, signed out elsewhere). */
export function onUnauthorized(handler: (() => void) | null): void {
  unauthorized = handler;
}

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export interface RequestOptions {
  readonly params?: Params;
  readonly body?: unknown;
  /** Do not treat a 401 as an ended session (login: a wrong password answers 401). */
  readonly expect401?: boolean;
}

export async function cw<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  const res = await fetch(apiUrl(path, options.params), {
    method,
    headers,
    credentials: "same-origin",
    cache: "no-store",
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (res.status === 204) return undefined as T;
  let body: Record<string, unknown> = {};
  try {
    body = (await res.json()) as Record<string, unknown>;
  } catch {
    /* not JSON: keep the status line */
  }
  if (!res.ok) {
    if (res.status === 401 && !options.expect401) unauthorized?.();
    const retry = Number(res.headers.get("retry-after"));
    const problem: Problem = {
      status: res.status,
      title: typeof body["title"] === "string" ? body["title"] : res.statusText,
      detail: typeof body["detail"] === "string" ? body["detail"] : undefined,
    };
    throw new CaseworkError(problem, body, Number.isFinite(retry) && retry > 0 ? retry : null);
  }
  return body as T;
}

export interface Fetched<T> {
  readonly data: T | undefined;
  readonly error: CaseworkError | Error | undefined;
  readonly loading: boolean;
  /** Loads again (after a change); keeps showing the current data meanwhile. */
  reload(): void;
}

/**
 * GETs a closed-part resource (null: nothing to load yet); not cached, reloaded on demand. With `body`, the request is
 * a POST of the parameters and the body together: for a search that may hold a name, which must stay out of URLs.
 */
export function useCw<T>(path: string | null, params: Params = {}, body?: Record<string, unknown>): Fetched<T> {
  const key = path === null ? null : `${apiUrl(path, params)}${body === undefined ? "" : ` ${JSON.stringify(body)}`}`;
  const [tick, setTick] = useState(0);
  const [state, setState] = useState<{ key: string | null; data?: T; error?: Error; loading: boolean }>({ key: null, loading: false });
  useEffect(() => {
    if (key === null || path === null) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    (body === undefined ? cw<T>("GET", path, { params }) : cw<T>("POST", path, { body: { ...params, ...body } })).then(
      (data) => live && setState({ key, data, loading: false }),
      (error: Error) => live && setState({ key, error, loading: false }),
    );
    return () => {
      live = false;
    };
    // params are part of key
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  const current = state.key === key;
  return { data: current ? state.data : undefined, error: current ? state.error : undefined, loading: !current || state.loading, reload };
}

/** The CSV export link of a list: the same request with format=csv (the cookie goes along; the export is logged). */
export function csvUrl(path: string, params: Params): string {
  return apiUrl(path, { ...params, format: "csv", page: null, pageSize: null });
}

/**
 * Downloads the CSV of a search made with POST (the search may be a name, so there is no link to follow): the file
 * is fetched with the session and handed to the browser as a download. The export is logged like any other.
 */
export async function downloadCsv(path: string, body: Record<string, unknown>, fallbackName: string): Promise<void> {
  const res = await fetch(apiUrl(path), {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/csv", ...(csrfToken ? { "x-csrf-token": csrfToken } : {}) },
    credentials: "same-origin",
    cache: "no-store",
    body: JSON.stringify({ ...body, format: "csv", page: undefined, pageSize: undefined }),
  });
  if (!res.ok) {
    if (res.status === 401) unauthorized?.();
    throw new CaseworkError({ status: res.status, title: res.statusText }, {}, null);
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
