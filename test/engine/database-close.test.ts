import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/engine/database.js";

// Closing DuckDB while a query runs leaves the process unable to exit (seen on @duckdb/node-api 1.5), so the
// store's close waits for every query started on its connection.
describe("closing the DuckDB store", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it("waits for the queries still running, which then finish with their answers", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vsv-db-close-"));
    dirs.push(dir);
    const db = await openDatabase(dir);
    const slow = db.connection.runAndReadAll("select sum(a.range * b.range) as s from range(3000000) a, range(4) b");
    let queryDone = false;
    void slow.then(() => (queryDone = true));
    await db.close();
    expect(queryDone).toBe(true);
    expect(Number((await slow).getRowObjects()[0]?.["s"])).toBeGreaterThan(0);
  });

  it("closes once, however often it is asked", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vsv-db-close-"));
    dirs.push(dir);
    const db = await openDatabase(dir);
    await db.connection.run("create table t as select 1 as x");
    await Promise.all([db.close(), db.close()]);
    await expect(db.close()).resolves.toBeUndefined();
    // The file is free again: a second store opens it.
    const again = await openDatabase(dir);
    expect((await again.connection.runAndReadAll("select x from t")).getRowObjects()).toEqual([{ x: 1 }]);
    await again.close();
  });
});
