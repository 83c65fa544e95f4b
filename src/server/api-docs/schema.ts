/**
 * A JSON Schema (from the OpenAPI document) as a readable nested list: per field its name, type, whether it is
 * required or may be null, its allowed values and its description; objects and lists of objects nest. `$ref`s are
 * followed into the document's components (named on the page), and a schema that contains itself is shown once.
 * The input rules every route has (src/server/input-rules.ts) are explained once on the page, not at every field.
 */
import { INTEGER_RANGE, NO_NUL_PATTERN } from "../input-rules.js";
import { EMPTY, type Html, codeValue, html, inline } from "./html.js";
import type { Json } from "./openapi.js";
import { t } from "./text.js";

const s = t.schema;
/** Deeper than this, a schema is shown by its type only (no document of ours nests this deep). */
const MAX_DEPTH = 12;

export type Resolve = (ref: string) => Json | undefined;

/** A schema reduced to what the page shows. */
interface View {
  /** The type in words, e.g. `lijst van object` (with the component's name when it came from a $ref). */
  readonly type: Html;
  readonly nullable: boolean;
  /** Allowed values, bounds, format, default, example. */
  readonly facts: readonly Html[];
  readonly description?: string;
  readonly flags: readonly string[];
  /** The nested list of fields or forms, if any. */
  readonly children: Html;
}

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function typesOf(schema: Json): string[] {
  return Array.isArray(schema.type) ? schema.type.filter((x): x is string => typeof x === "string") : typeof schema.type === "string" ? [schema.type] : [];
}

function isNullOnly(schema: unknown): boolean {
  if (!isObject(schema)) return false;
  const types = typesOf(schema);
  return (types.length === 1 && types[0] === "null") || schema.const === null || (Array.isArray(schema.enum) && schema.enum.length === 1 && schema.enum[0] === null);
}

function refName(ref: string): string {
  return decodeURIComponent(ref.split("/").pop() ?? ref).replace(/~1/g, "/").replace(/~0/g, "~");
}

/** @fastify/swagger names shared schemas def-0, def-1, … and keeps their $id as the title: the title, else the key. */
function componentName(ref: string, target: Json | undefined): string {
  return typeof target?.title === "string" ? target.title : refName(ref);
}

class Renderer {
  constructor(private readonly resolve: Resolve) {}

  /** Follows `$ref`s (noting the last component's name); undefined and the name for a schema already being shown. */
  private follow(schema: Json, seen: ReadonlySet<string>): { schema: Json; name?: string; loop?: string; seen: Set<string> } {
    const path = new Set(seen);
    let at = schema;
    let name: string | undefined;
    while (typeof at.$ref === "string") {
      const ref = at.$ref;
      if (path.has(ref)) return { schema: at, loop: componentName(ref, this.resolve(ref)), seen: path };
      path.add(ref);
      const target = this.resolve(ref);
      name = componentName(ref, target);
      // A $ref next to other keywords (OpenAPI 3.1) adds to the target: its own description wins.
      const { $ref: _ref, ...rest } = at;
      at = target ? { ...target, ...rest } : rest;
      if (!target) break;
    }
    return { schema: at, ...(name ? { name } : {}), seen: path };
  }

  /** allOf's parts merged into one schema when they are all objects (the usual use); else undefined. */
  private mergeAllOf(schema: Json, seen: Set<string>): Json | undefined {
    if (!Array.isArray(schema.allOf)) return undefined;
    const parts = schema.allOf.filter(isObject).map((p) => this.follow(p, seen).schema);
    if (!parts.every((p) => typesOf(p).every((x) => x === "object") && !p.anyOf && !p.oneOf && !p.allOf)) return undefined;
    const { allOf: _allOf, ...rest } = schema;
    const merged: Json = { type: "object", ...rest };
    const properties: Json = {};
    const required: string[] = [];
    for (const p of [...parts, rest]) {
      Object.assign(properties, isObject(p.properties) ? p.properties : {});
      if (Array.isArray(p.required)) required.push(...p.required.filter((r): r is string => typeof r === "string"));
      if (merged.description === undefined && typeof p.description === "string") merged.description = p.description;
    }
    return { ...merged, properties, required };
  }

