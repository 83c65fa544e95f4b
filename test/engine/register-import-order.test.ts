import { afterAll, describe, expect, it } from "vitest";
import { REGISTER_TABLES } from "../../src/domain/register-format.js";
import { queryRows, withDatabase } from "../../src/engine/database.js";
import { importRegister } from "../../src/engine/register-import.js";
import { editFile, removeTempDirs, tempDir, writeValidRegister } from "./fixtures/register/helpers.js";

afterAll(removeTempDirs);

/** Reverses the data lines of a CSV file whose records hold no quoted newline. */
const reverseRows = (text: string) => {
  const [header, ...rows] = text.trimEnd().split("\n");
  return `${[header, ...rows.reverse()].join("\n")}\n`;
};

describe("the stored register", () => {
  it("keeps every table's rows in person_id order, whatever the order of the files", async () => {
    const folder = writeValidRegister();
    for (const name of ["persons.csv", "residences.csv", "diplomas.csv", "jobs.csv"]) editFile(folder, name, reverseRows);
    const dataDir = tempDir();
    await importRegister(dataDir, folder);
    await withDatabase(dataDir, async (db) => {
      for (const table of REGISTER_TABLES) {
        // The order the rows are stored in (rowid), against the same rows sorted by person_id.
        const stored = await queryRows<{ person_id: string }>(db.connection, `SELECT person_id FROM register.${table} ORDER BY rowid`);
        const ids = stored.map((r) => r.person_id);
        expect(ids, table).toEqual([...ids].sort());
      }
      const persons = await queryRows<{ person_id: string }>(db.connection, "SELECT person_id FROM register.persons ORDER BY rowid");
      expect(persons.map((p) => p.person_id)).toEqual(["123456782", "123456788", "P-0003"]);
    });
  });
});
