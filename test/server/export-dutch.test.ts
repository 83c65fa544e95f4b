/**
 * Downloads a Dutch user can open (issue 15 item 7; docs/api.md "Downloads (CSV en Excel)", decision 39): the
 * default CSV read by a spreadsheet set to Dutch (LibreOffice, and exceljs's CSV reader) gives separate columns with
 * Dutch headers, numbers from decimal commas and "x" where a value is hidden; the Excel file carries the same and its
 * selection; `format=csv-machine` is what a script expects. Every field any exporting route sends has a Dutch header.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../src/domain/csv.js";
import { fieldLabel, hasFieldLabel } from "../../src/domain/labels/fields.js";
import { DIMENSIONS } from "../../src/engine/dimensions.js";
import { type ExportTable, toCsv } from "../../src/server/export.js";
import { useDemoApp } from "../support/demo-app.js";

const demo = useDemoApp("vsv-export-dutch-");
const work = mkdtempSync(path.join(tmpdir(), "vsv-export-dutch-files-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SOFFICE = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;

async function get(url: string) {
  const r = await demo.app.inject({ url });
  expect(r.statusCode, `${url}: ${r.body.slice(0, 300)}`).toBe(200);
  return { body: r.body, raw: r.rawPayload, headers: r.headers };
}

/** The fields of the Dutch CSV as exceljs's CSV reader (fast-csv) gives them: delimiter ';', every field as text. */
async function dutchCsv(text: string): Promise<string[][]> {
  const ws = await new ExcelJS.Workbook().csv.read(Readable.from([text]), { parserOptions: { delimiter: ";" }, map: (v: string) => v });
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ""))));
  return rows;
}

/** What a Dutch spreadsheet makes of a CSV text: numbers from decimal commas, the rest text, empty as null. */
const dutchValue = (s: string): string | number | null => (s === "" ? null : /^-?\d+(,\d+)?$/.test(s) ? Number(s.replace(",", ".")) : s);

interface Row {
  readonly [field: string]: unknown;
  readonly suppressed?: readonly string[];
}

/** The figures by level: percentages with decimals, negative changes, hidden cells and text codes. */
const LEVELS = "/api/v1/figures?teljaar=2023-2024&by=level";

/** Rows 3.. of a sheet read from the Dutch CSV, checked against the JSON rows by header. */
function expectSheetMatchesJson(ws: ExcelJS.Worksheet, rows: readonly Row[], fields: readonly string[]) {
  const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
  expect(String(values(1)[0])).toContain("vsv-monitor");
  expect(String(values(1)[0])).toContain("teljaar 2023-2024, definitie jonger dan 23, definitief");
  expect(String(values(1)[0])).toContain("afgeschermd: x");
  expect(values(2).filter((v) => v !== null && v !== undefined && v !== "")).toEqual([]);
  const header = values(3);
  expect(header).toEqual(fields.map(fieldLabel));
  let decimals = 0;
  let hidden = 0;
  rows.forEach((j, i) => {
    const line = values(4 + i);
    for (const f of ["start_population", "vsv", "vsv_pct", "change", "change_pct"]) {
      const cell = line[header.indexOf(fieldLabel(f))];
      if (j.suppressed?.includes(f)) {
        expect(cell, `${f} of ${String(j.level)} is hidden`).toBe("x");
        hidden++;
      } else if (j[f] === null) expect(cell ?? null, `${f} of ${String(j.level)}`).toBeNull();
      else {
        expect(typeof cell, `${f} of ${String(j.level)} is a number`).toBe("number");
        expect(cell).toBeCloseTo(j[f] as number, 6);
        if (!Number.isInteger(j[f])) decimals++;
      }
    }
  });
  expect(decimals, "percentages with decimals read as numbers").toBeGreaterThan(5);
  expect(hidden, "hidden cells read as x").toBeGreaterThan(0);
}

