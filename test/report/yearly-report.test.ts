import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/server/app.js";
import { openStore, type Store } from "../../src/server/store.js";
import { yearlyReportData, type YearlyReport } from "../../src/report/report-data.js";
import { reportTables } from "../../src/report/report-tables.js";
import { SECTION_ORDER, yearlyReportDoc } from "../../src/report/report-pdf.js";
import { reportSelection } from "../../src/report/report-files.js";
import { SECTION_TITLES } from "../../src/report/report-tables.js";
import { vsv } from "../support/cli.js";
import { removeTempDirs, tempDir } from "../support/temp-dirs.js";
import { demoData } from "../support/demo-data.js";
import { openOperationalStore } from "../../src/store/index.js";
import { changeAction, getActionPlan } from "../../src/store/action-plan.js";

const dir = tempDir("vsv-report-");
const PNG_DIR = path.resolve("test-output/report");
const TELJAAR = "2024-2025";
let app: FastifyInstance;
let store: Store;
let report: YearlyReport;

function has(tool: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
const POPPLER = has("pdftoppm") && has("pdftotext") && has("pdfinfo");

beforeAll(async () => {
  demoData(dir);
  app = await buildApp({ dataDir: dir, webRoot: path.join(dir, "no-web") });
  const state = await openStore(dir);
  store = state.store!;
  report = await yearlyReportData(store, reportSelection(store, { teljaar: TELJAAR }));
}, 120_000);
afterAll(async () => {
  await app?.close();
  store?.close();
  removeTempDirs();
});

async function get(url: string) {
  const r = await app.inject({ url });
  return { status: r.statusCode, type: String(r.headers["content-type"]), disposition: String(r.headers["content-disposition"] ?? ""), raw: r.rawPayload, json: () => JSON.parse(r.body) };
}

const isSmall = (v: unknown) => typeof v === "number" && v >= 1 && v <= 4;

describe("the yearly report's figures", () => {
  it("holds every computed teljaar under both definitions, every region and every level", async () => {
    const meta = (await get("/api/v1/meta")).json();
    expect(report.teljaar).toBe(TELJAAR);
    expect(report.stage).toBe("definitive");
    expect(report.definition).toBe(23);
    expect(report.official).toBe(true);
    expect(report.series).toHaveLength(meta.teljaren.length * 2);
    expect(report.series.filter((s) => s.official)).toHaveLength(meta.teljaren.length);
    const regions = (await get(`/api/v1/regions?teljaar=${TELJAAR}`)).json().rows;
    expect(report.regions.map((r) => r.code)).toEqual(regions.map((r: { code: string }) => r.code));
    expect(report.vo_mbo.map((f) => f.code)).toEqual(["vo", "mbo"]);
    expect(report.mbo_levels.map((f) => f.code)).toEqual(["MBO-1", "MBO-2", "MBO-3", "MBO-4", "VAVO"]);
    expect(report.vo_types.map((f) => f.code)).toEqual(["VO-ONDERBOUW", "VMBO-BB", "VMBO-KB", "VMBO-GT", "HAVO", "VWO"]);
    expect(report.targets.map((t) => t.target)).toEqual([25000, 18000, 23000]);
    expect(report.norms.map((n) => n.level)).toEqual(["1", "2", "3", "4"]);
    for (const n of report.norms) expect(n.met + n.not_met + n.unknown).toBe(n.institutions);
  });

  it("follows the teljaar's vsv'ers up a year later, nationally and per region, adding up to the vsv'ers", () => {
    const f = report.follow_up!;
    expect(f.teljaar).toBe(TELJAAR);
    expect(f.date).toBe("2026-10-01");
    const nl = f.rows[0]!;
    expect(nl.code).toBe("NL");
    expect(nl.vsv).toBe(report.national.vsv);
    const parts = Object.values(nl.situations).map((x) => x.n);
    expect(parts.every((n) => n !== null)).toBe(true);
    expect(parts.reduce<number>((a, b) => a + b!, 0)).toBe(nl.vsv);
    expect(f.rows.length).toBeGreaterThan(10);
  });

  it("holds the action plan's six lines and every action of reference/action-plan.json", () => {
    const plan = JSON.parse(readFileSync("reference/action-plan.json", "utf8")) as { lines: { actions: { code: string; status: string }[] }[] };
    expect(report.action_plan.lines.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(report.action_plan.actions.map((a) => a.code)).toEqual(plan.lines.flatMap((l) => l.actions.map((a) => a.code)));
    for (const l of report.action_plan.lines) expect(l.byStatus.not_started + l.byStatus.in_progress + l.byStatus.done).toBe(l.actions);
    expect(report.action_plan.origin).toBe("published");
  });

  it("shows the action plan as kept in the operational store when it is made with one: an analyst's update is in it", async () => {
    const sql = await openOperationalStore({ dataDir: dir });
    try {
      const [action] = await sql.query<{ code: string; version: number }>("SELECT code, version FROM actions ORDER BY line, code LIMIT 1");
      await changeAction(sql, action!.code, action!.version, { status: "done", note: { noted_on: "2026-11-20", text: "Afgerond: handreiking verschenen." } }, "Demo Analist");
      const fromStore = await yearlyReportData(store, reportSelection(store, { teljaar: TELJAAR }), new Date(), await getActionPlan(sql));
      expect(fromStore.action_plan.origin).toBe("store");
      expect(fromStore.action_plan.notedOn).toBe("2026-11-20");
      const updated = fromStore.action_plan.actions.find((a) => a.code === action!.code)!;
      expect(updated).toMatchObject({ status: "afgerond", progress: "Afgerond: handreiking verschenen." });
      const line = fromStore.action_plan.lines.find((l) => l.number === updated.line)!;
      const published = report.action_plan.lines.find((l) => l.number === updated.line)!;
      expect(line.byStatus.done).toBe(published.byStatus.done + 1);
    } finally {
      await sql.close();
    }
  });

  it("has the API's totals: the national series, the national figure and every region", async () => {
    const series = (await get("/api/v1/series")).json().rows;
    for (const s of report.series) {
      const api = series.find((x: { teljaar: string; definition: number }) => x.teljaar === s.teljaar && x.definition === s.definition);
      expect({ sp: s.start_population, vsv: s.vsv, vo: s.vo_vsv, mbo: s.mbo_vsv }, `${s.teljaar} ${s.definition}`).toEqual({ sp: api.start_population, vsv: api.vsv, vo: api.vo_vsv, mbo: api.mbo_vsv });
    }
    const national = (await get(`/api/v1/figures?teljaar=${TELJAAR}`)).json().rows[0];
    expect(report.national.vsv).toBe(national.vsv);
    expect(report.national.start_population).toBe(national.start_population);
    const regions = (await get(`/api/v1/regions?teljaar=${TELJAAR}`)).json().rows;
    for (const r of report.regions) {
      const api = regions.find((x: { code: string }) => x.code === r.code);
      expect({ sp: r.start_population, vsv: r.vsv, pct: r.vsv_pct }).toEqual({ sp: api.start_population, vsv: api.vsv, pct: api.vsv_pct });
    }
    const levels = (await get(`/api/v1/figures?teljaar=${TELJAAR}&by=education_type`)).json().rows;
    for (const l of [...report.mbo_levels, ...report.vo_types]) {
      const api = levels.find((x: { education_type: string }) => x.education_type === l.code);
      expect(l.vsv, l.code).toBe(api.vsv);
    }
  });

  it("shows no count of 1 to 4 people in any table, and hides some counts (as x)", () => {
    const tables = reportTables(report);
    let hidden = 0;
    for (const t of tables) {
      t.columns.forEach((c, i) => {
        if (c.kind !== "count") return;
        for (const row of t.rows) {
          expect(isSmall(row[i]!.value), `${t.sheet} / ${c.header}`).toBe(false);
          if (row[i]!.suppressed) hidden++;
        }
      });
    }
    expect(hidden).toBeGreaterThan(0);
  });
});

describe("the yearly report as PDF", () => {
  let pdf: Buffer;
  let text: string;
  let pages: number;

  it("is served at /api/v1/steering/report.pdf as a download", async () => {
    const r = await get(`/api/v1/steering/report.pdf?teljaar=${TELJAAR}`);
    expect(r.status).toBe(200);
    expect(r.type).toBe("application/pdf");
    expect(r.disposition).toBe(`attachment; filename="vsv-jaarrapportage-${TELJAAR}-definitief-23.pdf"`);
    pdf = r.raw;
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("refuses a teljaar that is not computed with a problem", async () => {
    const r = await get("/api/v1/steering/report.pdf?teljaar=2003-2004");
    expect(r.status).toBe(400);
    expect(r.type).toMatch(/^application\/problem\+json/);
    expect(r.json().detail).toMatch(/use one of 2015-2016/);
  });

  it("lays out one table per table, the title page, every section in order and the notes", () => {
    const doc = yearlyReportDoc(report);
    const flat = JSON.stringify(doc.content);
    for (const t of reportTables(report)) expect(flat).toContain(JSON.stringify(t.title));
    const headings = doc.content.filter((c): c is { text: string; style: string } => typeof c === "object" && c.style === "h1").map((c) => c.text);
    expect(headings).toEqual([...SECTION_ORDER.map((id, i) => `${i + 1}. ${SECTION_TITLES[id]}`), "Toelichting"]);
    expect(doc.content.filter((c) => typeof c === "object" && "svg" in c)).toHaveLength(2);
  });

  it.skipIf(!POPPLER && process.env.CI !== "true")("has the title page, the sections in order and page numbers in its text (pdftotext)", () => {
    expect(POPPLER, "poppler-utils (pdftoppm, pdftotext, pdfinfo) must be installed in CI: see .ci/run").toBe(true);
    const file = path.join(dir, "report.pdf");
    writeFileSync(file, pdf);
    text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
    expect(pages).toBeGreaterThanOrEqual(SECTION_ORDER.length + 2);
    expect(text).toContain("Voortgangsrapportage voortijdig schoolverlaten");
    expect(text).toMatch(/Teljaar\s+2024-2025/);
    expect(text).toMatch(/Stadium\s+definitief/);
    let at = 0;
    for (const [i, id] of SECTION_ORDER.entries()) {
      const found = text.indexOf(`${i + 1}. ${SECTION_TITLES[id]}`, at);
      expect(found, SECTION_TITLES[id]).toBeGreaterThan(at);
      at = found;
    }
    expect(text.indexOf("Toelichting", at)).toBeGreaterThan(at);
    expect(text).toContain(`pagina ${pages} van ${pages}`);
    expect(text).toMatch(/(^|\s)x(\s|$)/m);
    // Every region's line in section 3: its start population and vsv'ers as the report holds them, never 1-4.
    const section = text.slice(text.indexOf(`3. ${SECTION_TITLES.regions}`), text.indexOf(`4. ${SECTION_TITLES.levels}`));
    const shown = (v: number | null) => (v === null ? "x" : new Intl.NumberFormat("nl-NL").format(v));
    for (const r of report.regions) {
      const line = section.split("\n").find((l) => l.startsWith(`${r.code} `))!;
      const counts = line.split(/\s+/).filter((tok) => /^(\d{1,3}(\.\d{3})*|x)$/.test(tok)).slice(1, 3);
      expect(counts, line).toEqual([shown(r.start_population), shown(r.vsv)]);
      for (const c of counts) expect(isSmall(Number(c)), line).toBe(false);
    }
  });

  it.skipIf(!POPPLER && process.env.CI !== "true")("keeps every word inside the page's margins: no table runs off the page (pdftotext -bbox)", () => {
    expect(POPPLER, "poppler-utils (pdftotext) must be installed in CI: see .ci/run").toBe(true);
    const file = path.join(dir, "report-bbox.pdf");
    writeFileSync(file, pdf);
    const html = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" });
    const width = Number(/<page width="([\d.]+)"/.exec(html)![1]);
    const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)];
    expect(words.length).toBeGreaterThan(1000);
    // The pages have 40 pt margins left and right (report-pdf.ts); a word may touch, not cross them.
    const outside = words.filter((w) => Number(w[1]) < 39 || Number(w[2]) > width - 39).map((w) => `${w[3]} (${w[1]}–${w[2]})`);
    expect(outside).toEqual([]);
  });

  it.skipIf(!POPPLER && process.env.CI !== "true")("renders every page to PNG under test-output/report/ (pdftoppm)", () => {
    expect(POPPLER, "poppler-utils (pdftoppm) must be installed in CI: see .ci/run").toBe(true);
    rmSync(PNG_DIR, { recursive: true, force: true });
    mkdirSync(PNG_DIR, { recursive: true });
    const file = path.join(PNG_DIR, "jaarrapportage.pdf");
    writeFileSync(file, pdf);
    execFileSync("pdftoppm", ["-png", "-r", "60", file, path.join(PNG_DIR, "pagina")]);
    const pngs = readdirSync(PNG_DIR).filter((f) => f.endsWith(".png")).sort();
    expect(pngs).toHaveLength(pages);
    for (const p of pngs) {
      const bytes = readFileSync(path.join(PNG_DIR, p));
      expect(bytes.subarray(1, 4).toString()).toBe("PNG");
      expect(statSync(path.join(PNG_DIR, p)).size).toBeGreaterThan(5_000);
    }
    expect(readFileSync(".gitignore", "utf8")).toMatch(/^test-output\/$/m);
  });
});

describe("the yearly report as Excel workbook", () => {
  it("is served at /api/v1/steering/report.xlsx with one sheet per table and Toelichting", async () => {
    const r = await get(`/api/v1/steering/report.xlsx?teljaar=${TELJAAR}`);
    expect(r.status).toBe(200);
    expect(r.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.raw as unknown as ArrayBuffer);
    const tables = reportTables(report);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...tables.map((t) => t.sheet), "Toelichting"]);
    for (const t of tables) {
      const ws = wb.getWorksheet(t.sheet)!;
      expect(ws.getRow(1).getCell(1).value).toBe(t.title);
      expect(ws.getRow(4).values).toEqual([undefined, ...t.columns.map((c) => c.header)]);
      expect(ws.rowCount).toBe(4 + t.rows.length);
      t.columns.forEach((c, i) => {
        if (c.kind !== "count") return;
        for (let row = 5; row <= ws.rowCount; row++) {
          const v = ws.getRow(row).getCell(i + 1).value;
          expect(isSmall(v), `${t.sheet} ${c.header} row ${row}`).toBe(false);
        }
      });
    }
    const series = wb.getWorksheet("Landelijke reeks")!;
    const official = report.series.find((s) => s.teljaar === TELJAAR && s.official)!;
    const line = series.getRows(5, series.rowCount - 4)!.find((r) => r.getCell(1).value === TELJAAR && r.getCell(3).value === "ja")!;
    expect(line.getCell(6).value).toBe(official.vsv);
    expect(line.getCell(6).numFmt).toBe("#,##0");
    const regions = wb.getWorksheet("Per RMC-regio")!;
    expect(regions.getColumn(4).values.filter((v) => v === "x").length).toBe(report.regions.filter((r) => r.suppressed.includes("vsv")).length);
    const notes = wb.getWorksheet("Toelichting")!.getColumn(1).values;
    expect(notes).toEqual(expect.arrayContaining(["Bron", "Privacy", "Doelen", "Normen"]));
  });
});

