/** The public follow-up, NEET, vulnerable-group and transition routes on the demo register (scale 0.005). */
import { describe, expect, it } from "vitest";
import { useDemoApp } from "../support/demo-app.js";

const demo = useDemoApp("vsv-follow-up-");

async function get(url: string) {
  const r = await demo.app.inject({ url });
  return { status: r.statusCode, type: String(r.headers["content-type"]), body: r.body, json: () => JSON.parse(r.body) };
}

const COUNT = /^(vsv|sk|education|work|deceased_emigrated|still_vsv|leavers|working|with_sk_leavers|with_sk_working|without_sk_leavers|without_sk_working|population|neet|pupils|stayed|neither|start_population|graduates|mbo_stayed|mbo_left_first_year|other_education|no_education)$/;
function smallCounts(v: unknown, at = "$"): string[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => smallCounts(x, `${at}[${i}]`));
  if (v && typeof v === "object") return Object.entries(v).flatMap(([k, x]) => (COUNT.test(k) && typeof x === "number" && x >= 1 && x <= 4 ? [`${at}.${k}=${x}`] : smallCounts(x, `${at}.${k}`)));
  return [];
}

interface Row { [k: string]: unknown; suppressed: string[] }

describe("GET /api/v1/steering/follow-up", () => {
  it("splits the national vsv'ers of the definitive figures over the five situations, per region too", async () => {
    const r = await get("/api/v1/steering/follow-up?by=region");
    expect(r.status, r.body).toBe(200);
    const body = r.json();
    expect(body.date).toBe(`${Number(body.teljaar.slice(0, 4)) + 2}-10-01`);
    const nl = body.rows[0] as Row;
    expect(nl.code).toBe("NL");
    const figures = (await get(`/api/v1/figures?teljaar=${body.teljaar}&stage=definitive&definition=${body.definition}`)).json();
    expect(nl.vsv).toBe(figures.rows?.[0]?.vsv ?? figures.vsv);
    expect(body.situations).toEqual(["sk", "education", "work", "deceased_emigrated", "still_vsv"]);
    const parts = ["sk", "education", "work", "deceased_emigrated", "still_vsv"].map((k) => nl[k] as number | null);
    if (parts.every((p) => p !== null)) expect(parts.reduce<number>((a, b) => a + b!, 0)).toBe(nl.vsv);
    expect(body.rows.length).toBeGreaterThan(2);
    expect(body.reference.shares.map((s: { pct: number }) => s.pct)).toEqual([8, 34, 58]);
    expect(smallCounts(body)).toEqual([]);
    for (const row of body.rows as Row[]) for (const f of row.suppressed) expect(row[f], f).toBeNull();
  });

  it("gives only the national row without by=region, and a CSV download with x for hidden counts", async () => {
    const r = await get("/api/v1/steering/follow-up");
    expect(r.json().rows).toHaveLength(1);
    const csv = await get("/api/v1/steering/follow-up?by=region&format=csv");
    expect(csv.type).toMatch(/text\/csv/);
    expect(csv.body.split("\r\n")[2]).toContain("Nog steeds vsv'er (%)");
    expect(/;[1-4](;|\r\n)/.test(csv.body)).toBe(false);
  });

  it("offers only teljaren whose follow-up day the register holds, and names the later ones as not known yet", async () => {
    const meta = (await get("/api/v1/meta")).json();
    const body = (await get("/api/v1/steering/follow-up")).json();
    // The demo register holds the situation up to 31 December of its last year (register.csv facts_until).
    expect(meta.data.synthetic).toBe(true);
    for (const t of body.teljaren as string[]) expect(`${Number(t.slice(0, 4)) + 2}-10-01` <= meta.data.facts_until, t).toBe(true);
    expect(body.teljaar).toBe((body.teljaren as string[]).at(-1));
    const later = (meta.teljaren as { teljaar: string }[]).map((t) => t.teljaar).filter((t) => t > body.teljaar);
    expect(later.length).toBeGreaterThan(0);
    expect(body.pending).toEqual(later.map((t) => ({ teljaar: t, date: `${Number(t.slice(0, 4)) + 2}-10-01` })));
    // No teljaar offered shows nobody with a startkwalificatie a year later.
    expect(body.rows[0].sk).toBeGreaterThan(0);
  });

  it("refuses a teljaar that cannot be followed up, naming the ones that can", async () => {
    const r = await get("/api/v1/steering/follow-up?teljaar=1999-2000");
    expect(r.status).toBe(400);
    expect(r.type).toMatch(/problem\+json/);
    expect(r.json().detail).toMatch(/kies uit \d{4}-\d{4}/);
  });
});

