/**
 * The API docs page: one server-rendered HTML document (no script) made from the served OpenAPI document, in Dutch,
 * styled by the NL Design System's Utrecht CSS (stylesheet.ts). Structure: banner, main (h1, the API's info, table
 * of contents, how to use and sign in, the error format, then per tag its operations), footer.
 */
import { API_VERSION_HEADER } from "../openapi-conformance.js";
import { badParam, problemBody } from "../problem.js";
import { EMPTY, type Html, html, inline, prose } from "./html.js";
import type { ApiDocument, MediaType, Operation, Parameter, Response, Tag } from "./openapi.js";
import { renderFields, renderParameter, renderSchema, renderType } from "./schema.js";
import { t } from "./text.js";

export interface PageOptions {
  /** Where the API lives (`/api/v1`): the OpenAPI document is at `${prefix}/openapi.json`. */
  readonly prefix: string;
  /** The stylesheet's URL. */
  readonly stylesheet: string;
}

/** The fields every problem has, described once in the section on errors. */
const PROBLEM_FIELDS = t.errors.fields.map(([name]) => name);
const PROBLEM_TYPE = "application/problem+json";
/** Tags whose operations are the closed part (docs/auth.md). */
const CLOSED_TAGS = ["auth", "casework"];

const ID = { main: "inhoud", toc: "inhoudsopgave", usage: "werken-met-de-api", auth: "inloggen", errors: "foutmeldingen", untagged: "overige" } as const;

