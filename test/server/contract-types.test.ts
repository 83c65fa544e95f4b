/**
 * The typed contract (issue 15): a route's response schema is both its reply type and an allow-list. A handler
 * whose answer has a field of the wrong type does not compile (checked by `tsc` in `npm test`: the
 * `@ts-expect-error` lines fail the type check when the error they expect goes away), and a field the schema does
 * not declare never leaves the server: Fastify's serializer drops it.
 */
import Fastify from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import { describe, expect, it } from "vitest";
import { Strict, json, jsonOrDownload } from "../../src/server/contract/responses.js";

const Person = Strict({ person_ref: Type.String(), region: Type.String(), age: Type.Union([Type.Integer(), Type.Null()]) });

function appWith(answer: () => unknown) {
  const app = Fastify().withTypeProvider<TypeBoxTypeProvider>();
  app.get("/person", { schema: { response: { 200: json(Person, "Een persoon") } } }, async () => answer() as { person_ref: string; region: string; age: number | null });
  app.get("/download", { schema: { response: { 200: jsonOrDownload(Type.Array(Person), "Personen") } } }, async () => [answer() as { person_ref: string; region: string; age: number | null }]);
  return app;
}

describe("the typed contract", () => {
  it("drops a field the response schema does not declare (a BSN or a name added by mistake never leaves)", async () => {
    const app = appWith(() => ({ person_ref: "p1", region: "21", age: 19, bsn: "123456782", family_name: "de Vries" }));
    const one = await app.inject("/person");
    expect(one.json()).toEqual({ person_ref: "p1", region: "21", age: 19 });
    const list = await app.inject("/download");
    expect(list.json()).toEqual([{ person_ref: "p1", region: "21", age: 19 }]);
    expect(one.body).not.toMatch(/123456782|Vries/);
  });

  it("does not compile a handler whose answer has a field of the wrong type, or misses a required one", () => {
    const app = Fastify().withTypeProvider<TypeBoxTypeProvider>();
    // @ts-expect-error age must be a number or null, not a string
    app.get("/wrong-type", { schema: { response: { 200: json(Person, "Een persoon") } } }, async () => ({ person_ref: "p1", region: "21", age: "negentien" }));
    // @ts-expect-error region is required
    app.get("/missing", { schema: { response: { 200: json(Person, "Een persoon") } } }, async () => ({ person_ref: "p1", age: 19 }));
    app.get("/right", { schema: { response: { 200: json(Person, "Een persoon") } } }, async () => ({ person_ref: "p1", region: "21", age: null }));
    expect(app.hasRoute({ method: "GET", url: "/right" })).toBe(true);
  });

  it("types the request from the schema: a query parameter is its declared type", () => {
    const app = Fastify().withTypeProvider<TypeBoxTypeProvider>();
    app.get("/page", { schema: { querystring: Type.Object({ pageSize: Type.Optional(Type.Integer()) }) } }, async (request) => {
      const size: number | undefined = request.query.pageSize;
      // @ts-expect-error an undeclared parameter does not exist on the request's type
      void request.query.page_size;
      return { size };
    });
    expect(app.hasRoute({ method: "GET", url: "/page" })).toBe(true);
  });
});
