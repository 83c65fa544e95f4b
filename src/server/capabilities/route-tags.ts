/**
 * The OpenAPI tags that mark a route as part of the closed part. Which routes are closed is decided by the scope
 * they are registered in (closed-part.ts); the tags must agree with it, because the documentation groups by them
 * and the access tests enumerate the closed routes from the OpenAPI document. Checked when a route is registered,
 * so a disagreement stops the server from starting.
 */
import type { RouteOptions } from "fastify";

/** The tags of the closed part's routes (sign-in and accounts; person data, and steering changes). */
export const CLOSED_TAGS: readonly string[] = ["auth", "casework"];

function tagsOf(route: RouteOptions): readonly string[] {
  return (route.schema as { tags?: readonly string[] } | undefined)?.tags ?? [];
}

/** Throws unless the route carries one of `tags` (for a route of the closed part). */
export function requireTags(route: RouteOptions, tags: readonly string[], where: string): void {
  if (route.schema && (route.schema as { hide?: boolean }).hide) return;
  if (!tagsOf(route).some((t) => tags.includes(t))) {
    throw new Error(`${route.method} ${route.url} ${where} but has none of the tags ${tags.join(", ")}: add one to its schema`);
  }
}

/** Throws when a public route carries a closed part's tag (it would be documented and tested as closed). */
export function refuseTags(route: RouteOptions, tags: readonly string[], where: string): void {
  const wrong = tagsOf(route).filter((t) => tags.includes(t));
  if (wrong.length > 0) throw new Error(`${route.method} ${route.url} ${where} but is tagged ${wrong.join(", ")}: register it in the closed part (src/server/capabilities/closed-part.ts)`);
}
