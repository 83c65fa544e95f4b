/**
 * The target routes on a small synthetic register (vsv start --scale 0.005) with an operational store (PGlite):
 * distributions add up, hidden regions stay hidden, plans are saved and adopted by national analysts only.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/server/app.js";
import { createAccount } from "../../src/store/accounts.js";
import { openOperationalStore, type OperationalStore } from "../../src/store/index.js";
import { TEST_KEY, TEST_PASSWORD, sessionCookieOf } from "../support/casework-app.js";
import { demoData } from "../support/demo-data.js";

const dir = mkdtempSync(path.join(tmpdir(), "vsv-targets-"));
const storeDir = mkdtempSync(path.join(tmpdir(), "vsv-targets-store-"));
let app: FastifyInstance;
let sql: OperationalStore;

beforeAll(async () => {
  demoData(dir);
  sql = await openOperationalStore({ dataDir: storeDir });
  app = await buildApp({ dataDir: dir, webRoot: path.join(dir, "no-web"), casework: { sql, key: TEST_KEY } });
  for (const [username, role] of [["analist", "national_analyst"], ["officer", "regional_officer"]] as const) {
    await createAccount(sql, { username, displayName: username, role, regions: role === "regional_officer" ? ["21"] : [], institutions: [], password: TEST_PASSWORD });
  }
}, 180_000);
afterAll(async () => {
  await app?.close();
  await sql?.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(storeDir, { recursive: true, force: true });
});

const get = async (url: string) => {
  const r = await app.inject({ url });
  return { status: r.statusCode, body: r.body, type: String(r.headers["content-type"]), json: () => JSON.parse(r.body) };
};

async function login(username: string) {
  const r = await app.inject({ method: "POST", url: "/api/v1/auth/login", headers: { "content-type": "application/json" }, payload: JSON.stringify({ username, password: TEST_PASSWORD }) });
  expect(r.statusCode, r.body).toBe(200);
  const cookie = sessionCookieOf(r.headers);
  const csrf = JSON.parse(r.body).csrf_token as string;
  return async (url: string, body?: unknown) => {
    const res = await app.inject({ method: "POST", url, headers: { cookie, "x-csrf-token": csrf, "content-type": "application/json" }, payload: JSON.stringify(body ?? {}) });
    return { status: res.statusCode, json: () => JSON.parse(res.body), body: res.body };
  };
}

type Row = { region: string; vsv: number | null; target: number | null; trajectory: { year: number; target: number }[] | null; suppressed: string[] };

describe("GET /api/v1/steering/targets/distribution", () => {
  it.each(["proportional", "equal_reduction", "convergence"])("%s: targets and each year's path add up to the national ones; hidden regions stay hidden", async (method) => {
    const r = await get(`/api/v1/steering/targets/distribution?targetYear=2030&method=${method}&baseTeljaar=${(await get("/api/v1/meta")).json().teljaren.at(-2).teljaar}`);
    expect(r.status, r.body).toBe(200);
    const b = r.json();
    expect(b).toMatchObject({ target_year: 2030, target_teljaar: "2029-2030", definition: 27, method });
    // the 0.005 register is a fraction of the country: the 23,000 is scaled to it
    expect(b.national.reference_target).toBe(23000);
    expect(b.national.target_source).toBe("reference_scaled");
    expect(b.national.target).toBeLessThan(b.national.current * 2);
    const rows = b.rows as Row[];
    expect(rows.length).toBeGreaterThan(30);
    const shown = rows.filter((x) => x.target !== null);
    const hidden = rows.filter((x) => x.target === null);
    for (const h of hidden) {
      expect(h.suppressed).toContain("target");
      expect((h as unknown as { gap: unknown }).gap).toBeNull();
    }
    for (const x of rows) if (x.vsv !== null) expect(x.vsv === 0 || x.vsv >= 5).toBe(true);
    // the hidden regions together hold what is left: never one lone hidden region
    expect(hidden.length === 0 || hidden.length >= 2).toBe(true);
    expect(shown.reduce((a, x) => a + x.target!, 0)).toBeLessThanOrEqual(b.national.target);
    const path = b.national.path as { year: number; target: number }[];
    expect(path[0]).toMatchObject({ teljaar: b.base_teljaar, target: b.national.current });
    expect(path.at(-1)).toMatchObject({ year: 2030, target: b.national.target });
    for (const x of shown) expect(x.trajectory!.at(-1)!.target).toBe(x.target);
  });

  it("manual: refuses targets that miss the national target, saying by how much", async () => {
    const b = (await get("/api/v1/steering/targets/distribution?targetYear=2030&target=100")).json();
    const regions = (b.rows as Row[]).map((x) => x.region);
    const pairs = regions.map((code, i) => `${code}:${i === 0 ? 100 : 0}`).join(",");
    expect((await get(`/api/v1/steering/targets/distribution?targetYear=2030&target=100&method=manual&targets=${pairs}`)).status).toBe(200);
    const off = regions.map((code, i) => `${code}:${i === 0 ? 103 : 0}`).join(",");
    const p = await get(`/api/v1/steering/targets/distribution?targetYear=2030&target=100&method=manual&targets=${off}`);
    expect(p.status).toBe(400);
    expect(p.type).toMatch(/problem\+json/);
    expect(p.json().detail).toMatch(/tellen op tot 103, 3 meer dan het landelijke doel 100: verlaag ze samen met 3/);
  });

  it("downloads as CSV with one column per teljaar of the path", async () => {
    const r = await get("/api/v1/steering/targets/distribution?targetYear=2030&format=csv");
    expect(r.status).toBe(200);
    expect(r.type).toMatch(/text\/csv/);
    expect(r.body.split("\r\n")[2]).toMatch(/^RMC-regio;Naam;Startpopulatie;Aantal vsv'ers;Vsv-percentage;Doel \(aantal vsv'ers\);.*;Doel 2029-2030;/);
  });

  it("says what to do with a target year before the base teljaar or an unknown teljaar", async () => {
    expect((await get("/api/v1/steering/targets/distribution?targetYear=2016")).json().detail).toMatch(/ligt vóór het basisteljaar/);
    expect((await get("/api/v1/steering/targets/distribution?baseTeljaar=1999-2000")).status).toBe(400);
  });
});

describe("GET /api/v1/steering/projection", () => {
  it("fits the latest teljaren and projects to the target year with intervals and a verdict", async () => {
    const b = (await get("/api/v1/steering/projection?definition=27&targetYear=2030")).json();
    expect(b.fit.n).toBeGreaterThanOrEqual(3);
    expect(b.fit.n).toBeLessThanOrEqual(6);
    expect(b.projections.at(-1)).toMatchObject({ year: 2030, teljaar: "2029-2030" });
    for (const p of b.projections) expect(p.pi95_low <= p.pi80_low && p.pi80_low <= p.value && p.value <= p.pi80_high && p.pi80_high <= p.pi95_high).toBe(true);
    expect(["likely_met", "likely_not_met", "uncertain"]).toContain(b.verdict);
  });
});

describe("target plans", () => {
  it("are saved and adopted by national analysts only; gaps follow the adopted plan", async () => {
    const before = (await get("/api/v1/steering/targets/gaps?targetYear=2030")).json();
    expect(before.plan.source).toBe("default_proportional");

    const officer = await login("officer");
    expect((await officer("/api/v1/steering/target-plans", { method: "proportional", targetYear: 2030 })).status).toBe(403);
    const anonymous = await app.inject({ method: "POST", url: "/api/v1/steering/target-plans", headers: { "content-type": "application/json" }, payload: JSON.stringify({ method: "proportional" }) });
    expect(anonymous.statusCode).toBe(401);

    const analyst = await login("analist");
    const base = (await get("/api/v1/meta")).json().teljaren.at(-2).teljaar;
    const saved = await analyst("/api/v1/steering/target-plans", { name: "Convergentie", method: "convergence", targetYear: 2030, baseTeljaar: base });
    expect(saved.status, saved.body).toBe(201);
    const plan = saved.json();
    expect(plan).toMatchObject({ method: "convergence", adopted: false, target_year: 2030, definition: 27, base_teljaar: base });
    const bad = await analyst("/api/v1/steering/target-plans", { method: "manual", targetYear: 2030, target: 10, targets: { "01": 11 } });
    expect(bad.status).toBe(400);
    expect(bad.json().detail).toMatch(/ontbrekend/);

    expect((await officer(`/api/v1/steering/target-plans/${plan.id}/adopt`)).status).toBe(403);
    const adopted = await analyst(`/api/v1/steering/target-plans/${plan.id}/adopt`);
    expect(adopted.status, adopted.body).toBe(200);
    expect(adopted.json().adopted).toBe(true);
    expect((await analyst(`/api/v1/steering/target-plans/999999/adopt`)).status).toBe(404);

    const gaps = (await get("/api/v1/steering/targets/gaps?targetYear=2030")).json();
    expect(gaps.plan).toMatchObject({ source: "adopted", id: plan.id, base_teljaar: base });
    for (const row of gaps.rows) if (row.gap !== null) expect(row.gap).toBe(row.actual - row.path);
    const list = (await get("/api/v1/steering/target-plans?targetYear=2030")).json();
    expect(list.rows[0]).toMatchObject({ id: plan.id, adopted: true });
    for (const r of list.rows[0].regions) if (r.base_count !== null) expect(r.base_count === 0 || r.base_count >= 5).toBe(true);
  });

  it("gaps follow the path of the plan adopted last: a second adoption withdraws the first", async () => {
    const analyst = await login("analist");
    const base = (await get("/api/v1/meta")).json().teljaren.at(-2).teljaar as string;
    const tooLong = await analyst("/api/v1/steering/target-plans", { name: "x".repeat(201), method: "proportional", targetYear: 2030 });
    expect(tooLong.status).toBe(400);

    // Definition 23, official in the demo's teljaren: there the region table shows most regions (under the other
    // definition this tiny country's regions are mostly hidden, docs/privacy-public.md).
    const first = await analyst("/api/v1/steering/target-plans", { name: "Eerst", method: "proportional", targetYear: 2030, definition: 23, target: 1000, baseTeljaar: base });
    expect((await analyst(`/api/v1/steering/target-plans/${first.json().id}/adopt`)).status).toBe(200);
    const saved = await analyst("/api/v1/steering/target-plans", { name: "Gelijke daling", method: "equal_reduction", targetYear: 2030, definition: 23, target: 1000, baseTeljaar: base });
    expect(saved.status, saved.body).toBe(201);
    const plan = saved.json();
    expect((await analyst(`/api/v1/steering/target-plans/${plan.id}/adopt`)).status).toBe(200);

    const list = (await get("/api/v1/steering/target-plans?targetYear=2030&definition=23")).json().rows as { id: number; adopted: boolean }[];
    expect(list.filter((p) => p.adopted).map((p) => p.id)).toEqual([plan.id]);
    expect(list.length).toBeGreaterThanOrEqual(2);

    const gaps = (await get("/api/v1/steering/targets/gaps?targetYear=2030&definition=23&target=1000")).json();
    expect(gaps.plan).toMatchObject({ source: "adopted", id: plan.id, name: "Gelijke daling", method: "equal_reduction", base_teljaar: base, national_target: plan.national_target });
    // the adopted plan's path is the one the distribution with the same parameters shows
    const dist = (await get(`/api/v1/steering/targets/distribution?targetYear=2030&definition=23&target=1000&method=equal_reduction&baseTeljaar=${base}`)).json();
    expect(gaps.national.path).toEqual(dist.national.path);
    const latest = gaps.teljaar as string;
    // A region's gap is shown exactly when its path is (the base region table shows it) and the latest region table
    // shows its count; then it is the distribution's path. In this tiny country most regions are hidden.
    const now = new Map(((await get(`/api/v1/regions?teljaar=${latest}&definition=23`)).json().rows as { code: string; vsv: number | null; start_population: number | null }[]).map((r) => [r.code, r]));
    for (const row of gaps.rows as { region: string; path: number | null }[]) {
      const d = (dist.rows as { region: string; trajectory: { teljaar: string; target: number }[] | null }[]).find((x) => x.region === row.region)!;
      const shownNow = now.get(row.region)?.vsv != null && now.get(row.region)?.start_population != null;
      expect(row.path === null, row.region).toBe(d.trajectory === null || !shownNow);
      if (row.path !== null) expect(row.path, row.region).toBe(d.trajectory!.find((p) => p.teljaar === latest)!.target);
    }
  });
});
