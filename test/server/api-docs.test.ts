/**
 * The API docs page (src/server/api-docs/, docs/api.md "Documentatiepagina / docs page"): Dutch HTML made on the
 * server from the served OpenAPI document, without script, styled by the design system's CSS from its own route.
 * Checked on a small API that uses what the real one may (shared schemas as $refs, a schema containing itself,
 * nullable fields, an untagged and a hidden route, text that must be escaped), and on the real API's whole document
 * (closed part included), whose page must pass axe-core in Chromium with zero violations and load nothing from
 * another origin. The expectations come from the documents themselves, never from a list in this file.
 */
import helmet from "@fastify/helmet";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import { type Browser, type BrowserContext, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiDocs } from "../../src/server/api-docs/index.js";
import { METHODS } from "../../src/server/api-docs/openapi.js";
import { securityHeaders } from "../../src/server/security-headers.js";
import { type CaseworkTestApp, caseworkApp } from "../support/casework-app.js";
import { Targets } from "../store/store-targets.js";
import { CHROMIUM, browserAvailable } from "../web/harness.js";
import { axeViolations } from "../web/page-checks.js";

type Json = Record<string, any>;

const run = browserAvailable();

/** "GET /api/v1/cases/{id}" for every operation of the document, with the path of its first server URL in front. */
function operationsOf(doc: Json): string[] {
  const base = new URL(doc.servers?.[0]?.url ?? "/", "http://server.invalid").pathname.replace(/\/+$/, "");
  return Object.entries(doc.paths as Json).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m] !== undefined).map((m) => `${m.toUpperCase()} ${base}${path}`),
  );
}

function decode(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}

/** The text of every element `tag` of the page, markup removed. */
function texts(page: string, tag: string): string[] {
  return [...page.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => decode(m[1]!.replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim());
}

/** Every field of the nested lists in `html`, as `<line> | <description>`, markup removed. */
function fields(html: string): string[] {
  const clean = (x: string) => decode(x.replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim();
  return [...html.matchAll(/<li class="[^"]*vsv-docs-field"><span class="vsv-docs-field__line">(.*?)<\/span>(?:<span class="vsv-docs-field__description">(.*?)<\/span>)?/g)].map((m) =>
    m[2] === undefined ? clean(m[1]!) : `${clean(m[1]!)} | ${clean(m[2])}`,
  );
}

/** The text of each operation heading (h3) by its id. */
function headings(page: string): Map<string, string> {
  return new Map([...page.matchAll(/<h3\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h3>/g)].map((m) => [m[1]!, decode(m[2]!.replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim()]));
}

/** The API's routes live in one plugin under /api/v1 (as in src/server/app.ts), with the docs page registered inside it. */
async function withDocs(app: FastifyInstance, routes: (api: FastifyInstance) => void): Promise<FastifyInstance> {
  await app.register(helmet, securityHeaders);
  await app.register(
    async (api) => {
      routes(api);
      await api.register(apiDocs);
    },
    { prefix: "/api/v1" },
  );
  return app;
}

/** A small API using what the docs must show: shared schemas ($ref), a schema containing itself, nullable fields, escaping. */
async function smallApi(): Promise<FastifyInstance> {
  const app = Fastify();
  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "Proef-API",
        version: "2.3.4",
        description: "Een API om de documentatiepagina mee te testen.",
        contact: { name: "Team proef", email: "proef@example.org", url: "https://example.org/proef" },
        license: { name: "EUPL-1.2", url: "https://eupl.eu/1.2/nl/" },
      },
      servers: [{ url: "/api/v1" }],
      tags: [
        { name: "casework", description: "Zaken van personen" },
        { name: "meta", description: "Over de API" },
      ],
    },
  });
  app.addSchema({
    $id: "Case",
    type: "object",
    required: ["id", "status"],
    properties: {
      id: { type: "integer", minimum: 1, description: "Nummer van de zaak" },
      status: { type: "string", enum: ["new", "closed"] },
      officer: { anyOf: [{ type: "string", maxLength: 80 }, { type: "null" }], description: "Wie de zaak heeft" },
      parent: { $ref: "Case#" },
      contacts: { type: "array", items: { $ref: "Contact#" } },
    },
  });
  app.addSchema({ $id: "Contact", type: "object", properties: { contact_on: { type: "string", format: "date", description: "Dag van het contact" } } });
  return withDocs(app, (api) => {
    api.get("/health", { schema: { summary: "Is de API in de lucht?" } }, async () => ({ ok: true }));
    api.get("/secret", { schema: { hide: true } }, async () => ({}));
    api.get(
      "/cases/:id",
      {
        schema: {
          tags: ["casework"],
          summary: "Eén zaak <script>alert(1)</script>",
          params: { type: "object", properties: { id: { type: "integer", description: "Het `id` van de zaak" } } },
          querystring: { type: "object", properties: { view: { type: "string", enum: ["short", "full"], default: "short" } } },
          response: {
            200: { $ref: "Case#" },
            404: {
              description: "Geen zaak met dit nummer",
              content: { "application/problem+json": { schema: { type: "object", properties: { title: { type: "string" }, status: { type: "integer" }, case_hint: { type: "string", description: "Een tip" } } } } },
            },
          },
        },
      },
      async () => ({}),
    );
    api.post(
      "/cases",
      {
        schema: {
          tags: ["casework", "meta"],
          summary: "Open een zaak",
          body: { type: "object", required: ["person_ref"], properties: { person_ref: { type: "string", pattern: "^[A-Z0-9]{12}$" }, note: { type: "string", nullable: true } } },
          response: { 201: { $ref: "Case#" }, 204: { description: "Niets te doen", type: "null" } },
        },
      },
      async () => ({}),
    );
  });
}

