/**
 * Which answers belong to the closed part, decided once for every hook: by the matched route's OpenAPI tags
 * (`auth`, `casework`), never by the raw request URL. The URL is what the client wrote: an absolute-form request
 * line (`GET http://host/api/v1/signals HTTP/1.1`) reaches the same route with `request.url` starting with
 * `http://`, and a test on the URL's prefix would let it skip no-store, the trace id and the audit of a refusal.
 * Requests that match no route (404) are not closed: they show nothing.
 */
import type { FastifyRequest } from "fastify";

/** The tags of the closed part's routes (sign-in and accounts; person data, and steering changes). */
export const CLOSED_TAGS: readonly string[] = ["auth", "casework"];

/** The sign-in routes themselves (login, logout, me): not person-level, so a 401 there is no refused attempt. */
const SIGN_IN_ROUTES = "/api/v1/auth/";

export function isClosedRoute(request: FastifyRequest): boolean {
  const tags = (request.routeOptions.schema as { tags?: readonly string[] } | undefined)?.tags;
  return tags?.some((t) => CLOSED_TAGS.includes(t)) ?? false;
}

/** A closed route other than sign-in: one that holds person data or changes data. */
export function isGuardedRoute(request: FastifyRequest): boolean {
  return isClosedRoute(request) && !(request.routeOptions.url ?? "").startsWith(SIGN_IN_ROUTES);
}
