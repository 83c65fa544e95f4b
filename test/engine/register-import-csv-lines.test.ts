import { afterAll, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { parseFirstRecord, readCsvHeader, scanCsv } from "../../src/engine/register-csv-lines.js";
import { queryRows, sqlString } from "../../src/engine/database.js";
import { removeTempDirs, tempDir } from "./fixtures/register/helpers.js";

afterAll(removeTempDirs);

function file(content: string | Buffer): string {
  const f = path.join(tempDir("vsv-csv-"), "t.csv");
  writeFileSync(f, content);
  return f;
}

/** The rows DuckDB's strict reader keeps, as the importer reads them. */
async function duckRows(f: string): Promise<string[]> {
  const db = await DuckDBInstance.create(":memory:");
  const conn = await db.connect();
  try {
    // All columns, as the importer reads them: DuckDB checks UTF-8 only in the columns it reads.
    const rows = await queryRows<{ a: string }>(
      conn,
      `SELECT a, b, c FROM read_csv(${sqlString(f)}, header = true, auto_detect = false, all_varchar = true, delim = ',', quote = '"', escape = '"',
         columns = {'a': 'VARCHAR', 'b': 'VARCHAR', 'c': 'VARCHAR'}, strict_mode = true, store_rejects = true)`,
    );
    return rows.map((r) => r.a);
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}

describe("the CSV header", () => {
  it("is the first record, with quotes decoded and a UTF-8 BOM dropped", async () => {
    expect(await readCsvHeader(file('\uFEFFperson_id,"birth_date","s""x"\n1,2,3\n'))).toEqual({ columns: ["person_id", "birth_date", 's"x'] });
    expect(await readCsvHeader(file("a,b\r\n1,2\r\n"))).toEqual({ columns: ["a", "b"] });
    expect(await readCsvHeader(file(""))).toEqual({ empty: true });
    expect(parseFirstRecord('"a\nb",c\nd')).toEqual(["a\nb", "c"]);
  });
});

describe("line numbers of records", () => {
  it("counts the physical lines of quoted newlines, and skips blank lines as DuckDB does", async () => {
    const f = file('a,b,c\nr0,1,2\nr1,"x\ny\nz",2\n\nr2,1,2\nr3,1,"2"\n');
    const scan = await scanCsv(f, "t.csv", [0, 1, 2, 3], 10);
    expect(scan.problems).toEqual([]);
    expect(scan.records).toBe(4);
    expect([...scan.lines.entries()]).toEqual([
      [0, 2],
      [1, 3],
      [2, 7],
      [3, 8],
    ]);
  });

  it("finds each structural error at the line where its record starts, and numbers records as DuckDB keeps them", async () => {
    const f = file('a,b,c\nr0,1,2\nshort,1\nr1,1,2,extra\nr2,"ok",2\nr3,"bad"x,2\nr4,1,2\nr5,"open,2\nr6,1,2\n');
    const scan = await scanCsv(f, "t.csv", [0, 1, 2], 10);
    expect(scan.problems.map((p) => `${p.line} ${p.rule}`)).toEqual(["3 FIELD_COUNT", "4 FIELD_COUNT", "6 UNTERMINATED_QUOTE", "8 UNTERMINATED_QUOTE"]);
    expect([...scan.lines.entries()]).toEqual([
      [0, 2],
      [1, 5],
      [2, 7],
    ]);
    expect(await duckRows(f)).toEqual(["r0", "r2", "r4"]);
    expect(scan.records).toBe(3);
  });

  it("reports bytes that are not UTF-8, and a last line without a line ending", async () => {
    const f = file(Buffer.concat([Buffer.from("a,b,c\nr0,1,2\nr1,"), Buffer.from([0xff, 0xfe]), Buffer.from(",2\nr2,1,2")]));
    const scan = await scanCsv(f, "t.csv", [0, 1], 10);
    expect(scan.problems.map((p) => `${p.line} ${p.rule}`)).toEqual(["3 ENCODING"]);
    expect([...scan.lines.entries()]).toEqual([
      [0, 2],
      [1, 4],
    ]);
    expect(await duckRows(f)).toEqual(["r0", "r2"]);
  });

  it("reports a line ending that differs from the header's", async () => {
    const scan = await scanCsv(file("a,b,c\r\nr0,1,2\r\nr1,1,2\n"), "t.csv", [], 10);
    expect(scan.problems.map((p) => `${p.line} ${p.rule}`)).toEqual(["3 LINE_ENDINGS"]);
  });

  it("stops collecting at the limit and says so", async () => {
    const scan = await scanCsv(file(`a,b,c\n${"x\n".repeat(5)}`), "t.csv", [], 2);
    expect(scan.problems).toHaveLength(2);
    expect(scan.truncated).toBe(true);
  });
});