describe("the API docs page, on a small API", () => {
  let app: FastifyInstance;
  let page: string;
  let contentType: string;
  let headers: Record<string, unknown>;

  beforeAll(async () => {
    app = await smallApi();
    const r = await app.inject("/api/v1/docs");
    expect(r.statusCode, r.body.slice(0, 500)).toBe(200);
    page = r.body;
    contentType = String(r.headers["content-type"]);
    headers = r.headers;
  });

  afterAll(async () => {
    await app?.close();
  });

  it("is Dutch HTML with one h1, the app's security headers and no script or inline style", () => {
    expect(contentType).toBe("text/html; charset=utf-8");
    expect(page).toMatch(/^<!doctype html>\s*<html lang="nl"/);
    expect(texts(page, "h1")).toEqual(["Proef-API"]);
    expect(String(headers["content-security-policy"]).split(/;\s*/)).toEqual(expect.arrayContaining(["script-src 'self'", "script-src-attr 'none'", "style-src 'self'", "style-src-attr 'none'"]));
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(page).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
  });

  it("lists every operation of the document, under its first tag, and no hidden route", () => {
    const listed = texts(page, "h3");
    expect(listed.sort()).toEqual(operationsOf(app.swagger() as Json).sort());
    expect(listed).toContain("GET /api/v1/cases/{id}");
    expect(page).not.toContain("/api/v1/secret");
    const h2 = texts(page, "h2");
    expect(h2).toEqual(expect.arrayContaining(["Inhoudsopgave", "Casuswerk: signaleringslijsten, zaken en verzuim", "Over de cijfers", "Overige bewerkingen", "Foutmeldingen"]));
    // POST /cases is under casework, its first tag, and refers to meta; meta's section links back to it.
    const casework = page.slice(page.indexOf('id="tag-casework"'), page.indexOf('id="tag-meta"'));
    expect(casework).toContain('id="post-api-v1-cases"');
    expect(casework).toContain('Ook onder: <a class="utrecht-link utrecht-link--html-a" href="#tag-meta">Over de cijfers</a>');
    const meta = page.slice(page.indexOf('id="tag-meta"'), page.indexOf('id="overige"'));
    expect(meta).toContain('href="#post-api-v1-cases"');
    expect(meta).not.toContain("<h3");
  });

  it("has a table of contents linking to every operation, and every in-page link has its target", () => {
    const toc = page.slice(page.indexOf("<nav"), page.indexOf("</nav>"));
    const byId = headings(page);
    const linked = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => byId.get(m[1]!)).filter((h): h is string => h !== undefined);
    expect(linked.sort()).toEqual(operationsOf(app.swagger() as Json).sort());
    for (const [, id] of page.matchAll(/href="#([^"]+)"/g)) expect(page, id).toContain(`id="${id}"`);
  });

  it("shows the info: version, description, contact and licence", () => {
    expect(page).toContain("<dt>Versie</dt><dd>2.3.4</dd>");
    expect(page).toContain("Een API om de documentatiepagina mee te testen.");
    expect(page).toContain('href="mailto:proef@example.org"');
    expect(page).toContain('href="https://eupl.eu/1.2/nl/">EUPL-1.2</a>');
    expect(page).toContain('href="/api/v1/openapi.json"');
  });

  it("shows parameters with where they go, whether required, type, values, default and description", () => {
    const op = page.slice(page.indexOf('id="get-api-v1-cases-id"'), page.indexOf('id="post-api-v1-cases"'));
    const params = fields(op.slice(op.indexOf(">Parameters<"), op.indexOf(">Antwoorden<")));
    expect(params).toEqual(["view (in de query): string, optioneel; een van short, full; standaard short", "id (in het pad): integer, verplicht | Het id van de zaak"]);
    expect(op).toContain('Het <code class="utrecht-code">id</code> van de zaak');
  });

  it("shows a response's schema as nested fields, following $refs into the components and stopping where a schema contains itself", () => {
    const op = page.slice(page.indexOf('id="get-api-v1-cases-id"'), page.indexOf('id="post-api-v1-cases"'));
    const answer = op.slice(op.indexOf(">Antwoorden<"));
    expect(answer).toContain('schema <code class="utrecht-code">Case</code>');
    expect(fields(answer.slice(0, answer.indexOf("Geen zaak met dit nummer")))).toEqual([
      "id: integer, verplicht; minimaal 1 | Nummer van de zaak",
      "status: string, verplicht; een van new, closed",
      "officer: string, optioneel, kan null zijn; maximaal 80 tekens | Wie de zaak heeft",
      "parent: Case (bevat zichzelf; zie hierboven), optioneel",
      "contacts: lijst van object (schema Contact), optioneel",
      "contact_on: string, optioneel; formaat date | Dag van het contact",
    ]);
  });

  it("refers problems to the section on errors and lists only their extra fields", () => {
    const op = page.slice(page.indexOf('id="get-api-v1-cases-id"'), page.indexOf('id="post-api-v1-cases"'));
    expect(op).toContain('Een foutmelding: zie <a class="utrecht-link utrecht-link--html-a" href="#foutmeldingen">Foutmeldingen</a>. Met deze extra velden:');
    expect(fields(op.slice(op.indexOf("Geen zaak met dit nummer")))).toEqual(["case_hint: string, optioneel | Een tip"]);
  });

  it("shows the request body with its required fields, nullable fields and patterns, and every answer's status", () => {
    const op = page.slice(page.indexOf('id="post-api-v1-cases"'), page.indexOf('id="tag-meta"'));
    expect(op).toContain("Inhoud van het verzoek");
    expect(fields(op.slice(op.indexOf("Inhoud van het verzoek"), op.indexOf(">Antwoorden<")))).toEqual(["person_ref: string, verplicht; patroon ^[A-Z0-9]{12}$", "note: string, optioneel, kan null zijn"]);
    expect(texts(op, "h5")).toEqual(expect.arrayContaining(["201 Aangemaakt", "204 Zonder inhoud"]));
    expect(op.slice(op.indexOf("204</code>"))).toMatch(/^[^]*?<p class="utrecht-paragraph">Zonder inhoud\.<\/p>/);
  });

  it("sends /api/v1/docs/, where the Swagger UI answered too, to the page", async () => {
    const r = await app.inject("/api/v1/docs/");
    expect([r.statusCode, r.headers.location]).toEqual([301, "/api/v1/docs"]);
  });

  it("escapes what the document says", () => {
    expect(page).not.toContain("<script>alert(1)</script>");
    expect(page).toContain("Eén zaak &lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("serves its stylesheet, the design system's CSS and its own, with the security headers", async () => {
    const href = /<link rel="stylesheet" href="([^"]+)">/.exec(page)?.[1];
    expect(href).toMatch(/^\/api\/v1\/docs\/docs\.css\?v=[0-9a-f]{12}$/);
    const r = await app.inject(href!);
    expect(r.statusCode).toBe(200);
    expect(r.headers["content-type"]).toBe("text/css; charset=utf-8");
    expect(r.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(r.body).toContain("--utrecht-");
    expect(r.body).toContain(".utrecht-heading-1");
    expect(r.body).toContain(".vsv-docs-method");
    expect(r.body).not.toMatch(/url\((?!["']?data:)/);
  });
});

/** A server that serves the docs page of `doc` with the app's security headers, as the API registers it. */
async function docsServer(doc: unknown): Promise<FastifyInstance> {
  const app = Fastify();
  app.decorate("swagger", (() => doc) as FastifyInstance["swagger"]);
  return withDocs(app, () => undefined);
}

describe("the API docs page, on the real API's document", () => {
  const targets = new Targets("pglite");
  let t: CaseworkTestApp;
  let doc: Json;
  let server: FastifyInstance;
  let page: string;

  beforeAll(async () => {
    t = await caseworkApp(await targets.fresh());
    await t.app.ready();
    doc = t.app.swagger() as Json;
    server = await docsServer(doc);
    page = (await server.inject("/api/v1/docs")).body;
  });

  afterAll(async () => {
    await server?.close();
    await t?.close();
    await targets.cleanup();
  });

  it("documents the closed part too", () => {
    expect(doc.tags.map((tag: { name: string }) => tag.name)).toEqual(expect.arrayContaining(["auth", "casework"]));
    expect(page).toContain("Inloggen en beveiliging (gesloten deel)");
    expect(page).toContain("X-CSRF-Token");
  });

  it("lists every operation of the document, each with its summary", () => {
    const ops = operationsOf(doc);
    expect(ops.length).toBeGreaterThan(50);
    expect(texts(page, "h3").sort()).toEqual([...ops].sort());
    const summaries = Object.values(doc.paths as Json).flatMap((item) => METHODS.map((m) => item[m]?.summary).filter((s): s is string => typeof s === "string"));
    const shown = texts(page, "p").join("\n");
    for (const summary of summaries) expect(shown, summary).toContain(summary.replace(/`/g, "").replace(/\s+/g, " ").trim());
  });

  it("gives every tag with operations a section with a heading and its description", () => {
    const h2 = texts(page, "h2");
    for (const tag of doc.tags as { name: string; description?: string }[]) {
      expect(page, tag.name).toContain(`id="tag-${tag.name}"`);
      if (tag.description) expect(texts(page, "p"), tag.name).toContain(tag.description.replace(/`/g, ""));
    }
    expect(h2.length).toBeGreaterThanOrEqual(doc.tags.length + 4);
  });

  it("is the page the app serves at /api/v1/docs", async () => {
    const r = await t.app.inject("/api/v1/docs");
    expect(r.statusCode).toBe(200);
    expect(r.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(r.body).toBe(page);
  });

  describe.skipIf(!run)("in Chromium", () => {
    let browser: Browser;
    let context: BrowserContext;
    let base: string;

    beforeAll(async () => {
      base = await server.listen({ port: 0, host: "127.0.0.1" });
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
      context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "nl-NL" });
    });

    afterAll(async () => {
      await browser?.close().catch(() => undefined);
    });

    it("passes axe-core (WCAG 2.1 AA) with zero violations, loads only from its own origin, runs no script and breaks no CSP rule", async () => {
      const p = await context.newPage();
      const requests: string[] = [];
      const problems: string[] = [];
      p.on("request", (r) => void requests.push(r.url()));
      p.on("console", (m) => (m.type() === "error" || /content.security.policy|refused to/i.test(m.text())) && problems.push(m.text()));
      p.on("pageerror", (e) => void problems.push(e.message));
      const response = await p.goto(`${base}/api/v1/docs`);
      expect(response?.status()).toBe(200);
      await p.waitForLoadState("networkidle");
      expect(await p.evaluate(() => document.documentElement.lang)).toBe("nl");
      expect(await p.evaluate(() => document.scripts.length)).toBe(0);
      // The stylesheet applies: the method labels have their colour.
      expect(await p.locator(".vsv-docs-method--get").first().evaluate((e) => getComputedStyle(e).backgroundColor)).toBe("rgb(31, 92, 153)");
      expect(requests.length).toBeGreaterThanOrEqual(2);
      expect(requests.filter((u) => !u.startsWith(`${base}/`) && !u.startsWith("data:"))).toEqual([]);
      expect(problems).toEqual([]);
      expect(await axeViolations(p)).toEqual([]);
      await p.close();
      // axe walks every element of the whole API's page (every field of every answer): minutes on a busy machine.
    }, 300_000);

    it("has landmarks, a skip link to the main content that shows on focus, and a visible focus", async () => {
      const p = await context.newPage();
      await p.goto(`${base}/api/v1/docs`);
      for (const role of ["banner", "main", "navigation", "contentinfo"] as const) await expect(p.getByRole(role).count()).resolves.toBe(1);
      await p.keyboard.press("Tab");
      const skip = p.getByRole("link", { name: "Direct naar de inhoud" });
      await expect(skip.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
      const box = await skip.boundingBox();
      expect(box && box.width > 20 && box.height > 10).toBe(true);
      expect(await skip.evaluate((e) => getComputedStyle(e).outlineStyle)).not.toBe("none");
      await p.keyboard.press("Enter");
      await expect(p.evaluate(() => document.activeElement?.id)).resolves.toBe("inhoud");
      // The next stop (a link: the design system's focus ring, else the page's own) shows a focus outline.
      await p.keyboard.press("Tab");
      const outline = await p.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return { tag: document.activeElement!.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(outline.tag).toBe("A");
      expect(outline.style).not.toBe("none");
      expect(outline.width).toBeGreaterThanOrEqual(2);
      await p.close();
    });
  });
});
