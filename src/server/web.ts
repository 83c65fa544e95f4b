/**
 * The web app's files: the Vite build (dist/web) at /, with index.html for every other non-API GET so that
 * shareable URLs such as /regio/28?teljaar=2023-2024 work. Without a build, a short Dutch page says how to make it.
 */
import staticFiles from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

declare module "fastify" {
  interface FastifyInstance {
    /** Answers with the web app's index.html (or the not-built page). */
    webIndex(reply: FastifyReply): FastifyReply;
  }
}

const NOT_BUILT = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>vsv-monitor</title></head>
<body><main><h1>vsv-monitor</h1>
<p>De webapplicatie is nog niet gebouwd. Voer <code>npm run build</code> uit en start de server opnieuw.</p>
<p>De API werkt al: zie <a href="/api/v1/docs">/api/v1/docs</a>.</p></main></body></html>
`;

/**
 * The request's path without the query, also for an absolute-form request line (`GET http://host/api/v1/x HTTP/1.1`,
 * which leaves `request.url` as `http://host/api/v1/x`): for decisions on requests that match no route.
 */
export function requestPath(request: FastifyRequest): string {
  return request.url.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, "").split("?")[0]!;
}

export async function webRoutes(app: FastifyInstance, webRoot: string | undefined): Promise<void> {
  if (webRoot) {
    await app.register(staticFiles, { root: webRoot, prefix: "/", wildcard: false, index: ["index.html"] });
    app.decorate("webIndex", (reply: FastifyReply) => reply.type("text/html; charset=utf-8").sendFile("index.html"));
  } else {
    app.decorate("webIndex", (reply: FastifyReply) => reply.type("text/html; charset=utf-8").send(NOT_BUILT));
    app.get("/", { schema: { hide: true } }, async (_request, reply) => app.webIndex(reply));
  }
}
