import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { queryRows, sqlString } from "../../src/engine/database.js";
import { importDuo } from "../../src/engine/duo-import.js";
import { defineValueMacros } from "../../src/engine/duo-import-values.js";
import { SIGNAL_COLUMNS } from "../../src/domain/duo/layout.js";
import { DUO_LEVEL_NAMES, normaliseLevel } from "../../src/domain/duo/levels.js";
import { normaliseLeerweg } from "../../src/domain/duo/leerweg.js";
import { parseReportMonth } from "../../src/domain/duo/report-month.js";
import {
  type DuoDateFormat,
  normaliseMunicipalityCode,
  normaliseNumberText,
  normalisePersonNumber,
  normaliseRegion,
  parseDuoDate,
  parseFlag,
} from "../../src/domain/duo/values.js";
import { passesBsnCheck, passesOnderwijsnummerCheck } from "../../src/domain/person-id.js";
import { removeTempDirs, tempDir } from "../support/temp-dirs.js";

afterAll(removeTempDirs);

let instance: DuckDBInstance;
let conn: DuckDBConnection;

beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  conn = await instance.connect();
  await defineValueMacros(conn);
});

afterAll(() => {
  conn.closeSync();
  instance.closeSync();
});

/** Texts from a small alphabet, so that edge cases (empty, zeros, prefixes, spaces) come up often. */
function texts(chars: string, maxLength: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...chars.split("")), maxLength });
}

/** Evaluates a macro over many texts in one query: text → result. */
async function evaluate(samples: readonly string[], expr: string): Promise<Map<string, unknown>> {
  const list = `[${[...new Set(samples)].map(sqlString).join(", ")}]`;
  const rows = await queryRows<{ x: string; v: unknown }>(conn, `SELECT x, ${expr} AS v FROM (SELECT unnest(${list}) AS x)`);
  return new Map(rows.map((r) => [r.x, r.v]));
}

describe("the import's SQL value rules equal the domain's functions (src/domain/duo/values.ts)", () => {
  it("person numbers: digits padded to 9, 0 and empty unknown, anything else malformed", async () => {
    const samples = fc.sample(fc.oneof(texts("0123456789", 11), texts("00 9A-", 4), fc.stringMatching(/^[0-9]{9}$/)), 2000);
    const value = await evaluate(samples, "duo_person(x)");
    const bad = await evaluate(samples, "duo_person_bad(x)");
    for (const s of samples) {
      const expected = normalisePersonNumber(s);
      expect([s, bad.get(s)]).toEqual([s, expected === "invalid"]);
      if (expected !== "invalid") expect([s, value.get(s)]).toEqual([s, expected]);
    }
  });

  it("the BSN 11-check and the onderwijsnummer check", async () => {
    const samples = fc.sample(fc.stringMatching(/^[0-9]{9}$/), 3000);
    const bsn = await evaluate(samples, "duo_is_bsn(x)");
    const onr = await evaluate(samples, "duo_is_onderwijsnummer(x)");
    for (const s of samples) {
      expect([s, bsn.get(s), onr.get(s)]).toEqual([s, passesBsnCheck(s), passesOnderwijsnummerCheck(s)]);
    }
  });

  it("municipality codes, regions, house numbers, flags", async () => {
    const municipality = fc.sample(fc.oneof(texts("0123456789", 6), texts("GMgm0518 x", 7)), 1500);
    const m = await evaluate(municipality, "duo_municipality(x)");
    for (const s of municipality) expect([s, m.get(s)]).toEqual([s, normaliseMunicipalityCode(s) ?? null]);

    const region = fc.sample(fc.oneof(texts("0123456789", 3), texts("REGIOMCregio 28", 10), fc.constantFrom("REGIO 28", "regio 3", "RMC28", "MC 07")), 1500);
    const r = await evaluate(region, "duo_region(x)");
    for (const s of region) expect([s, r.get(s)]).toEqual([s, normaliseRegion(s) ?? null]);

    const numbers = fc.sample(texts("0129.a ", 7), 1500);
    const n = await evaluate(numbers, "duo_number_text(x)");
    for (const s of numbers) expect([s, n.get(s)]).toEqual([s, normaliseNumberText(s) === "" ? null : normaliseNumberText(s)]);

    const flags = fc.sample(texts("JNjaneE ", 4), 1500);
    const f = await evaluate(flags, "duo_flag(x)");
    const fb = await evaluate(flags, "duo_flag_bad(x)");
    for (const s of flags) {
      const expected = parseFlag(s);
      expect([s, fb.get(s)]).toEqual([s, expected === "invalid"]);
      if (expected !== "invalid") expect([s, f.get(s)]).toEqual([s, expected ?? null]);
    }
  });

  it("months (YYYYMM) and dates in either format", async () => {
    const months = fc.sample(fc.oneof(fc.stringMatching(/^(19|20|21)[0-9]{2}-?[01][0-9]$/), texts("0129-", 7)), 2000);
    const m = await evaluate(months, "duo_month(x)");
    for (const s of months) {
      let expected: string | null;
      try {
        expected = parseReportMonth(s);
      } catch {
        expected = null;
      }
      expect([s, m.get(s)]).toEqual([s, s.trim() === "" ? null : expected]);
    }
    for (const format of ["DD-MM-YYYY", "YYYYMMDD"] as DuoDateFormat[]) {
      const dates = fc.sample(fc.oneof(fc.stringMatching(/^[0-3][0-9]-[01][0-9]-(18|19|20|22)[0-9]{2}$/), fc.stringMatching(/^(18|19|20|22)[0-9]{2}[01][0-9][0-3][0-9]$/), texts("0129-", 10)), 2000);
      const d = await evaluate(dates, `strftime(duo_date(x, ${sqlString(format)}), '%Y-%m-%d')`);
      for (const s of dates) expect([s, format, d.get(s)]).toEqual([s, format, parseDuoDate(s, format) ?? null]);
    }
  });
});

