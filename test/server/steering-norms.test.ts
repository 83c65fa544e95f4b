import { describe, expect, it } from "vitest";
import { withDatabase } from "../../src/engine/database.js";
import { normRows } from "../../src/engine/steering-norms.js";
import { parseTeljaar } from "../../src/domain/teljaar.js";
import { useDemoApp } from "../support/demo-app.js";

const demo = useDemoApp("vsv-norms-api-");

/** Fields that hold counts of people. */
const COUNT = /^(start_population|vsv|base_vsv)$/;
function smallCounts(v: unknown, at = "$"): string[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => smallCounts(x, `${at}[${i}]`));
  if (v && typeof v === "object") {
    return Object.entries(v).flatMap(([k, x]) => (COUNT.test(k) && typeof x === "number" && x >= 1 && x <= 4 ? [`${at}.${k}=${x}`] : smallCounts(x, `${at}.${k}`)));
  }
  return [];
}

async function ok(url: string) {
  const r = await demo.app.inject({ url });
  expect(r.statusCode, `${url}: ${r.body.slice(0, 400)}`).toBe(200);
  const body = r.json();
  expect(smallCounts(body), url).toEqual([]);
  return body;
}

interface Row { institution: string; level?: string; category?: string; start_population: number | null; vsv: number | null; vsv_pct: number | null; norm: number; met: boolean | null; fewer_needed: number | null; suppressed: string[] }

describe("GET /api/v1/steering/norms", () => {
  it("answers per institution and mbo level for the latest definitive teljaar, with a summary", async () => {
    const body = await ok("/api/v1/steering/norms");
    expect(body).toMatchObject({ teljaar: "2024-2025", definition: 23, stage: "definitive", sector: "mbo" });
    expect(body.norms.map((n: { group: string }) => n.group)).toEqual(["1", "2", "3", "4"]);
    const rows = body.rows as Row[];
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(Object.keys(r).sort()).toEqual(["fewer_needed", "institution", "level", "met", "name", "norm", "start_population", "suppressed", "vsv", "vsv_pct"]);
      if (r.met === null) expect(r.suppressed).toEqual(expect.arrayContaining(["met", "fewer_needed"]));
      else expect(r.met).toBe(r.fewer_needed === 0);
    }
    const s = body.summary;
    expect(s.per_group.reduce((a: number, g: { institutions: number }) => a + g.institutions, 0)).toBe(rows.length);
    for (const g of s.per_group) expect(g.met + g.not_met + g.unknown).toBe(g.institutions);
    expect(s.meeting_all + s.not_meeting_all + s.unknown).toBe(s.institutions);
  });

  it("agrees with the engine on every shown value, and hides met and fewer_needed with a hidden count", async () => {
    const body = await ok("/api/v1/steering/norms?teljaar=2023-2024");
    const engine = await withDatabase(demo.dir, (db) => normRows(db.connection, { sector: "mbo", teljaar: parseTeljaar("2023-2024") }), { readOnly: true });
    const byKey = new Map(engine.rows.map((r) => [`${r.institution}|${r.group}`, r]));
    for (const r of body.rows as Row[]) {
      const e = byKey.get(`${r.institution}|${r.level}`)!;
      if (r.start_population !== null) expect(r.start_population).toBe(e.start_population);
      if (r.vsv !== null) expect(r.vsv).toBe(e.vsv);
      if (r.start_population === null || r.vsv === null) expect([r.vsv_pct, r.met, r.fewer_needed]).toEqual([null, null, null]);
      else expect([r.vsv_pct, r.met, r.fewer_needed]).toEqual([e.vsv_pct, e.met, e.fewer_needed]);
    }
    expect(engine.rows.length).toBe(body.rows.length);
    expect(engine.rows.some((e) => e.start_population >= 1 && e.start_population <= 4)).toBe(true); // the data does have small cells to hide
  });

  it("answers per vo institution and category, and suppresses the categories too", async () => {
    const body = await ok("/api/v1/steering/norms?sector=vo&teljaar=2023-2024");
    expect(body.norms.map((n: { group: string }) => n.group)).toEqual(["onderbouw", "bovenbouw-vmbo", "bovenbouw-havo-vwo"]);
    const rows = body.rows as Row[];
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.category))).toEqual(new Set(["onderbouw", "bovenbouw-vmbo", "bovenbouw-havo-vwo"]));
    expect(rows.every((r) => r.level === undefined)).toBe(true);
  });

  it("filters by institution and by met / not met", async () => {
    const all = (await ok("/api/v1/steering/norms?teljaar=2023-2024")).rows as Row[];
    const notMet = (await ok("/api/v1/steering/norms?teljaar=2023-2024&met=false")).rows as Row[];
    expect(notMet.length).toBe(all.filter((r) => r.met === false).length);
    expect(notMet.every((r) => r.met === false && r.fewer_needed! > 0)).toBe(true);
    const one = all[0]!.institution;
    const only = (await ok(`/api/v1/steering/norms?teljaar=2023-2024&institution=${one}`)).rows as Row[];
    expect(only.length).toBeGreaterThan(0);
    expect(only.every((r) => r.institution === one)).toBe(true);
  });

  it("downloads CSV with hidden counts as x", async () => {
    const r = await demo.app.inject({ url: "/api/v1/steering/norms?teljaar=2023-2024&format=csv" });
    expect(r.statusCode).toBe(200);
    expect(r.headers["content-type"]).toMatch(/^text\/csv/);
    const [, , head, ...lines] = r.body.slice(1).trim().split("\r\n");
    expect(head).toBe("Teljaar;BRIN;Naam;Niveau;Startpopulatie;Aantal vsv'ers;Vsv-percentage;Norm (vsv-percentage);Norm gehaald;Minder vsv'ers nodig voor de norm");
    const cells = lines.map((l) => l.split(";"));
    expect(cells.some((c) => c[4] === "x" || c[5] === "x")).toBe(true);
    expect(cells.flatMap((c) => [c[4], c[5]]).some((v) => /^[1-4]$/.test(v!))).toBe(false);
    const x = await demo.app.inject({ url: "/api/v1/steering/norms?format=xlsx" });
    expect(x.headers["content-type"]).toMatch(/spreadsheetml/);
  });

  it("refuses an unknown sector or BRIN with a problem that says what to use", async () => {
    const a = await demo.app.inject({ url: "/api/v1/steering/norms?sector=ho" });
    expect(a.statusCode).toBe(400);
    expect(a.body).toMatch(/mbo, vo/);
    const b = await demo.app.inject({ url: "/api/v1/steering/norms?institution=x" });
    expect(b.statusCode).toBe(400);
    const c = await demo.app.inject({ url: "/api/v1/steering/norms?teljaar=1999-2000" });
    expect(c.statusCode).toBe(400);
  });
});

