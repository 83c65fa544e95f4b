import { describe, expect, it } from "vitest";
import { duoFileName, identityKey, parseDuoFileName } from "../../src/domain/duo/file-name.js";
import { a04Months, a14Months, addMonths, parseReportMonth, teljaarOfSeriesMonth } from "../../src/domain/duo/report-month.js";
import { parseTeljaar } from "../../src/domain/teljaar.js";

describe("DUO file names", () => {
  it("reads a monthly institution file as reporting on the month before the month in its name", () => {
    expect(parseDuoFileName("202310A04I27GZ.csv")).toEqual({
      kind: "A04",
      teljaar: "2022-2023",
      reportMonth: "2023-09",
      stage: null,
      scope: { kind: "institution", code: "27GZ" },
    });
  });

  it("puts the A04 produced in November in the teljaar that starts that October", () => {
    expect(parseDuoFileName("202211A04I27GZ.csv")).toMatchObject({ teljaar: "2022-2023", reportMonth: "2022-10" });
  });

  it("puts the A14 files of November, December and January after the teljaar that ended", () => {
    for (const name of ["202311A14I27GZ.csv", "202312A14I27GZ.csv", "202401A14I27GZ.csv"]) {
      expect(parseDuoFileName(name)).toMatchObject({ kind: "A14", teljaar: "2022-2023" });
    }
    expect(parseDuoFileName("202401A14I27GZ.csv")?.reportMonth).toBe("2023-12");
  });

  it("rejects an A14 that would report on a month outside October-December", () => {
    expect(() => parseDuoFileName("202305A14I27GZ.csv")).toThrow(/A14 reports on October, November or December/);
  });

  it("reads yearly files: the year is the year the teljaar ends, D definitive and V voorlopig", () => {
    expect(parseDuoFileName("NRSP2023DI27GZ.csv")).toMatchObject({ kind: "NRSP", teljaar: "2022-2023", stage: "definitive", reportMonth: null });
    expect(parseDuoFileName("NenR2023VI27GZ.csv")).toMatchObject({ kind: "NENR", stage: "preliminary" });
  });

  it("reads region and municipality scopes, padding their codes", () => {
    expect(parseDuoFileName("NenR2023DR28.csv")?.scope).toEqual({ kind: "region", code: "28" });
    expect(parseDuoFileName("202310A04R3.csv")?.scope).toEqual({ kind: "region", code: "03" });
    expect(parseDuoFileName("NRSP2023DG363.csv")?.scope).toEqual({ kind: "municipality", code: "0363" });
  });

  it("ignores folders, case and a browser's duplicate suffix", () => {
    expect(parseDuoFileName("/tmp/x/nrsp2023di27gz (1).CSV")).toMatchObject({ kind: "NRSP", scope: { code: "27GZ" } });
  });

  it("does not recognise other names", () => {
    expect(parseDuoFileName("export.csv")).toBeUndefined();
    expect(parseDuoFileName("2023A04I27GZ.csv")).toBeUndefined();
  });

  it("rejects an impossible scope", () => {
    expect(() => parseDuoFileName("NRSP2023DR99.csv")).toThrow(/not a valid scope/);
  });

  it("writes the name it reads", () => {
    for (const name of ["202310A04I27GZ.csv", "202401A14R28.csv", "NRSP2023DI27GZ.csv", "NenR2023VG0363.csv", "202211A05I27GZ.csv"]) {
      expect(duoFileName(parseDuoFileName(name)!)).toBe(name);
    }
  });

  it("gives two versions of one report the same identity key", () => {
    expect(identityKey(parseDuoFileName("NRSP2023DI27GZ.csv")!)).toBe(identityKey(parseDuoFileName("NRSP2023DI27GZ (2).csv")!));
    expect(identityKey(parseDuoFileName("NRSP2023DI27GZ.csv")!)).not.toBe(identityKey(parseDuoFileName("NRSP2023VI27GZ.csv")!));
  });
});

describe("report months", () => {
  it("runs the A04 series from October to September and the A14 months from October to December after", () => {
    const t = parseTeljaar("2022-2023");
    expect(a04Months(t)).toEqual(["2022-10", "2022-11", "2022-12", "2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08", "2023-09"]);
    expect(a14Months(t)).toEqual(["2023-10", "2023-11", "2023-12"]);
  });

  it("crosses year boundaries both ways", () => {
    expect(addMonths(parseReportMonth("202301"), -1)).toBe("2022-12");
    expect(addMonths(parseReportMonth("2022-12"), 13)).toBe("2024-01");
  });

  it("assigns September to the teljaar that started the October before", () => {
    expect(teljaarOfSeriesMonth(parseReportMonth("2023-09"))).toBe("2022-2023");
    expect(teljaarOfSeriesMonth(parseReportMonth("2023-10"))).toBe("2023-2024");
  });

  it("rejects a month 13", () => {
    expect(() => parseReportMonth("202313")).toThrow(/month 01-12/);
  });
});
