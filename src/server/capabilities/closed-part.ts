/**
 * The closed part (docs/auth.md): sign-in (prefix /auth), accounts (prefix /accounts), the person-level casework
 * (signal lists, persons and cases, absence reports, workload, the audit log) and the changes to steering data
 * (prefix /steering). Everything registered here is inside one Fastify scope, so its hooks — session and CSRF check,
 * `Cache-Control: no-store`, the trace id, the logged refusal of an anonymous attempt — reach every closed route by
 * construction: a route cannot forget them, and no hook decides by URL or tag.
 */
import type { FastifyInstance } from "fastify";
import { registerAuth } from "../auth/plugin.js";
import { authRoutes } from "../routes/auth.js";
import { oidcRoutes } from "../routes/auth-oidc.js";
import type { OidcRelyingParty } from "../auth/oidc.js";
import { accountRoutes } from "../routes/accounts.js";
import { signalRoutes } from "../routes/signals.js";
import { caseRoutes } from "../routes/cases.js";
import { personRoutes } from "../routes/persons.js";
import { absenceRoutes } from "../routes/absence.js";
import { workloadRoutes } from "../routes/workload.js";
import { auditRoutes } from "../routes/audit-log.js";
import type { CaseworkContext } from "../casework/context.js";
import type { RouteContext } from "../context.js";
import { Problem } from "../problem.js";
import { CLOSED_TAGS, requireTags } from "./route-tags.js";
import { STEERING_PREFIX, steeringChanges } from "./steering.js";

export interface ClosedPartOptions {
  readonly casework: CaseworkContext;
  readonly figures: RouteContext;
  /** Sign-in through an OpenID Connect provider, when configured (VSV_OIDC_*). */
  readonly oidc?: OidcRelyingParty | undefined;
}

export async function closedPart(app: FastifyInstance, { casework: ctx, figures, oidc }: ClosedPartOptions): Promise<void> {
  // The OpenAPI document groups operations by tag, and tests enumerate the closed routes by tag: every route in this
  // scope must say it is closed (and public routes must not: publicScope in route-tags.ts).
  app.addHook("onRoute", (route) => requireTags(route, CLOSED_TAGS, "is registered in the closed part"));
  // Answers of the closed part are personal: no browser, proxy or shared cache may keep them. Their trace id (the
  // request id, also in every audit entry of the request) is sent back, so a user or a helpdesk can point at
  // "this request" in the Logboek.
  app.addHook("onSend", async (request, reply, payload) => {
    reply.header("Cache-Control", "no-store");
    reply.header("X-Trace-Id", request.id);
    return payload;
  });
  await registerAuth(app, ctx);
  await app.register(
    async (signIn) => {
      authRoutes(signIn, ctx, oidc);
      await signIn.register(async (provider) => oidcRoutes(provider, ctx, oidc), { prefix: "/oidc" });
    },
    { prefix: "/auth" },
  );
  await app.register(async (guarded) => {
    // A person-level route or a change tried without signing in is a refused attempt like any other: logged.
    // (Sign-in itself is outside this scope: a 401 there is a failed login, logged by the login route.)
    guarded.addHook("onSend", async (request, reply, payload) => {
      if (reply.statusCode === 401) {
        await ctx.deny(request, { activity: "authentication", details: { route: request.routeOptions.url, method: request.method } }, new Problem(401, "Niet ingelogd", ""));
      }
      return payload;
    });
    await guarded.register(async (accounts) => accountRoutes(accounts, ctx), { prefix: "/accounts" });
    signalRoutes(guarded, ctx);
    caseRoutes(guarded, ctx);
    personRoutes(guarded, ctx);
    absenceRoutes(guarded, ctx);
    workloadRoutes(guarded, ctx);
    auditRoutes(guarded, ctx);
    await guarded.register(steeringChanges, { prefix: STEERING_PREFIX, ctx: figures, sql: ctx.sql });
  });
}
