/**
 * One truth wherever a reader looks (issue 14): for the latest teljaar under both definitions, the national figure,
 * the series, the regions (list, pages, the map's answer), the institutions (list, pages, a region's seated
 * institutions), the CSV and Excel downloads and the yearly report's workbook give the same numbers, and a hidden
 * number is hidden in all of them. The pages in Chromium are compared with the same API answers in
 * test/web/one-truth.test.ts.
 */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { useDemoApp } from "../support/demo-app.js";

const demo = useDemoApp("vsv-one-truth-");

type Row = Record<string, unknown>;
async function json(url: string) {
  const r = await demo.app.inject({ url });
  expect(r.statusCode, `${url}: ${r.body.slice(0, 300)}`).toBe(200);
  return JSON.parse(r.body);
}
async function workbook(url: string) {
  const r = await demo.app.inject({ url });
  expect(r.statusCode, url).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
  return wb;
}
/** A count as the downloads write it: the number, or "x" when hidden. */
const written = (v: unknown) => (v === null ? "x" : v);
const pair = (r: Row) => ({ start_population: r.start_population ?? null, vsv: r.vsv ?? null });

describe("one truth across the public answers", () => {
  it("gives the same national, regional and institution figures in every answer and download, under both definitions", async () => {
    const meta = await json("/api/v1/meta");
    const teljaar = meta.latest_teljaar as string;
    const series = await json("/api/v1/series");
    for (const definition of meta.definitions as number[]) {
      const q = `teljaar=${teljaar}&definition=${definition}`;
      const national = await json(`/api/v1/figures?${q}`);
      const nl = national.rows[0] as Row;
      const stage = national.stage as string;
      // The series (the landing page's chart) has the same national figure at the same stage.
      const s = (series.rows as Row[]).find((r) => r.teljaar === teljaar && r.definition === definition)!;
      expect(s.stage).toBe(stage);
      expect(pair(s)).toEqual(pair(nl));
      // vo and mbo add up to the national figure, in the figures table and in the series.
      const voMbo = await json(`/api/v1/figures?${q}&by=vo_mbo`);
      const parts = voMbo.rows as Row[];
      if (parts.every((r) => r.vsv !== null)) expect(parts.reduce((a, r) => a + (r.vsv as number), 0)).toBe(nl.vsv);
      expect(s.vo_vsv ?? null).toBe(parts.find((r) => r.vo_mbo === "vo")?.vsv ?? null);
      expect(s.mbo_vsv ?? null).toBe(parts.find((r) => r.vo_mbo === "mbo")?.vsv ?? null);

      // Regions: the list (what the map colours), the by=region table and each page agree; shown regions never add
      // up to more than the country, and to exactly the country when none is hidden.
      const regions = (await json(`/api/v1/regions?${q}`)).rows as Row[];
      const byRegion = (await json(`/api/v1/figures?${q}&by=region`)).rows as Row[];
      for (const r of regions) expect(pair(byRegion.find((x) => x.region === r.code)!), `region ${r.code}`).toEqual(pair(r));
      const shown = regions.filter((r) => r.start_population !== null);
      const unknown = byRegion.find((x) => x.region === null);
      const sum = shown.reduce((a, r) => a + (r.start_population as number), 0) + ((unknown?.start_population as number | null) ?? 0);
      if (shown.length === regions.length && (!unknown || unknown.start_population !== null)) expect(sum).toBe(nl.start_population);
      else expect(sum).toBeLessThanOrEqual(nl.start_population as number);
      for (const r of regions.slice(0, 4)) {
        const page = await json(`/api/v1/regions/${r.code}?${q}`);
        expect(pair(page.figure), `regions/${r.code}`).toEqual(pair(r));
        // The institutions seated in the region show the institution's own figures, as its page and the list do
        // (institutions are published under the teljaar's official definition only).
        const official = (meta.teljaren as { teljaar: string; official_definition: number }[]).find((t) => t.teljaar === teljaar)!.official_definition;
        if (definition !== official) {
          expect(page.institutions).toEqual([]);
          continue;
        }
        const institutions = (await json(`/api/v1/institutions?${q}&region=${r.code}`)).rows as Row[];
        expect((page.institutions as Row[]).map((i) => i.code).sort()).toEqual(institutions.map((i) => i.code).sort());
        for (const i of (page.institutions as Row[]).slice(0, 3)) {
          expect(pair(i), `institution ${i.code} on region ${r.code}`).toEqual(pair(institutions.find((x) => x.code === i.code)!));
          const own = await json(`/api/v1/institutions/${i.code}?${q}`);
          expect(pair(own.figure), `institutions/${i.code}`).toEqual(pair(i));
        }
      }

      // Downloads: the CSV and the Excel file of the region list hold the JSON's numbers, "x" where hidden.
      const csv = (await demo.app.inject({ url: `/api/v1/regions?${q}&format=csv` })).body.replace(/^\uFEFF/, "").trim().split(/\r?\n/).slice(2);
      const header = csv[0]!.split(";");
      for (const r of regions) {
        const line = csv.find((l) => l.startsWith(`${r.code};`))!.split(";");
        const at = (label: string) => line[line.length - header.length + header.indexOf(label)];
        expect(at("Startpopulatie"), `csv region ${r.code}`).toBe(String(written(r.start_population)));
        expect(at("Aantal vsv'ers"), `csv region ${r.code}`).toBe(String(written(r.vsv)));
      }
      const wb = await workbook(`/api/v1/regions?${q}&format=xlsx`);
      const ws = wb.worksheets[0]!;
      const columns = (ws.getRow(1).values as unknown[]).slice(1);
      regions.forEach((r, i) => {
        const row = (ws.getRow(i + 2).values as unknown[]).slice(1);
        expect(row[columns.indexOf("Startpopulatie")], `xlsx region ${r.code}`).toBe(written(r.start_population));
        expect(row[columns.indexOf("Aantal vsv'ers")], `xlsx region ${r.code}`).toBe(written(r.vsv));
      });
    }
  }, 300_000);

  it("gives the yearly report's workbook the numbers the API gives for its teljaar, stage and definition", async () => {
    const wb = await workbook("/api/v1/steering/report.xlsx");
    const header = String(wb.getWorksheet("vo en mbo")!.getRow(2).getCell(1).value);
    const [, teljaar, stageNl, def] = /^Teljaar (\S+), (voorlopig|definitief), definitie jonger dan (\d+)$/.exec(header)!;
    const q = `teljaar=${teljaar}&stage=${stageNl === "voorlopig" ? "preliminary" : "definitive"}&definition=${def}`;
    const count = (v: ExcelJS.CellValue) => (typeof v === "number" ? v : v === "x" ? null : v);
    const voMbo = (await json(`/api/v1/figures?${q}&by=vo_mbo`)).rows as Row[];
    const sheet = wb.getWorksheet("vo en mbo")!;
    let compared = 0;
    for (let row = 5; row <= sheet.rowCount; row++) {
      const name = String(sheet.getRow(row).getCell(1).value);
      const key = name === "voortgezet onderwijs" ? "vo" : name.startsWith("mbo") ? "mbo" : null;
      if (!key) continue;
      const api = voMbo.find((r) => r.vo_mbo === key)!;
      expect({ start_population: count(sheet.getRow(row).getCell(2).value), vsv: count(sheet.getRow(row).getCell(3).value) }, `report ${name}`).toEqual(pair(api));
      compared++;
    }
    expect(compared).toBe(2);
    const regions = (await json(`/api/v1/regions?${q}`)).rows as Row[];
    const perRegion = wb.getWorksheet("Per RMC-regio")!;
    let regionRows = 0;
    for (let row = 5; row <= perRegion.rowCount; row++) {
      const name = String(perRegion.getRow(row).getCell(1).value);
      const api = regions.find((r) => r.code === name);
      if (!api) continue;
      regionRows++;
      expect({ start_population: count(perRegion.getRow(row).getCell(3).value), vsv: count(perRegion.getRow(row).getCell(4).value) }, `report region ${name}`).toEqual(pair(api));
    }
    expect(regionRows).toBe(regions.length);
  }, 120_000);
});

