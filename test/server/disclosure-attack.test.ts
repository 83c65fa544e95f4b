/**
 * Our own disclosure attack on everything the public API publishes for a small generated country
 * (docs/privacy-public.md, "How it is tested"). The public routes come from the OpenAPI document: each must be
 * attacked here or be listed with the reason it carries no count of its own, so a new public route fails this test
 * until it is covered.
 */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { DIMENSIONS } from "../../src/engine/dimensions.js";
import { Attacker } from "../support/disclosure-attacker.js";
import { useDemoApp } from "../support/demo-app.js";
import { servedPaths } from "../support/openapi-paths.js";

const demo = useDemoApp("vsv-attack-");

type Row = Record<string, unknown> & { start_population?: number | null; vsv?: number | null };

async function json(url: string) {
  const r = await demo.app.inject({ url });
  expect(r.statusCode, `${url}: ${r.body.slice(0, 300)}`).toBe(200);
  return JSON.parse(r.body);
}

/** Routes the attack reads, and routes that publish no count of their own (with why). */
const ATTACKED = [
  "/api/v1/figures",
  "/api/v1/regions",
  "/api/v1/regions/{code}",
  "/api/v1/municipalities",
  "/api/v1/municipalities/{code}",
  "/api/v1/institutions",
  "/api/v1/institutions/{brin}",
  "/api/v1/institutions/{brin}/locations/{location}",
  "/api/v1/steering/norms",
  "/api/v1/steering/targets/distribution",
  "/api/v1/steering/targets/gaps",
  "/api/v1/steering/report.xlsx",
  // Attacked with the figures they share young people with in disclosure-attack-follow-up.test.ts:
  "/api/v1/steering/follow-up",
  "/api/v1/steering/follow-up/mbo-work",
  "/api/v1/steering/neet",
  "/api/v1/steering/vulnerable",
  "/api/v1/steering/transitions",
  "/api/v1/steering/target-group",
];
const NOT_ATTACKED: Record<string, string> = {
  "/api/v1/health": "no counts",
  "/api/v1/series": "national counts per teljaar (vo, mbo, total): the national tables, always shown exact",
  "/api/v1/meta": "no counts",
  "/api/v1/auth/config": "which sign-in the login page offers, no counts",
  "/api/v1/targets": "reference targets, no counts of people",
  "/api/v1/norms": "reference norms, no counts of people",
  "/api/v1/geo/{layer}": "map shapes",
  "/api/v1/compare": "the area pages' series, read from the same tables (test/server/api.test.ts checks they are equal)",
  "/api/v1/rankings": "the list routes' rows in another order (rankings.test.ts)",
  "/api/v1/steering/projection": "the national series only, shown exact",
  "/api/v1/steering/norms/singled-out": "membership of institutions by rules on shown counts only",
  "/api/v1/steering/report.pdf": "the yearly report: the same tables as its workbook, which is attacked",
};

