import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { REGISTER_TABLES } from "../../src/domain/register-format.js";
import { queryRows } from "../../src/engine/database.js";
import { importRegister } from "../../src/engine/register-import.js";
import { REGISTER_DDL } from "../../src/engine/register-tables.js";
import { generate, removeTempDirs, tempDir } from "./helpers.js";

afterAll(removeTempDirs);

describe("parquet output", () => {
  it("writes one parquet file per table (no csv left) that the importer accepts with the same rows", async () => {
    const g = await generate({ scale: 0.002, format: "parquet", fromYear: 2020, toYear: 2023 });
    for (const t of REGISTER_TABLES) {
      expect(existsSync(path.join(g.folder, `${t}.parquet`))).toBe(true);
      expect(existsSync(path.join(g.folder, `${t}.csv`))).toBe(false);
    }
    const summary = await importRegister(tempDir(), g.folder);
    expect(summary.counts).toEqual(g.summary.rows);

    // The generator renders the column types itself (synth uses no engine code): they are the stored register's.
    const instance = await DuckDBInstance.create(":memory:");
    const conn = await instance.connect();
    try {
      for (const t of REGISTER_TABLES) {
        const columns = await queryRows<{ column_name: string; column_type: string }>(conn, `DESCRIBE SELECT * FROM read_parquet('${path.join(g.folder, `${t}.parquet`)}')`);
        expect(columns.map((c) => `${c.column_name} ${c.column_type}`).join(", "), t).toBe(REGISTER_DDL[t].replaceAll(" NOT NULL", ""));
      }
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  });

  it("declares what the extract covers in register.csv", async () => {
    const g = await generate({ scale: 0.001, fromYear: 2020, toYear: 2023 });
    expect(readFileSync(path.join(g.folder, "register.csv"), "utf8")).toBe(
      "as_of,first_teljaar,last_teljaar,facts_until,synthetic_scale\n2024-10-01,2020-2021,2022-2023,2023-12-31,0.001\n",
    );
  });
});