  view(input: Json, seen: ReadonlySet<string>, depth: number): View {
    const followed = this.follow(input, seen);
    if (followed.loop) return { type: html`<code class="utrecht-code">${followed.loop}</code> (${s.repeated})`, nullable: false, facts: [], flags: [], children: EMPTY };
    let schema = followed.schema;
    const path = followed.seen;
    schema = this.mergeAllOf(schema, path) ?? schema;

    let nullable = schema.nullable === true;
    let types = typesOf(schema);
    if (types.includes("null")) {
      nullable = true;
      types = types.filter((x) => x !== "null");
    }
    const named = followed.name ? html` (${s.component} <code class="utrecht-code">${followed.name}</code>)` : EMPTY;
    const description = typeof schema.description === "string" ? schema.description : undefined;
    const flags: string[] = [];
    if (schema.readOnly === true) flags.push(s.readOnly);
    if (schema.writeOnly === true) flags.push(s.writeOnly);
    if (schema.deprecated === true) flags.push(s.deprecated);

    // anyOf / oneOf: a single form besides null is that form, nullable; several forms are listed.
    const forms = Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : undefined;
    if (forms) {
      const real = forms.filter((f): f is Json => isObject(f) && !isNullOnly(f));
      if (real.length < forms.length) nullable = true;
      if (real.length === 1) {
        const inner = this.view(real[0]!, path, depth + 1);
        return { ...inner, type: html`${inner.type}${named}`, nullable: nullable || inner.nullable, description: description ?? inner.description, flags: [...flags, ...inner.flags] };
      }
      return {
        type: html`${s.oneOf}${named}`,
        nullable,
        facts: [],
        description,
        flags,
        children: depth >= MAX_DEPTH ? EMPTY : html`<ul class="utrecht-unordered-list vsv-docs-schema">${real.map((f, i) => this.item(html`${s.variant(i + 1)}`, f, undefined, path, depth + 1))}</ul>`,
      };
    }
    if (Array.isArray(schema.allOf)) {
      const parts = schema.allOf.filter(isObject);
      return {
        type: html`${s.allOf}${named}`,
        nullable,
        facts: [],
        description,
        flags,
        children: depth >= MAX_DEPTH ? EMPTY : html`<ul class="utrecht-unordered-list vsv-docs-schema">${parts.map((f, i) => this.item(html`${s.variant(i + 1)}`, f, undefined, path, depth + 1))}</ul>`,
      };
    }

    const facts = this.facts(schema);
    if (types.includes("array") || (types.length === 0 && isObject(schema.items))) {
      const items = isObject(schema.items) ? this.view(schema.items, path, depth + 1) : undefined;
      const itemType = items ? html`${items.type}${items.nullable ? html` (${s.nullable})` : EMPTY}` : html`<code class="utrecht-code">${s.any}</code>`;
      return {
        type: html`${s.listOf} ${itemType}${named}`,
        nullable,
        facts: [...facts, ...(items?.facts ?? [])],
        description: description ?? items?.description,
        flags,
        children: items?.children ?? EMPTY,
      };
    }
    const properties = isObject(schema.properties) ? Object.entries(schema.properties).filter((e): e is [string, Json] => isObject(e[1])) : [];
    if (types.includes("object") || properties.length > 0) {
      const required = Array.isArray(schema.required) ? schema.required : [];
      let type = html`<code class="utrecht-code">object</code>`;
      let children = EMPTY;
      if (depth < MAX_DEPTH && properties.length > 0) {
        children = html`<ul class="utrecht-unordered-list vsv-docs-schema">${properties.map(([name, p]) => this.item(html`<code class="utrecht-code">${name}</code>`, p, required.includes(name), path, depth + 1))}</ul>`;
      } else if (properties.length === 0 && isObject(schema.additionalProperties)) {
        const values = this.view(schema.additionalProperties, path, depth + 1);
        type = html`${s.objectMap} ${values.type}`;
        children = values.children;
      } else if (properties.length === 0 && schema.additionalProperties !== false) {
        type = html`${s.objectFree}`;
      }
      return { type: html`${type}${named}`, nullable, facts, description, flags, children };
    }
    const type = types.length > 0 ? html`${types.map((x, i) => html`${i > 0 ? " of " : ""}<code class="utrecht-code">${x}</code>`)}` : html`<code class="utrecht-code">${s.any}</code>`;
    return { type: html`${type}${named}`, nullable, facts, description, flags, children: EMPTY };
  }

  /** Allowed values and bounds, without the rules every parameter has (input-rules.ts; `x-finite` is one of them). */
  facts(schema: Json): Html[] {
    const out: Html[] = [];
    const n = (k: string) => (typeof schema[k] === "number" ? (schema[k] as number) : undefined);
    if (typeof schema.format === "string") out.push(html`${s.format} <code class="utrecht-code">${schema.format}</code>`);
    if (Array.isArray(schema.enum)) out.push(html`${s.enum} ${schema.enum.map((v, i) => html`${i > 0 ? ", " : ""}${codeValue(v)}`)}`);
    if ("const" in schema) out.push(html`${s.const} ${codeValue(schema.const)}`);
    const min = n("minimum");
    const max = n("maximum");
    // The integer range every route adds (input-rules.ts) is said once on the page; a route's own bound is shown.
    if (min !== undefined && min !== INTEGER_RANGE.minimum) out.push(html`${schema.exclusiveMinimum === true ? s.above : s.min} ${codeValue(min)}`);
    if (n("exclusiveMinimum") !== undefined) out.push(html`${s.above} ${codeValue(n("exclusiveMinimum"))}`);
    if (max !== undefined && max !== INTEGER_RANGE.maximum) out.push(html`${schema.exclusiveMaximum === true ? s.below : s.max} ${codeValue(max)}`);
    if (n("exclusiveMaximum") !== undefined) out.push(html`${s.below} ${codeValue(n("exclusiveMaximum"))}`);
    if (n("minLength") !== undefined) out.push(html`${s.minLength} ${n("minLength")} ${s.chars}`);
    if (n("maxLength") !== undefined) out.push(html`${s.maxLength} ${n("maxLength")} ${s.chars}`);
    if (typeof schema.pattern === "string" && schema.pattern !== NO_NUL_PATTERN) out.push(html`${s.pattern} <code class="utrecht-code">${schema.pattern}</code>`);
    if (n("minItems") !== undefined) out.push(html`${s.minItems} ${n("minItems")} ${s.items}`);
    if (n("maxItems") !== undefined) out.push(html`${s.maxItems} ${n("maxItems")} ${s.items}`);
    if (n("minProperties") !== undefined) out.push(html`${s.minProperties} ${n("minProperties")} ${s.properties}`);
    if ("default" in schema) out.push(html`${s.default} ${codeValue(schema.default)}`);
    if ("example" in schema && !isObject(schema.example) && !Array.isArray(schema.example)) out.push(html`${s.example} ${codeValue(schema.example)}`);
    return out;
  }

