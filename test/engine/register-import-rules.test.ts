import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { classifyPersonId } from "../../src/domain/person-id.js";
import { tryParseIsoDate } from "../../src/domain/dates.js";
import { queryRows, sqlString } from "../../src/engine/database.js";
import { importRegister } from "../../src/engine/register-import.js";
import { RULE_MACROS } from "../../src/engine/register-rules.js";
import { BSN, rejection, removeTempDirs, replaceIn, snapshot, tempDir, where, writeValidRegister } from "./fixtures/register/helpers.js";

afterAll(removeTempDirs);

describe("the SQL checks agree with the domain functions", () => {
  let db: DuckDBInstance;
  let conn: DuckDBConnection;
  beforeAll(async () => {
    db = await DuckDBInstance.create(":memory:");
    conn = await db.connect();
    for (const m of RULE_MACROS) await conn.run(m);
  });
  afterAll(() => {
    conn.closeSync();
    db.closeSync();
  });

  async function sqlAnswers(macro: string, values: readonly string[]): Promise<boolean[]> {
    const list = values.map((v, i) => `(${i}, ${sqlString(v)})`).join(", ");
    const rows = await queryRows<{ ok: boolean | null }>(conn, `SELECT coalesce(${macro}(v), false) AS ok FROM (VALUES ${list}) t(i, v) ORDER BY i`);
    return rows.map((r) => r.ok === true);
  }

  it("person ids: vsv_person_id_ok is true exactly when classifyPersonId gives a kind", async () => {
    const nineDigits = fc.stringMatching(/^[0-9]{9}$/);
    const samples = fc.sample(fc.oneof(nineDigits, nineDigits, fc.string({ maxLength: 12 }), fc.constantFrom("000000000", BSN, "123456788", "123456789", "12345678", "1234567890")), 3000);
    const sql = await sqlAnswers("vsv_person_id_ok", samples);
    const mismatches = samples.filter((v, i) => sql[i] !== (classifyPersonId(v) !== undefined));
    expect(mismatches).toEqual([]);
    // Both outcomes occur, so the comparison means something.
    expect(sql.filter(Boolean).length).toBeGreaterThan(100);
    expect(sql.filter((x) => !x).length).toBeGreaterThan(100);
  });

  it("dates: vsv_is_date is true exactly when tryParseIsoDate accepts the text", async () => {
    const pad = (n: number, w: number) => String(n).padStart(w, "0");
    const dateLike = fc
      .tuple(fc.integer({ min: 1850, max: 2250 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    const odd = fc.constantFrom("2023-1-01", "01-10-2023", "2023/10/01", " 2023-10-01", "2023-10-01 ", "2023-10-01T00:00", "20231001", "2024-02-29", "2023-02-29", "1900-01-01", "2200-12-31", "2201-01-01", "+2023-10-01");
    const samples = fc.sample(fc.oneof(dateLike, dateLike, odd, fc.string({ maxLength: 11 })), 3000);
    const sql = await sqlAnswers("vsv_is_date", samples);
    const mismatches = samples.filter((v, i) => sql[i] !== (tryParseIsoDate(v) !== undefined));
    expect(mismatches).toEqual([]);
    expect(sql.filter(Boolean).length).toBeGreaterThan(100);
  });
});

describe("every row rule of the exchange format", () => {
  let dataDir: string;
  let before: Awaited<ReturnType<typeof snapshot>>;
  beforeAll(async () => {
    dataDir = tempDir();
    await importRegister(dataDir, writeValidRegister());
    before = await snapshot(dataDir);
  });

  // [what, file, text to find, replacement, expected problem]
  const cases: [string, string, string, string, string | string[]][] = [
    ["an empty required value", "enrolments.csv", "E4,P-0003,27GZ,", "E4,P-0003,,", "enrolments.csv:6 institution REQUIRED"],
    [
      "a person_id with a trailing space (the other files then name a person persons lacks)",
      "persons.csv",
      "P-0003,",
      "P-0003 ,",
      ["persons.csv:4 person_id PERSON_ID", "residences.csv:5 person_id UNKNOWN_PERSON", "enrolments.csv:6 person_id UNKNOWN_PERSON", "diplomas.csv:3 person_id UNKNOWN_PERSON"],
    ],
    ["a sex outside M, V, X", "persons.csv", ",M\n", ",F\n", "persons.csv:2 sex ENUM"],
    ["a funded flag that is not true/false", "enrolments.csv", ",false,", ",FALSE,", "enrolments.csv:5 funded BOOLEAN"],
    ["a grade that is not a whole number", "enrolments.csv", "HAVO,5,", "HAVO,5b,", "enrolments.csv:5 grade INTEGER"],
    ["a grade above 6", "enrolments.csv", "HAVO,5,", "HAVO,7,", "enrolments.csv:5 grade RANGE"],
    ["hours that are not a number", "jobs.csv", "16.5", "12h", "jobs.csv:2 hours_per_week NUMBER"],
    ["negative hours", "jobs.csv", "16.5", "-1", "jobs.csv:2 hours_per_week RANGE"],
    ["a municipality code of 3 digits", "residences.csv", ",0599,", ",599,", "residences.csv:5 municipality_code MUNICIPALITY_FORMAT"],
    ["a postcode4 with letters", "residences.csv", ",0599,,", ",0599,30AB,", "residences.csv:5 postcode4 POSTCODE4"],
    ["a level not of the sector", "enrolments.csv", "VO,HAVO,5", "VO,4,5", "enrolments.csv:5 level LEVEL_FOR_SECTOR"],
    ["an MBO level in VAVO", "enrolments.csv", "VAVO,VWO", "VAVO,3", "enrolments.csv:6 level LEVEL_FOR_SECTOR"],
    ["a leerweg on a VO enrolment", "enrolments.csv", "VO,HAVO,5,,", "VO,HAVO,5,BOL,", "enrolments.csv:5 leerweg LEERWEG_NOT_MBO"],
    ["an unknown sector", "enrolments.csv", ",VAVO,", ",BVE,", "enrolments.csv:6 sector ENUM"],
    ["an end_date before start_date", "enrolments.csv", "2022-08-01,2023-07-31", "2022-08-01,2022-07-31", "enrolments.csv:6 end_date END_BEFORE_START"],
    ["a status to_date before from_date", "statuses.csv", "2019-07-31", "2018-07-31", "statuses.csv:2 to_date END_BEFORE_START"],
    ["an unknown status kind", "statuses.csv", "NEWCOMER", "REFUGEE", "statuses.csv:2 kind ENUM"],
    ["an unknown diploma level", "diplomas.csv", "VMBO-GT", "MBO-5", "diplomas.csv:2 level ENUM"],
    ["a recorded_on that is not a date", "diplomas.csv", "2023-08-01", "2023-08-32", "diplomas.csv:3 recorded_on DATE"],
  ];

  it.each(cases)("rejects %s", async (_what, file, from, to, expected) => {
    const folder = writeValidRegister();
    replaceIn(folder, file, from, to);
    const e = await rejection(importRegister(dataDir, folder));
    expect(where(e.problems)).toEqual(Array.isArray(expected) ? expected : [expected]);
    expect(e.problems[0]?.value).toEqual(String(expected).includes("REQUIRED") ? null : expect.any(String));
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it("accepts a leerweg on MBO and an empty one elsewhere, and grade 1..6", async () => {
    const folder = writeValidRegister();
    replaceIn(folder, "enrolments.csv", "HAVO,5,", "HAVO,6,");
    await expect(importRegister(tempDir(), folder)).resolves.toMatchObject({ status: "imported" });
  });
});

describe("overlapping residences, against a brute-force check", () => {
  it("rejects exactly the residences that overlap an earlier one of the same person", async () => {
    const day = (n: number) => new Date(Date.UTC(2010, 0, 1 + n)).toISOString().slice(0, 10);
    const period = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.option(fc.integer({ min: 0, max: 30 }), { nil: null })).map(([from, len]) => ({
      from,
      to: len === null ? null : from + len,
    }));
    const register = fc.array(fc.array(period, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(register, async (people) => {
        const folder = tempDir("vsv-register-overlap-");
        const rows = people.flatMap((periods, p) => periods.map((r) => ({ person: p, ...r })));
        writeFileSync(join(folder, "persons.csv"), `person_id,birth_date,sex\n${people.map((_, p) => `P-${p},2000-01-01,\n`).join("")}`);
        writeFileSync(join(folder, "enrolments.csv"), "enrolment_id,person_id,institution,sector,level,funded,start_date\nE1,P-0,27GZ,MBO,2,true,2020-08-01\n");
        writeFileSync(
          join(folder, "residences.csv"),
          `person_id,from_date,to_date,municipality_code\n${rows.map((r) => `P-${r.person},${day(r.from)},${r.to === null ? "" : day(r.to)},0363\n`).join("")}`,
        );
        // Row j overlaps an earlier one: some other row of the person, before it in (from, file order), ends on or after j's start.
        const end = (r: (typeof rows)[number]) => r.to ?? Number.POSITIVE_INFINITY;
        const expected = rows
          .map((r, j) => ({ r, j }))
          .filter(({ r, j }) => rows.some((o, i) => i !== j && o.person === r.person && (o.from < r.from || (o.from === r.from && i < j)) && end(o) >= r.from))
          .map(({ j }) => `residences.csv:${j + 2} from_date OVERLAPPING_RESIDENCE`);
        const result = await importRegister(tempDir(), folder).then(
          () => [] as string[],
          (e: unknown) => where((e as { problems: Parameters<typeof where>[0] }).problems),
        );
        expect(result).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });
});
