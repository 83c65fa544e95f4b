/**
 * Requests generated from the OpenAPI document, for the parameter fuzz test (test/server/fuzz-parameters.test.ts):
 * every operation with its parameters — path, query, and the JSON body's properties (nested ones too, array items,
 * and the keys of free-form objects) — a valid value for each (from a table of known-good values, else the schema),
 * and hostile values for any of them: NUL bytes, unicode of every kind, lone surrogates, raw percent escapes, empty
 * and very long text, huge, negative, fractional and non-finite numbers, and JSON of the wrong type.
 *
 *   const ops = operationsOf(doc);                       // doc: GET /api/v1/openapi.json
 *   const field = ops[0].fields[0];
 *   const request = requestFor(ops[0], seeds, { field, value: "\u0000" });
 *   await app.inject(request);
 */
import fc from "fast-check";
import type { InjectOptions } from "fastify";
import { servedPaths } from "./openapi-paths.js";

export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  default?: unknown;
  nullable?: boolean;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
};

/** A value put in the URL exactly as written (no percent-encoding of its own): malformed or raw escapes. */
export class Raw {
  constructor(readonly text: string) {}
  toJSON(): string {
    return this.text;
  }
}

/** One place a value goes: a path or query parameter, or a body property (`party.role`, `regions.0`, `targets.{key}`). */
export interface Field {
  readonly in: "path" | "query" | "body";
  /** The parameter's name; for the body, the property's path with dots. */
  readonly name: string;
  readonly schema: JsonSchema;
  readonly required: boolean;
  /** A key of a free-form object (the fuzzed value becomes the key, the value a valid one). */
  readonly key?: true;
}

export interface Operation {
  readonly method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** The OpenAPI path, e.g. /api/v1/cases/{id}. */
  readonly path: string;
  readonly tags: readonly string[];
  readonly fields: readonly Field[];
  readonly body: JsonSchema | undefined;
  /** `GET /api/v1/cases/{id}` */
  readonly label: string;
}

interface OpenApiDoc {
  paths: Record<string, Record<string, { tags?: string[]; parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[]; requestBody?: { content?: Record<string, { schema: JsonSchema }> } }>>;
}

function bodyFields(schema: JsonSchema, prefix: string, required: boolean): Field[] {
  const out: Field[] = [];
  for (const [name, s] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    const isRequired = required && (schema.required ?? []).includes(name);
    out.push({ in: "body", name: path, schema: s, required: isRequired });
    if (s.properties) out.push(...bodyFields(s, path, false));
    if (s.items) out.push({ in: "body", name: `${path}.0`, schema: s.items, required: false });
    if (s.additionalProperties && typeof s.additionalProperties === "object") out.push({ in: "body", name: `${path}.{key}`, schema: { type: "string" }, required: false, key: true });
  }
  return out;
}

/** Every operation of the document, with its fields. */
export function operationsOf(doc: OpenApiDoc): Operation[] {
  const ops: Operation[] = [];
  for (const [path, byMethod] of servedPaths(doc)) {
    for (const [m, op] of Object.entries(byMethod)) {
      const method = m.toUpperCase() as Operation["method"];
      const params: Field[] = (op.parameters ?? []).map((p) => ({ in: p.in as "path" | "query", name: p.name, schema: p.schema, required: p.in === "path" || p.required === true }));
      const body = op.requestBody?.content?.["application/json"]?.schema;
      ops.push({ method, path, tags: op.tags ?? [], fields: [...params, ...(body ? bodyFields(body, "", true) : [])], body, label: `${method} ${path}` });
    }
  }
  return ops;
}

/** Known-good values: by `METHOD path field`, `path field`, or field name alone (the first that matches). */
export type Seeds = Record<string, unknown>;

export function seedOf(op: Operation, field: Field, seeds: Seeds): unknown {
  for (const key of [`${op.label} ${field.name}`, `${op.path} ${field.name}`, field.name, field.name.split(".").at(-1)!]) {
    if (key in seeds) return seeds[key];
  }
  return fromSchema(field.schema);
}

/** A valid value read off the schema: its default, first enum value, or something of its type. */
function fromSchema(s: JsonSchema): unknown {
  if (s.default !== undefined) return s.default;
  if (s.enum) return s.enum[0];
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
  switch (type) {
    case "integer":
    case "number":
      return Math.max(s.minimum ?? 1, Math.min(1, s.maximum ?? 1));
    case "boolean":
      return false;
    case "array":
      return [];
    case "object": {
      const out: Record<string, unknown> = {};
      for (const name of s.required ?? []) out[name] = fromSchema(s.properties![name]!);
      return out;
    }
    default:
      if (s.pattern === "^\\d{4}-\\d{2}-\\d{2}$") return "2024-03-01";
      return "x".repeat(Math.max(1, s.minLength ?? 1));
  }
}

