import { afterAll, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { queryRows, withDatabase } from "../../src/engine/database.js";
import { importRegister } from "../../src/engine/register-import.js";
import { readRegisterState } from "../../src/engine/register-state.js";
import { registerTableNames, rejection, removeTempDirs, snapshot, tempDir, where, writeValidRegister } from "./fixtures/register/helpers.js";

afterAll(removeTempDirs);

function withCoverage(text: string): string {
  const folder = writeValidRegister();
  writeFileSync(path.join(folder, "register.csv"), text);
  return folder;
}

describe("register.csv, what a register covers", () => {
  it("is stored as register.coverage and read back by the engine's register state", async () => {
    const dataDir = tempDir();
    const summary = await importRegister(dataDir, withCoverage("as_of,first_teljaar,last_teljaar\n2024-10-01,2020-2021,2022-2023\n"));
    expect(summary.files).toContain("register.csv");
    const state = await withDatabase(dataDir, (db) => readRegisterState(db.connection), { readOnly: true });
    expect(state).toEqual({ registerId: summary.registerId, asOf: "2024-10-01", firstTeljaar: "2020-2021", lastTeljaar: "2022-2023", factsUntil: null, syntheticScale: null });
  });

  it("says when a register is synthetic, at what scale, and up to which day it holds the situation", async () => {
    const dataDir = tempDir();
    await importRegister(dataDir, withCoverage("as_of,first_teljaar,last_teljaar,facts_until,synthetic_scale\n2024-10-01,2020-2021,2022-2023,2023-12-31,0.1\n"));
    const state = await withDatabase(dataDir, (db) => readRegisterState(db.connection), { readOnly: true });
    expect(state).toMatchObject({ asOf: "2024-10-01", factsUntil: "2023-12-31", syntheticScale: 0.1 });
  });

  it("is part of the register id, and goes when the next register has none", async () => {
    const dataDir = tempDir();
    const first = await importRegister(dataDir, withCoverage("as_of,first_teljaar,last_teljaar\n2024-10-01,2020-2021,2022-2023\n"));
    const other = await importRegister(dataDir, withCoverage("as_of,first_teljaar,last_teljaar\n2024-10-01,2021-2022,2022-2023\n"));
    expect(other.registerId).not.toBe(first.registerId);
    expect(other.status).toBe("imported");
    const none = await importRegister(dataDir, writeValidRegister());
    expect(none.files).not.toContain("register.csv");
    expect(await registerTableNames(dataDir)).not.toContain("coverage");
  });

  it("may leave values empty", async () => {
    const dataDir = tempDir();
    await importRegister(dataDir, withCoverage("as_of,first_teljaar\n,2020-2021\n"));
    const rows = await withDatabase(dataDir, (db) => queryRows(db.connection, "SELECT * FROM register.coverage"), { readOnly: true });
    expect(rows).toEqual([{ as_of: null, first_teljaar: "2020-2021", last_teljaar: null, facts_until: null, synthetic_scale: null }]);
  });

  it.each([
    ["a teljaar that is not two consecutive years", "as_of,first_teljaar,last_teljaar\n2024-10-01,2020,2022-2023\n", ["register.csv:2 first_teljaar TELJAAR"]],
    ["an as_of that is no date", "as_of,first_teljaar,last_teljaar\n2024-02-30,2020-2021,2022-2023\n", ["register.csv:2 as_of DATE"]],
    ["a last teljaar before the first", "as_of,first_teljaar,last_teljaar\n2024-10-01,2022-2023,2020-2021\n", ["register.csv:2 last_teljaar END_BEFORE_START"]],
    ["an unknown column", "as_of,seed\n2024-10-01,1\n", ["register.csv:1 seed UNKNOWN_COLUMN"]],
    ["a facts_until that is no date", "as_of,facts_until\n2024-10-01,2023-13-01\n", ["register.csv:2 facts_until DATE"]],
    ["a scale that is not above 0", "as_of,synthetic_scale\n2024-10-01,0\n", ["register.csv:2 synthetic_scale NUMBER"]],
    ["two rows", "as_of\n2024-10-01\n2024-11-01\n", ["register.csv:3 - ONE_ROW"]],
  ])("rejects %s, leaving the store unchanged", async (_what, text, expected) => {
    const dataDir = tempDir();
    await importRegister(dataDir, writeValidRegister());
    const before = await snapshot(dataDir);
    const e = await rejection(importRegister(dataDir, withCoverage(text)));
    expect(where(e.problems)).toEqual(expected);
    expect(await snapshot(dataDir)).toEqual(before);
  });
});
