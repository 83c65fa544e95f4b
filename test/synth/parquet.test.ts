import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REGISTER_TABLES } from "../../src/domain/register-format.js";
import { importRegister } from "../../src/engine/register-import.js";
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
  });

  it("declares what the extract covers in register.csv", async () => {
    const g = await generate({ scale: 0.001, fromYear: 2020, toYear: 2023 });
    expect(readFileSync(path.join(g.folder, "register.csv"), "utf8")).toBe(
      "as_of,first_teljaar,last_teljaar,facts_until,synthetic_scale\n2024-10-01,2020-2021,2022-2023,2023-12-31,0.001\n",
    );
  });
});
