/**
 * The rules every route's parameters get (src/server/input-rules.ts), on the schemas themselves; that they hold on
 * every route is test/server/fuzz-parameters.test.ts.
 */
import { describe, expect, it } from "vitest";
import { FINITE_KEYWORD, INTEGER_RANGE, NO_NUL_PATTERN, withInputRules, withRouteInputRules } from "../../src/server/input-rules.js";

describe("the input rules", () => {
  it("refuse NUL in text: a pattern where there is none, an extra one where the route's own could let NUL through", () => {
    const s = withInputRules({
      type: "object",
      properties: {
        free: { type: "string", maxLength: 10 },
        code: { type: "string", pattern: "^[1-9]\\.[1-9][0-9]?$" },
        note: { type: "string", pattern: "^.{1,20}$" },
        kind: { type: "string", enum: ["a", "b"] },
        names: { type: "array", items: { type: ["string", "null"] } },
        targets: { type: "object", additionalProperties: { type: "integer" } },
      },
    }) as { properties: Record<string, Record<string, unknown>> };
    expect(s.properties.free).toEqual({ type: "string", maxLength: 10, pattern: NO_NUL_PATTERN });
    expect(s.properties.code).toEqual({ type: "string", pattern: "^[1-9]\\.[1-9][0-9]?$" });
    expect(s.properties.note).toEqual({ type: "string", pattern: "^.{1,20}$", allOf: [{ pattern: NO_NUL_PATTERN }] });
    expect(s.properties.kind).toEqual({ type: "string", enum: ["a", "b"] });
    expect(s.properties.names!.items).toEqual({ type: ["string", "null"], pattern: NO_NUL_PATTERN });
    expect(s.properties.targets!.propertyNames).toEqual({ pattern: NO_NUL_PATTERN });
    expect(new RegExp(NO_NUL_PATTERN, "u").test("Jansen")).toBe(true);
    expect(new RegExp(NO_NUL_PATTERN, "u").test("Jan\u0000sen")).toBe(false);
  });

  it("keep integers in PostgreSQL's integer range unless the route sets bounds, and every number finite", () => {
    const s = withInputRules({ type: "object", properties: { id: { type: "integer", minimum: 1 }, size: { type: "integer", minimum: 1, maximum: 500 }, hours: { type: "number", maximum: 99 } } }) as {
      properties: Record<string, Record<string, unknown>>;
    };
    expect(s.properties.id).toEqual({ type: "integer", minimum: 1, maximum: INTEGER_RANGE.maximum, [FINITE_KEYWORD]: true });
    expect(s.properties.size).toEqual({ type: "integer", minimum: 1, maximum: 500, [FINITE_KEYWORD]: true });
    expect(s.properties.hours).toEqual({ type: "number", maximum: 99, [FINITE_KEYWORD]: true });
  });

  it("leave `not`, responses and the route's own schema object alone", () => {
    const route = { querystring: { type: "object", properties: { q: { type: "string" } } }, body: { not: { type: "string" } }, response: { 200: { type: "object", properties: { name: { type: "string" } } } } };
    const copy = structuredClone(route);
    const out = withRouteInputRules(route);
    expect(route).toEqual(copy);
    expect(out.querystring.properties.q).toEqual({ type: "string", pattern: NO_NUL_PATTERN });
    expect(out.body).toEqual({ not: { type: "string" } });
    expect(out.response).toBe(route.response);
  });
});
