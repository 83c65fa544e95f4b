import { afterAll, describe, expect, it } from "vitest";
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { REGISTER_FORMAT, type RegisterTable } from "../../src/domain/register-format.js";
import { sqlIdent, sqlString } from "../../src/engine/database.js";
import { importRegister, type ImportProblem } from "../../src/engine/register-import.js";
import { rejection, removeTempDirs, replaceIn, snapshot, tempDir, where, writeValidRegister } from "./fixtures/register/helpers.js";

afterAll(removeTempDirs);

/** The SQL type a column gets in a "typed" Parquet file, as a producer with a schema would write it. */
function parquetType(table: RegisterTable, column: string): string {
  const kind = REGISTER_FORMAT[table].columns.find((c) => c.name === column)?.kind.type;
  return kind === "date" ? "DATE" : kind === "boolean" ? "BOOLEAN" : kind === "integer" ? "INTEGER" : kind === "number" ? "DOUBLE" : "VARCHAR";
}

/** The column names of a CSV file's header (optional columns a file leaves out are not selected). */
const header = (file: string): string[] => readFileSync(file, "utf8").split(/\r?\n/, 1)[0]!.split(",");

/** Writes every CSV of `csvFolder` as Parquet into a new folder, with DuckDB's COPY. */
async function toParquet(csvFolder: string, typed: boolean): Promise<string> {
  const out = tempDir("vsv-register-parquet-");
  const db = await DuckDBInstance.create(":memory:");
  const conn = await db.connect();
  try {
    for (const name of readdirSync(csvFolder).filter((f) => f.endsWith(".csv"))) {
      const table = name.replace(".csv", "") as RegisterTable;
      const source = `read_csv(${sqlString(path.join(csvFolder, name))}, header = true, all_varchar = true)`;
      const select = typed
        ? REGISTER_FORMAT[table].columns.filter((c) => header(path.join(csvFolder, name)).includes(c.name)).map((c) => `CAST(${sqlIdent(c.name)} AS ${parquetType(table, c.name)}) AS ${sqlIdent(c.name)}`).join(", ")
        : "*";
      await conn.run(`COPY (SELECT ${select} FROM ${source}) TO ${sqlString(path.join(out, `${table}.parquet`))} (FORMAT parquet)`);
    }
  } finally {
    conn.closeSync();
    db.closeSync();
  }
  return out;
}

describe("a Parquet register", () => {
  it("must hold ids and codes as text, since numbers lose leading zeros", async () => {
    const csv = writeValidRegister();
    const folder = await toParquet(csv, false);
    const db = await DuckDBInstance.create(":memory:");
    const conn = await db.connect();
    const residences = path.join(folder, "residences.parquet");
    await conn.run(
      `COPY (SELECT * REPLACE (CAST(municipality_code AS INTEGER) AS municipality_code) FROM read_parquet(${sqlString(residences)})) TO ${sqlString(`${residences}.new`)} (FORMAT parquet)`,
    );
    conn.closeSync();
    db.closeSync();
    renameSync(`${residences}.new`, residences);
    const e = await rejection(importRegister(tempDir(), folder));
    expect(e.problems[0]).toEqual(expect.objectContaining({ file: "residences.parquet", line: null, column: "municipality_code", value: "INTEGER", rule: "COLUMN_TYPE" }));
    // And the values show what went wrong: 0363 became 363.
    expect(e.problems[1]).toEqual(expect.objectContaining({ line: 1, value: "363", rule: "MUNICIPALITY_FORMAT" }));
  });

  it("imports the same tables as the same register in CSV, with text or typed columns", async () => {
    const csv = writeValidRegister();
    const fromCsv = tempDir();
    await importRegister(fromCsv, csv);
    const expected = (await snapshot(fromCsv)).tables;
    expect(expected.enrolments).toHaveLength(4);

    for (const typed of [false, true]) {
      const folder = await toParquet(csv, typed);
      expect(readdirSync(folder).sort()).toEqual(["diplomas", "enrolments", "jobs", "persons", "residences", "statuses"].map((t) => `${t}.parquet`));
      const dataDir = tempDir();
      const summary = await importRegister(dataDir, folder);
      expect(summary.files).toContain("persons.parquet");
      expect((await snapshot(dataDir)).tables).toEqual(expected);
    }
  });

  it("reports problems by row number", async () => {
    const csv = writeValidRegister();
    replaceIn(csv, "persons.csv", "2006-05-01", "2006-02-30");
    replaceIn(csv, "enrolments.csv", "E3,", "E1,");
    const folder = await toParquet(csv, false);
    const e = await rejection(importRegister(tempDir(), folder));
    expect(where(e.problems)).toEqual(["persons.parquet:2 birth_date DATE", "enrolments.parquet:3 enrolment_id DUPLICATE_KEY"]);
    expect(e.problems[1]?.message).toMatch(/already appears on row 1/);
  });

  it("checks typed columns as their text would be checked: same rules, rows and values", async () => {
    const csv = writeValidRegister();
    replaceIn(csv, "persons.csv", "2006-05-01", "1850-05-01");
    replaceIn(csv, "enrolments.csv", "HAVO,5,", "HAVO,9,");
    replaceIn(csv, "jobs.csv", "16.5", "-3");
    const fromCsv = await rejection(importRegister(tempDir(), csv));
    const fromParquet = await rejection(importRegister(tempDir(), await toParquet(csv, true)));
    const shown = (ps: readonly ImportProblem[]) => ps.map((p) => `${p.file}:${p.line} ${p.column} ${p.rule} ${p.value}`);
    // CSV lines (the header is line 1; E2 holds a quoted newline) against Parquet rows; a DOUBLE shows as -3.0.
    expect(shown(fromCsv.problems)).toEqual(["persons.csv:3 birth_date DATE 1850-05-01", "enrolments.csv:5 grade RANGE 9", "jobs.csv:2 hours_per_week RANGE -3"]);
    expect(shown(fromParquet.problems)).toEqual([
      "persons.parquet:2 birth_date DATE 1850-05-01",
      "enrolments.parquet:3 grade RANGE 9",
      "jobs.parquet:1 hours_per_week RANGE -3.0",
    ]);
  });

  it("reports an unknown column and a file that is not Parquet", async () => {
    const csv = writeValidRegister();
    const folder = await toParquet(csv, false);
    const db = await DuckDBInstance.create(":memory:");
    const conn = await db.connect();
    const jobs = sqlString(path.join(folder, "jobs.parquet"));
    await conn.run(`COPY (SELECT *, 'x' AS employer FROM read_parquet(${jobs})) TO ${sqlString(path.join(folder, "jobs2.parquet"))} (FORMAT parquet)`);
    conn.closeSync();
    db.closeSync();
    rmSync(path.join(folder, "jobs.parquet"));
    renameSync(path.join(folder, "jobs2.parquet"), path.join(folder, "jobs.parquet"));
    writeFileSync(path.join(folder, "statuses.parquet"), "person_id,kind\n");
    const e = await rejection(importRegister(tempDir(), folder));
    expect(where(e.problems)).toEqual(["statuses.parquet:- - UNREADABLE_FILE", "jobs.parquet:- employer UNKNOWN_COLUMN"]);
  });
});
