import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/server/app.js";
import { openStore, type Store } from "../../src/service/store.js";
import { yearlyReportData, type YearlyReport } from "../../src/report/report-data.js";
import { reportTables, SECTION_ORDER, SECTION_TITLES } from "../../src/report/report-tables.js";
import { PAGE_MARGIN_MM, yearlyReportHtml } from "../../src/report/report-html.js";
import { CHROMIUM_PATH } from "../../src/report/report-pdf.js";
import { reportSelection } from "../../src/report/report-files.js";
import { compareTargets } from "../../src/report/report-targets.js";
import { syntheticNotice, targetStatus } from "../../src/report/report-notes.js";
import { dateNl } from "../../src/report/report-format.js";
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
const CHROMIUM = existsSync(CHROMIUM_PATH);
/** The PDF needs Chromium and the checks poppler-utils: in CI (CI=true) they fail without them, elsewhere they are skipped. */
const PDF_TOOLS = (POPPLER && CHROMIUM) || process.env.CI === "true";
const needPdfTools = () => {
  expect(CHROMIUM, `Chromium must be installed at ${CHROMIUM_PATH} to print the PDF (apt-get install chromium)`).toBe(true);
  expect(POPPLER, "poppler-utils (pdftoppm, pdftotext, pdfinfo) must be installed in CI: see .ci/run").toBe(true);
};

