/**
 * The NL GOV API Design Rules this API relies on, checked in our own words on the served OpenAPI document (the whole
 * API, closed part included) so that a regression fails CI. Logius's official ruleset (../shared/adr-linter/) is run
 * by hand; its count is in docs/api.md. Rules, as published (API Design Rules 2.0):
 * - /core/version-header: every response declares the `API-Version` header;
 * - /core/problem-invalid-input (Spectral rule nlgov:problem-invalid-input): GET and DELETE operations that take
 *   parameters, and every other operation, can answer 400, here as application/problem+json;
 * - /core/doc-openapi-contact: `info.contact` has a name, an e-mail address and a URL;
 * - the document is OpenAPI 3.0: no draft-07 numeric exclusiveMinimum/exclusiveMaximum, no propertyNames, no empty
 *   `required`.
 * - /core/naming-conventions (nlgov:paths-camel-case-query-keys): query keys in lowerCamelCase;
 * - /core/uri-version (nlgov:servers-use-https / version in the server URL): the `servers` URL ends in the major
 *   version, and the paths are written relative to it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_CONTACT, readConfig } from "../../src/config.js";
import { type CaseworkTestApp, caseworkApp } from "../support/casework-app.js";
import { Targets, storeKinds } from "../store/store-targets.js";

type Json = Record<string, unknown>;
const METHODS = ["get", "put", "post", "delete", "patch"];
const kind = (await storeKinds())[0]!;

/** Every operation of the document: path, method, operation. */
function operations(doc: Json): [string, string, Json][] {
  return Object.entries(doc.paths as Record<string, Record<string, Json>>).flatMap(([p, item]) =>
    Object.entries(item).filter(([m]) => METHODS.includes(m)).map(([m, op]) => [p, m, op] as [string, string, Json]),
  );
}

/** Every place in the document where a draft-07-only keyword is used. */
function draft07Only(node: unknown, at: string, found: string[]) {
  if (Array.isArray(node)) return node.forEach((x, i) => draft07Only(x, `${at}[${i}]`, found));
  if (node === null || typeof node !== "object") return;
  for (const [k, v] of Object.entries(node as Json)) {
    if ((k === "exclusiveMinimum" || k === "exclusiveMaximum") && typeof v !== "boolean") found.push(`${at}.${k}`);
    if (k === "propertyNames") found.push(`${at}.${k}`);
    if (k === "required" && Array.isArray(v) && v.length === 0) found.push(`${at}.required (empty)`);
    draft07Only(v, `${at}.${k}`, found);
  }
}

describe("the NL GOV API Design Rules on the served OpenAPI document", () => {
  const targets = new Targets(kind);
  let t: CaseworkTestApp;
  let doc: Json;
  beforeAll(async () => {
    t = await caseworkApp(await targets.fresh());
    const r = await t.anonymous().get("/api/v1/openapi.json");
    expect(r.status).toBe(200);
    doc = r.json() as Json;
  });
  afterAll(async () => {
    await t?.close();
    await targets.cleanup();
  });

  it("declares the API-Version header on every response of every operation", () => {
    const missing = operations(doc).flatMap(([p, m, op]) =>
      Object.entries(op.responses as Record<string, Json>).filter(([, r]) => !(r.headers as Json | undefined)?.["API-Version"]).map(([code]) => `${m.toUpperCase()} ${p} ${code}`),
    );
    expect(operations(doc).length).toBeGreaterThan(60);
    expect(missing).toEqual([]);
  });

  it("documents a 400 problem+json for every operation that takes input or changes something", () => {
    const missing = operations(doc).flatMap(([p, m, op]) => {
      const takesInput = ((op.parameters as unknown[] | undefined)?.length ?? 0) > 0 || op.requestBody !== undefined;
      if (!takesInput && (m === "get" || m === "delete")) return [];
      const bad = (op.responses as Record<string, Json>)["400"];
      return bad && (bad.content as Json | undefined)?.["application/problem+json"] ? [] : [`${m.toUpperCase()} ${p}`];
    });
    expect(missing).toEqual([]);
  });

  it("names a contact with name, e-mail and URL", () => {
    const contact = (doc.info as Json).contact as Json;
    expect(contact.name).toBeTruthy();
    expect(String(contact.email)).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(String(contact.url)).toMatch(/^https:\/\//);
  });

  it("takes the contact an operator names (VSV_API_CONTACT_NAME, _EMAIL, _URL), else the project's", () => {
    expect(readConfig({ VSV_API_CONTACT_EMAIL: "vsv@gemeente.example.nl" }).apiContact).toEqual({ ...PROJECT_CONTACT, email: "vsv@gemeente.example.nl" });
    expect(readConfig({}).apiContact).toEqual(PROJECT_CONTACT);
  });

  it("is valid OpenAPI 3.0: no draft-07-only keywords", () => {
    expect(doc.openapi).toMatch(/^3\.0\./);
    const found: string[] = [];
    draft07Only(doc.paths, "paths", found);
    expect(found).toEqual([]);
  });

  it("names every query and path parameter in lowerCamelCase", () => {
    const named = operations(doc).flatMap(([p, m, op]) => ((op.parameters as { in: string; name: string }[] | undefined) ?? []).filter((x) => x.in === "query" || x.in === "path").map((x) => `${m.toUpperCase()} ${p} ${x.in} ${x.name}`));
    expect(named.length).toBeGreaterThan(100);
    expect(named.filter((n) => !/ [a-z][a-zA-Z0-9]*$/.test(n))).toEqual([]);
  });

  it("gives every date field a format, and a date field the format date (not date-time)", () => {
    // /core/date-time (nlgov:specify-format-for-date-and-time, nlgov:use-date-instead-of-datetime): a property named
    // date or datum, or ending in _date/Date (_datum/Datum), is a date: { type: string, format: date }.
    const wrong: string[] = [];
    const visit = (node: unknown, at: string) => {
      if (Array.isArray(node)) return node.forEach((x, i) => visit(x, `${at}[${i}]`));
      if (node === null || typeof node !== "object") return;
      const props = (node as Json).properties as Record<string, Json> | undefined;
      for (const [name, schema] of Object.entries(props ?? {})) {
        if (!/^(date|datum)$|(\w+D|_[dD])(ate|atum)/.test(name)) continue;
        const formats = [schema.format, ...(((schema.anyOf ?? schema.allOf ?? []) as Json[]).map((x) => x.format))].filter(Boolean);
        if (formats.length === 0 || formats.includes("date-time")) wrong.push(`${at}.${name}: ${JSON.stringify(schema).slice(0, 80)}`);
      }
      for (const [k, v] of Object.entries(node as Json)) visit(v, `${at}.${k}`);
    };
    visit(doc.paths, "paths");
    expect(wrong).toEqual([]);
  });

  it("serves the API under a server URL with the major version, with paths relative to it", () => {
    expect(doc.servers).toEqual([expect.objectContaining({ url: "/api/v1" })]);
    const paths = Object.keys(doc.paths as Json);
    expect(paths.filter((p) => p.startsWith("/api/"))).toEqual([]);
    expect(paths).toContain("/regions");
  });
});
