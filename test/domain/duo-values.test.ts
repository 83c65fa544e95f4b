import { describe, expect, it } from "vitest";
import { normaliseLevel, mboLevelNumber } from "../../src/domain/duo/levels.js";
import { normaliseLeerweg } from "../../src/domain/duo/leerweg.js";
import {
  dateFormatOf,
  formatDuoDate,
  normaliseMunicipalityCode,
  normaliseNumberText,
  normalisePersonNumber,
  normaliseRegion,
  parseDuoDate,
  parseFlag,
} from "../../src/domain/duo/values.js";
import { headerName, kindsOfHeader, NENR_COLUMNS, NRSP_COLUMNS } from "../../src/domain/duo/layout.js";
import { parseIsoDate } from "../../src/domain/dates.js";

describe("DUO level names", () => {
  it.each([
    ["Mbo4 opleidingen", "MBO-4"],
    ["Mbo niveau 4", "MBO-4"],
    ["Bol4", "MBO-4"],
    ["MBO 2", "MBO-2"],
    ["Mbo1 opleidingen", "MBO-1"],
    ["Entree", "MBO-1"],
    ["VMBO bovenbouw", "VMBO"],
    ["HAVO/VWO bovenbouw", "HAVO-VWO"],
    ["havo/vwo", "HAVO-VWO"],
    ["VO onderbouw", "VO-ONDERBOUW"],
    ["Praktijkonderwijs", "PRO"],
  ])("maps %s to %s", (raw, level) => {
    expect(normaliseLevel(raw)).toBe(level);
  });

  it("does not guess unknown or empty names", () => {
    expect(normaliseLevel("Mbo5")).toBeUndefined();
    expect(normaliseLevel("")).toBeUndefined();
    expect(normaliseLevel("Hbo bachelor")).toBeUndefined();
  });

  it("gives the norm level for mbo levels only", () => {
    expect(mboLevelNumber("MBO-3")).toBe(3);
    expect(mboLevelNumber("HAVO-VWO")).toBeNull();
  });
});

describe("DUO leerweg", () => {
  it("reads BOL, BBL, combined codes and extraneus", () => {
    expect(normaliseLeerweg("BOL")).toBe("BOL");
    expect(normaliseLeerweg("Bol4")).toBe("BOL");
    expect(normaliseLeerweg("bbl")).toBe("BBL");
    expect(normaliseLeerweg("BOL-DT")).toBe("BOL");
    expect(normaliseLeerweg("EX")).toBe("EX");
    expect(normaliseLeerweg("Extraneus")).toBe("EX");
  });

  it("keeps vmbo leerwegen as written and treats empty as unknown", () => {
    expect(normaliseLeerweg("gl")).toBe("GL");
    expect(normaliseLeerweg(" ")).toBeUndefined();
  });
});

describe("DUO values", () => {
  it("detects the date format per value and reads real dates only", () => {
    expect(dateFormatOf("05-03-2006")).toBe("DD-MM-YYYY");
    expect(dateFormatOf("20060305")).toBe("YYYYMMDD");
    expect(dateFormatOf("2006-03-05")).toBeUndefined();
    expect(parseDuoDate("05-03-2006", "DD-MM-YYYY")).toBe("2006-03-05");
    expect(parseDuoDate("20060305", "YYYYMMDD")).toBe("2006-03-05");
    expect(parseDuoDate("31-02-2006", "DD-MM-YYYY")).toBeUndefined();
    expect(parseDuoDate("05-03-2006", "YYYYMMDD")).toBeUndefined();
  });

  it("writes dates as DD-MM-YYYY", () => {
    expect(formatDuoDate(parseIsoDate("2006-03-05"))).toBe("05-03-2006");
  });

  it("pads municipality codes and region numbers", () => {
    expect(normaliseMunicipalityCode("488")).toBe("0488");
    expect(normaliseMunicipalityCode("GM0363")).toBe("0363");
    expect(normaliseMunicipalityCode("Amsterdam")).toBeUndefined();
    expect(normaliseRegion("REGIO 28")).toBe("28");
    expect(normaliseRegion("3")).toBe("03");
    expect(normaliseRegion("Regio Amsterdam")).toBeUndefined();
  });

  it("reads house numbers written as decimals", () => {
    expect(normaliseNumberText("129.0")).toBe("129");
    expect(normaliseNumberText("12a")).toBe("12a");
  });

  it("reads J/N flags and tells unknown from invalid", () => {
    expect(parseFlag("J")).toBe(true);
    expect(parseFlag("n")).toBe(false);
    expect(parseFlag("")).toBeUndefined();
    expect(parseFlag("X")).toBe("invalid");
  });

  it("reads person numbers: 9 digits, 0 is unknown", () => {
    expect(normalisePersonNumber("12345678")).toBe("012345678");
    expect(normalisePersonNumber("0")).toBeNull();
    expect(normalisePersonNumber("12AB")).toBe("invalid");
  });
});

describe("DUO headers", () => {
  it("ignores a # and a byte-order mark before the first column name", () => {
    expect(headerName("\uFEFF#BURGERSERVICENUMMER")).toBe("BURGERSERVICENUMMER");
    expect(headerName(" #brin ")).toBe("BRIN");
  });

  it("tells the layouts apart by their columns", () => {
    expect(kindsOfHeader(NRSP_COLUMNS.map((c) => c.duo))).toEqual(["NRSP"]);
    expect(kindsOfHeader(NENR_COLUMNS.map((c) => c.duo))).toEqual(["NENR"]);
    expect(kindsOfHeader(["BRIN", "PERSOONSGEBONDENNUMMER"])).toEqual(["A04", "A14"]);
    expect(kindsOfHeader(["BRIN", "BSN_ONDERWIJSNR"])).toEqual(["A05"]);
    expect(kindsOfHeader(["A", "B"])).toEqual([]);
  });

  it("places EXAMEN and IND_BEKOSTIGING after CREBO_OMSCHRIJVING in NenR", () => {
    const names = NENR_COLUMNS.map((c) => c.duo);
    expect(names.slice(names.indexOf("CREBO_OMSCHRIJVING"), names.indexOf("CREBO_OMSCHRIJVING") + 3)).toEqual(["CREBO_OMSCHRIJVING", "EXAMEN", "IND_BEKOSTIGING"]);
    expect(names).toHaveLength(NRSP_COLUMNS.length + 2);
  });
});
