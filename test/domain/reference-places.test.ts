import { describe, expect, it } from "vitest";
import { referenceInstitutions, referenceMunicipalities } from "../../src/domain/reference-places.js";

const table = [{ municipality_code: "0363", municipality_name: "Amsterdam", rmc_region: "21", rmc_region_name: "Amsterdam-Diemen", labour_market_region: "18", labour_market_region_name: "Groot Amsterdam" }];

describe("the places of the reference data", () => {
  it("gives every municipality its size, and refuses one without", () => {
    expect(referenceMunicipalities(table, [{ municipality_code: "0363", inhabitants_thousands: "931" }])).toEqual([
      { code: "0363", name: "Amsterdam", rmcRegion: "21", rmcRegionName: "Amsterdam-Diemen", labourMarketRegion: "18", size: 931 },
    ]);
    expect(() => referenceMunicipalities(table, [{ municipality_code: "0363", inhabitants_thousands: "" }])).toThrow(/0363 has no size/);
  });

  it("reads an institution's sectors and funding, and refuses an unknown kind", () => {
    const row = { institution: "90AA", name: "Beroepscampus", kind: "ROC", sectors: "MBO;VAVO", municipality_code: "1895", funded: "false" };
    expect(referenceInstitutions([row])).toEqual([{ code: "90AA", name: "Beroepscampus", kind: "ROC", sectors: ["MBO", "VAVO"], municipalityCode: "1895", funded: false }]);
    expect(() => referenceInstitutions([{ ...row, kind: "KINDEROPVANG" }])).toThrow(/unknown kind "KINDEROPVANG"/);
  });
});
