/**
 * What every route's parameters obey, whatever its own schema says: text has no NUL character (PostgreSQL cannot
 * store U+0000 and no person types it), integers lie in PostgreSQL's `integer` range unless the schema sets its own
 * bounds, and numbers are finite. buildApp adds these rules to each route's params, querystring and body schema
 * when the route is registered (so the OpenAPI document shows them too); a value that breaks one is a 400 problem
 * naming the parameter (src/server/problem.ts), never an error of the store. docs/api.md, "Errors".
 */
export const NO_NUL_PATTERN = "^[^\\u0000]*$";
export const INTEGER_RANGE = { minimum: -2_147_483_648, maximum: 2_147_483_647 } as const;
/** The keyword that refuses Infinity and NaN: `?page=1e309` is coerced to Infinity, which minimum/maximum let pass. */
export const FINITE_KEYWORD = "x-finite";

type Schema = Record<string, unknown>;

/** True when a pattern can only match text without NUL: anchored at both ends, built of explicit characters. */
function refusesNul(pattern: string): boolean {
  return pattern.startsWith("^") && pattern.endsWith("$") && !/(?:^|[^\\])\.|\[\^|\\[SDWpP0]|\\x00|\\u0000/.test(pattern);
}

function typesOf(s: Schema): string[] {
  return Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === "string" ? [s.type] : [];
}

/** Keywords whose value maps names to schemas, and keywords whose value is a schema or a list of them. */
const SCHEMA_MAPS = ["properties", "patternProperties", "definitions", "$defs"];
// Not `not`: a rule added inside it would let through what it should refuse.
const SUBSCHEMAS = ["items", "additionalProperties", "allOf", "anyOf", "oneOf", "prefixItems"];

/** The schema with the rules above added to every string, integer and number in it (a copy; the input is kept). */
export function withInputRules(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withInputRules);
  if (schema === null || typeof schema !== "object") return schema;
  const s: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (SCHEMA_MAPS.includes(key) && value && typeof value === "object") s[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withInputRules(v)]));
    else if (SUBSCHEMAS.includes(key)) s[key] = withInputRules(value);
    else s[key] = value;
  }
  const types = typesOf(s);
  if (types.includes("string") && s.enum === undefined) {
    if (typeof s.pattern !== "string") s.pattern = NO_NUL_PATTERN;
    else if (!refusesNul(s.pattern)) s.allOf = [...((s.allOf as unknown[]) ?? []), { pattern: NO_NUL_PATTERN }];
  }
  if (types.includes("integer")) {
    if (s.minimum === undefined && s.exclusiveMinimum === undefined) s.minimum = INTEGER_RANGE.minimum;
    if (s.maximum === undefined && s.exclusiveMaximum === undefined) s.maximum = INTEGER_RANGE.maximum;
  }
  if (types.includes("integer") || types.includes("number")) s[FINITE_KEYWORD] = true;
  // Free-form objects (e.g. {"01": 120}): their keys are text too.
  if (s.additionalProperties && typeof s.additionalProperties === "object" && s.propertyNames === undefined) s.propertyNames = { pattern: NO_NUL_PATTERN };
  return s;
}

/** The parts of a route schema that describe input. */
const INPUT_PARTS = ["params", "querystring", "query", "body"] as const;

export function withRouteInputRules<T extends object>(routeSchema: T): T {
  const out: Record<string, unknown> = { ...(routeSchema as Record<string, unknown>) };
  for (const part of INPUT_PARTS) if (out[part] !== undefined) out[part] = withInputRules(out[part]);
  return out as T;
}

interface KeywordHost {
  addKeyword(definition: { keyword: string; schemaType: "boolean"; errors: false; validate: (on: boolean, data: unknown) => boolean }): unknown;
}

/** The Ajv plugin (Fastify's `ajv.plugins`) that defines FINITE_KEYWORD; it sees the value after type coercion. */
export function finiteNumbers<A extends KeywordHost>(ajv: A): A {
  ajv.addKeyword({
    keyword: FINITE_KEYWORD,
    schemaType: "boolean",
    errors: false,
    validate: (on: boolean, data: unknown) => !on || typeof data !== "number" || Number.isFinite(data),
  });
  return ajv;
}