describe("vsv report yearly", () => {
  it("writes the PDF and the workbook into a folder", async () => {
    const out = path.join(dir, "rapport");
    const r = await vsv("report", "yearly", "--data-dir", dir, "--teljaar", TELJAAR, "--out", out, "--quiet");
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([`vsv-jaarrapportage-${TELJAAR}-definitief-23.pdf`, `vsv-jaarrapportage-${TELJAAR}-definitief-23.xlsx`]);
    expect(r.stdout.trim().split("\n")).toHaveLength(2);
    expect(readFileSync(path.join(out, `vsv-jaarrapportage-${TELJAAR}-definitief-23.pdf`)).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("writes one file under the 27 definition, preliminary, when asked", async () => {
    const out = path.join(dir, "rapport-27.xlsx");
    const r = await vsv("report", "yearly", "--data-dir", dir, "--teljaar", "2023-2024", "--definition", "27", "--stage", "preliminary", "--out", out, "--format", "xlsx", "--quiet");
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("vo en mbo")!.getRow(2).getCell(1).value).toBe("Teljaar 2023-2024, voorlopig, definitie jonger dan 27");
  });

  it("says what to do with a teljaar that is not computed or a wrong format", async () => {
    const bad = await vsv("report", "yearly", "--data-dir", dir, "--teljaar", "2003-2004", "--out", path.join(dir, "x"));
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/Teljaar "2003-2004" is not computed: use one of 2015-2016/);
    const clash = await vsv("report", "yearly", "--data-dir", dir, "--out", path.join(dir, "x.pdf"), "--format", "xlsx");
    expect(clash.code).not.toBe(0);
    expect(clash.stderr).toMatch(/is a \.pdf file but --format asks for xlsx/);
    const format = await vsv("report", "yearly", "--data-dir", dir, "--out", path.join(dir, "x"), "--format", "docx");
    expect(format.stderr).toMatch(/Format "docx" is not a report format: use pdf, xlsx/);
  });
});
