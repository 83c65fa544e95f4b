/**
 * What every operation of the API does whatever its route says, written into the OpenAPI document so that it says
 * so (NL GOV API Design Rules, checked by test/server/api-design-rules.test.ts):
 * - every answer carries the `API-Version` header (set by the app's onSend hook, src/server/app.ts);
 * - every operation that takes parameters or a body, and every one that changes something, can answer 400 with an
 *   `application/problem+json` body naming the parameter (src/server/problem.ts).
 * And the document is valid OpenAPI 3.0: the JSON Schema keywords the validator needs in their draft-07 form
 * (`exclusiveMinimum: 0`, `propertyNames`) are written the way OpenAPI 3.0 has them, or left out of the document,
 * and a nullable enum lists null (OpenAPI 3.0.3).
 */
import { ProblemSchema } from "./contract/responses.js";

/** The header every answer carries (src/server/app.ts). */
export const API_VERSION_HEADER = "API-Version";

type Json = Record<string, unknown>;


const VERSION_HEADER = { description: "De volledige versie van de API die antwoordde (major.minor.patch)", schema: { type: "string", example: "1.0.0" } } as const;

/** OpenAPI 3.0's form of the draft-07 keywords the route schemas use for validation. */
function openApi30(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(openApi30);
  if (schema === null || typeof schema !== "object") return schema;
  const out: Json = {};
  for (const [k, v] of Object.entries(schema as Json)) {
    if (k === "propertyNames") continue;
    if ((k === "exclusiveMinimum" || k === "exclusiveMaximum") && typeof v === "number") {
      out[k === "exclusiveMinimum" ? "minimum" : "maximum"] = v;
      out[k] = true;
      continue;
    }
    out[k] = openApi30(v);
  }
  // OpenAPI 3.0.3: `nullable` does not widen an `enum`; a nullable enum lists null among its values.
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  return out;
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

/** The document with the version header on every response and a 400 problem wherever the rules ask for one. */
export function conformingDocument(doc: Json): Json {
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Json>>;
  const out: Record<string, Record<string, Json>> = {};
  for (const [path, item] of Object.entries(paths)) {
    const ops: Record<string, Json> = {};
    for (const [method, op] of Object.entries(item)) {
      if (!(METHODS as readonly string[]).includes(method)) {
        ops[method] = op;
        continue;
      }
      const responses = { ...((op.responses ?? {}) as Record<string, Json>) };
      const takesInput = ((op.parameters as unknown[] | undefined)?.length ?? 0) > 0 || op.requestBody !== undefined;
      if (!responses["400"] && (takesInput || (method !== "get" && method !== "delete"))) {
        responses["400"] = { description: "Ongeldig verzoek: een parameter of de inhoud voldoet niet; `invalid_params` noemt welke", content: { "application/problem+json": { schema: ProblemSchema } } };
      }
      for (const [code, response] of Object.entries(responses)) {
        const headers = (response.headers ?? {}) as Json;
        responses[code] = { ...response, headers: { ...headers, [API_VERSION_HEADER]: headers[API_VERSION_HEADER] ?? VERSION_HEADER } };
      }
      ops[method] = openApi30({ ...op, responses }) as Json;
    }
    out[path] = ops;
  }
  return { ...doc, paths: out, ...(doc.components ? { components: openApi30(doc.components) } : {}) };
}
