import { describe, expect, it } from "vitest";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import ExcelJS from "exceljs";
import { buildApp } from "../../src/server/app.js";
import { warmApp } from "../../src/server/warm.js";
import { vsv } from "../support/cli.js";
import { useDemoApp } from "../support/demo-app.js";

const demo = useDemoApp("vsv-api-");

async function get(url: string, headers: Record<string, string> = {}) {
  const r = await demo.app.inject({ url, headers });
  return { status: r.statusCode, type: String(r.headers["content-type"]), headers: r.headers, body: r.body, raw: r.rawPayload, json: () => JSON.parse(r.body) };
}

/** Fields that hold counts of people. */
const COUNT = /^(start_population|vsv|previous_start_population|previous_vsv|vo_vsv|mbo_vsv)$/;

/** Every count of people anywhere in a JSON value that is from 1 to 4 (there must be none). */
function smallCounts(v: unknown, at = "$"): string[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => smallCounts(x, `${at}[${i}]`));
  if (v && typeof v === "object") {
    return Object.entries(v).flatMap(([k, x]) => (COUNT.test(k) && typeof x === "number" && x >= 1 && x <= 4 ? [`${at}.${k}=${x}`] : smallCounts(x, `${at}.${k}`)));
  }
  return [];
}

async function ok(url: string) {
  const r = await get(url);
  expect(r.status, `${url}: ${r.body.slice(0, 400)}`).toBe(200);
  expect(r.headers["api-version"]).toBe("1.0.0");
  const body = r.json();
  expect(smallCounts(body), url).toEqual([]);
  return body;
}

async function problem(url: string, status: number) {
  const r = await get(url);
  expect(r.status, `${url}: ${r.body.slice(0, 300)}`).toBe(status);
  expect(r.type).toMatch(/^application\/problem\+json/);
  const p = r.json();
  expect(p).toMatchObject({ status, instance: url });
  expect(typeof p.title).toBe("string");
  expect(typeof p.detail).toBe("string");
  return p as { detail: string; invalid_params?: { name: string; reason: string }[] };
}

/** The rows of a Dutch CSV download by header: a description row, an empty row, Dutch headers, semicolons. */
function csvRows(text: string): Record<string, string>[] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [, , head, ...lines] = text.slice(1).trim().split("\r\n").map((l) => l.split(";"));
  return lines.map((l) => Object.fromEntries(head!.map((h, i) => [h, l[i] ?? ""])));
}

