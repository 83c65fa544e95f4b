/**
 * The closed, person-level part of the API (issue 5): sign-in and accounts, signal lists, cases, absence
 * reports, workload and the audit log. Registered by buildApp when an operational store is given.
 */
import type { FastifyInstance } from "fastify";
import { registerAuth } from "../auth/plugin.js";
import { authRoutes } from "../routes/auth.js";
import { accountRoutes } from "../routes/accounts.js";
import { signalRoutes } from "../routes/signals.js";
import { caseRoutes } from "../routes/cases.js";
import { absenceRoutes } from "../routes/absence.js";
import { workloadRoutes } from "../routes/workload.js";
import { auditRoutes } from "../routes/audit-log.js";
import type { CaseworkContext } from "./context.js";
import { Problem } from "../problem.js";
import { isClosedRoute, isGuardedRoute } from "./closed-route.js";

export async function registerCasework(app: FastifyInstance, ctx: CaseworkContext): Promise<void> {
  // Answers of the closed part are personal: no browser, proxy or shared cache may keep them.
  // Their trace id (the request id, also in every audit entry of the request) is sent back, so a user or a
  // helpdesk can point at "this request" in the Logboek. Decided by the matched route (closed-route.ts), never the URL.
  app.addHook("onSend", async (request, reply, payload) => {
    if (isClosedRoute(request)) {
      reply.header("Cache-Control", "no-store");
      reply.header("X-Trace-Id", request.id);
      // A person-level route tried without signing in is a refused attempt like any other: logged.
      if (reply.statusCode === 401 && isGuardedRoute(request)) {
        await ctx.deny(request, { activity: "authentication", details: { route: request.routeOptions.url, method: request.method } }, new Problem(401, "Niet ingelogd", ""));
      }
    }
    return payload;
  });
  await registerAuth(app, ctx);
  authRoutes(app, ctx);
  accountRoutes(app, ctx);
  signalRoutes(app, ctx);
  caseRoutes(app, ctx);
  absenceRoutes(app, ctx);
  workloadRoutes(app, ctx);
  auditRoutes(app, ctx);
}