describe("the disclosure attack on every public answer", () => {
  it("covers every public route of the OpenAPI document", async () => {
    const doc = await json("/api/v1/openapi.json");
    const gets = servedPaths(doc as { paths: Record<string, Record<string, unknown>> }).filter(([, ops]) => ops.get).map(([p]) => p);
    expect(gets.filter((p) => !ATTACKED.includes(p) && !(p in NOT_ATTACKED))).toEqual([]);
  });

  it("refuses every combination of breakdowns it does not publish, in either order", async () => {
    const meta = await json("/api/v1/meta");
    const published = new Set<string>((meta.published.official_definition as string[]).map((c) => c.split(",").sort().join(",")));
    const names = DIMENSIONS.map((d) => d.name);
    const parents: Record<string, string> = { municipality: "region", location: "institution" };
    const closed = (names: readonly string[]) => [...new Set([...names, ...names.flatMap((x) => (parents[x] ? [parents[x]!] : []))])].sort().join(",");
    const publishedSets = new Set([...published].map((c) => closed(c.split(","))));
    for (const a of names) {
      for (const b of names) {
        if (a >= b) continue;
        const r = await demo.app.inject({ url: `/api/v1/figures?by=${b},${a}` });
        expect(r.statusCode, `by=${b},${a}`).toBe(publishedSets.has(closed([a, b])) ? 200 : 400);
      }
    }
  }, 120_000);

  it("recovers no hidden count: none shown elsewhere, pinned to a value or narrowed into 1..4", async () => {
    const meta = await json("/api/v1/meta");
    const attacker = new Attacker();
    const teljaren = (meta.teljaren as { teljaar: string; stages: string[]; official_definition: number }[]).slice(-2);
    const observeRows = (rows: Row[], keysOf: (r: Row) => Record<string, string | number | null>, at: { teljaar: string; stage: string; definition: number }, from: string, complete: boolean) => {
      for (const r of rows) {
        attacker.observe(
          {
            ...at,
            keys: keysOf(r),
            start_population: (r.start_population as number | null) ?? null,
            vsv: (r.vsv as number | null) ?? null,
            vsv_pct: (r.vsv_pct as number | null | undefined) ?? null,
            // List rows name last year and give the change, without last year's counts (undefined: not in this answer).
            previous: r.previous_teljaar ? { teljaar: r.previous_teljaar as string, stage: r.previous_stage as string, start_population: "previous_start_population" in r ? ((r.previous_start_population as number | null) ?? null) : undefined, vsv: "previous_vsv" in r ? ((r.previous_vsv as number | null) ?? null) : undefined, change: (r.change as number | null) ?? null } : null,
            from,
          },
          complete,
        );
      }
    };
    const keysFrom = (by: readonly string[]) => (r: Row) => Object.fromEntries(by.map((d) => [d, (r[d] as string | number | null) ?? null]));
    for (const t of teljaren) {
      for (const stage of t.stages) {
        for (const definition of meta.definitions as number[]) {
          const at = { teljaar: t.teljaar, stage, definition };
          const q = `teljaar=${t.teljaar}&stage=${stage}&definition=${definition}`;
          const combos: string[] = ["", ...(definition === t.official_definition ? meta.published.official_definition : meta.published.other_definition)];
          for (const combo of combos) {
            for (const order of [combo, combo.split(",").reverse().join(",")]) {
              const f = await json(`/api/v1/figures?${q}${order ? `&by=${order}` : ""}`);
              observeRows(f.rows, keysFrom(f.by), at, `figures?by=${order}`, true);
              if (f.total) observeRows([f.total], () => ({}), at, `figures?by=${order} total`, true);
            }
          }
          const regions = await json(`/api/v1/regions?${q}`);
          observeRows(regions.rows, (r) => ({ region: r.code as string }), at, "regions", false);
          if (definition === t.official_definition) {
            const municipalities = await json(`/api/v1/municipalities?${q}`);
            observeRows(municipalities.rows, (r) => ({ region: r.region as string, municipality: r.code as string }), at, "municipalities", false);
            const institutions = await json(`/api/v1/institutions?${q}`);
            observeRows(institutions.rows, (r) => ({ institution: r.code as string }), at, "institutions", false);
            for (const r of regions.rows.slice(0, 3)) {
              const page = await json(`/api/v1/regions/${r.code}?${q}`);
              observeRows([page.figure], () => ({ region: r.code }), at, `regions/${r.code}`, false);
              for (const [b, rows] of Object.entries(page.breakdowns as Record<string, Row[]>)) observeRows(rows, (x) => ({ region: r.code, [b]: (x[b] as string | null) ?? null }), at, `regions/${r.code} ${b}`, false);
              observeRows(page.municipalities, (x) => ({ region: r.code, municipality: x.code as string }), at, `regions/${r.code} municipalities`, false);
              observeRows(page.institutions, (x) => ({ institution: x.code as string }), at, `regions/${r.code} institutions`, false);
            }
            for (const i of institutions.rows.slice(0, 3)) {
              const page = await json(`/api/v1/institutions/${i.code}?${q}`);
              observeRows([page.figure], () => ({ institution: i.code }), at, `institutions/${i.code}`, false);
              for (const [b, rows] of Object.entries(page.breakdowns as Record<string, Row[]>)) observeRows(rows, (x) => ({ institution: i.code, [b]: (x[b] as string | null) ?? null }), at, `institutions/${i.code} ${b}`, false);
              observeRows(page.locations, (x) => ({ institution: i.code, location: x.code as string }), at, `institutions/${i.code} locations`, false);
            }
            for (const sector of ["mbo", "vo"]) {
              const norms = await demo.app.inject({ url: `/api/v1/steering/norms?${q}&sector=${sector}` });
              if (norms.statusCode !== 200) continue; // a teljaar without norms
              const rows = JSON.parse(norms.body).rows as Row[];
              observeRows(rows, (x) => ({ institution: x.institution as string, norm_group: (x.level ?? x.category) as string }), at, `norms ${sector}`, false);
            }
          }
        }
      }
    }
    // The target tool with the parameters a reader chooses: its rows show only what the region table shows.
    const latest = teljaren.at(-1)!;
    for (const target of [1, 50, 200, 1000]) {
      for (const method of ["proportional", "equal_reduction", "convergence"]) {
        for (const share of method === "convergence" ? [0.1, 0.5, 0.9] : [undefined]) {
          const d = await demo.app.inject({ url: `/api/v1/steering/targets/distribution?target=${target}&method=${method}&baseTeljaar=${latest.teljaar}${share ? `&bestShare=${share}` : ""}` });
          if (d.statusCode !== 200) continue;
          const body = JSON.parse(d.body);
          observeRows(body.rows, (r) => ({ region: r.region as string }), { teljaar: body.base_teljaar, stage: body.base_stage, definition: body.definition }, `distribution ${target} ${method} ${share ?? ""}`, false);
          // A region's target is hidden exactly when its count is: a target derived from a hidden count reveals it.
          for (const r of body.rows as Row[]) expect(r.target === null, `distribution region ${r.region}`).toBe(r.vsv === null || r.start_population === null);
        }
      }
    }
    // The yearly report's workbook, read as a reader would: its sheets name their teljaar, stage and definition.
    const xlsx = await demo.app.inject({ url: "/api/v1/steering/report.xlsx" });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const header = String(wb.getWorksheet("vo en mbo")!.getRow(2).getCell(1).value);
    const [, teljaar, stageNl, def] = /^Teljaar (\S+), (voorlopig|definitief), definitie jonger dan (\d+)$/.exec(header)!;
    const at = { teljaar: teljaar!, stage: stageNl === "voorlopig" ? "preliminary" : "definitive", definition: Number(def) };
    const count = (v: ExcelJS.CellValue) => (typeof v === "number" ? v : null);
    const typeOf: Record<string, string> = { "vo onderbouw": "VO-ONDERBOUW", "vmbo basis": "VMBO-BB", "vmbo kader": "VMBO-KB", "vmbo gemengd/theoretisch": "VMBO-GT", havo: "HAVO", vwo: "VWO", "mbo niveau 1 (entree)": "MBO-1", "mbo niveau 2": "MBO-2", "mbo niveau 3": "MBO-3", "mbo niveau 4": "MBO-4", vavo: "VAVO" };
    const sheets: [string, number, (name: string) => Record<string, string> | null][] = [
      ["vo en mbo", 2, (n) => ({ vo_mbo: n === "voortgezet onderwijs" ? "vo" : "mbo" })],
      ["Per RMC-regio", 3, (n) => ({ region: n })],
      ["Per vo-soort", 2, (n) => (typeOf[n] ? { education_type: typeOf[n]! } : null)],
      ["Per mbo-niveau", 2, (n) => (typeOf[n] ? { education_type: typeOf[n]! } : null)],
    ];
    let workbookCells = 0;
    for (const [name, spColumn, keysOf] of sheets) {
      const ws = wb.getWorksheet(name)!;
      for (let row = 5; row <= ws.rowCount; row++) {
        const r = ws.getRow(row);
        const keys = keysOf(String(r.getCell(1).value));
        if (!keys) continue;
        workbookCells++;
        attacker.observe({ ...at, keys, start_population: count(r.getCell(spColumn).value), vsv: count(r.getCell(spColumn + 1).value), from: `report.xlsx ${name}` }, false);
      }
    }
    expect(workbookCells).toBeGreaterThan(40);
    const report = attacker.solve();
    console.log(`disclosure attack: ${report.observations} numbers read, ${report.cells} cells, ${report.relations} relations; shown elsewhere ${report.shownElsewhere.length}, pinned ${report.pinned.length}, pinned by linear algebra only ${report.pinnedByAlgebra.length}, narrowed into 1..4 ${report.narrowed.length}, derived values shown ${report.derivedShown.length}`);
    expect(report.inconsistent.slice(0, 5)).toEqual([]);
    expect(report.derivedShown.slice(0, 5)).toEqual([]);
    expect(report.shownElsewhere.slice(0, 5)).toEqual([]);
    expect(report.pinned.slice(0, 12)).toEqual([]);
    expect(report.narrowed.slice(0, 5)).toEqual([]);
    // The protection does not run the exact attack for the figures (docs/privacy-public.md, Limits); this does.
    expect(report.pinnedByAlgebra.slice(0, 5)).toEqual([]);
  }, 600_000);
});