/** What a reader of a public document should never see: addresses, file names, hashes, machine timestamps. */
const DEVELOPER_TEXT: readonly [string, RegExp][] = [
  ["an API path", /\/api\//],
  ["a site path", /\/sturing\//],
  ["a .csv file", /\.csv\b/i],
  ["a .json file", /\.json\b/i],
  ["a .md file", /\.md\b/i],
  ["a source folder", /\b(src|docs|reference)\//],
  ["a hash (16+ hex characters)", /[0-9a-f]{16,}/i],
  ["an ISO timestamp", /\d{4}-\d{2}-\d{2}T/],
  ["an ISO date", /\b\d{4}-\d{2}-\d{2}\b/],
];
function developerText(text: string): string[] {
  return DEVELOPER_TEXT.flatMap(([what, re]) => {
    const m = re.exec(text);
    return m ? [`${what}: "${text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40)}"`] : [];
  });
}

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
    expect(report.source.synthetic_scale).toBe(0.005);
    expect(report.norms.map((n) => n.level)).toEqual(["1", "2", "3", "4"]);
    for (const n of report.norms) expect(n.met + n.not_met + n.unknown).toBe(n.institutions);
  });

  it("follows the teljaar's vsv'ers up a year later, nationally and per region, adding up to the vsv'ers", () => {
    // The latest teljaar up to the report's whose situation a year later the register holds.
    const f = report.follow_up!;
    expect(f.teljaar).toBe(store.followUpTeljaren.filter((t) => t <= TELJAAR).at(-1));
    expect(f.date).toBe(`${Number(f.teljaar.slice(0, 4)) + 2}-10-01`);
    const nl = f.rows[0]!;
    expect(nl.code).toBe("NL");
    expect(nl.vsv).toBe(report.series.find((s) => s.teljaar === f.teljaar && s.official)!.vsv);
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

describe("the targets in the yearly report", () => {
  const reference = [
    { year: 2016, teljaar: "2014-2015", definition: 23, target: 25000 },
    { year: 2026, teljaar: "2025-2026", definition: 23, target: 18000 },
    { year: 2030, teljaar: "2029-2030", definition: 27, target: 23000 },
  ];
  const count = (teljaar: string, definition: number, vsv: number | null) => ({ teljaar, definition, stage: "definitive" as const, vsv, suppressed: vsv === null ? ["vsv"] : [] });

  it("compares each target with the count of its own teljaar and definition, never another teljaar's", () => {
    const counts = [count("2024-2025", 23, 1500), count("2025-2026", 23, 1700), count("2025-2026", 27, 2100)];
    const rows = compareTargets(reference, counts, null);
    expect(rows.map((t) => [t.teljaar, t.vsv, t.gap])).toEqual([
      ["2014-2015", null, null],
      ["2025-2026", 1700, 1700 - 18000],
      ["2029-2030", null, null],
    ]);
    expect(rows.map((t) => t.compared_target)).toEqual([25000, 18000, 23000]);
  });

  it("scales a target to a synthetic sample before comparing (counts only), and not for scale 1 or a real register", () => {
    const counts = [count("2025-2026", 23, 1700)];
    const tenth = compareTargets(reference, counts, 0.1)[1]!;
    expect(tenth).toMatchObject({ target: 18000, compared_target: 1800, vsv: 1700, gap: -100 });
    expect(compareTargets(reference, counts, 1)[1]).toMatchObject({ compared_target: 18000, gap: 1700 - 18000 });
    expect(compareTargets(reference, [count("2025-2026", 23, null)], 0.1)[1]).toMatchObject({ vsv: null, vsv_suppressed: true, gap: null });
  });

  it("says that no target holds for the report's teljaar 2024-2025, and compares it with none (not with 2016's)", () => {
    expect(report.targets.find((t) => t.teljaar === TELJAAR)).toBeUndefined();
    expect(targetStatus(report)).toMatch(/^Voor teljaar 2024-2025 geldt geen landelijk doel, dus het aantal van 2024-2025 wordt niet met een doel vergeleken\./);
    const table = reportTables(report).find((t) => t.sheet === "Stand tegen doelen")!;
    const col = (header: string) => table.columns.findIndex((c) => c.header === header);
    for (const [i, t] of report.targets.entries()) {
      const row = table.rows[i]!;
      expect(row[col("Teljaar")]!.value).toBe(t.teljaar);
      // The count next to a target is its own teljaar's (none of the demo's teljaren has a target), never 2024-2025's.
      const own = report.series.find((s) => s.teljaar === t.teljaar && s.definition === t.definition);
      expect(row[col("Nieuwe vsv'ers in dat teljaar")]!.value).toBe(own?.vsv ?? null);
    }
    expect(table.lead).toContain("Voor teljaar 2024-2025 geldt geen landelijk doel");
  });

  it("states the report's teljaar against its own target, scaled to the sample, when one holds", () => {
    const withTarget: YearlyReport = {
      ...report,
      teljaar: "2025-2026" as YearlyReport["teljaar"],
      targets: compareTargets(reference, [count("2025-2026", 23, 1700)], 0.1),
      source: { ...report.source, synthetic_scale: 0.1 },
    };
    expect(targetStatus(withTarget)).toBe(
      "Voor teljaar 2025-2026 geldt het doel ten hoogste 18.000 nieuwe vsv'ers in 2026 (teljaar 2025-2026, definitie jonger dan 23). Voor deze steekproef van 10% is dat 1.800. Het aantal nieuwe vsv'ers (definitief) is 1.700: 100 onder het doel.",
    );
    const table = reportTables(withTarget).find((t) => t.sheet === "Stand tegen doelen")!;
    expect(table.columns.map((c) => c.header)).toContain("Doel × 10%");
  });

  it("says the data are synthetic, and a sample of what size, only when they are", () => {
    expect(syntheticNotice(report)).toContain("synthetische gegevens, een steekproef van 0,5% van Nederland");
    const whole = syntheticNotice({ ...report, source: { ...report.source, synthetic_scale: 1 } })!;
    expect(whole).toContain("synthetische gegevens");
    expect(whole).not.toContain("steekproef");
    expect(syntheticNotice({ ...report, source: { ...report.source, synthetic_scale: null } })).toBeNull();
    const tenth = { ...report, source: { ...report.source, synthetic_scale: 0.1 } };
    expect(syntheticNotice(tenth)).toContain("synthetische gegevens, een steekproef van 10% van Nederland");
  });
});

describe("the yearly report as PDF", () => {
  let pdf: Buffer;
  let text: string;
  let pages: number;

  it.skipIf(!PDF_TOOLS)("is served at /api/v1/steering/report.pdf as a download", async () => {
    needPdfTools();
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
    expect(r.json().detail).toMatch(/kies een van 2015-2016/);
  });

  it("is one accessible HTML document: Dutch, a title, headings h1-h3 in order, every table with its caption and header cells", () => {
    const html = yearlyReportHtml(report);
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(/<title>([^<]*)<\/title>/.exec(html)![1]).toBe("Voortgangsrapportage voortijdig schoolverlaten 2024-2025");
    const headings = [...html.matchAll(/<h([1-6])[^>]*>([^<]*)<\/h\1>/g)].map((m) => ({ level: Number(m[1]), text: m[2]! }));
    expect(headings[0]).toEqual({ level: 1, text: "Voortgangsrapportage voortijdig schoolverlaten" });
    expect(headings.filter((h) => h.level === 1)).toHaveLength(1);
    headings.slice(1).forEach((h, i) => expect(h.level, h.text).toBeLessThanOrEqual(headings[i]!.level + 1));
    expect(Math.max(...headings.map((h) => h.level))).toBe(3);
    expect(headings.filter((h) => h.level === 2).map((h) => h.text)).toEqual([...SECTION_ORDER.map((id, i) => `${i + 1}. ${SECTION_TITLES[id]}`), "Toelichting"]);
    const tables = [...html.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)].map((m) => m[1]!);
    const reportTablesList = reportTables(report);
    expect(tables).toHaveLength(reportTablesList.length);
    tables.forEach((t, i) => {
      expect(t, reportTablesList[i]!.title).toMatch(new RegExp(`^\\n<caption>Tabel ${i + 1}\\. `));
      const head = /<thead>([\s\S]*?)<\/thead>/.exec(t)![1]!;
      expect(head.match(/<th scope="col"/g)).toHaveLength(reportTablesList[i]!.columns.length);
      const rows = [...t.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].slice(1);
      expect(rows).toHaveLength(reportTablesList[i]!.rows.length);
      for (const r of rows) expect(r[1]).toMatch(/^<th scope="row"/);
    });
    // Two charts, each an image named by its title and its values in words, in a figure with a caption.
    const charts = [...html.matchAll(/<figure><svg [^>]*role="img" aria-labelledby="([^"]+)"[\s\S]*?<\/svg><figcaption>([^<]+)<\/figcaption><\/figure>/g)];
    expect(charts).toHaveLength(2);
    for (const c of charts) {
      for (const id of c[1]!.split(" ")) expect(html).toMatch(new RegExp(`id="${id}">[^<]{20,}<`));
      expect(c[2]).toMatch(/^Figuur \d\. .* De aantallen staan in tabel \d+\.$/);
    }
    expect(html).toMatch(/<desc id="figuur-1-beschrijving">jonger dan 23: 2015-2016 \d+,\d%/);
    // Nothing is loaded from elsewhere, and the document runs no script.
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|url\(/i);
  });

  it.skipIf(!PDF_TOOLS)("is a tagged PDF with the report's title (pdfinfo)", () => {
    needPdfTools();
    const file = path.join(dir, "report-info.pdf");
    writeFileSync(file, pdf);
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Voortgangsrapportage voortijdig schoolverlaten 2024-2025$/m);
    expect(info).toMatch(/^Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)$/m);
    // The structure: headings, tables with header cells, the charts as figures with their text alternative.
    const struct = execFileSync("pdfinfo", ["-struct", file], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    for (const tag of ["H1", "H2", "H3", "Table", "TH", "Caption", "Figure"]) expect(struct, tag).toMatch(new RegExp(`^\\s*${tag}\\b`, "m"));
    // Each chart's alternative text: its title and every teljaar's value in words.
    const alt = [...pdf.toString("latin1").matchAll(/\/Alt \(((?:\\.|[^\\)])*)\)/g)].map((m) => m[1]!);
    expect(alt).toHaveLength(2);
    for (const a of alt) expect(a).toMatch(/^Vsv-percentage .*: 2015-2016 .* 2024-2025 /);
    expect(alt[0]).toMatch(/jonger dan 23: 2015-2016 \d+,\d%/);
  });

  it.skipIf(!PDF_TOOLS)("holds no developer text: no paths, file names, hashes or ISO timestamps, and dates in Dutch (pdftotext)", () => {
    needPdfTools();
    const file = path.join(dir, "report-words.pdf");
    writeFileSync(file, pdf);
    const all = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    expect(developerText(all)).toEqual([]);
    expect(all).toMatch(/Gemaakt op\s+\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/);
    expect(all).toContain(`op ${dateNl(report.follow_up!.date)}`);
  });

  it.skipIf(!PDF_TOOLS)("says on its first page that the data are synthetic, a sample of 0,5% of the Netherlands", () => {
    needPdfTools();
    const file = path.join(dir, "report-first.pdf");
    writeFileSync(file, pdf);
    const first = execFileSync("pdftotext", ["-f", "1", "-l", "1", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(first).toContain("synthetische gegevens, een steekproef van 0,5% van Nederland");
    expect(first).toContain("Voortgangsrapportage voortijdig schoolverlaten");
  });

  it.skipIf(!PDF_TOOLS)("has the title page, the sections in order and page numbers in its text (pdftotext)", () => {
    needPdfTools();
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
      const line = section.split("\n").map((l) => l.trimStart()).find((l) => l.startsWith(`${r.code} `))!;
      const counts = line.split(/\s+/).filter((tok) => /^(\d{1,3}(\.\d{3})*|x)$/.test(tok)).slice(1, 3);
      expect(counts, line).toEqual([shown(r.start_population), shown(r.vsv)]);
      for (const c of counts) expect(isSmall(Number(c)), line).toBe(false);
    }
  });

  it.skipIf(!PDF_TOOLS)("keeps every word inside the page's margins: no table runs off the page (pdftotext -bbox)", () => {
    needPdfTools();
    const file = path.join(dir, "report-bbox.pdf");
    writeFileSync(file, pdf);
    const html = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" });
    const width = Number(/<page width="([\d.]+)"/.exec(html)![1]);
    const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)];
    expect(words.length).toBeGreaterThan(1000);
    // The pages have 15 mm (42.5 pt) margins left and right (PAGE_MARGIN_MM in report-html.ts); a word may touch, not cross them.
    const margin = (PAGE_MARGIN_MM.left * 72) / 25.4;
    const outside = words.filter((w) => Number(w[1]) < margin - 1 || Number(w[2]) > width - margin + 1).map((w) => `${w[3]} (${w[1]}–${w[2]})`);
    expect(outside).toEqual([]);
  });

  it.skipIf(!PDF_TOOLS)("renders every page to PNG under test-output/report/ (pdftoppm)", () => {
    needPdfTools();
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

  it("explains in a sheet Toelichting both markers, the terms and where the data come from", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await get(`/api/v1/steering/report.xlsx?teljaar=${TELJAAR}`)).raw as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Toelichting")!;
    const explained = new Map<string, string>();
    ws.eachRow((row) => {
      if (row.getCell(2).value !== null) explained.set(String(row.getCell(1).value), String(row.getCell(2).value));
    });
    expect(explained.get("x")).toMatch(/^Geheim: het getal is afgeschermd omdat het een aantal van 1 tot en met 4 jongeren is/);
    expect(explained.get("– of leeg")).toMatch(/^Niet van toepassing/);
    for (const term of ["Teljaar", "Startpopulatie", "Nieuwe vsv'er", "Voorlopig en definitief"]) expect(explained.get(term), term).toBeTruthy();
    expect(explained.get("Bron")).toContain("synthetische gegevens, een steekproef van 0,5% van Nederland");
    expect(String(ws.getRow(2).getCell(1).value)).toContain("synthetische gegevens, een steekproef van 0,5% van Nederland");
    // Every data sheet says in its note row what the markers mean.
    for (const t of reportTables(report)) expect(String(wb.getWorksheet(t.sheet)!.getRow(3).getCell(1).value), t.sheet).toContain("x = geheim");
  });

  it("holds no developer text in any cell: no paths, file names, hashes or ISO timestamps", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await get(`/api/v1/steering/report.xlsx?teljaar=${TELJAAR}`)).raw as unknown as ArrayBuffer);
    const found: string[] = [];
    for (const ws of wb.worksheets) {
      ws.eachRow((row, r) => row.eachCell((c, col) => {
        if (typeof c.value === "string") found.push(...developerText(c.value).map((f) => `${ws.name} R${r}C${col}: ${f}`));
      }));
    }
    expect(found).toEqual([]);
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