function tagId(name: string): string {
  return `tag-${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}

function tagHeading(name: string): string {
  return t.tags[name] ?? name;
}

function methodBadge(method: string): Html {
  return html`<span class="vsv-docs-method vsv-docs-method--${method}">${method.toUpperCase()}</span>`;
}

function heading(op: Operation): Html {
  return html`${methodBadge(op.method)} <code class="utrecht-code vsv-docs-path">${op.address}</code>`;
}

function link(href: string, content: Html | string): Html {
  return html`<a class="utrecht-link utrecht-link--html-a" href="${href}">${content}</a>`;
}

function about(doc: ApiDocument, options: PageOptions): Html {
  const { info } = doc;
  const contact = info.contact;
  const contactParts = contact
    ? [
        contact.name ? html`${contact.name}` : undefined,
        contact.email ? link(`mailto:${contact.email}`, contact.email) : undefined,
        contact.url ? link(contact.url, contact.url) : undefined,
      ].filter((p): p is Html => p !== undefined)
    : [];
  const row = (term: string, value: Html) => html`<div class="vsv-docs-facts__row"><dt>${term}</dt><dd>${value}</dd></div>`;
  const documentUrl = `${options.prefix}/openapi.json`;
  return html`
    <dl class="vsv-docs-facts">
      ${row(t.version, html`${info.version}`)}
      ${row(t.openapiVersion, html`${doc.openapi}`)}
      ${doc.servers.length > 0 ? row(t.baseUrl, html`${doc.servers.map((s, i) => html`${i > 0 ? ", " : ""}<code class="utrecht-code">${s}</code>`)}`) : EMPTY}
      ${contactParts.length > 0 ? row(t.contact, html`${contactParts.map((p, i) => html`${i > 0 ? ", " : ""}${p}`)}`) : EMPTY}
      ${info.license ? row(t.licence, info.license.url ? link(info.license.url, info.license.name) : html`${info.license.name}`) : EMPTY}
    </dl>
    ${prose(info.description)}
    <p class="utrecht-paragraph">${t.documentIntro} ${link(documentUrl, html`<code class="utrecht-code">${documentUrl}</code>`)}.</p>`;
}

function toc(doc: ApiDocument, closed: boolean): Html {
  const ops = (list: readonly Operation[]) =>
    html`<ol class="utrecht-ordered-list vsv-docs-toc__operations">${list.map((op) => html`<li class="utrecht-ordered-list__item">${link(`#${op.anchor}`, html`<span class="vsv-docs-toc__method">${op.method.toUpperCase()}</span> ${op.address}`)}</li>`)}</ol>`;
  return html`
    <nav class="vsv-docs-toc" aria-labelledby="${ID.toc}">
      <h2 class="utrecht-heading-2" id="${ID.toc}">${t.toc}</h2>
      <ol class="utrecht-ordered-list">
        <li class="utrecht-ordered-list__item">${link(`#${ID.usage}`, t.intro.heading)}</li>
        <li class="utrecht-ordered-list__item">${link(`#${ID.auth}`, closed ? t.auth.heading : t.auth.headingPublicOnly)}</li>
        <li class="utrecht-ordered-list__item">${link(`#${ID.errors}`, t.errors.heading)}</li>
        ${doc.tags.map((tag) => html`<li class="utrecht-ordered-list__item">${link(`#${tagId(tag.name)}`, tagHeading(tag.name))}${ops(tag.operations)}</li>`)}
        ${doc.untagged.length > 0 ? html`<li class="utrecht-ordered-list__item">${link(`#${ID.untagged}`, t.untagged)}${ops(doc.untagged)}</li>` : EMPTY}
      </ol>
    </nav>`;
}

function bullets(items: readonly string[]): Html {
  return html`<ul class="utrecht-unordered-list">${items.map((i) => html`<li class="utrecht-unordered-list__item">${inline(i)}</li>`)}</ul>`;
}

function usage(prefix: string): Html {
  return html`
    <section class="vsv-docs-section">
      <h2 class="utrecht-heading-2" id="${ID.usage}">${t.intro.heading}</h2>
      ${bullets(t.intro.items(prefix))}
      <p class="utrecht-paragraph">${t.intro.inputRules}</p>
    </section>`;
}

function auth(closed: boolean, prefix: string): Html {
  return html`
    <section class="vsv-docs-section">
      <h2 class="utrecht-heading-2" id="${ID.auth}">${closed ? t.auth.heading : t.auth.headingPublicOnly}</h2>
      ${closed ? html`<p class="utrecht-paragraph">${inline(t.auth.intro)}</p><ol class="utrecht-ordered-list">${t.auth.steps(prefix).map((s) => html`<li class="utrecht-ordered-list__item">${inline(s)}</li>`)}</ol>` : html`<p class="utrecht-paragraph">${t.auth.none}</p>`}
    </section>`;
}

function errors(prefix: string): Html {
  const example = problemBody(badParam("teljaar", "…"), `${prefix}/figures?teljaar=2023`);
  return html`
    <section class="vsv-docs-section">
      <h2 class="utrecht-heading-2" id="${ID.errors}">${t.errors.heading}</h2>
      <p class="utrecht-paragraph">${inline(t.errors.intro)}</p>
      <ul class="utrecht-unordered-list">${t.errors.fields.map(([name, what]) => html`<li class="utrecht-unordered-list__item"><code class="utrecht-code">${name}</code>: ${inline(what)}</li>`)}</ul>
      <p class="utrecht-paragraph">${t.errors.example}</p>
      <pre class="utrecht-code-block vsv-docs-example"><code class="utrecht-code-block__content">${JSON.stringify(example, null, 2)}</code></pre>
      <dl class="vsv-docs-statuses">${t.errors.statuses.map(([status, what]) => html`<div class="vsv-docs-facts__row"><dt><code class="utrecht-code">${status}</code> ${t.status[status] ?? ""}</dt><dd>${inline(what)}</dd></div>`)}</dl>
    </section>`;
}

function parameters(op: Operation, doc: ApiDocument): Html {
  if (op.parameters.length === 0) return EMPTY;
  return html`
    <h4 class="utrecht-heading-4">${t.operation.parameters}</h4>
    <ul class="utrecht-unordered-list vsv-docs-schema">${op.parameters.map((p: Parameter) =>
      renderParameter({ ...p, label: html`<code class="utrecht-code">${p.name}</code> (${t.in[p.in] ?? p.in})` }, doc.resolve),
    )}</ul>`;
}

function media(m: MediaType, doc: ApiDocument, shownDescription: string | undefined): Html {
  const type = html`<p class="utrecht-paragraph">${t.operation.contentType} <code class="utrecht-code">${m.type}</code></p>`;
  if (!m.schema) return type;
  if (m.type.startsWith(PROBLEM_TYPE)) {
    const extra = renderFields(m.schema, doc.resolve, PROBLEM_FIELDS);
    return html`${type}<p class="utrecht-paragraph">${t.operation.problem} ${link(`#${ID.errors}`, t.errors.heading)}.${extra === EMPTY ? EMPTY : html` ${t.operation.extraFields}`}</p>${extra}`;
  }
  // Folded: the whole API's answers have thousands of fields; a reader opens the one they need.
  return html`${type}<details class="vsv-docs-fields"><summary>${t.operation.fields}</summary>${renderSchema(m.schema, doc.resolve, shownDescription)}</details>`;
}

function requestBody(op: Operation, doc: ApiDocument): Html {
  const body = op.requestBody;
  if (!body) return EMPTY;
  return html`
    <h4 class="utrecht-heading-4">${t.operation.requestBody}</h4>
    <p class="utrecht-paragraph">${body.required ? t.operation.bodyRequired : t.operation.bodyOptional}</p>
    ${prose(body.description)}
    ${body.content.map((m) => media(m, doc, body.description))}`;
}

function response(r: Response, doc: ApiDocument): Html {
  const headers = r.headers.filter((h) => h.name.toLowerCase() !== API_VERSION_HEADER.toLowerCase());
  return html`
    <div class="vsv-docs-response">
      <h5 class="utrecht-heading-5"><code class="utrecht-code">${r.status}</code> ${t.status[r.status] ?? ""}</h5>
      ${prose(r.description)}
      ${headers.length > 0 ? html`<p class="utrecht-paragraph">${t.operation.headers}</p><ul class="utrecht-unordered-list">${headers.map((h) => html`<li class="utrecht-unordered-list__item"><code class="utrecht-code">${h.name}</code>: ${renderType(h.schema, doc.resolve)}${h.description ? html`. ${inline(h.description)}` : EMPTY}</li>`)}</ul>` : EMPTY}
      ${r.content.length === 0 ? html`<p class="utrecht-paragraph">${t.operation.noContent}</p>` : r.content.map((m) => media(m, doc, r.description))}
    </div>`;
}

function operation(op: Operation, doc: ApiDocument): Html {
  const others = op.tags.slice(1);
  return html`
    <section class="vsv-docs-operation">
      <h3 class="utrecht-heading-3 vsv-docs-operation__title" id="${op.anchor}">${heading(op)}</h3>
      ${op.summary ? html`<p class="utrecht-paragraph utrecht-paragraph--lead">${inline(op.summary)}</p>` : EMPTY}
      ${op.deprecated ? html`<p class="utrecht-paragraph vsv-docs-deprecated">${t.operation.deprecated}</p>` : EMPTY}
      ${prose(op.description)}
      ${others.length > 0 ? html`<p class="utrecht-paragraph">${t.operation.alsoUnder} ${others.map((tag, i) => html`${i > 0 ? ", " : ""}${link(`#${tagId(tag)}`, tagHeading(tag))}`)}</p>` : EMPTY}
      ${parameters(op, doc)}
      ${requestBody(op, doc)}
      <h4 class="utrecht-heading-4">${t.operation.responses}</h4>
      ${op.responses.map((r) => response(r, doc))}
    </section>`;
}

function tagSection(id: string, title: string, description: string | undefined, operations: readonly Operation[], also: readonly Operation[], doc: ApiDocument): Html {
  return html`
    <section class="vsv-docs-section vsv-docs-tag">
      <h2 class="utrecht-heading-2" id="${id}">${title}</h2>
      ${prose(description)}
      ${also.length > 0 ? html`<p class="utrecht-paragraph">${t.operation.alsoHere}</p><ul class="utrecht-unordered-list">${also.map((op) => html`<li class="utrecht-unordered-list__item">${link(`#${op.anchor}`, html`<code class="utrecht-code">${op.method.toUpperCase()} ${op.address}</code>`)}</li>`)}</ul>` : EMPTY}
      ${operations.map((op) => operation(op, doc))}
      <p class="utrecht-paragraph vsv-docs-back">${link(`#${ID.toc}`, t.backToToc)}</p>
    </section>`;
}

export function renderPage(doc: ApiDocument, options: PageOptions): string {
  const closed = doc.operations.some((op) => op.tags.some((tag) => CLOSED_TAGS.includes(tag)));
  const page = html`<!doctype html>
<html lang="nl" class="utrecht-html">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.pageTitle(doc.info.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${options.stylesheet}">
</head>
<body class="utrecht-document utrecht-body">
<div class="utrecht-page vsv-docs-page">
<a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#${ID.main}">${t.skipLink}</a>
<header class="utrecht-page-header vsv-docs-header">
  <div class="vsv-docs-header__content">
    <a class="vsv-docs-brand" href="/">${t.brand}</a>
    <span class="vsv-docs-header__tagline">${t.brandTagline}</span>
  </div>
</header>
<main id="${ID.main}" tabindex="-1" class="utrecht-page-content vsv-docs-main">
  <h1 class="utrecht-heading-1">${doc.info.title}</h1>
  ${about(doc, options)}
  ${toc(doc, closed)}
  ${usage(options.prefix)}
  ${auth(closed, options.prefix)}
  ${errors(options.prefix)}
  ${doc.tags.map((tag: Tag) => tagSection(tagId(tag.name), tagHeading(tag.name), tag.description, tag.operations, tag.alsoOperations, doc))}
  ${doc.untagged.length > 0 ? tagSection(ID.untagged, t.untagged, undefined, doc.untagged, [], doc) : EMPTY}
</main>
<footer class="utrecht-page-footer vsv-docs-footer">
  <div class="utrecht-page-footer__content">
    <p class="utrecht-paragraph">${t.footer}</p>
    <p class="utrecht-paragraph">${link("/", t.webApp)} · ${link(`${options.prefix}/openapi.json`, t.document)}</p>
  </div>
</footer>
</div>
</body>
</html>
`;
  return page.value;
}
