import { describe, expect, it } from "vitest";
import { DuckDBInstance } from "@duckdb/node-api";
import { loadReference, municipalitiesFor } from "../../src/engine/reference.js";
import { municipalityTableYears, municipalityYearFor } from "../../src/engine/reference-files.js";
import { parseTeljaar } from "../../src/domain/teljaar.js";
import { queryRows } from "../../src/engine/database.js";

describe("reference data", () => {
  it("maps every municipality of 2026 to one of the 40 RMC regions and 35 labour-market regions", async () => {
    const db = await DuckDBInstance.create(":memory:");
    const conn = await db.connect();
    await loadReference(conn);
    const rows = await municipalitiesFor(conn, parseTeljaar("2025-2026"));
    expect(rows).toHaveLength(342);
    expect(new Set(rows.map((r) => r.rmc_region)).size).toBe(40);
    expect(new Set(rows.map((r) => r.labour_market_region)).size).toBe(35);
    const amsterdam = rows.find((r) => r.municipality_code === "0363");
    expect(amsterdam?.rmc_region).toBe("21");
    expect(amsterdam?.rmc_region_name).toBe("Agglomeratie Amsterdam");
    const norms = await queryRows<{ norm_pct: number }>(conn, "SELECT norm_pct FROM reference.mbo_norms WHERE teljaar = '2023-2024' AND mbo_level = '2'");
    expect(norms[0]?.norm_pct).toBeCloseTo(9.33);
    conn.closeSync();
  });

  it("uses the latest table up to the teljaar, and restates older teljaren on the earliest table", () => {
    expect(municipalityYearFor(parseTeljaar("2015-2016"), [2026])).toBe(2026);
    expect(municipalityYearFor(parseTeljaar("2027-2028"), [2024, 2026])).toBe(2026);
    expect(municipalityYearFor(parseTeljaar("2025-2026"), [2024, 2026])).toBe(2024);
    expect(municipalityTableYears()).toContain(2026);
  });
});

describe("reference institutions", () => {
  it("loads the institutions and locations of the synthetic Netherlands with their municipality", async () => {
    const db = await DuckDBInstance.create(":memory:");
    const conn = await db.connect();
    await loadReference(conn);
    const rows = await queryRows<{ n: bigint; kinds: bigint; unknown: bigint }>(
      conn,
      `SELECT count(*) AS n, count(DISTINCT kind) AS kinds,
              count(*) FILTER (WHERE municipality_code NOT IN (SELECT municipality_code FROM reference.municipalities)) AS unknown
       FROM reference.institutions`,
    );
    expect(Number(rows[0]?.n)).toBeGreaterThan(600);
    expect(Number(rows[0]?.kinds)).toBeGreaterThanOrEqual(5);
    expect(Number(rows[0]?.unknown)).toBe(0);
    const locations = await queryRows<{ orphans: bigint }>(conn, "SELECT count(*) AS orphans FROM reference.locations WHERE institution NOT IN (SELECT institution FROM reference.institutions)");
    expect(Number(locations[0]?.orphans)).toBe(0);
    conn.closeSync();
  });
});
