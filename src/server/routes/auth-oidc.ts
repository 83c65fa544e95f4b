/**
 * Sign-in through an OpenID Connect provider (docs/auth.md, "Login through OpenID Connect"):
 * GET /api/v1/auth/oidc/start and GET /api/v1/auth/oidc/callback (closed part, tag auth), and the public
 * GET /api/v1/auth/config the login page reads (tag meta). Without VSV_OIDC_* the feature is off: start and callback
 * answer 404, the config says oidc: false.
 *
 * Both routes are browser navigations, so they answer with redirects (303): start to the provider, the callback to
 * the page the user came from, or — whatever went wrong — to the login page with a code the page turns into Dutch
 * (`/inloggen?oidc=mislukt` for every refusal of who signed in: the same text as a wrong password).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { getActor } from "../../store/accounts.js";
import { loginAttemptSucceeded, startLoginAttempt, usernameHash } from "../../store/login-attempts.js";
import { OIDC_LOGIN_MS, createPendingLogin, endOidcSessions, findOidcAccount, markOidcSession, takePendingLogin } from "../../store/oidc.js";
import { getAccount } from "../../store/accounts.js";
import { recordAudit } from "../../store/audit.js";
import { createSession, endSession, sessionTokenHash } from "../../store/sessions.js";
import type { CaseworkContext } from "../casework/context.js";
import { SESSION_COOKIE, readCookie, setSessionCookie } from "../auth/cookies.js";
import { type OidcRelyingParty, OidcRefusal } from "../auth/oidc.js";
import { requestTime } from "../auth/plugin.js";
import { FORM_TYPE, LogoutToken, OidcCallbackQuery, OidcStartQuery, SignInOptions, redirect } from "../contract/casework-oidc.js";
import { json, problem } from "../contract/responses.js";
import { Type } from "typebox";
import { Problem } from "../problem.js";

/** The short-lived cookie that binds a login's state to the browser that started it. */
export const OIDC_COOKIE = "vsv_oidc";
const COOKIE_PATH = "/api/v1/auth/oidc";
const LOGIN_PAGE = "/inloggen";

/** Why a sign-in through the provider ended on the login page (`?oidc=`), as the login page reads it. */
export type OidcOutcome = "mislukt" | "afgebroken" | "verlopen" | "onbereikbaar" | "teveel";

/** Where to go after signing in: only a page of the closed part of this site (no open redirect). */
export function safeReturnPath(text: string | undefined): string {
  return text && /^\/werk(\/[A-Za-z0-9/_-]*)?(\?[A-Za-z0-9=&_%-]*)?$/.test(text) ? text : "/werk";
}

function oidcOff(): Problem {
  return new Problem(404, "Niet gevonden", "Inloggen via een identiteitsprovider staat op deze server niet aan: log in met gebruikersnaam en wachtwoord, of vraag de beheerder om VSV_OIDC_* in te stellen");
}

function bindingCookie(value: string, maxAgeS: number, secure: boolean): string {
  return `${OIDC_COOKIE}=${value}; Path=${COOKIE_PATH}; HttpOnly; SameSite=Lax; Max-Age=${maxAgeS}${secure ? "; Secure" : ""}`;
}

function toLoginPage(reply: FastifyReply, outcome: OidcOutcome) {
  return reply.redirect(`${LOGIN_PAGE}?oidc=${outcome}`, 303);
}

/** The client address failed callbacks are counted by (as password logins). */
function clientOf(request: FastifyRequest): string {
  return request.ip || "unknown";
}

/** The public answer the login page reads: is sign-in through the provider on, and the button's name. */
export function signInOptionsRoute(app: FastifyInstance, oidc: OidcRelyingParty | undefined): void {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    "/auth/config",
    {
      schema: {
        summary: "Hoe men kan inloggen: of inloggen via de identiteitsprovider aan staat, en de naam op de knop",
        tags: ["meta"],
        response: { 200: json(SignInOptions, "De manieren van inloggen") },
      },
    },
    async () => (oidc ? { oidc: true, oidc_label: oidc.settings.name } : { oidc: false }),
  );
}