describe("the public API", () => {
  it("GET /api/v1/health and /meta say what is computed", async () => {
    expect(await ok("/api/v1/health")).toEqual({ status: "ok", data: true });
    const meta = await ok("/api/v1/meta");
    expect(meta.teljaren).toHaveLength(10);
    expect(meta.teljaren[0]).toEqual({ teljaar: "2015-2016", stages: ["preliminary", "definitive"], default_stage: "definitive", official_definition: 23 });
    expect(meta.latest_teljaar).toBe("2024-2025");
    expect(meta.definitions).toEqual([23, 27]);
    expect(meta.breakdowns.map((b: { name: string }) => b.name)).toContain("region");
    expect(meta.suppression).toEqual({ threshold: 5, marker: "x" });
    expect(meta.published.official_definition).toContain("region,sex");
    expect(meta.published.official_definition).not.toContain("municipality,level");
    expect(meta.published.other_definition).toEqual(["vo_mbo", "region"]);
  });

  it("GET /api/v1/series equals `vsv series`, with targets and the published series", async () => {
    const s = await ok("/api/v1/series");
    const cli = JSON.parse((await vsv("series", "--format", "json", "--data-dir", demo.dir)).stdout) as { teljaar: string; definition: number; vsv: number; start_population: number }[];
    expect(s.rows).toHaveLength(cli.length);
    for (const c of cli) expect(s.rows.find((r: { teljaar: string; definition: number }) => r.teljaar === c.teljaar && r.definition === c.definition)).toMatchObject({ vsv: c.vsv, start_population: c.start_population });
    expect(s.targets.map((t: { target: number }) => t.target)).toEqual([25000, 18000, 23000]);
    expect(s.published.length).toBeGreaterThan(0);
    expect((await ok("/api/v1/series?definition=27")).rows.every((r: { definition: number }) => r.definition === 27)).toBe(true);
  });

  it("GET /api/v1/figures: the national figure equals `vsv figures`, and breakdowns add up where shown", async () => {
    const cli = JSON.parse((await vsv("figures", "--teljaar", "2023-2024", "--format", "json", "--data-dir", demo.dir)).stdout)[0];
    const f = await ok("/api/v1/figures?teljaar=2023-2024");
    expect(f).toMatchObject({ teljaar: "2023-2024", definition: 23, stage: "definitive", by: [] });
    expect(f.rows[0]).toMatchObject({ start_population: cli.start_population, vsv: cli.vsv, vsv_pct: cli.vsv_pct, change: cli.change, change_pct: cli.change_pct });
    const byRegion = await ok("/api/v1/figures?teljaar=2023-2024&by=region");
    expect(byRegion.total).toMatchObject({ start_population: cli.start_population, vsv: cli.vsv });
    const sp = byRegion.rows.reduce((a: number, r: { start_population: number | null }) => a + (r.start_population ?? 0), 0);
    expect(sp).toBeLessThanOrEqual(cli.start_population);
    // Suppression: a suppressed count is listed, and never alone among the rows that add up to the total.
    const hiddenVsv = byRegion.rows.filter((r: { vsv: number | null }) => r.vsv === null);
    for (const r of hiddenVsv) expect(r.suppressed).toContain("vsv");
    expect(hiddenVsv.length).not.toBe(1);
    const twoWay = await ok("/api/v1/figures?teljaar=2023-2024&by=region,level&region=28");
    expect(twoWay.rows.every((r: { region: string }) => r.region === "28")).toBe(true);
    expect(twoWay.total.start_population).toBe(byRegion.rows.find((r: { region: string }) => r.region === "28").start_population);
    const muni = await ok("/api/v1/figures?municipality=363");
    expect(muni.filter).toEqual({ municipality: "0363" });
    expect(muni.by).toEqual(["region", "municipality"]);
    // A municipality is published as a total only (docs/privacy-public.md): a split of it is refused, naming `by`.
    const refused = await problem("/api/v1/figures?by=level&municipality=363", 400);
    expect(refused.invalid_params?.[0]?.name).toBe("by");
  });

  it("GET /api/v1/regions and /regions/{code}", async () => {
    const list = await ok("/api/v1/regions?teljaar=2023-2024");
    expect(list.rows).toHaveLength(40);
    expect(list.rows[0]).toHaveProperty("code", "01");
    const r = await ok("/api/v1/regions/MC28?teljaar=2023-2024");
    expect(r).toMatchObject({ code: "28", name: "Haaglanden/Westland", teljaar: "2023-2024", definition: 23 });
    expect(r.figure.start_population).toBe(list.rows.find((x: { code: string }) => x.code === "28").start_population);
    expect(r.series).toHaveLength(10);
    expect(Object.keys(r.breakdowns)).toEqual(["level", "leerweg", "age_group", "sector", "vo_mbo"]);
    expect(r.municipalities.length).toBeGreaterThan(0);
    expect(r.municipalities.every((m: { region: string }) => m.region === "28")).toBe(true);
    await problem("/api/v1/regions/14", 404);
    const bad = await problem("/api/v1/regions/abc", 400);
    expect(bad.invalid_params?.[0]?.name).toBe("code");
  });

  it("GET /api/v1/municipalities and /municipalities/{code}", async () => {
    const list = await ok("/api/v1/municipalities?region=28");
    expect(list.rows.length).toBeGreaterThan(1);
    expect(list.rows.every((m: { region: string }) => m.region === "28")).toBe(true);
    expect((await ok("/api/v1/municipalities")).rows.length).toBe(342);
    const m = await ok("/api/v1/municipalities/GM0363");
    expect(m).toMatchObject({ code: "0363", name: "Amsterdam", region: { code: "21" } });
    expect(m.series).toHaveLength(10);
    await problem("/api/v1/municipalities/9999", 404);
  });

  it("GET /api/v1/institutions, /institutions/{brin} with norms and /locations/{location}", async () => {
    const list = await ok("/api/v1/institutions");
    expect(list.rows.length).toBeGreaterThan(10);
    const regional = await ok("/api/v1/institutions?region=28");
    expect(regional.rows.every((i: { region: string }) => i.region === "28")).toBe(true);
    const mbo = list.rows.find((i: { kind: string }) => i.kind === "ROC");
    const inst = await ok(`/api/v1/institutions/${mbo.code}?teljaar=2023-2024`);
    expect(inst.code).toBe(mbo.code);
    expect(inst.region).toEqual({ code: mbo.region, name: expect.any(String) });
    expect(typeof inst.municipality_name).toBe("string");
    expect(inst.norms.map((n: { level: string }) => n.level)).toEqual(["1", "2", "3", "4"]);
    for (const n of inst.norms) expect(n.norm_met === null || n.norm_met === n.vsv_pct <= n.norm).toBe(true);
    expect(inst.locations.length).toBeGreaterThan(0);
    const loc = await ok(`/api/v1/institutions/${mbo.code}/locations/${inst.locations[0].code}?teljaar=2023-2024`);
    expect(loc.institution.code).toBe(mbo.code);
    const vo = list.rows.find((i: { kind: string }) => i.kind === "VO");
    expect((await ok(`/api/v1/institutions/${vo.code}`)).norms).toBeNull();
    await problem("/api/v1/institutions/00ZZ", 404);
    await problem(`/api/v1/institutions/${mbo.code}/locations/${mbo.code}99`, 404);
    await problem("/api/v1/institutions/x", 400);
  });

  it("GET /api/v1/compare and /rankings", async () => {
    const c = await ok("/api/v1/compare?kind=region&codes=28,13&from=2020-2021");
    expect(c.items.map((i: { code: string }) => i.code)).toEqual(["28", "13"]);
    expect(c.items[0].series.map((s: { teljaar: string }) => s.teljaar)).toEqual(["2020-2021", "2021-2022", "2022-2023", "2023-2024", "2024-2025"]);
    const list = await ok("/api/v1/institutions");
    const two = list.rows.slice(0, 2).map((i: { code: string }) => i.code);
    expect((await ok(`/api/v1/compare?kind=institution&codes=${two.join(",")}`)).items).toHaveLength(2);
    await problem("/api/v1/compare?kind=region&codes=14", 404);
    await problem("/api/v1/compare?kind=school&codes=28", 400);
    const rk = await ok("/api/v1/rankings?kind=region&sort=vsv_pct&order=desc&limit=5");
    expect(rk.rows).toHaveLength(5);
    const pcts = rk.rows.map((r: { vsv_pct: number | null }) => r.vsv_pct).filter((p: number | null) => p !== null);
    expect(pcts).toEqual([...pcts].sort((a, b) => b - a));
    expect((await ok("/api/v1/rankings?kind=municipality&sort=vsv")).rows).toHaveLength(342);
  });

  it("GET /api/v1/targets, /norms and /geo/{layer}", async () => {
    expect((await ok("/api/v1/targets")).rows).toHaveLength(3);
    const n = await ok("/api/v1/norms?teljaar=2023-2024");
    expect(n.rows.map((r: { level: string }) => r.level)).toEqual(["1", "2", "3", "4"]);
    const g = await get("/api/v1/geo/regions");
    expect(g.status).toBe(200);
    expect(g.headers["cache-control"]).toMatch(/max-age/);
    expect(Object.keys(JSON.parse(g.body).objects)).toHaveLength(1);
    await problem("/api/v1/geo/provinces", 400);
  });

  it("bad parameters give a 400 problem naming what is allowed", async () => {
    expect((await problem("/api/v1/figures?teljaar=2023", 400)).detail).toMatch(/2015-2016.*2024-2025/);
    expect((await problem("/api/v1/figures?by=region,colour", 400)).detail).toMatch(/region, municipality, labour_market_region/);
    const d = await problem("/api/v1/figures?definition=25", 400);
    expect(d.invalid_params).toEqual([{ name: "definition", reason: expect.stringMatching(/23, 27/) }]);
    expect((await problem("/api/v1/figures?stage=final", 400)).detail).toMatch(/preliminary, definitive/);
    expect((await problem("/api/v1/regions?format=pdf", 400)).detail).toMatch(/json, csv, csv-machine, xlsx/);
    await problem("/api/v1/figures?region=99", 400);
    await problem("/api/v1/nothing", 404);
  });

  it("serves OpenAPI 3 listing every route, and the docs", async () => {
    const doc = await ok("/api/v1/openapi.json");
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.version).toBe("1.0.0");
    const routes = demo.app.printRoutes({ commonPrefix: false });
    for (const p of ["/api/v1/health", "/api/v1/meta", "/api/v1/series", "/api/v1/figures", "/api/v1/regions", "/api/v1/regions/{code}", "/api/v1/municipalities", "/api/v1/municipalities/{code}", "/api/v1/institutions", "/api/v1/institutions/{brin}", "/api/v1/institutions/{brin}/locations/{location}", "/api/v1/compare", "/api/v1/rankings", "/api/v1/targets", "/api/v1/norms", "/api/v1/geo/{layer}"]) {
      const item = doc.paths[p.slice(doc.servers[0].url.length)];
      expect(item, p).toBeDefined();
      expect(item.get.summary).toBeTruthy();
    }
    expect(routes).toContain("api/v1/figures");
    expect(doc.paths["/figures"].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["teljaar", "definition", "stage", "by", "region", "format"]));
    expect((await get("/api/v1/docs")).status).toBe(200);
    expect((await get("/api/v1/docs/")).status).toBe(301);
  });

  it("has no person-level route", async () => {
    await problem("/api/v1/persons", 404);
  });

  it("without a web build, / says in Dutch how to build it", async () => {
    const r = await get("/");
    expect(r.status).toBe(200);
    expect(r.body).toMatch(/npm run build/);
    expect(r.body).toMatch(/lang="nl"/);
  });
});

