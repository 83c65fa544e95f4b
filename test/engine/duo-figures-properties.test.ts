import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Teljaar } from "../../src/domain/teljaar.js";
import { DUO_DIMENSIONS } from "../../src/engine/duo-dimensions.js";
import { duoFigures, flattenDuoFigure } from "../../src/engine/duo-figures.js";
import { type RowInput, institution, openDuoStore, row } from "../support/duo-store.js";

const teljaar = "2022-2023" as Teljaar;
const scope = institution("27GZ");

/** A NRSP/NenR row with attributes drawn from small sets, unknown (null) values and unknown level names included. */
const person = (key: fc.Arbitrary<string>) =>
  fc
    .record({
      person_key: key,
      level: fc.constantFrom("MBO-1", "MBO-2", "MBO-3", "MBO-4", "HAVO-VWO", "VMBO", null, "Mbo niveau 9"),
      leerweg: fc.constantFrom("BOL", "BBL", "EX", null),
      sex: fc.constantFrom("M", "V", null),
      municipality_code: fc.constantFrom("0363", "0014", "9999", null),
      rmc_region: fc.constantFrom("21", "03", null),
      brin: fc.constantFrom("27GZ", "90AA"),
      brin_volgnr: fc.constantFrom("27GZ00", "27GZ01", null),
      provider_code: fc.constantFrom("100A1", "100A2", null),
      location_code: fc.constantFrom("100X1", null),
      birth_date: fc.constantFrom("2005-10-01", "2005-10-02", "2000-01-31", "2008-02-29", null),
    })
    .map(({ person_key, level, ...attrs }): RowInput => {
      const unknownLevel = level !== null && !level.includes("-") && level !== "VMBO";
      return row(person_key, { ...attrs, level: unknownLevel ? null : level, level_raw: level });
    });

const key = fc.integer({ min: 1, max: 60 }).map((n) => String(n).padStart(9, "0"));
const files = fc.record({
  nrsp: fc.array(person(key), { maxLength: 40 }),
  nenr: fc.array(person(key), { maxLength: 15 }),
  preliminary: fc.option(fc.record({ nrsp: fc.array(person(key), { maxLength: 40 }), nenr: fc.array(person(key), { maxLength: 15 }) }), { nil: undefined }),
});
const breakdown = fc.shuffledSubarray(DUO_DIMENSIONS.map((d) => d.name), { minLength: 1, maxLength: 3 });

const SUMMED = ["start_population", "vsv", "vsv_not_in_start_population", "preliminary_start_population", "preliminary_vsv", "preliminary_vsv_not_in_start_population"];

describe("figures from DUO's files: properties", () => {
  it("the rows of any breakdown add up to the total", async () => {
    await fc.assert(
      fc.asyncProperty(files, breakdown, async (f, by) => {
        const s = await openDuoStore({ teljaar, scope });
        try {
          await s.nrsp("definitive", f.nrsp);
          await s.nenr("definitive", f.nenr);
          if (f.preliminary) {
            await s.nrsp("preliminary", f.preliminary.nrsp);
            await s.nenr("preliminary", f.preliminary.nenr);
          }
          const total = await duoFigures(s.conn, { scope, teljaar });
          const split = await duoFigures(s.conn, { scope, teljaar, by });
          const totalRow = flattenDuoFigure(total.rows[0]!, total);
          const rows = split.rows.map((r) => flattenDuoFigure(r, split));
          expect(totalRow.start_population).toBe(f.nrsp.length);
          expect(totalRow.vsv).toBe(f.nenr.length);
          for (const field of SUMMED) {
            if (!(field in totalRow)) continue;
            expect(rows.reduce((sum, r) => sum + Number(r[field]), 0), field).toBe(totalRow[field]);
          }
          // each group once
          expect(new Set(rows.map((r) => JSON.stringify(by.map((d) => r[d])))).size).toBe(rows.length);
        } finally {
          s.close();
        }
      }),
      { numRuns: 40 },
    );
  });
});