describe("the Dutch CSV (format=csv)", () => {
  it("is semicolon-separated UTF-8 with a BOM and CRLF, named after its selection, with a description row, an empty row, then Dutch headers", async () => {
    const r = await get("/api/v1/regions?teljaar=2023-2024&format=csv");
    expect(r.headers["content-type"]).toBe("text/csv; charset=utf-8; header=present");
    expect(r.headers["content-disposition"]).toBe('attachment; filename="vsv-regions-2023-2024-def23-definitief.csv"');
    expect(r.raw.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(r.body.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const [description, empty, header, ...rows] = await dutchCsv(r.body);
    expect(description![0]).toBe(
      "vsv-monitor — vsv per RMC-regio 2023-2024 — teljaar 2023-2024, definitie jonger dan 23, definitief — afgeschermd: x, niet van toepassing: lege cel",
    );
    expect(empty!.every((c) => c === "")).toBe(true);
    expect(header).toEqual(["Code", "Naam", "Startpopulatie", "Aantal vsv'ers", "Vsv-percentage", "Verschil aantal vsv'ers", "Verschil aantal vsv'ers (%)", "Vorig teljaar", "Stadium vorig teljaar"]);
    // Every row as wide as the table, the description and the empty row too (RFC 4180; Power Query reads row 1's width).
    for (const row of [description!, empty!, ...rows]) expect(row).toHaveLength(header!.length);
    expect(new Set(rows.map((row) => row[8]))).toEqual(new Set(["definitief"]));
  });

  it("opens in LibreOffice set to Dutch as separate columns, numbers from decimal commas and x in hidden cells", { timeout: 120_000 }, async () => {
    if (!SOFFICE) {
      if (process.env.CI === "true") throw new Error("soffice (LibreOffice) is missing: CI must read the Dutch CSV with it (.ci/run installs libreoffice-calc)");
      console.warn("soffice (LibreOffice) is missing: the Dutch CSV is read with exceljs only (apt-get install libreoffice-calc)");
      return;
    }
    const json = JSON.parse((await get(LEVELS)).body) as { rows: Row[] };
    const machine = parseCsv((await get(`${LEVELS}&format=csv-machine`)).body)[0]!;
    const file = path.join(work, "levels.csv");
    writeFileSync(file, (await get(`${LEVELS}&format=csv`)).raw);
    // 59 = ';', 34 = '"', 76 = UTF-8, from line 1, no column types, 1043 = Dutch (Netherlands): a Dutch user's import.
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${path.join(work, "profile")}`, "--headless", "--norestore", '--infilter=CSV:59,34,76,1,,1043', "--convert-to", "xlsx", "--outdir", work, file],
      { stdio: "pipe", timeout: 110_000 },
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(work, "levels.xlsx"));
    expectSheetMatchesJson(wb.worksheets[0]!, json.rows, machine);
  });

  it("reads with exceljs's CSV reader (delimiter ';', decimal commas) as separate columns, numbers and x", async () => {
    const json = JSON.parse((await get(LEVELS)).body) as { rows: Row[] };
    const machine = parseCsv((await get(`${LEVELS}&format=csv-machine`)).body)[0]!;
    const text = (await get(`${LEVELS}&format=csv`)).body;
    const wb = new ExcelJS.Workbook();
    const ws = await wb.csv.read(Readable.from([text]), { parserOptions: { delimiter: ";" }, map: dutchValue });
    expectSheetMatchesJson(ws, json.rows, machine);
  });

  it("writes every hidden value as x: named in suppressed, missing from the row, a percentage of a hidden count, spread from a hidden field", async () => {
    const t: ExportTable = {
      file: "t",
      title: "Proef",
      rows: [
        { code: "01", vsv: 12, vsv_pct: 4.7, previous_vsv: 3, change: -1.5, official: true, suppressed: [] },
        { code: "02", vsv: null, vsv_pct: null, previous_vsv: 9, official: false, suppressed: ["vsv", "previous_vsv", "change"] },
        { code: "03", sk: "x", sk_pct: null, "target_2029-2030": null, trajectory: null, suppressed: ["trajectory"] },
      ],
    };
    const [, , header, one, two, three] = await dutchCsv(toCsv(t));
    const at = (row: string[] | undefined, field: string) => row![header!.indexOf(fieldLabel(field))];
    expect(one!.slice(0, 6)).toEqual(["01", "12", "4,7", "3", "-1,5", "ja"]);
    expect([at(two, "vsv"), at(two, "vsv_pct"), at(two, "previous_vsv"), at(two, "change"), at(two, "official")]).toEqual(["x", "x", "x", "x", "nee"]);
    expect([at(three, "sk"), at(three, "sk_pct"), at(three, "target_2029-2030"), at(three, "vsv")]).toEqual(["x", "x", "x", ""]);
    const [, ...machine] = parseCsv(toCsv(t, { dialect: "machine" }));
    expect(machine[1]).toEqual(["02", "x", "x", "x", "x", "false", "", "", "", ""]);
  });

  it("quotes separators and quotes, keeps text from running as a formula, writes Dutch values and Dutch time", async () => {
    const t: ExportTable = {
      file: "t",
      title: "Proef",
      rows: [{ name: 'A; "B"', source: "=HYPERLINK(\"http://x\")", at: "2026-01-05T13:03:22.000Z", previous_stage: "preliminary", change: -2, details: "-5" }],
    };
    const [, , , row] = await dutchCsv(toCsv(t));
    expect(row).toEqual(['A; "B"', "'=HYPERLINK(\"http://x\")", "2026-01-05 14:03:22", "voorlopig", "-2", "-5"]);
    const [, machine] = parseCsv(toCsv(t, { dialect: "machine" }));
    expect(machine).toEqual(['A; "B"', "=HYPERLINK(\"http://x\")", "2026-01-05T13:03:22.000Z", "preliminary", "-2", "-5"]);
  });

  it("gives every field of every exporting route a Dutch header (the routes' answers, from the OpenAPI document), x wherever the JSON hides a value", { timeout: 300_000 }, async () => {
    const doc = JSON.parse((await get("/api/v1/openapi.json")).body) as {
      servers?: { url: string }[];
      paths: Record<string, { get?: { parameters?: { name: string; in: string; required?: boolean; schema?: { enum?: unknown[]; examples?: unknown[] } }[] } }>;
    };
    const base = doc.servers?.[0]?.url ?? "";
    // A required parameter without an example or enum in the schema: a value that exists in the demo data.
    const SAMPLE: Record<string, string> = { codes: "28,13" };
    const missing = new Map<string, Set<string>>();
    const untranslated: string[] = [];
    const notHidden: string[] = [];
    const duplicates: string[] = [];
    let routes = 0;
    let tables = 0;
    for (const [p, item] of Object.entries(doc.paths)) {
      const parameters = item.get?.parameters ?? [];
      if (!parameters.some((x) => x.name === "format" && x.in === "query")) continue;
      routes++;
      const url = p.startsWith(base) ? p : `${base}${p}`;
      const required: Record<string, string> = {};
      for (const x of parameters.filter((x) => x.required && x.in === "query")) {
        const value = x.schema?.examples?.[0] ?? x.schema?.enum?.[0] ?? SAMPLE[x.name];
        expect(value, `${url}: a value for the required parameter ${x.name}`).toBeDefined();
        required[x.name] = String(value);
      }
      const variants: Record<string, string>[] = [required];
      for (const x of parameters.filter((x) => x.in === "query" && x.name !== "format")) {
        const values = x.schema?.enum ?? (x.name === "by" ? DIMENSIONS.map((d) => d.name) : []);
        for (const v of values) variants.push({ ...required, [x.name]: String(v) });
      }
      for (const [i, v] of variants.entries()) {
        const q = new URLSearchParams(v).toString();
        const at = `${url}?${q}`;
        const json = await demo.app.inject({ url: at });
        // A variant the route refuses: an unpublished breakdown, a code of one kind asked as another.
        if (i > 0 && (json.statusCode === 400 || json.statusCode === 404)) continue;
        expect(json.statusCode, `${at}: ${json.body.slice(0, 300)}`).toBe(200);
        const machine = parseCsv((await get(`${at}${q ? "&" : ""}format=csv-machine`)).body);
        const dutch = await dutchCsv((await get(`${at}${q ? "&" : ""}format=csv`)).body);
        const fields = machine[0]!.filter((f) => f !== "");
        if (fields.length === 0) continue;
        tables++;
        for (const f of fields) if (!hasFieldLabel(f)) missing.set(f, new Set([...(missing.get(f) ?? []), p]));
        const headers = dutch[2]!;
        if (headers.join("|") !== fields.map(fieldLabel).join("|")) untranslated.push(`${at}: ${headers.join(", ")}`);
        if (new Set(headers).size !== headers.length) duplicates.push(`${at}: ${headers.join(", ")}`);
        // Where the JSON's rows are the table's rows, every value they hide is "x" in both CSVs.
        const rows = (JSON.parse(json.body) as { rows?: Row[] }).rows;
        if (!Array.isArray(rows) || rows.length !== machine.length - 1) continue;
        rows.forEach((row, r) => {
          for (const f of row.suppressed ?? []) {
            const c = fields.indexOf(f);
            if (c >= 0 && (machine[r + 1]![c] !== "x" || dutch[r + 3]![c] !== "x")) notHidden.push(`${at} row ${r} ${f}`);
          }
        });
      }
    }
    expect(routes, "routes that take format").toBeGreaterThanOrEqual(15);
    expect(tables).toBeGreaterThan(routes);
    expect([...missing].map(([f, ps]) => `${f} (${[...ps].join(", ")})`), "fields without a Dutch header in src/domain/labels/fields.ts").toEqual([]);
    expect(untranslated, "Dutch headers").toEqual([]);
    expect(duplicates, "a header twice in one table").toEqual([]);
    expect(notHidden, "hidden values not written as x").toEqual([]);
  });
});

describe("the machine CSV (format=csv-machine)", () => {
  it("is comma-separated, without BOM or description, with the JSON's field names and values, decimal points and x where hidden", async () => {
    const json = JSON.parse((await get(LEVELS)).body) as { rows: Row[] };
    const r = await get(`${LEVELS}&format=csv-machine`);
    expect(r.headers["content-type"]).toBe("text/csv; charset=utf-8; header=present");
    expect(r.headers["content-disposition"]).toBe('attachment; filename="vsv-figures-2023-2024-level-def23-definitief-machineleesbaar.csv"');
    expect(r.raw[0]).not.toBe(0xef);
    expect(r.body.endsWith("\r\n")).toBe(true);
    const [header, ...rows] = parseCsv(r.body);
    expect([...header!].sort()).toEqual(Object.keys(json.rows[0]!).filter((k) => k !== "suppressed").sort());
    expect(rows).toHaveLength(json.rows.length);
    json.rows.forEach((j, i) => {
      header!.forEach((f, c) => {
        const expected = j.suppressed?.includes(f) ? "x" : j[f] === null ? "" : String(j[f]);
        expect(rows[i]![c], `${String(j.level)} ${f}`).toBe(expected);
      });
    });
    expect(rows.some((row) => row.some((c) => /^-?\d+\.\d+$/.test(c)))).toBe(true);
  });
});

describe("the Excel file (format=xlsx)", () => {
  it("has Dutch headers, numbers as numbers with their formats, x where hidden, and a Toelichting with the selection and Dutch time", async () => {
    const json = JSON.parse((await get(LEVELS)).body) as { rows: Row[] };
    const machine = parseCsv((await get(`${LEVELS}&format=csv-machine`)).body)[0]!;
    const r = await get(`${LEVELS}&format=xlsx`);
    expect(r.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(r.headers["content-disposition"]).toBe('attachment; filename="vsv-figures-2023-2024-level-def23-definitief.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.raw as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Cijfers")!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(machine.map(fieldLabel));
    const col = (f: string) => header.indexOf(fieldLabel(f)) + 1;
    json.rows.forEach((j, i) => {
      const row = ws.getRow(i + 2);
      for (const f of ["start_population", "vsv", "vsv_pct", "change_pct"]) {
        const cell = row.getCell(col(f));
        if (j.suppressed?.includes(f)) expect(cell.value, `${String(j.level)} ${f}`).toBe("x");
        else if (j[f] !== null) {
          expect(cell.value, `${String(j.level)} ${f}`).toBe(j[f]);
          expect(cell.numFmt).toBe({ start_population: "#,##0", vsv: "#,##0", vsv_pct: '0.00"%"', change_pct: '+0.0"%";-0.0"%";0.0"%"' }[f]);
        }
      }
      expect(row.getCell(col("previous_stage")).value).toBe("definitief");
    });
    const notes = wb.getWorksheet("Toelichting")!;
    const line = (key: string) => notes.getColumn(1).values.indexOf(key);
    const value = (key: string) => notes.getRow(line(key)).getCell(2).value;
    expect(value("Teljaar")).toBe("2023-2024");
    expect(value("Definitie")).toBe("jonger dan 23 (leeftijdsgrens)");
    expect(value("Stadium")).toBe("definitief");
    expect(String(value("Bron"))).toMatch(/register/);
    expect(String(value("Privacy"))).toMatch(/1 tot en met 4/);
    expect(String(value("Gemaakt"))).toMatch(/^\d{1,2} [a-z]+ \d{4} om \d{2}:\d{2} \(Nederlandse tijd\)$/);
    expect(notes.getRow(line(fieldLabel("vsv_pct"))).getCell(2).value).toBe("vsv_pct");
  });
});