describe("exports", () => {
  it("CSV (BOM, semicolon-separated, Dutch headers, suppressed counts as x) matches the JSON", async () => {
    const json = await ok("/api/v1/regions?teljaar=2023-2024");
    const r = await get("/api/v1/regions?teljaar=2023-2024&format=csv");
    expect(r.type).toMatch(/^text\/csv/);
    expect(r.headers["content-disposition"]).toMatch(/attachment; filename="vsv-regions-2023-2024-def23-definitief\.csv"/);
    const rows = csvRows(r.body);
    expect(rows).toHaveLength(json.rows.length);
    json.rows.forEach((j: { code: string; vsv: number | null; start_population: number | null }, i: number) => {
      expect(rows[i]!.Code).toBe(j.code);
      expect(rows[i]!["Aantal vsv'ers"]).toBe(j.vsv === null ? "x" : String(j.vsv));
      expect(rows[i]!.Startpopulatie).toBe(j.start_population === null ? "x" : String(j.start_population));
    });
    const byAccept = await get("/api/v1/figures?by=region", { accept: "text/csv" });
    expect(byAccept.type).toMatch(/^text\/csv/);
  });

  it("every list endpoint exports CSV", async () => {
    for (const url of ["/api/v1/series", "/api/v1/figures?by=level", "/api/v1/compare?kind=region&codes=28", "/api/v1/rankings?kind=institution", "/api/v1/municipalities", "/api/v1/institutions", "/api/v1/targets", "/api/v1/norms"]) {
      const r = await get(`${url}${url.includes("?") ? "&" : "?"}format=csv`);
      expect(r.status, url).toBe(200);
      expect(csvRows(r.body).length, url).toBeGreaterThan(0);
    }
  });

  it("XLSX has a header row, the JSON's numbers and a source sheet", async () => {
    const json = await ok("/api/v1/rankings?kind=region");
    const r = await get("/api/v1/rankings?kind=region&format=xlsx");
    expect(r.headers["content-disposition"]).toMatch(/\.xlsx"/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.raw as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Cijfers")!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(["Plaats", "Code", "Naam", "Startpopulatie", "Aantal vsv'ers", "Vsv-percentage", "Verschil aantal vsv'ers", "Verschil aantal vsv'ers (%)"]);
    json.rows.forEach((j: { code: string; vsv: number | null }, i: number) => {
      const row = (ws.getRow(i + 2).values as unknown[]).slice(1);
      expect(row[1]).toBe(j.code);
      expect(row[4]).toBe(j.vsv === null ? "x" : j.vsv);
    });
    expect(wb.getWorksheet("Toelichting")).toBeDefined();
  });
});

