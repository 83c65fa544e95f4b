/** The synthetic register's names, addresses and contact details (src/synth/names.ts, addresses.ts; decision 45). */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCsvObjects } from "../../src/domain/csv.js";
import { RegisterWriter } from "../../src/synth/writer.js";
import { removeTempDirs, tempDir } from "../support/temp-dirs.js";
import { MAIL_DOMAIN, drawDetails, personDetails, placeOf } from "../../src/synth/addresses.js";
import { PREFIX_SHARE, voorvoegsel } from "../../src/synth/names.js";

const many = (seed: number, n = 20_000) => Array.from({ length: n }, (_, k) => personDetails(seed, 100_000_000 + k * 7919, k % 2, 1011, 40, "Amsterdam"));

describe("synthetic person details", () => {
  it("are the same for the same seed and person, and differ for another seed", () => {
    expect(many(1, 500)).toEqual(many(1, 500));
    const other = many(2, 500);
    expect(other.filter((d, k) => d.familyName === many(1, 500)[k]!.familyName).length).toBeLessThan(100);
  });

  it("give about a quarter of people a voorvoegsel, never an empty name, and given names by sex", () => {
    const all = many(1);
    const prefixed = all.filter((d) => voorvoegsel(d.familyName) !== "").length / all.length;
    expect(prefixed).toBeGreaterThan(PREFIX_SHARE - 0.02);
    expect(prefixed).toBeLessThan(PREFIX_SHARE + 0.02);
    expect(all.every((d) => d.familyName.trim().length > 1 && d.givenNames.trim().length > 1)).toBe(true);
    expect(new Set(all.map((d) => d.familyName)).size).toBeGreaterThan(100);
    // sex 0 (M) and 1 (V) never share a first name
    const boys = new Set(all.filter((_, k) => k % 2 === 0).map((d) => d.givenNames.split(" ")[0]));
    const girls = new Set(all.filter((_, k) => k % 2 === 1).map((d) => d.givenNames.split(" ")[0]));
    expect([...boys].filter((n) => girls.has(n))).toEqual([]);
  });

  it("give a postcode in the municipality's range, a plain house number, and contact details that cannot reach anyone", () => {
    for (const d of many(3, 5000)) {
      expect(d.postcode).toMatch(/^[1-9][0-9]{3} [A-Z]{2}$/);
      const digits = Number(d.postcode.slice(0, 4));
      expect(digits).toBeGreaterThanOrEqual(1011);
      expect(digits).toBeLessThan(1051);
      expect(d.postcode).not.toMatch(/ (SA|SD|SS)$/);
      expect(d.houseNumber).toMatch(/^[1-9][0-9]*([a-d]|-[1-3])?$/);
      expect(d.residence).toBe("Amsterdam");
      expect(d.phone).toMatch(/^06-0[0-9]{7}$/);
      expect(d.email).toMatch(new RegExp(`^[a-z]+\\.[a-z]+[0-9]{1,2}@${MAIL_DOMAIN.replace(".", "\\.")}$`));
      // the register's own rules (docs/register-format.md) accept them
      expect(d.familyName.length).toBeLessThanOrEqual(200);
    }
  });

  it("take a place of the municipality as woonplaats, without commas (the CSV has no quoting)", () => {
    expect(placeOf("Nuenen, Gerwen en Nederwetten")).toBe("Nuenen");
    expect(placeOf("Bergen (NH.)")).toBe("Bergen");
    expect(placeOf("'s-Gravenhage")).toBe("'s-Gravenhage");
    expect(personDetails(1, 123456782, 0, 5670, 3, "Nuenen, Gerwen en Nederwetten").residence).toBe("Nuenen");
  });

  it("are written into persons.csv exactly as personDetails formats them", () => {
    const folder = tempDir("vsv-names-");
    const w = new RegisterWriter(folder, 40_000, 40_000);
    const ids = Array.from({ length: 3000 }, (_, k) => 100_000_000 + k * 104_729);
    for (const [k, id] of ids.entries()) w.person(id, 10_000, "V", drawDetails(7, id, k % 3, 1011 + (k % 50) * 10, 10, k % 2 ? "Nuenen, Gerwen en Nederwetten" : "Súdwest-Fryslân"));
    w.close();
    const rows = parseCsvObjects(readFileSync(path.join(folder, "persons.csv"), "utf8"));
    expect(rows.map((r) => ({ familyName: r.family_name, givenNames: r.given_names, street: r.street, houseNumber: r.house_number, postcode: r.postcode, residence: r.residence, phone: r.phone, email: r.email }))).toEqual(
      ids.map((id, k) => {
        const { firstName: _first, ...d } = personDetails(7, id, k % 3, 1011 + (k % 50) * 10, 10, k % 2 ? "Nuenen, Gerwen en Nederwetten" : "Súdwest-Fryslân");
        return d;
      }),
    );
    removeTempDirs();
  });

  it("read the voorvoegsel off a family name", () => {
    expect(voorvoegsel("van den Berg")).toBe("van den");
    expect(voorvoegsel("in 't Veld")).toBe("in 't");
    expect(voorvoegsel("Jansen")).toBe("");
  });
});
