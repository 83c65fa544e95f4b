/**
 * The one HTTP client of the web app: openapi-fetch over the generated schema (schema.d.ts, `npm run api:generate`),
 * relative to the API's server URL /api/v1. Every POST, PATCH, PUT and DELETE carries the session's CSRF token in
 * X-CSRF-Token (src/server/auth/csrf.ts); an error answer becomes an ApiError with a Dutch message (problem.ts).
 */
import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "./schema.js";
import type { Answer, Body, Method, PathParams, PathWith, Query } from "./types.js";
import { NO_ANSWER_MESSAGE, problemMessage, type ProblemBody } from "./problem.js";

/** The server URL of the OpenAPI document (servers[0].url): its paths are relative to it. */
export const API_BASE = "/api/v1";

export const CSRF_HEADER = "X-CSRF-Token";

let csrfToken = "";
let unauthorized: (() => void) | null = null;

/** The token of the current session (from login or /auth/me); "" when signed out. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export function currentCsrfToken(): string {
  return csrfToken;
}

/** Called when a request answers 401: the session ended (idle timeout, signed out elsewhere). */
export function onUnauthorized(handler: (() => void) | null): void {
  unauthorized = handler;
}

/** Tells the app that the session ended (a 401 to a request made outside `send`). */
export function sessionEnded(): void {
  unauthorized?.();
}

export function isUnsafeMethod(method: string): boolean {
  const m = method.toUpperCase();
  return m !== "GET" && m !== "HEAD" && m !== "OPTIONS";
}

/** Adds the session's CSRF token to every request that changes data (never to a GET, which needs none). */
export function csrfMiddleware(token: () => string): Middleware {
  return {
    onRequest({ request }) {
      const value = token();
      if (!isUnsafeMethod(request.method) || !value) return undefined;
      request.headers.set(CSRF_HEADER, value);
      return request;
    },
  };
}

/** An error answer: the status, the body as sent (a 409 holds the current version) and the Dutch message to show. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** The problem+json body as sent (a 409 may hold current_version and the current case); {} when not JSON. */
    readonly body: ProblemBody,
    /** The Dutch message for the user (problem.ts); never the server's developer `detail`. */
    message: string,
    /** Seconds from Retry-After (429), else null. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const api = createClient<paths>({ baseUrl: API_BASE, credentials: "same-origin", headers: { accept: "application/json" } });
api.use(csrfMiddleware(currentCsrfToken));

export interface CallOptions<P extends keyof paths, M extends Method> {
  readonly path?: PathParams<P, M>;
  readonly query?: Query<P, M>;
  readonly body?: Body<P, M>;
  /** Do not treat a 401 as an ended session (login: a wrong password answers 401). */
  readonly expect401?: boolean;
  /** Never from a cache (person data, anything that changes). Default: true for all but GET. */
  readonly noStore?: boolean;
}

/** Drops parameters without a value (null, undefined, ""): the API's defaults apply to them. */
export function definedParams(query: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> | undefined {
  if (!query) return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(query)) if (v !== null && v !== undefined && v !== "") out[k] = v;
  return out;
}

/** Makes a request and answers its JSON body, or throws an ApiError. */
export async function send<M extends Method, P extends PathWith<M>>(method: M, path: P, options: CallOptions<P, M> = {}): Promise<Answer<P, M>> {
  let result: { data?: unknown; error?: unknown; response: Response };
  try {
    // The typed operations are checked by this function's signature; openapi-fetch gets them as they are.
    result = await (api.request as (m: string, p: string, init: Record<string, unknown>) => Promise<typeof result>)(method, path, {
      params: { path: options.path, query: definedParams(options.query as Record<string, unknown> | undefined) },
      ...(options.body === undefined ? {} : { body: options.body }),
      cache: (options.noStore ?? method !== "get") ? "no-store" : "default",
    });
  } catch {
    throw new ApiError(0, {}, NO_ANSWER_MESSAGE);
  }
  const { response } = result;
  if (!response.ok) {
    if (response.status === 401 && !options.expect401) sessionEnded();
    const body: ProblemBody = result.error && typeof result.error === "object" ? (result.error as ProblemBody) : {};
    const kind = {
      problemJson: (response.headers.get("content-type") ?? "").includes("application/problem+json"),
      language: response.headers.get("content-language") ?? "",
    };
    const retry = Number(response.headers.get("retry-after"));
    throw new ApiError(response.status, body, problemMessage(response.status, body, kind), Number.isFinite(retry) && retry > 0 ? retry : null);
  }
  return result.data as Answer<P, M>;
}