// ------------------------------------------------------------------------------------------------
// Random valid A04 rows written in DUO's layout (any column order, CRLF or LF, # or not, BOM or not,
// UTF-8 or Windows-1252) come out of the import as the domain functions read them.

const CODES = ["518", "503", "637", "603", "1783", "14", "363", "1916"];
const name = fc.string({ unit: fc.constantFrom(..."abcdeéëüöçÇ 'A\"-".split("")), minLength: 0, maxLength: 12 });
const bsn = fc.integer({ min: 10_000_000, max: 99_999_999 }).map((prefix) => {
  const digits = String(prefix);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  return `${digits}${sum % 11}`;
}).filter((n) => n.length === 9 && passesBsnCheck(n));
const date = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const signalRow = fc.record({
  person: bsn,
  surname: name,
  firstNames: name,
  birth: date,
  dereg: fc.option(date, { nil: "" }),
  gemcode: fc.constantFrom(...CODES),
  region: fc.constantFrom("28", "REGIO 28", "3", ""),
  level: fc.constantFrom(...Object.values(DUO_LEVEL_NAMES), "Mbo niveau 2", "Bol4", ""),
  leerweg: fc.constantFrom("BOL", "BBL", "Bol4", "bbl", "EX", ""),
  flag: fc.constantFrom("J", "N", ""),
  house: fc.constantFrom("129.0", "7", "12a", ""),
  since: fc.constantFrom("202210", "202301", "202309"),
});

const style = fc.record({
  rows: fc.array(signalRow, { minLength: 0, maxLength: 12 }),
  order: fc.shuffledSubarray(SIGNAL_COLUMNS.map((c) => c.duo), { minLength: SIGNAL_COLUMNS.length }),
  eol: fc.constantFrom("\r\n", "\n"),
  hash: fc.boolean(),
  bom: fc.boolean(),
  windows1252: fc.boolean(),
  dateFormat: fc.constantFrom<DuoDateFormat>("DD-MM-YYYY", "YYYYMMDD"),
});

function duoDate(iso: string, format: DuoDateFormat): string {
  if (iso === "") return "";
  return format === "DD-MM-YYYY" ? `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}` : iso.replaceAll("-", "");
}

describe("round trip", () => {
  it("stores random valid A04 rows as the domain functions read them, each at its line", async () => {
    await fc.assert(
      fc.asyncProperty(style, async (s) => {
        const values = s.rows.map((r) => ({
          BRIN: "27GZ",
          RAPPORTAGEMAAND: r.since,
          VANAF_WANNEER: r.since,
          PERSOONSGEBONDENNUMMER: r.person,
          ACHTERNAAM: r.surname,
          ALLE_VOORNAMEN: r.firstNames,
          GEBOORTEDATUM: duoDate(r.birth, s.dateFormat),
          DATUM_UITSCHRIJVING: duoDate(r.dereg, s.dateFormat),
          GEMEENTECODE: r.gemcode,
          RMC_REGIO: r.region,
          NIVEAU: r.level,
          LEERWEG: r.leerweg,
          MELDING_VERZUIM_WETTELIJK: r.flag,
          HUISNUMMER: r.house,
        })) as Record<string, string>[];
        const lines = [`${s.bom && !s.windows1252 ? "\uFEFF" : ""}${s.hash ? "#" : ""}${s.order.join(";")}`, ...values.map((v) => s.order.map((c) => v[c] ?? "").join(";"))];
        const text = lines.map((l) => `${l}${s.eol}`).join("");
        const file = path.join(tempDir(), "202310A04I27GZ.csv");
        writeFileSync(file, s.windows1252 ? Buffer.from(text, "latin1") : text);

        const db = await DuckDBInstance.create(":memory:");
        const c = await db.connect();
        try {
          const summary = await importDuo(c, [file], { importedBy: "property" });
          expect(summary.files[0]).toMatchObject({ outcome: "new", rows: s.rows.length });
          const stored = await queryRows<Record<string, unknown>>(
            c,
            `SELECT line, person_key, surname, first_names, strftime(birth_date, '%Y-%m-%d') AS birth, strftime(deregistration_date, '%Y-%m-%d') AS dereg,
                    municipality_code, rmc_region, level, level_raw, leerweg, leerweg_raw, absence_statutory, house_number, listed_month
             FROM duo.signal_rows ORDER BY line`,
          );
          const empty = (t: string) => (t.trim() === "" ? null : t.trim());
          expect(stored).toEqual(
            s.rows.map((r, i) => ({
              line: i + 2,
              person_key: r.person,
              surname: empty(r.surname),
              first_names: empty(r.firstNames),
              birth: r.birth,
              dereg: r.dereg === "" ? null : r.dereg,
              municipality_code: normaliseMunicipalityCode(r.gemcode),
              rmc_region: normaliseRegion(r.region) ?? null,
              level: normaliseLevel(r.level) ?? null,
              level_raw: empty(r.level),
              leerweg: normaliseLeerweg(r.leerweg) ?? null,
              leerweg_raw: empty(r.leerweg),
              absence_statutory: parseFlag(r.flag) ?? null,
              house_number: empty(normaliseNumberText(r.house)),
              listed_month: parseReportMonth(r.since),
            })),
          );
        } finally {
          c.closeSync();
          db.closeSync();
        }
      }),
      { numRuns: 25, seed: 20231001 },
    );
  });
});