describe("GET /api/v1/steering/follow-up/mbo-work", () => {
  for (const by of ["labour_market_region", "programme", "level"]) {
    it(`by ${by}: leavers with and without SK add up, working never exceeds leavers`, async () => {
      const r = await get(`/api/v1/steering/follow-up/mbo-work?by=${by}`);
      expect(r.status, r.body).toBe(200);
      const body = r.json();
      const nl = body.rows[0] as Row;
      expect(nl.leavers as number).toBeGreaterThan(0);
      if (nl.with_sk_leavers !== null && nl.without_sk_leavers !== null) expect((nl.with_sk_leavers as number) + (nl.without_sk_leavers as number)).toBe(nl.leavers);
      for (const row of body.rows as Row[]) if (row.working !== null && row.leavers !== null) expect(row.working as number).toBeLessThanOrEqual(row.leavers as number);
      expect(smallCounts(body)).toEqual([]);
    });
  }
});

describe("GET /api/v1/steering/neet", () => {
  it("gives the NEET share of 15–26 year-olds nationally and per region for an available year", async () => {
    const r = await get("/api/v1/steering/neet?by=region");
    expect(r.status, r.body).toBe(200);
    const body = r.json();
    expect(body.years).toContain(body.year);
    const nl = body.rows[0] as Row;
    expect(nl.population as number).toBeGreaterThan(0);
    expect(nl.neet_pct as number).toBeGreaterThanOrEqual(0);
    expect(nl.neet_pct as number).toBeLessThanOrEqual(100);
    expect(smallCounts(body)).toEqual([]);
    expect((await get("/api/v1/steering/neet?year=1990")).status).toBe(400);
  });
});

describe("GET /api/v1/steering/vulnerable and /transitions", () => {
  it("gives pupils = stayed + leavers and leavers = education + work + neither where shown", async () => {
    const body = (await get("/api/v1/steering/vulnerable")).json();
    expect(body.rows.map((r: Row) => r.group)).toEqual(["vso", "pro", "entree", "mbo2_bol", "total"]);
    for (const row of body.rows as Row[]) {
      if (row.pupils !== null && row.stayed !== null && row.leavers !== null) expect((row.stayed as number) + (row.leavers as number)).toBe(row.pupils);
      const parts = [row.education, row.work, row.neither];
      if (row.leavers !== null && parts.every((p) => p !== null)) expect(parts.reduce<number>((a, b) => a + (b as number), 0)).toBe(row.leavers);
    }
    expect(smallCounts(body)).toEqual([]);
  });

  it("gives vso → mbo by level and origin and vmbo → mbo by vmbo level, with an Excel download", async () => {
    const r = await get("/api/v1/steering/transitions");
    expect(r.status, r.body).toBe(200);
    const body = r.json();
    expect(body.vso_mbo).toHaveLength(12);
    expect(body.vmbo_mbo.map((x: Row) => x.vmbo_level)).toEqual(["VMBO-GT", "VMBO-KB", "VMBO-BB", "total"]);
    expect(smallCounts(body)).toEqual([]);
    const xlsx = await demo.app.inject({ url: "/api/v1/steering/transitions?format=xlsx" });
    expect(xlsx.headers["content-type"]).toMatch(/spreadsheetml/);
  });
});
