/**
 * GET /api/v1/steering/target-group on the demo register (scale 0.005): public, counted from the same engine
 * computation as the Doorstroompunt's worklist, protected against small cells, in the OpenAPI document.
 */
import { describe, expect, it } from "vitest";
import { withDatabase } from "../../src/engine/database.js";
import { readSignalLists } from "../../src/engine/signal-rows.js";
import { useDemoApp } from "../support/demo-app.js";
import { demoData } from "../support/demo-data.js";
import { type ServedDocument, servedPaths } from "../support/openapi-paths.js";

const demo = useDemoApp("vsv-target-group-");

async function get(url: string) {
  const r = await demo.app.inject({ url });
  return { status: r.statusCode, type: String(r.headers["content-type"]), body: r.body, json: () => JSON.parse(r.body) };
}

const COUNTS = ["total", "vso", "pro", "entree", "mbo2_bol", "vsv"] as const;
interface Row { code: string | null; name: string | null; suppressed: string[]; [k: string]: unknown }

describe("GET /api/v1/steering/target-group", () => {
  it("counts the target group nationally and per region, by group, for anyone, with small cells hidden", async () => {
    const r = await get("/api/v1/steering/target-group?by=region");
    expect(r.status, r.body).toBe(200);
    const body = r.json();
    const meta = (await get("/api/v1/meta")).json();
    expect(body.date).toBe(meta.data.facts_until);
    expect(body.groups).toEqual(["vso", "pro", "entree", "mbo2_bol", "vsv"]);
    expect(body.age_limit).toBe(27);
    expect(body.vsv_teljaren.length).toBeGreaterThan(0);
    const rows = body.rows as Row[];
    expect(rows[0]).toMatchObject({ code: "NL", name: "Nederland" });
    expect(rows.length).toBeGreaterThan(10);
    expect(rows[0]!.total).toBeGreaterThan(0);
    for (const row of rows) {
      for (const f of row.suppressed) expect(row[f], `${row.code} ${f}`).toBeNull();
      for (const f of COUNTS) {
        const v = row[f];
        if (v !== null) expect(v === 0 || (v as number) >= 5, `${row.code} ${f}=${String(v)}`).toBe(true);
        else expect(row.suppressed).toContain(f);
      }
      const parts = COUNTS.slice(1).map((f) => row[f] as number | null);
      if (row.total !== null && parts.every((p) => p !== null)) expect(parts.reduce<number>((a, b) => a + b!, 0)).toBe(row.total);
    }
    // Some cell of the demo country is small: the protection is exercised, not vacuous.
    expect(rows.some((row) => row.suppressed.length > 0)).toBe(true);
    // Without by=region: the national row only.
    expect((await get("/api/v1/steering/target-group")).json().rows).toHaveLength(1);
  });

  it("counts exactly the worklist that vsv signals load gives each region", async () => {
    const body = (await get("/api/v1/steering/target-group?by=region")).json();
    const lists = await withDatabase(demoData(), (db) => readSignalLists(db.connection), { readOnly: true });
    const perRegion = new Map<string, number>();
    for (const row of lists.rows) if (row.list === "target_group") perRegion.set(row.region, (perRegion.get(row.region) ?? 0) + 1);
    const regions = (body.rows as Row[]).filter((row) => row.code !== "NL" && row.code !== null);
    expect(regions.map((row) => row.code).sort()).toEqual([...perRegion.keys()].sort());
    for (const row of regions) if (row.total !== null) expect(row.total, `region ${row.code}`).toBe(perRegion.get(row.code!));
    const unknown = (body.rows as Row[]).find((row) => row.code === null);
    const listed = [...perRegion.values()].reduce((a, b) => a + b, 0);
    if (unknown?.total !== null && unknown?.total !== undefined) expect(body.rows[0].total).toBe(listed + (unknown.total as number));
    else if (!unknown) expect(body.rows[0].total).toBe(listed);
    // The worklist rows carry their group and no other list does.
    expect(lists.rows.filter((row) => row.list === "target_group").every((row) => ["vso", "pro", "entree", "mbo2_bol", "vsv"].includes(row.target_group!))).toBe(true);
  });

  it("downloads as CSV with x for hidden counts, and is in the OpenAPI document with its response schema", async () => {
    const csv = await get("/api/v1/steering/target-group?by=region&format=csv");
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/text\/csv/);
    expect(/;[1-4](;|\r\n)/.test(csv.body)).toBe(false);
    const doc = (await get("/api/v1/openapi.json")).json();
    const op = new Map(servedPaths(doc as ServedDocument<Record<string, Record<string, any>>>)).get("/api/v1/steering/target-group")?.get;
    expect(op).toBeDefined();
    expect(op!.security ?? []).toEqual([]);
    expect(Object.keys(op!.responses["200"].content)).toContain("application/json");
  });
});