describe("the response cache", () => {
  it("answers a repeated GET with the same bytes and headers, marked as a cache hit", async () => {
    const url = "/api/v1/figures?by=region,level";
    const first = await get(url);
    const second = await get(url);
    expect(first.status).toBe(200);
    expect(second.headers["x-cache"]).toBe("hit");
    expect(second.body).toBe(first.body);
    expect(second.type).toBe(first.type);
    expect(second.headers["api-version"]).toBe("1.0.0");
  });

  it("sends a large cached answer gzipped to clients that accept it, the same bytes once unzipped", async () => {
    const url = "/api/v1/figures?by=region,level&stage=definitive";
    const plain = await get(url);
    const zipped = await demo.app.inject({ url, headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/i);
    expect(zipped.rawPayload.length).toBeLessThan(plain.raw.length / 3);
    expect(gunzipSync(zipped.rawPayload).toString("utf8")).toBe(plain.body);
    const again = await get(url);
    expect(again.headers["content-encoding"]).toBeUndefined();
    expect(again.body).toBe(plain.body);
  });

  it("keeps formats apart and does not keep problems", async () => {
    const json = await get("/api/v1/regions");
    const csv = await get("/api/v1/regions", { accept: "text/csv" });
    const csvAgain = await get("/api/v1/regions", { accept: "text/csv" });
    expect(json.type).toMatch(/json/);
    expect(csvAgain.type).toMatch(/csv/);
    expect(csvAgain.body).toBe(csv.body);
    await problem("/api/v1/figures?teljaar=1999-2000", 400);
    const again = await get("/api/v1/figures?teljaar=1999-2000");
    expect(again.headers["x-cache"]).toBeUndefined();
  });
});

describe("warming the caches (vsv serve, after it listens)", () => {
  it("visits the landing data, the lists and one page of each kind, which are then cache hits", async () => {
    const fresh = await buildApp({ dataDir: demo.dir, webRoot: path.join(demo.dir, "no-web") });
    try {
      const warmed = await warmApp(fresh);
      expect(warmed.slice(0, 3)).toEqual(["/api/v1/meta", "/api/v1/series", "/api/v1/figures"]);
      expect(warmed.filter((u) => /^\/api\/v1\/(regions|municipalities|institutions)\/\w+$/.test(u))).toHaveLength(3);
      for (const url of warmed) expect((await fresh.inject({ url })).headers["x-cache"], url).toBe("hit");
    } finally {
      await fresh.close();
    }
  });
});

describe("figures of one location", () => {
  it("GET /api/v1/figures?location= gives the rows of that location only, and its total equals the location page", async () => {
    const list = await ok("/api/v1/institutions");
    const inst = await ok(`/api/v1/institutions/${list.rows[0].code}`);
    const loc = inst.locations[0].code as string;
    const page = await ok(`/api/v1/institutions/${list.rows[0].code}/locations/${loc}`);
    const f = await ok(`/api/v1/figures?location=${loc}`);
    expect(f.rows.every((r: { location: string }) => r.location === loc)).toBe(true);
    expect(f.total.start_population).toBe(page.figure.start_population);
    await problem("/api/v1/figures?location=xx", 400);
  });
});

describe("comparing locations", () => {
  it("GET /api/v1/compare?kind=location gives the same series as the location's page", async () => {
    const list = await ok("/api/v1/institutions");
    const brin = list.rows[0].code as string;
    const loc = (await ok(`/api/v1/institutions/${brin}`)).locations[0].code as string;
    const page = await ok(`/api/v1/institutions/${brin}/locations/${loc}`);
    const cmp = await ok(`/api/v1/compare?kind=location&codes=${loc}&definition=${page.definition}`);
    expect(cmp.items[0]).toMatchObject({ code: loc, name: page.name });
    const pick = (s: { teljaar: string; stage: string; start_population: number | null; vsv: number | null }[]) => s.map(({ teljaar, stage, start_population, vsv }) => ({ teljaar, stage, start_population, vsv }));
    expect(pick(cmp.items[0].series)).toEqual(pick(page.series.filter((s: { definition?: number }) => s.definition === undefined || s.definition === page.definition)));
    await problem("/api/v1/compare?kind=location&codes=00ZZ00", 404);
  });
});
