/**
 * The API documentation page (docs/api.md, "Documentatiepagina / docs page"): `GET <prefix>/docs`, server-rendered
 * Dutch HTML made from the served OpenAPI document, without client-side script, styled by the NL Design System's
 * Utrecht CSS from `GET <prefix>/docs/docs.css`. Register it inside the API's prefix: `await api.register(apiDocs)`.
 * Both routes are hidden from the OpenAPI document and carry the app's security headers (helmet, registered globally).
 * Test: test/server/api-docs.test.ts (every operation listed, axe in Chromium with zero violations).
 */
import type { FastifyPluginAsync } from "fastify";
import type {} from "@fastify/swagger";
import { readDocument } from "./openapi.js";
import { renderPage } from "./page.js";
import { type Stylesheet, docsStylesheet } from "./stylesheet.js";

export const apiDocs: FastifyPluginAsync = async (instance) => {
  // The document exists only once the app is ready (@fastify/swagger builds it then), and does not change after:
  // the page is made on the first request and kept.
  let page: string | undefined;
  let stylesheet: Stylesheet | undefined;
  const sheet = () => (stylesheet ??= docsStylesheet());

  instance.get("/docs", { schema: { hide: true } }, async (_request, reply) => {
    if (typeof instance.swagger !== "function") throw new Error("The API docs page needs @fastify/swagger: register it before apiDocs");
    page ??= renderPage(readDocument(instance.swagger()), { prefix: instance.prefix, stylesheet: `${instance.prefix}/docs/docs.css?v=${sheet().version}` });
    return reply.type("text/html; charset=utf-8").send(page);
  });

  // The Swagger UI this page replaces answered at /docs/ too: old links keep working.
  instance.get("/docs/", { schema: { hide: true } }, async (_request, reply) => reply.redirect(`${instance.prefix}/docs`, 301));

  instance.get("/docs/docs.css", { schema: { hide: true } }, async (_request, reply) => {
    // The page links the stylesheet with its content hash (?v=), so a day in the browser's cache is safe.
    return reply.type("text/css; charset=utf-8").header("Cache-Control", "public, max-age=86400").send(sheet().css);
  });
};