/** What a request is made of: the field that gets the hostile value, and which optional fields are left out. */
export interface Mutation {
  readonly field?: Field | undefined;
  readonly value?: unknown;
  /** Optional fields (by name) sent with their valid value; the others are left out. Default: all required ones only. */
  readonly include?: ReadonlySet<string>;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let at: Record<string, unknown> = target;
  for (const p of parts.slice(0, -1)) {
    if (at[p] === null || typeof at[p] !== "object") at[p] = /^\d+$/.test(parts[parts.indexOf(p) + 1] ?? "") ? [] : {};
    at = at[p] as Record<string, unknown>;
  }
  at[parts.at(-1)!] = value;
}

/** Percent-encodes text for a URL; lone surrogates become U+FFFD (what a browser would send). */
function encode(value: unknown): string {
  if (value instanceof Raw) return value.text;
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? "";
  return encodeURIComponent(Buffer.from(text, "utf8").toString("utf8"));
}

/** The request for an operation: valid values everywhere, the mutation's field (if any) hostile. */
export function requestFor(op: Operation, seeds: Seeds, mutation: Mutation = {}): InjectOptions {
  const chosen = mutation.field;
  // The chosen field's parents (for `party.role`: `party`) carry their valid value, so the chosen one is the only fault.
  const sends = (f: Field) => f === chosen || f.required || (mutation.include?.has(f.name) ?? false) || (chosen !== undefined && chosen.name.startsWith(`${f.name}.`));
  let url = op.path;
  const query: string[] = [];
  const body: Record<string, unknown> = {};
  for (const f of op.fields) {
    if (!sends(f) || f.key) continue;
    const value = f === chosen ? mutation.value : seedOf(op, f, seeds);
    if (f.in === "path") url = url.replace(`{${f.name}}`, encode(value));
    else if (f.in === "query") {
      for (const v of Array.isArray(value) && f === chosen ? value : [value]) query.push(`${encodeURIComponent(f.name)}=${encode(v)}`);
    } else setPath(body, f.name, value);
  }
  if (chosen?.key) {
    const parent = chosen.name.slice(0, -".{key}".length);
    const key = mutation.value instanceof Raw ? mutation.value.text : typeof mutation.value === "string" ? mutation.value : JSON.stringify(mutation.value);
    setPath(body, parent, { [key]: 1 });
  }
  const request: InjectOptions = { method: op.method, url: query.length ? `${url}?${query.join("&")}` : url };
  if (op.body) {
    request.payload = JSON.stringify(body);
    request.headers = { "content-type": "application/json" };
  }
  return request;
}

/** Text that has broken servers: NUL bytes, numbers out of every range, empty, odd unicode, injection attempts. */
export const EDGE_TEXTS: readonly string[] = [
  "\u0000",
  "a\u0000b",
  "21\u0000",
  "",
  " ",
  "1e20",
  "-1e20",
  "99999999999999999999",
  "9223372036854775808",
  "2147483648",
  "9007199254740993",
  "1e309",
  "-1",
  "0",
  "-0",
  "0.5",
  "1.0000000001",
  "NaN",
  "Infinity",
  "0x10",
  "1_000",
  "null",
  "true",
  "[]",
  "{}",
  "'; DROP TABLE cases; --",
  "%",
  "../../etc/passwd",
  "\uFFFF\uFFFE",
  "\u202Eevil",
  "😀",
  "Ĳsselmonde",
  "ß".repeat(300),
  "a".repeat(10_000),
];

/** Malformed or raw percent escapes, sent as they are. */
export const RAW_TEXTS: readonly Raw[] = [new Raw("%00"), new Raw("%FF%FE"), new Raw("%C3%28"), new Raw("%"), new Raw("%ED%A0%80"), new Raw("a%00b")];

/** JSON values of every wrong kind, for body properties. */
export const EDGE_JSON: readonly unknown[] = [null, true, 1e20, -1e20, 1e308, -1e308, 2 ** 53 + 2, -1, 0, 0.5, -0.5, [], {}, [""], ["\u0000"], { x: "\u0000" }, [[[[[]]]]]];

/**
 * The values every field gets in the sweep: NUL appended to the field's valid value (so only the NUL is wrong),
 * empty, numbers beyond every integer type and beyond a double (1e309 is Infinity), a fraction, and long text.
 */
export function sweepValues(valid: unknown): unknown[] {
  return [`${typeof valid === "string" ? valid : String(valid ?? "")}\u0000`, "", "1e20", "99999999999999999999", "1e309", "0.5", "a".repeat(5000)];
}

/** Hostile text for a URL parameter, random and edge cases mixed. */
export const hostileText: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...EDGE_TEXTS) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW_TEXTS) },
  { weight: 2, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.double().map(String) },
  { weight: 2, arbitrary: fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).map(String) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 5 }).map((s) => `${s}\u0000${s}`) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 200_000 }).map((n) => "x".repeat(n)) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom("1", "", "\u0000", "me"), { minLength: 2, maxLength: 3 }) },
);

/** Hostile JSON for a body property: hostile text, or a value of the wrong type or out of range. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileText.map((v) => (v instanceof Raw ? v.text : v)) },
  { weight: 2, arbitrary: fc.constantFrom(...EDGE_JSON) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(Number) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);
