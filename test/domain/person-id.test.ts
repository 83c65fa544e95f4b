import { describe, expect, it } from "vitest";
import { classifyPersonId, maskPersonId, parsePersonId, passesBsnCheck, passesOnderwijsnummerCheck } from "../../src/domain/person-id.js";

describe("BSN 11-check", () => {
  it("accepts a number whose weighted sum is a multiple of 11", () => {
    expect(passesBsnCheck("111222333")).toBe(true);
    expect(passesBsnCheck("123456782")).toBe(true);
  });
  it("rejects a number with one digit changed", () => {
    expect(passesBsnCheck("123456783")).toBe(false);
    expect(passesBsnCheck("111222334")).toBe(false);
  });
  it("rejects all zeros and anything that is not 9 digits", () => {
    expect(passesBsnCheck("000000000")).toBe(false);
    expect(passesBsnCheck("12345678")).toBe(false);
    expect(passesBsnCheck("12345678a")).toBe(false);
  });
});

describe("onderwijsnummer check", () => {
  it("accepts a number whose weighted sum leaves remainder 5", () => {
    // 1*9+0*8+0*7+0*6+0*5+0*4+0*3+0*2 - d9 ≡ 5 (mod 11) → d9 = 4
    expect(passesOnderwijsnummerCheck("100000004")).toBe(true);
    expect(classifyPersonId("100000004")).toBe("ONDERWIJSNUMMER");
  });
  it("does not accept a BSN as an onderwijsnummer", () => {
    expect(passesOnderwijsnummerCheck("123456782")).toBe(false);
  });
});

describe("person keys", () => {
  it("takes anything not of 9 digits as a pseudonym", () => {
    expect(classifyPersonId("P-000123")).toBe("PSEUDONYM");
    expect(classifyPersonId("12345678")).toBe("PSEUDONYM");
  });
  it("rejects 9 digits that pass neither check, without repeating the number", () => {
    expect(() => parsePersonId("123456789")).toThrow(/fails both the BSN 11-check and the onderwijsnummer check/);
    try {
      parsePersonId("123456789");
    } catch (e) {
      expect((e as Error).message).not.toContain("123456789");
    }
  });
  it("masks keys for messages", () => {
    expect(maskPersonId("123456782")).toBe("12*******");
    expect(maskPersonId("123456782")).not.toContain("3456782");
  });
});
