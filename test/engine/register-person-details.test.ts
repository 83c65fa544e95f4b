/**
 * The register's optional person columns (docs/register-format.md, "persons"): names, address and contact are
 * imported when present, checked (postcode 1234 AB, e-mail shape, lengths) with the file, line and column named,
 * and a register without them still imports.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, withDatabase } from "../../src/engine/database.js";
import { importRegister } from "../../src/engine/register-import.js";
import { BSN, ONDERWIJSNUMMER, editFile, rejection, removeTempDirs, snapshot, tempDir, where, writeValidRegister } from "./fixtures/register/helpers.js";

afterAll(removeTempDirs);

const HEADER = "person_id,birth_date,sex,family_name,given_names,street,house_number,postcode,residence,phone,email";
const JAN = `${BSN},2005-03-01,M,de Vries,Jan Pieter,Voorbeeldstraat,12a,1011 AB,Amsterdam,06-01234567,jan.devries@vsv-demo.example`;
const ZOE = `${ONDERWIJSNUMMER},2006-05-01,V,Öztürk,Zoë,,,,,,`;
const P3 = "P-0003,2004-11-30,,,,,,,,,";

/** The valid register with the detail columns in persons.csv; `edit` changes one line's text. */
function registerWithDetails(lines: readonly string[] = [JAN, ZOE, P3]): string {
  const folder = writeValidRegister();
  editFile(folder, "persons.csv", () => `${[HEADER, ...lines].join("\n")}\n`);
  return folder;
}

describe("the register's optional person columns", () => {
  let dataDir: string;
  let before: Awaited<ReturnType<typeof snapshot>>;
  beforeAll(async () => {
    dataDir = tempDir();
    await importRegister(dataDir, registerWithDetails());
    before = await snapshot(dataDir);
  });

  it("stores names, address and contact as given, and unknown ones as empty", async () => {
    const rows = await withDatabase(dataDir, (db) => queryRows(db.connection, "SELECT person_id, family_name, given_names, street, house_number, postcode, residence, phone, email FROM register.persons ORDER BY person_id"), { readOnly: true });
    expect(rows).toEqual([
      { person_id: BSN, family_name: "de Vries", given_names: "Jan Pieter", street: "Voorbeeldstraat", house_number: "12a", postcode: "1011 AB", residence: "Amsterdam", phone: "06-01234567", email: "jan.devries@vsv-demo.example" },
      { person_id: ONDERWIJSNUMMER, family_name: "Öztürk", given_names: "Zoë", street: null, house_number: null, postcode: null, residence: null, phone: null, email: null },
      { person_id: "P-0003", family_name: null, given_names: null, street: null, house_number: null, postcode: null, residence: null, phone: null, email: null },
    ]);
  });

  it("imports a register without these columns (as before), with the columns empty", async () => {
    const dir = tempDir();
    await expect(importRegister(dir, writeValidRegister())).resolves.toMatchObject({ status: "imported" });
    const [n] = await withDatabase(dir, (db) => queryRows<{ named: bigint }>(db.connection, "SELECT count(family_name) AS named FROM register.persons"), { readOnly: true });
    expect(Number(n?.named)).toBe(0);
  });

  const cases: [string, string, string][] = [
    ["a postcode without the space", JAN.replace("1011 AB", "1011AB"), "persons.csv:2 postcode POSTCODE"],
    ["a postcode with lower-case letters", JAN.replace("1011 AB", "1011 ab"), "persons.csv:2 postcode POSTCODE"],
    ["a postcode starting with 0", JAN.replace("1011 AB", "0123 AB"), "persons.csv:2 postcode POSTCODE"],
    ["an e-mail without @", JAN.replace("jan.devries@vsv-demo.example", "jan.devries.vsv-demo.example"), "persons.csv:2 email EMAIL"],
    ["an e-mail with a space", JAN.replace("jan.devries@", "jan devries@"), "persons.csv:2 email EMAIL"],
    ["a phone number with letters", JAN.replace("06-01234567", "06-CALLME"), "persons.csv:2 phone PHONE"],
    ["a family name of 201 characters", JAN.replace("de Vries", "x".repeat(201)), "persons.csv:2 family_name LENGTH"],
    ["a house number of 21 characters", JAN.replace(",12a,", `,${"1".repeat(21)},`), "persons.csv:2 house_number LENGTH"],
  ];

  it.each(cases)("rejects %s, naming file, line and column, and changes nothing", async (_what, line, expected) => {
    const e = await rejection(importRegister(dataDir, registerWithDetails([line, ZOE, P3])));
    expect(where(e.problems)).toEqual([expected]);
    expect(e.problems[0]?.message).toMatch(/./);
    expect(await snapshot(dataDir)).toEqual(before);
  });
});
