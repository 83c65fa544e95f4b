import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { REGISTER_FORMAT, REGISTER_TABLES, type RegisterTable, valueType } from "../../src/domain/register-format.js";
import { queryRows } from "../../src/engine/database.js";
import { concatParquet } from "../../src/synth/parquet-merge.js";
import { People } from "../../src/synth/people.js";
import { generate, removeTempDirs, tempDir } from "./helpers.js";

afterAll(removeTempDirs);

const options = { scale: 0.002, seed: 3, fromYear: 2020, toYear: 2023 } as const;

/** Per table: the rows in file order, each as one text (every column cast to text, NULL as ∅). */
async function rowsOf(folder: string, ext: "csv" | "parquet"): Promise<Record<RegisterTable, string[]>> {
  const instance = await DuckDBInstance.create(":memory:");
  const conn = await instance.connect();
  try {
    const out = {} as Record<RegisterTable, string[]>;
    for (const t of REGISTER_TABLES) {
      const file = path.join(folder, `${t}.${ext}`);
      const source = ext === "parquet" ? `read_parquet('${file}')` : `read_csv('${file}', header = true, all_varchar = true, auto_detect = false, columns = {${REGISTER_FORMAT[t].columns.map((c) => `'${c.name}': 'VARCHAR'`).join(", ")}})`;
      // Whole numbers in a DOUBLE column as the CSV writes them (32, not 32.0).
      const text = (c: { name: string; kind: Parameters<typeof valueType>[0] }) =>
        ext === "parquet" && valueType(c.kind) === "number" ? `CASE WHEN "${c.name}" = floor("${c.name}") THEN "${c.name}"::BIGINT::VARCHAR ELSE "${c.name}"::VARCHAR END` : `"${c.name}"::VARCHAR`;
      const line = REGISTER_FORMAT[t].columns.map((c) => `coalesce(${text(c)}, '∅')`).join(" || '|' || ");
      const rows = await queryRows<{ line: string }>(conn, `SELECT ${line} AS line FROM ${source}`);
      out[t] = rows.map((r) => r.line);
    }
    return out;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

describe("parquet written in parts", () => {
  it("gives the same rows in the same order converting in a worker thread or in this thread, in one part or many, as the CSV", async () => {
    // Parts of 32 kB: every table but the smallest in several parts, so the join of parts is exercised.
    const worker = await generate({ ...options, format: "parquet", parquetWorker: true, partBytes: 32 << 10 });
    const inThread = await generate({ ...options, format: "parquet", parquetWorker: false, partBytes: 32 << 10 });
    const whole = await generate({ ...options, format: "parquet", parquetWorker: false });
    const csv = await generate({ ...options, format: "csv" });
    expect(worker.summary.rows).toEqual(csv.summary.rows);
    const fromCsv = await rowsOf(csv.folder, "csv");
    const [a, b, c] = [await rowsOf(worker.folder, "parquet"), await rowsOf(inThread.folder, "parquet"), await rowsOf(whole.folder, "parquet")];
    for (const t of REGISTER_TABLES) {
      expect(a[t].length, t).toBe(csv.summary.rows[t]);
      expect(a[t], t).toEqual(b[t]);
      expect(a[t], t).toEqual(c[t]);
      // The CSV's empty fields are the Parquet's NULLs; dates, numbers and booleans read back as written.
      expect(a[t], t).toEqual(fromCsv[t].map((line) => line.split("|").map((v) => (v === "" ? "∅" : v)).join("|")));
    }
    expect(a.enrolments.length).toBeGreaterThan(1000);
  }, 240_000);

  it("joins Parquet files into one holding the rows of each in turn", async () => {
    const g = await generate({ ...options, format: "parquet", parquetWorker: false });
    const file = path.join(g.folder, "diplomas.parquet");
    const joined = path.join(tempDir(), "joined.parquet");
    concatParquet([file, file, file], joined);
    const instance = await DuckDBInstance.create(":memory:");
    const conn = await instance.connect();
    try {
      const [one] = await queryRows<{ n: bigint; h: string }>(conn, `SELECT count(*) AS n, sum(hash(t))::VARCHAR AS h FROM read_parquet('${file}') t`);
      const [three] = await queryRows<{ n: bigint; h: string }>(conn, `SELECT count(*) AS n, sum(hash(t))::VARCHAR AS h FROM read_parquet('${joined}') t`);
      expect(Number(three!.n)).toBe(3 * Number(one!.n));
      expect(BigInt(three!.h)).toBe(3n * BigInt(one!.h));
      const rows = await queryRows<{ person_id: string }>(conn, `SELECT person_id FROM read_parquet('${joined}')`);
      const n = Number(one!.n);
      expect(rows.slice(n, 2 * n)).toEqual(rows.slice(0, n));
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  }, 120_000);
});

describe("person slots", () => {
  it("gives a reused slot with every column zero", () => {
    const p = new People(4);
    const i = p.allocate();
    const columns = Object.entries(p).filter(([, v]) => ArrayBuffer.isView(v)) as [string, Uint8Array][];
    expect(columns.length).toBeGreaterThan(30);
    for (const [, column] of columns) column[i] = 7;
    p.release(i);
    const j = p.allocate();
    expect(j).toBe(i);
    for (const [name, column] of columns) expect(column[j], name).toBe(0);
  });
});
