import { describe, expect, it } from "vitest";
import { ageOn, birthdayAt, isActiveOn, isYoungerThan, parseIsoDate, tryParseIsoDate } from "../../src/domain/dates.js";
import { firstPeildatum, lateSkLastDay, parseTeljaar, previousTeljaar, secondPeildatum } from "../../src/domain/teljaar.js";
import { cutoffDate, officialDefinition } from "../../src/domain/definition.js";

const d = parseIsoDate;

describe("dates", () => {
  it("accepts only real calendar dates written YYYY-MM-DD", () => {
    expect(tryParseIsoDate("2024-02-29")).toBe("2024-02-29");
    expect(tryParseIsoDate("2023-02-29")).toBeUndefined();
    expect(tryParseIsoDate("2023-13-01")).toBeUndefined();
    expect(tryParseIsoDate("01-10-2023")).toBeUndefined();
    expect(() => parseIsoDate("2023-10-1")).toThrow(/YYYY-MM-DD/);
  });
  it("puts the birthday of someone born on 29 February on 1 March in a non-leap year", () => {
    expect(birthdayAt(d("2004-02-29"), 19)).toBe("2023-03-01");
    expect(birthdayAt(d("2004-02-29"), 20)).toBe("2024-02-29");
    expect(isYoungerThan(d("2004-02-29"), 19, d("2023-02-28"))).toBe(true);
    expect(isYoungerThan(d("2004-02-29"), 19, d("2023-03-01"))).toBe(false);
  });
  it("is not younger than 23 on the 23rd birthday itself", () => {
    expect(isYoungerThan(d("2000-10-01"), 23, d("2023-10-01"))).toBe(false);
    expect(isYoungerThan(d("2000-10-02"), 23, d("2023-10-01"))).toBe(true);
    expect(ageOn(d("2000-10-01"), d("2023-10-01"))).toBe(23);
    expect(ageOn(d("2000-10-02"), d("2023-10-01"))).toBe(22);
  });
  it("treats a period as active from its first to its last day, open-ended when no end", () => {
    const p = { from: d("2023-08-01"), to: d("2023-10-01") };
    expect(isActiveOn(p, d("2023-10-01"))).toBe(true);
    expect(isActiveOn(p, d("2023-10-02"))).toBe(false);
    expect(isActiveOn(p, d("2023-07-31"))).toBe(false);
    expect(isActiveOn({ from: d("2023-08-01"), to: null }, d("2030-01-01"))).toBe(true);
  });
});

describe("teljaar", () => {
  it("runs from 1 October t to 1 October t+1", () => {
    const t = parseTeljaar("2023-2024");
    expect(firstPeildatum(t)).toBe("2023-10-01");
    expect(secondPeildatum(t)).toBe("2024-10-01");
    expect(lateSkLastDay(t)).toBe("2024-12-31");
    expect(previousTeljaar(t)).toBe("2022-2023");
  });
  it("says how to write a teljaar when given a single year", () => {
    expect(() => parseTeljaar("2023")).toThrow('Teljaar "2023" is not valid: use "2023-2024"');
    expect(() => parseTeljaar("2023-2025")).toThrow(/two consecutive years/);
  });
  it("cuts the preliminary stage off on 1 February t+2 and the definitive on 1 October t+2", () => {
    const t = parseTeljaar("2023-2024");
    expect(cutoffDate(t, "preliminary")).toBe("2025-02-01");
    expect(cutoffDate(t, "definitive")).toBe("2025-10-01");
  });
  it("makes the 27 definition official from 2025-2026 on (configurable)", () => {
    expect(officialDefinition(parseTeljaar("2024-2025"))).toBe(23);
    expect(officialDefinition(parseTeljaar("2025-2026"))).toBe(27);
    expect(
      officialDefinition(parseTeljaar("2024-2025"), { preliminaryCutoff: { month: 2, day: 1 }, definitiveCutoff: { month: 10, day: 1 }, officialDefinition27From: 2024 }),
    ).toBe(27);
  });
});
