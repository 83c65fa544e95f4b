/**
 * POST /api/v1/auth/login, POST /api/v1/auth/logout, GET /api/v1/auth/me (docs/auth.md). Login answers an unknown
 * user, a wrong password and a disabled account alike (same status, same text, about the same time), is refused
 * for 15 minutes after too many failures (429), and is written to the audit log without the password or user name.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import { findAccountByUsername, getActor } from "../../store/accounts.js";
import { type LoginBlock, loginAttemptSucceeded, startLoginAttempt, usernameHash } from "../../store/login-attempts.js";
import { verifyPassword } from "../../store/password.js";
import { createSession, endSession, sessionTokenHash } from "../../store/sessions.js";
import { type CaseworkContext, requireActor } from "../casework/context.js";
import { SESSION_COOKIE, clearSessionCookie, readCookie, setSessionCookie } from "../auth/cookies.js";
import type { OidcRelyingParty } from "../auth/oidc.js";
import { oidcSessionInfo } from "../../store/oidc.js";
import { LoggedOutOidc } from "../contract/casework-oidc.js";
import { requestTime } from "../auth/plugin.js";
import { userBody } from "../auth/user.js";
import { LoginBody, SignedIn } from "../contract/casework-accounts.js";
import { NOT_SIGNED_IN, json, problem } from "../contract/responses.js";
import { Problem } from "../problem.js";

/** The one answer to every failed login, whatever the reason. */
export function loginFailed(): Problem {
  return new Problem(401, "Inloggen mislukt", "Gebruikersnaam of wachtwoord onjuist: controleer ze en probeer het opnieuw.");
}

function tooManyAttempts(block: LoginBlock, now: Date): { problem: Problem; seconds: number } {
  const seconds = Math.max(1, Math.ceil((block.until.getTime() - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  return {
    seconds,
    problem: new Problem(
      429,
      "Te veel inlogpogingen",
      `Te veel mislukte inlogpogingen: probeer het over ${minutes} ${minutes === 1 ? "minuut" : "minuten"} opnieuw.`,
    ),
  };
}

/** The client address attempts are counted by (behind a proxy, set Fastify's trustProxy so this is the user's). */
function clientOf(request: FastifyRequest): string {
  return request.ip || "unknown";
}

export function authRoutes(fastify: FastifyInstance, ctx: CaseworkContext, oidc?: OidcRelyingParty): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.post(
    "/login",
    {
      config: { skipCsrf: true },
      // JSON only: a cross-site form or "simple" fetch cannot send application/json without a CORS preflight,
      // which this server never answers, so another site cannot log a browser in (docs/auth.md, "CSRF").
      preValidation: async (request) => {
        const type = String(request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
        if (type !== "application/json") {
          throw new Problem(415, "Verkeerd formaat", "Stuur de inloggegevens als JSON met Content-Type: application/json: {\"username\": …, \"password\": …}");
        }
      },
      schema: {
        summary: "Inloggen met gebruikersnaam en wachtwoord; zet de sessiecookie vsv_session",
        description:
          "De body is JSON (Content-Type: application/json). Een onjuiste gebruikersnaam of een onjuist wachtwoord geeft 401 (hetzelfde antwoord voor beide); te veel mislukte pogingen 429 met Retry-After.",
        tags: ["auth"],
        body: LoginBody,
        response: {
          200: json(SignedIn, "Ingelogd: de gebruiker en het CSRF-token"),
          401: problem("Inloggen mislukt"),
          415: problem("De body is geen JSON"),
          429: problem("Te veel mislukte inlogpogingen: probeer het later opnieuw (header Retry-After)"),
        },
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
        summary: "Uitloggen: beëindigt de sessie en wist de cookie (met header X-CSRF-Token)",
        description:
          "204 na inloggen met wachtwoord. Kwam de sessie van de identiteitsprovider (OIDC), dan 200 met end_session_url: de web-app stuurt de browser daarheen, zodat ook de sessie bij de provider eindigt.",
        tags: ["auth"],
        response: {
          200: json(LoggedOutOidc, "Uitgelogd; ga naar end_session_url om ook bij de identiteitsprovider uit te loggen"),
          204: Type.Null({ description: "Uitgelogd" }),
          ...NOT_SIGNED_IN,
          403: problem("CSRF-token ontbreekt of klopt niet"),
        },
      },
    },
    async (request, reply) => {
      requireActor(request);
      let endSessionUrl: string | null = null;
      if (request.authSession) {
        // Read before the row goes: a session of the provider's login ends at the provider too (RP-initiated logout).
        const fromProvider = oidc ? await oidcSessionInfo(ctx.sql, request.authSession.tokenHash) : null;
        if (oidc && fromProvider && fromProvider.issuer === oidc.issuer) endSessionUrl = await oidc.endSessionUrl(fromProvider.idToken);
        await endSession(ctx.sql, request.authSession.tokenHash);
      }
      await ctx.audit(request, { action: "logout", activity: "authentication", subjectKind: "session", ...(endSessionUrl ? { details: { method: "oidc" } } : {}) });
      clearSessionCookie(reply, ctx.secureCookies);
      if (endSessionUrl) return reply.status(200).send({ end_session_url: endSessionUrl });
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/me",
    {
      schema: {
        summary: "De ingelogde gebruiker en het CSRF-token van de sessie; 401 zonder sessie",
        tags: ["auth"],
        response: { 200: json(SignedIn, "De ingelogde gebruiker"), ...NOT_SIGNED_IN },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      reply.header("cache-control", "no-store");
      return { user: userBody(actor), csrf_token: request.authSession!.csrfToken };
    },
  );
}
