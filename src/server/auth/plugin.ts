/**
 * Sign-in for the closed part (docs/auth.md): on every route of the closed part's scope, the session cookie is
 * turned into `request.actor` (null without a valid session), and a POST, PATCH, PUT or DELETE made with a session
 * must carry the session's CSRF token (a refusal is logged as denied). Routes then decide with `requireActor` and
 * the role predicates.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { getActor } from "../../store/accounts.js";
import { preparePasswordVerification } from "../../store/password.js";
import { type Session, endSession, resumeSession } from "../../store/sessions.js";
import type { CaseworkContext } from "../casework/context.js";
import { SESSION_COOKIE, clearSessionCookie, readCookie } from "./cookies.js";
import { CSRF_HEADER, csrfMatches, csrfProblem, isUnsafeMethod } from "./csrf.js";

declare module "fastify" {
  interface FastifyRequest {
    /** The session behind `actor` (null without one): its CSRF token and times. */
    authSession: Session | null;
  }
  interface FastifyInstance {
    /**
     * The time sessions, login limits and other time rules use: `new Date()`, replaced by tests that move the
     * clock instead of sleeping (test/support/casework-app.ts). Read it through `requestTime(request)`.
     */
    clock: () => Date;
  }
  interface FastifyContextConfig {
    /** true on a route that needs no CSRF token even with a session cookie (only login: it replaces the session). */
    skipCsrf?: boolean;
  }
}

export function requestTime(request: FastifyRequest): Date {
  return request.server.clock();
}

export async function registerAuth(app: FastifyInstance, ctx: CaseworkContext): Promise<void> {
  app.decorateRequest("actor", null);
  app.decorateRequest("authSession", null);
  await preparePasswordVerification();

  app.addHook("onRequest", async (request, reply) => {
    const token = readCookie(request, SESSION_COOKIE);
    if (!token) return;
    const now = requestTime(request);
    const session = await resumeSession(ctx.sql, token, now);
    const actor = session ? await getActor(ctx.sql, session.accountId) : null;
    if (!session || !actor) {
      // Ended, unknown, or its account was disabled: forget it, and tell the browser to drop the cookie.
      if (session) await endSession(ctx.sql, session.tokenHash);
      clearSessionCookie(reply, ctx.secureCookies);
      return;
    }
    if (isUnsafeMethod(request.method) && !request.routeOptions.config.skipCsrf) {
      const given = request.headers[CSRF_HEADER];
      if (!csrfMatches(session.csrfToken, given)) {
        // A valid session without its token is what a request forged by another site looks like: refused before
        // the route runs (nothing changes) and logged as denied under the session's account, so its region's
        // coordinator sees it. The actor is set for that entry only; the request ends here.
        request.actor = actor;
        throw await ctx.deny(
          request,
          {
            activity: "authentication",
            subjectKind: "session",
            region: actor.regions[0] ?? null,
            details: { reason: given === undefined ? "csrf_token_missing" : "csrf_token_mismatch", method: request.method },
          },
          csrfProblem(given),
        );
      }
    }
    request.actor = actor;
    request.authSession = session;
  });
}
