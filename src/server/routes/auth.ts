/**
 * POST /api/v1/auth/login, POST /api/v1/auth/logout, GET /api/v1/auth/me (docs/auth.md). Login answers an unknown
 * user, a wrong password and a disabled account alike (same status, same text, about the same time), is refused
 * for 15 minutes after too many failures (429), and is written to the audit log without the password or user name.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { findAccountByUsername, getActor } from "../../store/accounts.js";
import { type LoginBlock, loginAttemptSucceeded, startLoginAttempt, usernameHash } from "../../store/login-attempts.js";
import { PASSWORD_MAX_LENGTH, verifyPassword } from "../../store/password.js";
import { createSession, endSession, sessionTokenHash } from "../../store/sessions.js";
import { type CaseworkContext, requireActor } from "../casework/context.js";
import { SESSION_COOKIE, clearSessionCookie, readCookie, setSessionCookie } from "../auth/cookies.js";
import { requestTime } from "../auth/plugin.js";
import { signedInSchema, userBody } from "../auth/user.js";
import { Problem } from "../problem.js";

interface LoginBody {
  username: string;
  password: string;
}

/** The one answer to every failed login, whatever the reason. */
export function loginFailed(): Problem {
  return new Problem(401, "Inloggen mislukt", "Gebruikersnaam of wachtwoord onjuist. (Wrong user name or password.)");
}

function tooManyAttempts(block: LoginBlock, now: Date): { problem: Problem; seconds: number } {
  const seconds = Math.max(1, Math.ceil((block.until.getTime() - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  return {
    seconds,
    problem: new Problem(
      429,
      "Te veel inlogpogingen",
      `Te veel mislukte inlogpogingen: probeer het over ${minutes} ${minutes === 1 ? "minuut" : "minuten"} opnieuw. ` +
        `(Too many failed sign-in attempts: try again in ${minutes} minute${minutes === 1 ? "" : "s"}.)`,
    ),
  };
}

/** The client address attempts are counted by (behind a proxy, set Fastify's trustProxy so this is the user's). */
function clientOf(request: FastifyRequest): string {
  return request.ip || "unknown";
}

export function authRoutes(app: FastifyInstance, ctx: CaseworkContext): void {
  app.post<{ Body: LoginBody }>(
    "/login",
    {
      config: { skipCsrf: true },
      // JSON only: a cross-site form or "simple" fetch cannot send application/json without a CORS preflight,
      // which this server never answers, so another site cannot log a browser in (docs/auth.md, "CSRF").
      preValidation: async (request) => {
        const type = String(request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
        if (type !== "application/json") {
          throw new Problem(415, "Verkeerd formaat", "Send the login as JSON with Content-Type: application/json: {\"username\": …, \"password\": …}");
        }
      },
      schema: {
        summary: "Sign in with a user name and password; sets the session cookie vsv_session",
        description:
          "The body must be JSON (Content-Type: application/json). Answers 401 for a wrong user name or password (the same answer for both), 429 with Retry-After after too many failures.",
        tags: ["auth"],
        body: {
          type: "object",
          properties: { username: { type: "string", minLength: 1, maxLength: 200 }, password: { type: "string", minLength: 1, maxLength: PASSWORD_MAX_LENGTH } },
          required: ["username", "password"],
          additionalProperties: false,
        },
        response: { 200: signedInSchema },
      },
    },
    async (request, reply) => {
      const now = requestTime(request);
      const hash = usernameHash(ctx.key, request.body.username);
      const client = clientOf(request);
      const denied = (reason: string) => ctx.audit(request, { action: "denied", activity: "authentication", subjectKind: "session", details: { reason, username_hash: hash } });

      // Counted before the password is checked, so simultaneous attempts cannot all slip under the limit.
      const attempt = await startLoginAttempt(ctx.sql, { usernameHash: hash, client, now });
      if (attempt.blocked) {
        const { problem, seconds } = tooManyAttempts(attempt.blocked, now);
        await denied(`rate_limited_by_${attempt.blocked.by}`);
        reply.header("retry-after", String(seconds));
        throw problem;
      }

      const account = await findAccountByUsername(ctx.sql, request.body.username);
      // Always one argon2 verification, also for an unknown user (against a dummy hash): the same time either way.
      const passwordOk = await verifyPassword(account?.passwordHash ?? null, request.body.password);
      const actor = account && passwordOk && !account.disabled ? await getActor(ctx.sql, account.id) : null;
      if (!actor) {
        await denied("bad_credentials");
        throw loginFailed();
      }
      await loginAttemptSucceeded(ctx.sql, attempt.attemptId);

      // A login replaces the session this browser had (no session fixation, no stale sessions left behind).
      const previous = readCookie(request, SESSION_COOKIE);
      if (previous) await endSession(ctx.sql, sessionTokenHash(previous));
      const session = await createSession(ctx.sql, actor.accountId, now);
      request.actor = actor;
      await ctx.audit(request, { action: "login", activity: "authentication", subjectKind: "session" });
      setSessionCookie(reply, session.token, ctx.secureCookies);
      reply.header("cache-control", "no-store");
      return { user: userBody(actor), csrf_token: session.csrfToken };
    },
  );

  app.post(
    "/logout",
    {
      schema: {
        summary: "Sign out: ends the session and clears its cookie (needs X-CSRF-Token)",
        tags: ["auth"],
        response: { 204: { description: "Signed out", type: "null" } },
      },
    },
    async (request, reply) => {
      requireActor(request);
      if (request.authSession) await endSession(ctx.sql, request.authSession.tokenHash);
      await ctx.audit(request, { action: "logout", activity: "authentication", subjectKind: "session" });
      clearSessionCookie(reply, ctx.secureCookies);
      return reply.status(204).send();
    },
  );

  app.get(
    "/me",
    {
      schema: {
        summary: "The signed-in user and the session's CSRF token; 401 without a session",
        tags: ["auth"],
        response: { 200: signedInSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      reply.header("cache-control", "no-store");
      return { user: userBody(actor), csrf_token: request.authSession!.csrfToken };
    },
  );
}
