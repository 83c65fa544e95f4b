/**
 * Every JSON answer is what the OpenAPI document says it is (issue 15): for every GET operation of the served
 * document — taken from the document, so a new route is covered without touching this test — the demo app is asked
 * with real example values (public routes anonymously, the closed part as the demo coordinator), and each 200 JSON
 * answer is validated against the operation's documented response schema with Ajv. Since response schemas are
 * allow-lists (Fastify drops undeclared fields), a schema that forgot a field shows up as a missing required field
 * or as a page test failing; a schema that claims a field the route does not send fails here. Also: no operation
 * documents its JSON answer as a free-form object.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Ajv } from "ajv";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app.js";
import { CLOSED_TAGS } from "../../src/server/capabilities/route-tags.js";
import { type OperationalStore, openOperationalStore } from "../../src/store/index.js";
import { loadPseudonymKey } from "../../src/store/pseudonym.js";
import { demoData } from "../support/demo-data.js";
import { type DemoExamples, type InjectSession, demoExamples, examplePathValue, exampleQueryValue, injectSession } from "../support/demo-examples.js";
import { servedPaths } from "../support/openapi-paths.js";

type Json = Record<string, unknown>;
interface Parameter {
  readonly in: string;
  readonly name: string;
  readonly required?: boolean;
  readonly schema?: { enum?: unknown[] };
}
interface Operation {
  readonly tags?: string[];
  readonly parameters?: Parameter[];
  readonly responses: Record<string, { content?: Record<string, { schema?: Json }> }>;
}
interface Doc {
  readonly servers?: { url: string }[];
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components?: Json;
}

/** A JSON schema that says nothing about an object's fields: free text where a contract should be. */
function freeForm(schema: Json | undefined): boolean {
  if (!schema) return true;
  if (schema.type === "array") return freeForm(schema.items as Json | undefined);
  for (const key of ["anyOf", "oneOf"] as const) if (Array.isArray(schema[key])) return (schema[key] as Json[]).some(freeForm);
  if (schema.type === "object" || schema.properties) return schema.additionalProperties !== false || !schema.properties;
  return false;
}

describe("every JSON answer matches its documented schema", () => {
  let tmp: string;
  let sql: OperationalStore;
  let app: FastifyInstance;
  let doc: Doc;
  let examples: DemoExamples;
  let coordinator: InjectSession;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), "vsv-schemas-"));
    const dataDir = path.join(tmp, "data");
    demoData(dataDir);
    sql = await openOperationalStore({ dataDir });
    app = await buildApp({ dataDir, casework: { sql, key: loadPseudonymKey(dataDir) } });
    await app.ready();
    doc = (await app.inject("/api/v1/openapi.json")).json() as Doc;
    examples = await demoExamples(app);
    coordinator = await injectSession(app, "demo-coordinator");
  }, 240_000);

  afterAll(async () => {
    await app?.close();
    await sql?.close().catch(() => undefined);
    rmSync(tmp, { recursive: true, force: true });
  });

  it("documents no JSON answer as a free-form object", () => {
    const free: string[] = [];
    for (const [p, item] of servedPaths(doc)) {
      for (const [method, op] of Object.entries(item)) {
        for (const [status, response] of Object.entries(op.responses)) {
          const schema = response.content?.["application/json"]?.schema;
          if (response.content?.["application/json"] && freeForm(schema)) free.push(`${method.toUpperCase()} ${p} ${status}`);
        }
      }
    }
    expect(free).toEqual([]);
  });

  it("answers every GET operation with JSON its schema accepts", async () => {
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema({ components: doc.components ?? {} }, "doc");
    const failures: string[] = [];
    let validated = 0;
    for (const [p, item] of servedPaths(doc)) {
      const op = item.get;
      // A redirect the browser follows (the OIDC sign-in's start and callback: 303 only) has no JSON answer to check.
      if (!op || !op.responses["200"]) continue;
      const route = p.replace(/\{(\w+)\}/g, ":$1");
      const url = route.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(examplePathValue(route, name, examples)));
      const query = (op.parameters ?? []).filter((x) => x.in === "query" && x.required).map((x) => `${x.name}=${encodeURIComponent(exampleQueryValue(route, x.name, x.schema?.enum, examples))}`);
      const full = query.length ? `${url}?${query.join("&")}` : url;
      const closed = (op.tags ?? []).some((t) => CLOSED_TAGS.includes(t));
      const r: LightMyRequestResponse = closed ? await coordinator.request("GET", full) : await app.inject(full);
      const schema = op.responses[String(r.statusCode)]?.content?.["application/json"]?.schema;
      if (r.statusCode !== 200) {
        failures.push(`GET ${full} → ${r.statusCode}: ${r.body.slice(0, 200)}`);
        continue;
      }
      if (!String(r.headers["content-type"]).startsWith("application/json")) continue;
      if (!schema) {
        failures.push(`GET ${p}: answered JSON, but the document has no JSON schema for 200`);
        continue;
      }
      const validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/')));
      validated++;
      if (!validate(r.json())) failures.push(`GET ${full}: ${ajv.errorsText(validate.errors, { dataVar: "answer" }).slice(0, 600)}`);
    }
    expect(failures).toEqual([]);
    expect(validated).toBeGreaterThan(40);
  }, 300_000);
});