export function oidcRoutes(fastify: FastifyInstance, ctx: CaseworkContext, oidc: OidcRelyingParty | undefined): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    "/start",
    {
      schema: {
        summary: "Inloggen via de identiteitsprovider: stuurt de browser naar de provider",
        description:
          "Een gewone link voor de browser, geen API-aanroep. Zet de kortlevende cookie vsv_oidc (SameSite=Lax) en verwijst (303) naar de provider, met state, nonce en PKCE (S256). Kan de provider niet bereikt worden, dan naar /inloggen?oidc=onbereikbaar. 404 als inloggen via een provider niet is ingesteld.",
        tags: ["auth"],
        querystring: OidcStartQuery,
        response: { 303: redirect("Naar de provider (of terug naar de inlogpagina als die onbereikbaar is)"), 404: problem("Inloggen via een identiteitsprovider staat niet aan") },
      },
    },
    async (request, reply) => {
      if (!oidc) throw oidcOff();
      const now = requestTime(request);
      let start;
      try {
        start = await oidc.start();
      } catch (e) {
        request.log.warn({ err: e }, "OIDC provider could not be reached: sign-in through it refused");
        return toLoginPage(reply, "onbereikbaar");
      }
      await createPendingLogin(ctx.sql, start.state, { nonce: start.nonce, codeVerifier: start.codeVerifier, returnTo: safeReturnPath(request.query.returnTo) }, now);
      reply.header("set-cookie", bindingCookie(start.state, OIDC_LOGIN_MS / 1000, ctx.secureCookies));
      return reply.redirect(start.url.toString(), 303);
    },
  );

  app.get(
    "/callback",
    {
      schema: {
        summary: "Terugkeer van de identiteitsprovider: maakt de sessie en gaat terug naar de pagina",
        description:
          "De provider stuurt de browser hierheen (redirect URI). De code wordt ingewisseld en het id_token gecontroleerd (handtekening, iss, aud, nonce, state, vervaltijd); de (iss, sub) moet aan een account gekoppeld zijn. Gelukt: cookie vsv_session en 303 naar de pagina van returnTo. Anders 303 naar /inloggen?oidc=mislukt (onbekend of geblokkeerd account, ongeldig antwoord: hetzelfde als een onjuist wachtwoord), verlopen (onbekende, gebruikte of niet bij deze browser horende state), afgebroken (de provider meldde een fout, zoals access_denied), teveel (te veel mislukte pogingen) of onbereikbaar. 404 als inloggen via een provider niet is ingesteld.",
        tags: ["auth"],
        querystring: OidcCallbackQuery,
        response: { 303: redirect("Ingelogd: naar de pagina; of terug naar de inlogpagina met de reden"), 404: problem("Inloggen via een identiteitsprovider staat niet aan") },
      },
    },
    async (request, reply) => {
      if (!oidc) throw oidcOff();
      const now = requestTime(request);
      const q = request.query;
      const bound = readCookie(request, OIDC_COOKIE);
      const denied = (reason: string, details: Record<string, unknown> = {}) =>
        ctx.audit(request, { action: "denied", activity: "authentication", subjectKind: "session", details: { reason, method: "oidc", ...details } });
      // The binding cookie is used once, whatever happens next.
      reply.header("set-cookie", bindingCookie("", 0, ctx.secureCookies));

      // Failed callbacks count against the client address like failed password logins (each with a key of its own,
      // so they never block a user name).
      const attempt = await startLoginAttempt(ctx.sql, { usernameHash: usernameHash(ctx.key, `oidc-callback ${request.id}`), client: clientOf(request), now });
      if (attempt.blocked) {
        await denied(`rate_limited_by_${attempt.blocked.by}`);
        return toLoginPage(reply, "teveel");
      }

      // The state must be the one this browser started with (the cookie), and known, unused and recent (the table).
      const stateOk = q.state !== undefined && bound !== undefined && bound === q.state;
      const pending = q.state !== undefined ? await takePendingLogin(ctx.sql, q.state, now) : null;
      if (!stateOk || !pending) {
        await denied(!stateOk ? "oidc_state_not_this_browser" : "oidc_state_unknown");
        return toLoginPage(reply, "verlopen");
      }
      if (q.error !== undefined) {
        await denied("oidc_provider_error", { error: q.error.replace(/[^A-Za-z0-9_]/g, "").slice(0, 60) });
        return toLoginPage(reply, "afgebroken");
      }

      let identity;
      try {
        const query = request.raw.url!.includes("?") ? request.raw.url!.slice(request.raw.url!.indexOf("?")) : "";
        identity = await oidc.finish(query, { state: q.state!, nonce: pending.nonce, codeVerifier: pending.codeVerifier });
      } catch (e) {
        if (e instanceof OidcRefusal) {
          request.log.warn({ reason: e.reason, message: e.message }, "OIDC login refused");
          await denied(e.reason);
          return toLoginPage(reply, "mislukt");
        }
        request.log.warn({ err: e }, "OIDC provider could not be reached at the callback");
        await denied("oidc_provider_unreachable");
        return toLoginPage(reply, "onbereikbaar");
      }

      // Who signed in is the provider's to say; what they may is the linked local account's. No link, a link to a
      // disabled account: the same refusal as a wrong password.
      const subjectHash = usernameHash(ctx.key, `${identity.issuer} ${identity.subject}`);
      const accountId = identity.issuer === oidc.issuer ? await findOidcAccount(ctx.sql, identity.issuer, identity.subject) : null;
      const actor = accountId !== null ? await getActor(ctx.sql, accountId) : null;
      if (!actor) {
        await denied(accountId === null ? "oidc_subject_not_linked" : "oidc_account_disabled", { subject_hash: subjectHash });
        return toLoginPage(reply, "mislukt");
      }
      await loginAttemptSucceeded(ctx.sql, attempt.attemptId);

      // As a password login: a login replaces the session this browser had, a new session with its own CSRF token.
      const previous = readCookie(request, SESSION_COOKIE);
      if (previous) await endSession(ctx.sql, sessionTokenHash(previous));
      const session = await createSession(ctx.sql, actor.accountId, now);
      await markOidcSession(ctx.sql, sessionTokenHash(session.token), { issuer: identity.issuer, sid: identity.sid, idToken: identity.idToken });
      request.actor = actor;
      await ctx.audit(request, { action: "login", activity: "authentication", subjectKind: "session", details: { method: "oidc" } });
      setSessionCookie(reply, session.token, ctx.secureCookies);
      reply.header("set-cookie", bindingCookie("", 0, ctx.secureCookies));
      return reply.redirect(pending.returnTo, 303);
    },
  );

  // Back-channel logout (OpenID Connect Back-Channel Logout 1.0): the provider posts a signed logout_token, server
  // to server, when the user's session there ends; the sessions it names end here too. The body is a form, as the
  // specification has it (this scope only parses that type).
  fastify.addContentTypeParser(FORM_TYPE, { parseAs: "string", bodyLimit: 64 * 1024 }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });
  app.post(
    "/backchannel-logout",
    {
      // No skipCsrf: the provider calls without a session cookie, so the CSRF check never applies to it; a browser
      // with a session needs its token here like anywhere else.
      preValidation: async (request) => {
        if (!oidc) throw oidcOff();
        const type = String(request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
        if (type !== FORM_TYPE) throw new Problem(415, "Verkeerd formaat", `Stuur het logout_token als formulier (Content-Type: ${FORM_TYPE}), zoals OpenID Connect Back-Channel Logout voorschrijft`);
      },
      schema: {
        summary: "Uitloggen door de identiteitsprovider (back-channel logout): beëindigt de sessies die het logout_token noemt",
        description:
          "Voor de provider, niet voor browsers: een POST met logout_token (een door de provider ondertekende JWT met sid of sub). Ongeldig token: 400. 404 als inloggen via een provider niet is ingesteld.",
        tags: ["auth"],
        body: { content: { [FORM_TYPE]: { schema: LogoutToken } } } as never,
        response: {
          200: Type.Null({ description: "De sessies zijn beëindigd (ook als er geen meer waren)" }),
          404: problem("Inloggen via een identiteitsprovider staat niet aan"),
          415: problem("De body is geen formulier"),
        },
      },
    },
    async (request, reply) => {
      const body = request.body as { logout_token?: unknown } | undefined;
      const token = typeof body?.logout_token === "string" ? body.logout_token : "";
      const refuse = async (reason: string) => {
        await ctx.audit(request, { action: "denied", activity: "authentication", subjectKind: "session", details: { reason, method: "oidc_backchannel" } });
        return new Problem(400, "Ongeldig logout_token", "Het logout_token ontbreekt of is niet geldig (handtekening, issuer, audience, event, sid of sub): er is niemand uitgelogd");
      };
      if (!token || token.length > 16_384) throw await refuse("oidc_logout_token_missing");
      let named;
      try {
        named = await oidc!.verifyLogoutToken(token);
      } catch (e) {
        request.log.warn({ reason: e instanceof OidcRefusal ? e.reason : "unreachable", message: (e as Error).message }, "OIDC back-channel logout refused");
        throw await refuse(e instanceof OidcRefusal ? e.reason : "oidc_provider_unreachable");
      }
      const accounts = await endOidcSessions(ctx.sql, oidc!.issuer, named);
      for (const id of accounts) {
        const account = await getAccount(ctx.sql, id);
        await recordAudit(ctx.sql, { actor: { id, role: account?.role ?? "anonymous" }, action: "logout", activity: "authentication", subjectKind: "session", traceId: request.id, details: { method: "oidc_backchannel" } });
      }
      return reply.status(200).send(null);
    },
  );
}
