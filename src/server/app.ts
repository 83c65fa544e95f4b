/**
 * The public API (and the web app's files): buildApp({ dataDir }) → a Fastify instance.
 * NL GOV API Design Rules: everything under /api/v1, OpenAPI 3 at /api/v1/openapi.json, docs at /api/v1/docs,
 * header API-Version on every response, errors as application/problem+json. Docs: docs/api.md.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyServerOptions } from "fastify";
import swagger from "@fastify/swagger";
import { conformingDocument } from "./openapi-conformance.js";
import { apiDocs } from "./api-docs/index.js";
import { type ApiContact, type OidcSettings, PROJECT_CONTACT } from "../config.js";
import { OidcRelyingParty } from "./auth/oidc.js";
import { signInOptionsRoute } from "./routes/auth-oidc.js";
import helmet from "@fastify/helmet";
import { applySecurityHeaders, securityHeaders } from "./security-headers.js";
import { Problem, badParam, frameworkProblem, problemBody, requestProblem, validationProblem } from "./problem.js";
import { NotPublishedError } from "../domain/disclosure/catalogue.js";
import { type ServerLogOptions, loggerOptions } from "./log.js";
import { finiteNumbers, withRouteInputRules } from "./input-rules.js";
import { SnapshotHolder } from "../service/snapshot-holder.js";
import { releaseSnapshot, requestSnapshotId, routeContext, snapshotHook, snapshotScopeHook } from "./context.js";
import { warmSnapshot } from "./warm.js";
import { requestPath, webRoutes } from "./web.js";
import { registerResponseCache } from "./response-cache.js";
import { randomUUID } from "node:crypto";
import type { Sql } from "../store/sql.js";
import type { PseudonymKey } from "../store/pseudonym.js";
import { caseworkContext } from "./casework/context.js";
import { publicFigures } from "./capabilities/public-figures.js";
import { STEERING_PREFIX, steeringReads } from "./capabilities/steering.js";
import { closedPart } from "./capabilities/closed-part.js";
import { CLOSED_TAGS, refuseTags } from "./capabilities/route-tags.js";

export const API_VERSION = "1.0.0";
/** Where the API lives: the major version in the path (NL GOV API Design Rules, API-48). */
export const API_PREFIX = "/api/v1";

/** The Vite build of the web app: dist/web at the package root (the same from src/server and dist/server). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../../dist/web/", import.meta.url));

export interface AppOptions {
  readonly dataDir: string;
  readonly webRoot?: string;
  /** The server log (src/server/log.ts); without it nothing is logged (tests). */
  readonly logger?: ServerLogOptions;
  /**
   * The operational store and pseudonym key: with them the closed, person-level part (sign-in, signal lists,
   * cases, audit log) is served too; without them only the public part.
   */
  readonly casework?: { readonly sql: Sql; readonly key: PseudonymKey; readonly secureCookies?: boolean };
  /** Fastify's trustProxy: set behind a reverse proxy (VSV_TRUST_PROXY), so request.ip is the client's. */
  readonly trustProxy?: string | number | undefined;
  /** Who answers for the API (VSV_API_CONTACT_*), in the OpenAPI document; default the project's. */
  readonly apiContact?: ApiContact;
  /** Sign-in through an OpenID Connect provider (VSV_OIDC_*, src/config.ts); without it that sign-in is off. */
  readonly oidc?: OidcSettings | undefined;
  /**
   * Milliseconds between checks of the published-snapshot pointer (besides fs.watch); 0 switches only on
   * `app.snapshots.refresh()`. Default 1000. docs/publication.md.
   */
  readonly snapshotPollMs?: number;
  /** Warm a newly published snapshot's caches (src/server/warm.ts) before switching to it (vsv serve does). */
  readonly warmOnSwitch?: boolean;
}

declare module "fastify" {
  interface FastifyInstance {
    /** The published snapshots this app answers from (src/service/snapshot-holder.ts). */
    snapshots: SnapshotHolder;
  }
}

/** How long a newly published snapshot's caches are warmed before the server switches to it (docs/publication.md). */
const WARM_BEFORE_SWITCH_MS = 60_000;

