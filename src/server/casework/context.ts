/**
 * What the closed, person-level routes get: the operational store, the pseudonym key, and helpers that turn
 * the signed-in actor into an audit entry. Every person-level route writes its audit entries through `audit`
 * (docs/audit-log.md); a refused attempt through `deny`.
 */
import type { FastifyRequest } from "fastify";
import { type AccessScope, accessScope } from "../../domain/casework/access.js";
import type { Actor } from "../../domain/casework/roles.js";
import { type AuditEntry, recordAudit } from "../../store/audit.js";
import type { PersonRef, PseudonymKey } from "../../store/pseudonym.js";
import { regionsOfPersons } from "../../store/person-places.js";
import { scopedSql, systemSql } from "../../store/scope.js";
import type { Sql } from "../../store/sql.js";
import { Problem } from "../problem.js";

export interface CaseworkContext {
  readonly sql: Sql;
  readonly key: PseudonymKey;
  /** Set the `Secure` flag on cookies (true behind HTTPS in production; false for http://localhost). */
  readonly secureCookies: boolean;
  /**
   * The store under the request's actor's scope (row-level security, docs/auth.md): the only way routes read or
   * write person data. `widen` adds to the scope for one named operation (a handover writes in the receiving region).
   */
  personSql(request: FastifyRequest, widen?: (scope: AccessScope) => AccessScope): Sql;
  /**
   * Where a refused attempt was aimed, read past the actor's scope only to log the refusal in the region whose
   * person it concerns (so that region's coordinator sees it): the region and person of a case or absence report.
   */
  placeOfRefused(table: "cases" | "absence_reports", id: number): Promise<{ person_ref: PersonRef; region: string } | null>;
  /** Writes audit entries for the request's actor (use inside the route's transaction with `tx` when it changes data). */
  audit(request: FastifyRequest, entry: Omit<AuditEntry, "actor" | "traceId">, sql?: Sql): Promise<void>;
  /**
   * Logs a refused attempt (`denied`) and returns the 403 or 404 problem to throw. An attempt on persons is logged
   * where their data is (the entry's region when it is one of those); one without persons in the entry's region.
   */
  deny(request: FastifyRequest, entry: Omit<AuditEntry, "actor" | "traceId" | "action">, problem: Problem): Promise<Problem>;
}

export function caseworkContext(sql: Sql, key: PseudonymKey, secureCookies: boolean): CaseworkContext {
  const actorOf = (request: FastifyRequest) =>
    request.actor ? { id: request.actor.accountId, role: request.actor.role } : { id: null, role: "anonymous" };
  return {
    sql,
    key,
    secureCookies,
    personSql(request, widen) {
      const scope = accessScope(request.actor);
      return scopedSql(sql, widen ? widen(scope) : scope);
    },
    async placeOfRefused(table, id) {
      const [row] = await systemSql(sql).query<{ person_ref: PersonRef; region: string }>(`SELECT person_ref, region FROM ${table} WHERE id = $1`, [id]);
      return row ?? null;
    },
    async audit(request, entry, tx = sql) {
      await recordAudit(tx, { ...entry, actor: actorOf(request), traceId: request.id });
    },
    async deny(request, entry, problem) {
      const denied = { ...entry, action: "denied" as const, actor: actorOf(request), traceId: request.id, details: { ...entry.details, status: problem.status, route: request.routeOptions.url } };
      if (!entry.persons?.length) {
        await recordAudit(sql, denied);
        return problem;
      }
      // An attempt on a person is logged where the person's data is: in the region the entry names when the
      // person's data is there (a case's region), else in every region the person's data is in — never in a region
      // the request named that is not the person's (the actor's own, say), so no other region learns the
      // reference. A reference known nowhere is logged without a region (no coordinator is shown it).
      const regions = await regionsOfPersons(sql, entry.persons);
      const byRegion = new Map<string | null, PersonRef[]>();
      for (const [ref, places] of regions) {
        const logIn = entry.region && places.includes(entry.region) ? [entry.region] : places.length ? places : [null];
        for (const region of logIn) byRegion.set(region, [...(byRegion.get(region) ?? []), ref]);
      }
      for (const [region, persons] of byRegion) await recordAudit(sql, { ...denied, persons, region });
      return problem;
    },
  };
}

/** The signed-in actor, or a 401 problem that says to log in. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new Problem(401, "Niet ingelogd", "Hiervoor moet u ingelogd zijn: log in en probeer het opnieuw");
  return request.actor;
}

export function forbidden(detail: string): Problem {
  return new Problem(403, "Geen toegang", detail);
}

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in user (set from the session cookie by the auth plugin), or null. */
    actor: Actor | null;
  }
}
