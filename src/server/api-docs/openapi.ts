/**
 * The parts of an OpenAPI 3 document the docs page shows, read from the served document (`app.swagger()`): its
 * info, its tags and its operations, with every `$ref` to a parameter, request body, response or header followed.
 * Schemas keep their `$ref`s here: src/server/api-docs/schema.ts follows them while rendering, so it can name the
 * component and stop at a schema that contains itself.
 */
export type Json = Record<string, unknown>;

export const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;

export interface Info {
  readonly title: string;
  readonly version: string;
  readonly description?: string;
  readonly contact?: { readonly name?: string; readonly email?: string; readonly url?: string };
  readonly license?: { readonly name: string; readonly url?: string };
}

export interface Parameter {
  readonly name: string;
  readonly in: string;
  readonly required: boolean;
  readonly description?: string;
  readonly deprecated: boolean;
  readonly schema?: Json;
  readonly example?: unknown;
}

export interface MediaType {
  readonly type: string;
  readonly schema?: Json;
}

export interface RequestBody {
  readonly required: boolean;
  readonly description?: string;
  readonly content: readonly MediaType[];
}

export interface Header {
  readonly name: string;
  readonly description?: string;
  readonly schema?: Json;
}

export interface Response {
  readonly status: string;
  readonly description?: string;
  readonly headers: readonly Header[];
  readonly content: readonly MediaType[];
}

export interface Operation {
  /** The fragment id of its section on the page, unique in the document (e.g. `get-api-v1-figures`). */
  readonly anchor: string;
  readonly method: string;
  /** The path as the document's `paths` has it, relative to the server URL (`/figures`). */
  readonly path: string;
  /** The path a client requests: the first server URL's path, then `path` (`/api/v1/figures`). */
  readonly address: string;
  readonly tags: readonly string[];
  readonly summary?: string;
  readonly description?: string;
  readonly deprecated: boolean;
  readonly parameters: readonly Parameter[];
  readonly requestBody?: RequestBody;
  readonly responses: readonly Response[];
}

export interface Tag {
  readonly name: string;
  readonly description?: string;
  /** The operations whose first tag this is (shown under it). */
  readonly operations: readonly Operation[];
  /** The operations that name this tag after another one (shown under their first tag, linked from here). */
  readonly alsoOperations: readonly Operation[];
}

export interface ApiDocument {
  readonly openapi: string;
  readonly info: Info;
  readonly servers: readonly string[];
  /** The declared tags any operation names, in their order, then tags only operations name; an operation sits under its first tag. */
  readonly tags: readonly Tag[];
  /** Operations without a tag. */
  readonly untagged: readonly Operation[];
  readonly operations: readonly Operation[];
  /** Follows a local `$ref` (`#/components/schemas/Case`); undefined for one that points nowhere. */
  resolve(ref: string): Json | undefined;
}

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function text(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
}

function objects(v: unknown): Json[] {
  return Array.isArray(v) ? v.filter(isObject) : [];
}

/** A JSON pointer inside the document (`#/components/schemas/a~1b` → components.schemas["a/b"]). */
function pointer(doc: Json, ref: string): Json | undefined {
  if (!ref.startsWith("#/")) return undefined;
  let at: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isObject(at)) return undefined;
    at = at[key];
  }
  return isObject(at) ? at : undefined;
}

/** Fragment ids from method and path: lower case letters, digits and hyphens. */
/** The path of a server URL, relative or absolute, without its trailing slash ("/" and none give ""). */
function serverPath(url: string | undefined): string {
  if (!url) return "";
  try {
    return new URL(url, "http://server.invalid").pathname.replace(/\/+$/, "");
  } catch {
    return "";
  }
}