/** Fastify takes a hop count, or addresses as a string (comma-separated) — not the union type as such. */
function trustProxyOption(value: string | number | undefined): Pick<FastifyServerOptions, "trustProxy"> {
  if (value === undefined) return {};
  if (typeof value === "number") return { trustProxy: (_address: string, hop: number) => hop < value };
  return { trustProxy: value.split(",").map((a) => a.trim()) };
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  // Request ids are the trace ids of audit entries (Logboek dataverwerkingen), so they must be unique across restarts.
  const app = Fastify({
    logger: options.logger ? loggerOptions(options.logger) : false,
    genReqId: () => randomUUID(),
    ...trustProxyOption(options.trustProxy),
    ajv: { customOptions: { coerceTypes: true, allErrors: true }, plugins: [finiteNumbers] },
    // A malformed percent-escape or an over-long path parameter is refused by the router, before any route: as a problem too.
    frameworkErrors: (error, request, reply: FastifyReply) => {
      const problem = frameworkProblem(error);
      // Refused by the router, before any hook: the security headers are set here by helmet itself, with the same options.
      applySecurityHeaders(request.raw, reply.raw, () => {
        void reply.status(problem.status).header("API-Version", API_VERSION).header("Cache-Control", "no-store").header("X-Trace-Id", request.id).header("Content-Language", "nl").type("application/problem+json").send(problemBody(problem, request.url));
      });
    },
  });
  // Every route's parameters get the rules of src/server/input-rules.ts (no NUL in text, integers in range, finite numbers).
  app.addHook("onRoute", (route) => {
    if (route.schema) route.schema = withRouteInputRules(route.schema);
  });
  // The figures come from the published snapshot (docs/publication.md): each request takes the current one when it
  // starts (before the response cache, whose answers are kept per snapshot) and keeps it to its end.
  let forgetAnswers: (id: string) => void = () => undefined;
  const snapshots = await SnapshotHolder.open(options.dataDir, {
    ...(options.snapshotPollMs === undefined ? {} : { pollMs: options.snapshotPollMs }),
    onRetired: (id) => forgetAnswers(id),
    onError: (e) => app.log.warn({ err: e }, "a published snapshot cannot be used yet: still answering from the current one"),
    // Warming waits at most WARM_BEFORE_SWITCH_MS: new figures should not wait long for caches; the rest warms after.
    ...(options.warmOnSwitch ? { prepare: (entry) => Promise.race([warmSnapshot(app, entry).then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, WARM_BEFORE_SWITCH_MS).unref())]) } : {}),
  });
  app.decorate("snapshots", snapshots);
  app.addHook("onClose", async () => snapshots.close());
  app.addHook("onRequest", snapshotHook(snapshots));
  app.addHook("preHandler", snapshotScopeHook(snapshots));
  app.addHook("onResponse", async (request) => releaseSnapshot(request));
  app.addHook("onRequestAbort", async (request) => releaseSnapshot(request));
  app.addHook("onSend", async (_request, reply, payload) => {
    reply.header("API-Version", API_VERSION);
    return payload;
  });
  forgetAnswers = registerResponseCache(app, requestSnapshotId).forget;
  // Every answer gets the security headers. A cache hit is answered before this hook and sends the headers of the
  // answer it keeps, helmet's included: helmet builds its headers anew on every request, and halved the hits' rate.
  await app.register(helmet, securityHeaders);

  await app.register(swagger, {
    // What every operation does whatever its route says (version header, 400 problem), in OpenAPI 3.0's words.
    transformObject: (d) => conformingDocument(("openapiObject" in d ? d.openapiObject : d.swaggerObject) as Record<string, unknown>),
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "vsv-monitor API",
        version: API_VERSION,
        description: "Officiële cijfers over voortijdig schoolverlaten (vsv), met kleine aantallen afgeschermd (docs/privacy-public.md).",
        contact: { ...(options.apiContact ?? PROJECT_CONTACT) },
        license: { name: "EUPL-1.2", url: "https://eupl.eu/1.2/nl/" },
      },
      servers: [{ url: API_PREFIX, description: "Deze server" }],
      tags: [
        { name: "meta", description: "Wat er berekend is" },
        { name: "figures", description: "Cijfers en reeksen" },
        { name: "areas", description: "Regio's, gemeenten, instellingen en vestigingen" },
        { name: "reference", description: "Doelen, normen en kaarten" },
        { name: "auth", description: "Inloggen en accounts (besloten deel)" },
        { name: "steering", description: "Sturing: regionale programma's, streefcijfers en het landelijke actieplan (openbaar lezen; wijzigen is besloten en heeft ook het label casework)" },
        { name: "casework", description: "Signaallijsten, dossiers en verzuimmeldingen: persoonsgegevens, alleen voor ingelogde gebruikers binnen hun bereik; elk gebruik wordt vastgelegd" },
      ],
    },
  });

  app.setErrorHandler((error: FastifyError | Problem, request, reply) => {
    let problem: Problem;
    if (error instanceof Problem) problem = error;
    else if (error instanceof NotPublishedError) problem = badParam(error.parameter, error.message);
    else if ("validation" in error && error.validation) problem = validationProblem(error.validation, String(error.validationContext ?? "request"));
    else if ((error as FastifyError).statusCode && (error as FastifyError).statusCode! < 500) {
      problem = requestProblem(error as FastifyError);
    } else {
      // The request id (reqId) is on every line of this request, and is the trace id of its audit entries.
      request.log.error({ err: error, req: request }, "request failed: answered 500");
      problem = new Problem(500, "Interne fout", `De server kon dit verzoek niet beantwoorden; de fout is vastgelegd met traceernummer ${request.id}: geef dat nummer aan de beheerder`);
    }
    reply.status(problem.status).header("Content-Language", "nl").type("application/problem+json").send(problemBody(problem, request.url));
  });

  const ctx = routeContext(snapshots);
  const state = {
    get store() {
      return ctx.snapshot().store;
    },
    get reason() {
      return ctx.snapshot().reason;
    },
  };
  // The time sessions, login limits and other time rules use (auth/plugin.ts): on the root, so a test can move it.
  app.decorate("clock", () => new Date());
  // The provider's metadata is fetched now, without waiting; a failure is retried at the next login (auth/oidc.ts).
  const oidc = options.oidc && options.casework ? new OidcRelyingParty(options.oidc) : undefined;
  oidc?.warm((e) => app.log.warn({ err: e }, "OIDC provider not reachable at start: sign-in through it retries at the next login"));
  await app.register(
    async (api) => {
      await api.register(async (open) => {
        open.addHook("onRoute", (route) => refuseTags(route, CLOSED_TAGS, "is registered in the public part"));
        signInOptionsRoute(open, oidc);
        await open.register(publicFigures, { ctx, state });
        await open.register(steeringReads, { prefix: STEERING_PREFIX, ctx, ...(options.casework ? { sql: options.casework.sql } : {}) });
      });
      if (options.casework) {
        const casework = caseworkContext(options.casework.sql, options.casework.key, options.casework.secureCookies ?? false);
        await api.register(closedPart, { casework, figures: ctx, oidc });
      }
      api.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
      // The documentation page: Dutch, server-rendered from the document, no script (src/server/api-docs/).
      await api.register(apiDocs);
    },
    { prefix: API_PREFIX },
  );

  const webRoot = path.resolve(options.webRoot ?? DEFAULT_WEB_ROOT);
  await webRoutes(app, existsSync(path.join(webRoot, "index.html")) ? webRoot : undefined);
  app.setNotFoundHandler((request, reply) => {
    const requested = requestPath(request);
    if (requested.startsWith("/api/")) {
      const p = new Problem(404, "Niet gevonden", `${request.method} ${requested} bestaat niet: zie /api/v1/docs voor de routes`);
      return reply.status(404).header("Content-Language", "nl").type("application/problem+json").send(problemBody(p, request.url));
    }
    if (request.method !== "GET" && request.method !== "HEAD") return reply.status(404).send();
    return app.webIndex(reply);
  });
  return app;
}