describe("GET /api/v1/steering/norms/singled-out", () => {
  it("lists the rules with their thresholds and the institutions meeting them, only on shown counts", async () => {
    const body = await ok("/api/v1/steering/norms/singled-out?teljaar=2023-2024");
    expect(body).toMatchObject({ teljaar: "2023-2024", base_teljaar: "2022-2023", sector: "mbo" });
    expect(body.rules.map((r: { id: string }) => r.id)).toEqual(["high_dropout", "best_reducer"]);
    expect(body.rules[0]).toMatchObject({ above_pct: 7, min_vsv: 300 });
    // In a tiny country the national vavo count can be small, so national MBO (= mbo − vavo) is hidden with it:
    // then no institution can be compared with it and none is singled out as best reducer.
    if (body.national.vsv === null) expect(body.rows.filter((r: { rules: string[] }) => r.rules.includes("best_reducer"))).toEqual([]);
    else expect(body.national.vsv).toBeGreaterThan(0);
    for (const r of body.rows) {
      expect(r.rules.length).toBeGreaterThan(0);
      if (r.rules.includes("high_dropout")) expect(r.vsv).toBeGreaterThanOrEqual(300);
      if (r.rules.includes("best_reducer")) expect((r.base_vsv - r.vsv) * 100).toBeGreaterThan(40 * r.base_vsv);
    }
    const csv = await demo.app.inject({ url: "/api/v1/steering/norms/singled-out?teljaar=2023-2024&format=csv" });
    expect(csv.statusCode).toBe(200);
    const first = await ok("/api/v1/steering/norms/singled-out?teljaar=2015-2016");
    expect(first.base_teljaar).toBeNull();
    const bad = await demo.app.inject({ url: "/api/v1/steering/norms/singled-out?teljaar=2020-2021&base=2021-2022" });
    expect(bad.statusCode).toBe(400);
  });
});