function anchorOf(method: string, path: string): string {
  return `${method}-${path}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function readDocument(raw: unknown): ApiDocument {
  if (!isObject(raw)) throw new Error("The OpenAPI document is not an object: the docs page needs app.swagger() after ready");
  const doc = raw;
  const resolve = (ref: string) => pointer(doc, ref);
  /** An object that may be a `$ref` to another (followed up to 20 times; a loop gives undefined). */
  const deref = (v: unknown): Json | undefined => {
    let at = v;
    for (let i = 0; i < 20 && isObject(at) && typeof at.$ref === "string"; i++) at = resolve(at.$ref);
    return isObject(at) && typeof at.$ref !== "string" ? at : undefined;
  };
  const content = (v: unknown): MediaType[] =>
    Object.entries(isObject(v) ? v : {}).map(([type, media]) => ({ type, ...(isObject(media) && isObject(media.schema) ? { schema: media.schema } : {}) }));
  const parameter = (v: unknown): Parameter | undefined => {
    const p = deref(v);
    if (!p || typeof p.name !== "string" || typeof p.in !== "string") return undefined;
    const schema = isObject(p.schema) ? p.schema : undefined;
    return {
      name: p.name,
      in: p.in,
      required: p.required === true || p.in === "path",
      description: text(p.description),
      deprecated: p.deprecated === true,
      schema,
      example: p.example ?? schema?.example,
    };
  };

  const info = isObject(doc.info) ? doc.info : {};
  const contact = isObject(info.contact) ? info.contact : undefined;
  const license = isObject(info.license) && typeof info.license.name === "string" ? info.license : undefined;

  const servers = objects(doc.servers).map((s) => s.url).filter((u): u is string => typeof u === "string");
  const base = serverPath(servers[0]);
  const operations: Operation[] = [];
  const anchors = new Set<string>();
  for (const [path, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    if (!isObject(item)) continue;
    const shared = objects(item.parameters).map(parameter).filter((p): p is Parameter => p !== undefined);
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const own = objects(op.parameters).map(parameter).filter((p): p is Parameter => p !== undefined);
      // An operation's own parameter replaces the path item's of the same name and place (OpenAPI 3, Path Item Object).
      const parameters = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];
      const body = deref(op.requestBody);
      const address = `${base}${path}`;
      let anchor = anchorOf(method, address);
      while (anchors.has(anchor)) anchor += "-x";
      anchors.add(anchor);
      operations.push({
        anchor,
        method,
        path,
        address,
        tags: Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === "string") : [],
        summary: text(op.summary),
        description: text(op.description),
        deprecated: op.deprecated === true,
        parameters,
        ...(body ? { requestBody: { required: body.required === true, description: text(body.description), content: content(body.content) } } : {}),
        responses: Object.entries(isObject(op.responses) ? op.responses : {}).map(([status, r]) => {
          const response = deref(r) ?? {};
          return {
            status,
            // "Default Response" is @fastify/swagger's placeholder for a route that describes none.
            description: text(response.description) === "Default Response" ? undefined : text(response.description),
            headers: Object.entries(isObject(response.headers) ? response.headers : {}).map(([name, h]) => {
              const header = deref(h) ?? {};
              return { name, description: text(header.description), ...(isObject(header.schema) ? { schema: header.schema } : {}) };
            }),
            content: content(response.content),
          };
        }),
      });
    }
  }

  const declared = objects(doc.tags).filter((t) => typeof t.name === "string");
  const names = [...declared.map((t) => t.name as string), ...operations.flatMap((o) => o.tags)].filter((n, i, all) => all.indexOf(n) === i);
  const tags = names
    .map((name) => ({
      name,
      description: text(declared.find((t) => t.name === name)?.description),
      operations: operations.filter((o) => o.tags[0] === name),
      alsoOperations: operations.filter((o) => o.tags.indexOf(name) > 0),
    }))
    .filter((t) => t.operations.length + t.alsoOperations.length > 0);

  return {
    openapi: typeof doc.openapi === "string" ? doc.openapi : "3",
    info: {
      title: text(info.title) ?? "API",
      version: typeof info.version === "string" ? info.version : "",
      description: text(info.description),
      ...(contact ? { contact: { name: text(contact.name), email: text(contact.email), url: text(contact.url) } } : {}),
      ...(license ? { license: { name: license.name as string, url: text(license.url) } } : {}),
    },
    servers,
    tags,
    untagged: operations.filter((o) => o.tags.length === 0),
    operations,
    resolve,
  };
}