  /** One field (or form) of a list: its label, type and facts on one line, its description and nested fields under it. */
  item(label: Html, schema: Json, required: boolean | undefined, seen: ReadonlySet<string>, depth: number): Html {
    return listItem(label, this.view(schema, seen, depth), required);
  }
}

function listItem(label: Html, v: View, required: boolean | undefined): Html {
  return html`<li class="utrecht-unordered-list__item vsv-docs-field">${line(label, v, required)}${v.description ? html`<span class="vsv-docs-field__description">${inline(v.description)}</span>` : EMPTY}${v.children}</li>`;
}

/** `name: type, verplicht, kan null zijn; een van a, b` */
function line(label: Html, v: View, required: boolean | undefined): Html {
  const marks = [required === true ? s.required : required === false ? s.optional : undefined, v.nullable ? s.nullable : undefined, ...v.flags].filter((m): m is string => m !== undefined);
  return html`<span class="vsv-docs-field__line">${label}: ${v.type}${marks.map((m) => html`, ${m}`)}${v.facts.length > 0 ? html`; ${v.facts.map((f, i) => html`${i > 0 ? "; " : ""}${f}`)}` : EMPTY}</span>`;
}

/**
 * A whole schema (a request body, an answer): its type line, its description unless the caller already shows it
 * (`shownDescription`), and its fields as a nested list.
 */
export function renderSchema(schema: Json, resolve: Resolve, shownDescription?: string): Html {
  const v = new Renderer(resolve).view(schema, new Set(), 0);
  const description = v.description && v.description.trim() !== shownDescription?.trim() ? v.description : undefined;
  return html`<div class="vsv-docs-schema-root"><p class="utrecht-paragraph">${line(html`${s.typeLabel}`, v, undefined)}</p>${description ? html`<p class="utrecht-paragraph">${inline(description)}</p>` : EMPTY}${v.children}</div>`;
}

/** The top-level fields of an object schema except `omit`, as a nested list (empty when none is left). */
export function renderFields(schema: Json, resolve: Resolve, omit: readonly string[]): Html {
  const r = new Renderer(resolve);
  const target = typeof schema.$ref === "string" ? (resolve(schema.$ref) ?? {}) : schema;
  const required = Array.isArray(target.required) ? target.required : [];
  const fields = Object.entries(isObject(target.properties) ? target.properties : {}).filter((e): e is [string, Json] => isObject(e[1]) && !omit.includes(e[0]));
  if (fields.length === 0) return EMPTY;
  return html`<ul class="utrecht-unordered-list vsv-docs-schema">${fields.map(([name, p]) => r.item(html`<code class="utrecht-code">${name}</code>`, p, required.includes(name), new Set(), 1))}</ul>`;
}

/** The type and facts of a parameter's or header's schema, for one cell: `integer; een van 23, 27`. */
export function renderType(schema: Json | undefined, resolve: Resolve): Html {
  if (!schema) return html`<code class="utrecht-code">${s.any}</code>`;
  const v = new Renderer(resolve).view(schema, new Set(), 0);
  const marks = [v.nullable ? s.nullable : undefined, ...v.flags].filter((m): m is string => m !== undefined);
  return html`${v.type}${marks.map((m) => html`, ${m}`)}${v.facts.map((f) => html`; ${f}`)}${v.children}`;
}

/** A parameter of an operation as a field of the list: `teljaar (query): string, optioneel; voorbeeld 2023-2024`. */
export function renderParameter(
  p: { readonly label: Html; readonly schema?: Json; readonly required: boolean; readonly description?: string; readonly deprecated: boolean; readonly example?: unknown },
  resolve: Resolve,
): Html {
  const v = p.schema ? new Renderer(resolve).view(p.schema, new Set(), 1) : { type: html`<code class="utrecht-code">${s.any}</code>`, nullable: false, facts: [], flags: [], children: EMPTY };
  const example = p.example !== undefined && p.schema?.example === undefined ? [html`${s.example} ${codeValue(p.example)}`] : [];
  return listItem(p.label, { ...v, facts: [...v.facts, ...example], flags: p.deprecated ? [...v.flags, s.deprecated] : v.flags, description: p.description ?? v.description }, p.required);
}
