import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { cpSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { withDatabase } from "../../src/engine/database.js";
import { importRegister } from "../../src/engine/register-import.js";
import { person, enrolment, writeRegisterFolder } from "../support/register-builder.js";
import {
  BSN,
  ONDERWIJSNUMMER,
  editFile,
  registerTableNames,
  rejection,
  removeTempDirs,
  replaceIn,
  snapshot,
  tempDir,
  where,
  writeValidRegister,
  type StoreSnapshot,
} from "./fixtures/register/helpers.js";

afterAll(removeTempDirs);

/** The optional person columns (names, address, contact) of a register that has none of them. */
const NO_PERSON_DETAILS = { family_name: null, given_names: null, street: null, house_number: null, postcode: null, residence: null, phone: null, email: null };

describe("importing a valid register", () => {
  it("fills every register table with typed rows and writes one meta row", async () => {
    const dataDir = tempDir();
    const folder = writeValidRegister();
    const summary = await importRegister(dataDir, folder);
    expect(summary.status).toBe("imported");
    expect(summary.counts).toEqual({ persons: 3, residences: 4, enrolments: 4, diplomas: 2, statuses: 1, jobs: 1 });
    expect(summary.registerId).toMatch(/^[0-9a-f]{64}$/);

    const s = await snapshot(dataDir);
    expect(s.tables.persons.map((p) => p.person_id)).toEqual([BSN, ONDERWIJSNUMMER, "P-0003"]);
    expect(s.tables.persons[0]).toEqual({ person_id: BSN, birth_date: new Date("2005-03-01"), sex: "M", ...NO_PERSON_DETAILS });
    const e2 = s.tables.enrolments.find((e) => e.enrolment_id === "E2");
    expect(e2).toMatchObject({ sector: "MBO", level: "2", leerweg: "BBL", programme: '25180, "Kok"\nniveau 2', funded: true, grade: null, end_date: new Date("2023-02-14") });
    expect(s.tables.enrolments.find((e) => e.enrolment_id === "E1")?.grade).toBe(4);
    expect(s.tables.enrolments.find((e) => e.enrolment_id === "E3")?.funded).toBe(false);
    expect(s.tables.jobs[0]?.hours_per_week).toBe(16.5);
    expect(s.tables.residences.find((r) => r.municipality_code === "0344")?.recorded_on).toEqual(new Date("2016-02-01"));
    expect(s.meta).toHaveLength(1);
    expect(s.meta[0]).toMatchObject({ register_id: summary.registerId, source: path.resolve(folder), persons: 3n, enrolments: 4n, jobs: 1n });
    expect(await registerTableNames(dataDir)).toEqual(["diplomas", "enrolments", "jobs", "meta", "persons", "residences", "statuses"]);
  });

  it("keeps the NOT NULL constraints of the stored table layout", async () => {
    const dataDir = tempDir();
    await importRegister(dataDir, writeValidRegister());
    await withDatabase(dataDir, async (db) => {
      await expect(db.connection.run("INSERT INTO register.persons (person_id, birth_date, sex) VALUES (NULL, DATE '2000-01-01', NULL)")).rejects.toThrow(/NOT NULL/);
    });
  });

  it("treats absent optional files as empty tables", async () => {
    const dataDir = tempDir();
    const folder = writeValidRegister();
    for (const f of ["residences.csv", "diplomas.csv", "statuses.csv", "jobs.csv"]) rmSync(path.join(folder, f));
    const summary = await importRegister(dataDir, folder);
    expect(summary.counts).toEqual({ persons: 3, residences: 0, enrolments: 4, diplomas: 0, statuses: 0, jobs: 0 });
    expect((await snapshot(dataDir)).tables.diplomas).toEqual([]);
  });

  it("accepts any column order and leaves absent optional columns empty", async () => {
    const dataDir = tempDir();
    const folder = writeValidRegister();
    editFile(folder, "persons.csv", (t) =>
      t
        .split("\n")
        .map((l) => (l === "" ? l : l.split(",").slice(0, 2).reverse().join(",")))
        .join("\n"),
    );
    await importRegister(dataDir, folder);
    const persons = (await snapshot(dataDir)).tables.persons;
    expect(persons[0]).toEqual({ person_id: BSN, birth_date: new Date("2005-03-01"), sex: null, ...NO_PERSON_DETAILS });
  });
});

describe("a rejected register", () => {
  let dataDir: string;
  let before: StoreSnapshot;

  beforeEach(async () => {
    dataDir = tempDir();
    await importRegister(dataDir, writeValidRegister());
    before = await snapshot(dataDir);
  });

  /** Imports the edited register, expects rejection, and checks that the store did not change. */
  async function reject(folder: string) {
    const e = await rejection(importRegister(dataDir, folder));
    expect(await snapshot(dataDir)).toEqual(before);
    expect(await registerTableNames(dataDir)).not.toContain("import_staging_persons");
    return e;
  }

  it("reports a 9-digit person_id that fails both checks, masked", async () => {
    const folder = writeValidRegister();
    editFile(folder, "persons.csv", (t) => `${t}123456789,2001-01-01,V\n`);
    const e = await reject(folder);
    expect(e.code).toBe("REGISTER_REJECTED");
    expect(e.problems).toEqual([
      expect.objectContaining({ file: "persons.csv", line: 5, column: "person_id", value: "12*******", rule: "PERSON_ID" }),
    ]);
    expect(e.problems[0]?.message).toMatch(/11-check/);
    expect(JSON.stringify(e.problems) + e.message).not.toContain("123456789");
  });

  it("reports a date that does not exist and a date not written YYYY-MM-DD", async () => {
    const folder = writeValidRegister();
    replaceIn(folder, "persons.csv", "2005-03-01", "2023-02-30");
    replaceIn(folder, "persons.csv", "2006-05-01", "01-10-2023");
    const e = await reject(folder);
    expect(e.problems).toEqual([
      expect.objectContaining({ file: "persons.csv", line: 2, column: "birth_date", value: "2023-02-30", rule: "DATE" }),
      expect.objectContaining({ file: "persons.csv", line: 3, column: "birth_date", value: "01-10-2023", rule: "DATE" }),
    ]);
    expect(e.problems[0]?.message).toMatch(/YYYY-MM-DD/);
  });

  it("reports an unknown extra column on the header line", async () => {
    const folder = writeValidRegister();
    editFile(folder, "persons.csv", (t) => {
      const [header, ...rows] = t.trimEnd().split("\n");
      return `${header},nickname\n${rows.map((r, i) => `${r},${i === 0 ? "Joe" : ""}`).join("\n")}\n`;
    });
    const e = await reject(folder);
    expect(where(e.problems)).toEqual(["persons.csv:1 nickname UNKNOWN_COLUMN"]);
    expect(e.problems[0]?.message).toMatch(/no column of this name/);
  });

  it("reports a missing required column, and a column with a near-miss name", async () => {
    const folder = writeValidRegister();
    replaceIn(folder, "persons.csv", "birth_date", "Birth_Date");
    const e = await reject(folder);
    expect(where(e.problems)).toEqual(["persons.csv:1 Birth_Date UNKNOWN_COLUMN", "persons.csv:1 birth_date MISSING_COLUMN"]);
    expect(e.problems[0]?.message).toMatch(/did you mean birth_date/);
  });

  it("reports a residence that overlaps an earlier one of the same person, naming both lines", async () => {
    const folder = writeValidRegister();
    replaceIn(folder, "residences.csv", `${BSN},2016-01-01,`, `${BSN},2015-06-01,`);
    const e = await reject(folder);
    expect(e.problems).toEqual([
      expect.objectContaining({ file: "residences.csv", line: 3, column: "from_date", value: "2015-06-01", rule: "OVERLAPPING_RESIDENCE" }),
    ]);
    expect(e.problems[0]?.message).toMatch(/\(line 2\)/);
  });

  it("accepts residences that meet without overlapping (to_date is the last day)", async () => {
    const folder = writeValidRegister();
    replaceIn(folder, "residences.csv", `${BSN},2016-01-01,`, `${BSN},2015-12-31,`);
    const e = await reject(folder);
    expect(where(e.problems)).toEqual(["residences.csv:3 from_date OVERLAPPING_RESIDENCE"]);
    const ok = writeValidRegister();
    replaceIn(ok, "residences.csv", "2015-12-31", "2015-12-30");
    await expect(importRegister(dataDir, ok)).resolves.toMatchObject({ status: "imported" });
  });

  it("reports a file whose last line was cut off mid-row", async () => {
    const folder = writeValidRegister();
    editFile(folder, "enrolments.csv", (t) => t.slice(0, t.length - 30));
    const e = await reject(folder);
    expect(e.problems).toEqual([expect.objectContaining({ file: "enrolments.csv", line: 6, column: null, rule: "FIELD_COUNT" })]);
    expect(e.problems[0]?.message).toMatch(/11 fields where the header has 13/);
  });

  it("reports a file cut off inside a quoted value", async () => {
    const folder = writeValidRegister();
    editFile(folder, "enrolments.csv", (t) => t.slice(0, t.indexOf("niveau 2") + 3));
    const e = await reject(folder);
    expect(where(e.problems)).toEqual(["enrolments.csv:3 - UNTERMINATED_QUOTE"]);
  });

  it("reports a repeated enrolment_id on the line of the repeat, after a record with a quoted newline", async () => {
    const folder = writeValidRegister();
    replaceIn(folder, "enrolments.csv", "E3,", "E1,");
    const e = await reject(folder);
    expect(e.problems).toEqual([expect.objectContaining({ file: "enrolments.csv", line: 5, column: "enrolment_id", value: "E1", rule: "DUPLICATE_KEY" })]);
    expect(e.problems[0]?.message).toMatch(/already appears on line 2/);
  });

  it("reports a repeated person_id in persons, masked", async () => {
    const folder = writeValidRegister();
    editFile(folder, "persons.csv", (t) => `${t}${ONDERWIJSNUMMER},2001-01-01,\n`);
    const e = await reject(folder);
    expect(e.problems).toEqual([expect.objectContaining({ file: "persons.csv", line: 5, column: "person_id", value: "12*******", rule: "DUPLICATE_KEY" })]);
    expect(e.problems[0]?.message).toMatch(/line 3/);
  });

  it("reports a diploma of a person who is not in persons", async () => {
    const folder = writeValidRegister();
    editFile(folder, "diplomas.csv", (t) => `${t}P-9999,2020-07-01,HAVO,,\n`);
    const e = await reject(folder);
    expect(e.problems).toEqual([expect.objectContaining({ file: "diplomas.csv", line: 4, column: "person_id", value: "P-****", rule: "UNKNOWN_PERSON" })]);
  });

  it("reports an unknown municipality code", async () => {
    const folder = writeValidRegister();
    replaceIn(folder, "residences.csv", ",0599,", ",9999,");
    const e = await reject(folder);
    expect(e.problems).toEqual([
      expect.objectContaining({ file: "residences.csv", line: 5, column: "municipality_code", value: "9999", rule: "UNKNOWN_MUNICIPALITY" }),
    ]);
  });

  it("lists every problem of a register with many, in file and line order", async () => {
    const folder = writeValidRegister();
    editFile(folder, "persons.csv", (t) => `${t}123456789,2001-01-01,V\n`);
    replaceIn(folder, "persons.csv", "2006-05-01", "2006-13-01");
    replaceIn(folder, "residences.csv", ",0599,", ",9999,");
    replaceIn(folder, "enrolments.csv", "E3,", "E1,");
    replaceIn(folder, "enrolments.csv", "VAVO,VWO,,,,true", "VAVO,VWO,,BOL,,yes");
    editFile(folder, "diplomas.csv", (t) => `${t}P-9999,2020-07-01,HAVO,,\n`);
    replaceIn(folder, "jobs.csv", "16.5", "-3");
    const e = await reject(folder);
    expect(where(e.problems)).toEqual([
      "persons.csv:3 birth_date DATE",
      "persons.csv:5 person_id PERSON_ID",
      "residences.csv:5 municipality_code UNKNOWN_MUNICIPALITY",
      "enrolments.csv:5 enrolment_id DUPLICATE_KEY",
      "enrolments.csv:6 leerweg LEERWEG_NOT_MBO",
      "enrolments.csv:6 funded BOOLEAN",
      "diplomas.csv:4 person_id UNKNOWN_PERSON",
      "jobs.csv:2 hours_per_week RANGE",
    ]);
    expect(e.truncated).toBe(false);
    expect(e.message).toMatch(/8 problems/);
  });

  it("stops listing at the limit and says there are more", async () => {
    const folder = writeValidRegister();
    editFile(folder, "persons.csv", (t) => t.replaceAll(/,(\d{4})-/g, ",$1/"));
    const e = await rejection(importRegister(dataDir, folder, { maxProblems: 2 }));
    expect(where(e.problems)).toEqual(["persons.csv:2 birth_date DATE", "persons.csv:3 birth_date DATE"]);
    expect(e.truncated).toBe(true);
    expect(e.message).toMatch(/2\+ problems/);
  });

  it("reports a missing required file and a table given as both CSV and Parquet", async () => {
    const folder = writeValidRegister();
    rmSync(path.join(folder, "persons.csv"));
    cpSync(path.join(folder, "jobs.csv"), path.join(folder, "jobs.parquet"));
    const e = await reject(folder);
    expect(where(e.problems)).toContain("persons.csv:- - MISSING_FILE");
    expect(where(e.problems)).toContain("jobs.parquet:- - DUPLICATE_FILE");
  });

  it("reports mixed line endings at the first line that differs", async () => {
    const folder = writeValidRegister();
    replaceIn(folder, "persons.csv", ",V\n", ",V\r\n");
    const e = await reject(folder);
    expect(where(e.problems)).toEqual(["persons.csv:3 - LINE_ENDINGS"]);
  });

  it("reads a file with a byte-order mark and \\r\\n line ends, and still counts lines right", async () => {
    const folder = writeValidRegister();
    editFile(folder, "enrolments.csv", (t) => `\uFEFF${t.replaceAll("\n", "\r\n")}`);
    replaceIn(folder, "enrolments.csv", "HAVO,5,", "HAVO,9,");
    const e = await reject(folder);
    expect(where(e.problems)).toEqual(["enrolments.csv:5 grade RANGE"]);
    // Without the error it imports, and the quoted newline keeps its \r\n.
    const ok = writeValidRegister();
    editFile(ok, "enrolments.csv", (t) => `\uFEFF${t.replaceAll("\n", "\r\n")}`);
    await importRegister(dataDir, ok);
    const e2 = (await snapshot(dataDir)).tables.enrolments.find((r) => r.enrolment_id === "E2");
    expect(e2?.programme).toBe('25180, "Kok"\r\nniveau 2');
  });

  it("reports an empty file", async () => {
    const folder = writeValidRegister();
    editFile(folder, "statuses.csv", () => "");
    const e = await reject(folder);
    expect(where(e.problems)).toEqual(["statuses.csv:1 - EMPTY_FILE"]);
  });
});

describe("importing again", () => {
  it("imports the same register twice as the same data once, and says the second time it was unchanged", async () => {
    const dataDir = tempDir();
    const folder = writeValidRegister();
    const first = await importRegister(dataDir, folder);
    const once = await snapshot(dataDir);
    const second = await importRegister(dataDir, folder);
    expect(second.status).toBe("unchanged");
    expect(second.registerId).toBe(first.registerId);
    expect(second.importedAt).toBe(first.importedAt);
    expect(await snapshot(dataDir)).toEqual(once);

    // The same files elsewhere are the same register.
    const copy = tempDir("vsv-register-copy-");
    cpSync(folder, copy, { recursive: true });
    expect((await importRegister(dataDir, copy)).status).toBe("unchanged");

    // Forced, it is written again: still once.
    const forced = await importRegister(dataDir, folder, { force: true });
    expect(forced.status).toBe("imported");
    expect((await snapshot(dataDir)).tables).toEqual(once.tables);
  });

  it("replaces the previous register entirely", async () => {
    const dataDir = tempDir();
    await importRegister(dataDir, writeValidRegister());
    const other = writeRegisterFolder(tempDir("vsv-register-other-"), [person("P-X", "2008-01-01", { enrolments: [enrolment({ enrolmentId: "X1", start: "2024-08-01" })] })]);
    const summary = await importRegister(dataDir, other);
    expect(summary.status).toBe("imported");
    const s = await snapshot(dataDir);
    expect(s.tables.persons.map((p) => p.person_id)).toEqual(["P-X"]);
    expect(s.tables.enrolments.map((e) => e.enrolment_id)).toEqual(["X1"]);
    expect(s.tables.diplomas).toEqual([]);
    expect(s.meta).toEqual([expect.objectContaining({ register_id: summary.registerId, persons: 1n })]);
  });

  it("gives another register id when one byte changes", async () => {
    const dataDir = tempDir();
    const folder = writeValidRegister();
    const first = await importRegister(dataDir, folder);
    replaceIn(folder, "jobs.csv", "16.5", "16.0");
    const second = await importRegister(dataDir, folder);
    expect(second.status).toBe("imported");
    expect(second.registerId).not.toBe(first.registerId);
    expect((await snapshot(dataDir)).tables.jobs[0]?.hours_per_week).toBe(16);
  });
});

describe("failure inside the replacing transaction", () => {
  it("leaves the previous register intact when the import fails just before COMMIT", async () => {
    const dataDir = tempDir();
    await importRegister(dataDir, writeValidRegister());
    const before = await snapshot(dataDir);
    const other = writeRegisterFolder(tempDir("vsv-register-other-"), [person("P-X", "2008-01-01", { enrolments: [enrolment({ enrolmentId: "X1", start: "2024-08-01" })] })]);
    let reached = false;
    await expect(
      importRegister(dataDir, other, {
        beforeCommit: () => {
          reached = true;
          throw new Error("injected failure before commit");
        },
      }),
    ).rejects.toThrow("injected failure before commit");
    expect(reached).toBe(true);
    expect(await snapshot(dataDir)).toEqual(before);
    expect((await registerTableNames(dataDir)).filter((t) => t.startsWith("import_staging"))).toEqual([]);
    // And the store still takes the next import.
    await expect(importRegister(dataDir, other)).resolves.toMatchObject({ status: "imported" });
  });

  it("creates no register tables when the very first import is rejected", async () => {
    const dataDir = tempDir();
    const folder = writeValidRegister();
    replaceIn(folder, "persons.csv", "2005-03-01", "2005-02-29");
    await rejection(importRegister(dataDir, folder));
    expect(await registerTableNames(dataDir)).toEqual([]);
  });
});

describe("a register large enough to be read in parallel", () => {
  it("still names the right lines", async () => {
    // 400,000 enrolments: several row groups, so DuckDB reads and writes on all threads.
    const folder = tempDir("vsv-register-large-");
    const n = 400_000;
    const persons = ["person_id,birth_date,sex"];
    const enrolments = ["enrolment_id,person_id,institution,location,sector,level,grade,leerweg,programme,funded,start_date,end_date,recorded_on"];
    for (let i = 0; i < n / 4; i++) persons.push(`P${i},2006-01-01,`);
    for (let i = 0; i < n; i++) {
      // Every 1000th record spans two lines (a quoted newline), so lines and records differ.
      const programme = i % 1000 === 0 ? '"a\nb"' : "";
      enrolments.push(`E${i},P${i >> 2},27GZ,,MBO,2,,BOL,${programme},true,2022-08-01,,`);
    }
    const lineOf = (rec: number) => 2 + rec + Math.ceil(rec / 1000); // plus one line per earlier record with a newline
    enrolments[1 + 123_456] = enrolments[1 + 123_456]!.replace(",true,", ",yes,");
    enrolments[1 + 345_678] = enrolments[1 + 345_678]!.replace("E345678,", "E17,");
    enrolments[1 + 399_990] = enrolments[1 + 399_990]!.replace(",P99997,", ",P-NONE,");
    writeFileSync(path.join(folder, "persons.csv"), `${persons.join("\n")}\n`);
    writeFileSync(path.join(folder, "enrolments.csv"), `${enrolments.join("\n")}\n`);
    const e = await rejection(importRegister(tempDir(), folder));
    expect(where(e.problems)).toEqual([
      `enrolments.csv:${lineOf(123_456)} funded BOOLEAN`,
      `enrolments.csv:${lineOf(345_678)} enrolment_id DUPLICATE_KEY`,
      `enrolments.csv:${lineOf(399_990)} person_id UNKNOWN_PERSON`,
    ]);
    expect(e.problems[1]?.message).toMatch(new RegExp(`already appears on line ${lineOf(17)}:`));
  });
});
