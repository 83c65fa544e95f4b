/**
 * The public API (and the web app's files): buildApp({ dataDir }) → a Fastify instance.
 * NL GOV API Design Rules: everything under /api/v1, OpenAPI 3 at /api/v1/openapi.json, docs at /api/v1/docs,
 * header API-Version on every response, errors as application/problem+json. Docs: docs/api.md.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { Problem, problemBody } from "./problem.js";
import { openStore } from "./store.js";
import { routeContext } from "./context.js";
import { metaRoutes } from "./routes/meta.js";
import { seriesRoutes } from "./routes/series.js";
import { figuresRoutes } from "./routes/figures.js";
import { regionRoutes } from "./routes/regions.js";
import { municipalityRoutes } from "./routes/municipalities.js";
import { institutionRoutes } from "./routes/institutions.js";
import { compareRoutes } from "./routes/compare.js";
import { rankingRoutes } from "./routes/rankings.js";
import { referenceRoutes } from "./routes/reference.js";
import { geoRoutes } from "./routes/geo.js";
import { webRoutes } from "./web.js";
import { registerResponseCache } from "./response-cache.js";

export const API_VERSION = "1.0.0";

/** The Vite build of the web app: dist/web at the package root (the same from src/server and dist/server). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../../dist/web/", import.meta.url));

export interface AppOptions {
  readonly dataDir: string;
  readonly webRoot?: string;
  readonly logger?: boolean;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, ajv: { customOptions: { coerceTypes: true, allErrors: true } } });
  const state = await openStore(options.dataDir);
  app.addHook("onClose", async () => state.store?.close());
  app.addHook("onSend", async (_request, reply, payload) => {
    reply.header("API-Version", API_VERSION);
    return payload;
  });
  registerResponseCache(app);

  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "vsv-monitor API",
        version: API_VERSION,
        description: "Officiële cijfers over voortijdig schoolverlaten (vsv), met kleine aantallen afgeschermd (docs/privacy-public.md).",
        contact: { name: "vsv-monitor", url: "https://github.com/" },
        license: { name: "EUPL-1.2", url: "https://eupl.eu/1.2/nl/" },
      },
      servers: [{ url: "/" }],
      tags: [
        { name: "meta", description: "What is computed" },
        { name: "figures", description: "Figures and series" },
        { name: "areas", description: "Regions, municipalities, institutions, locations" },
        { name: "reference", description: "Targets, norms and maps" },
      ],
    },
  });
  await app.register(swaggerUi, { routePrefix: "/api/v1/docs" });

  app.setErrorHandler((error: FastifyError | Problem, request, reply) => {
    let problem: Problem;
    if (error instanceof Problem) problem = error;
    else if ("validation" in error && error.validation) {
      const invalid = error.validation.map((v) => {
        const name = (v.params as { missingProperty?: string })?.missingProperty ?? (v.instancePath.replace(/^\//, "") || String(error.validationContext ?? "request"));
        const allowed = (v.params as { allowedValues?: unknown[] })?.allowedValues;
        return { name, reason: `${v.message ?? "is not valid"}${allowed ? `: use ${allowed.join(", ")}` : ""}` };
      });
      problem = new Problem(400, "Ongeldige parameter", invalid.map((i) => `Parameter "${i.name}": ${i.reason}`).join("; "), invalid);
    } else if ((error as FastifyError).statusCode && (error as FastifyError).statusCode! < 500) {
      problem = new Problem((error as FastifyError).statusCode!, "Ongeldig verzoek", error.message);
    } else {
      request.log.error(error);
      problem = new Problem(500, "Interne fout", "The server could not answer this request; the error is logged");
    }
    reply.status(problem.status).type("application/problem+json").send(problemBody(problem, request.url));
  });

  const ctx = routeContext(state);
  metaRoutes(app, ctx, state);
  seriesRoutes(app, ctx);
  figuresRoutes(app, ctx);
  regionRoutes(app, ctx);
  municipalityRoutes(app, ctx);
  institutionRoutes(app, ctx);
  compareRoutes(app, ctx);
  rankingRoutes(app, ctx);
  referenceRoutes(app, ctx);
  geoRoutes(app);
  app.get("/api/v1/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  const webRoot = path.resolve(options.webRoot ?? DEFAULT_WEB_ROOT);
  await webRoutes(app, existsSync(path.join(webRoot, "index.html")) ? webRoot : undefined);
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api/")) {
      const p = new Problem(404, "Niet gevonden", `There is no ${request.method} ${request.url.split("?")[0]}: see /api/v1/docs for the routes`);
      return reply.status(404).type("application/problem+json").send(problemBody(p, request.url));
    }
    if (request.method !== "GET" && request.method !== "HEAD") return reply.status(404).send();
    return app.webIndex(reply);
  });
  return app;
}
