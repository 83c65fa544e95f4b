import { afterAll, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { importDuoInto } from "../../src/engine/duo-import.js";
import { removeTempDirs, tempDir } from "../support/temp-dirs.js";
import { INSTITUTION_DIR, REGION_DIR, institutionFile, query } from "../fixtures/duo/helpers.js";
import { EXPECTED_WARNINGS, P } from "../fixtures/duo/story.js";

afterAll(removeTempDirs);

const BY = { importedBy: "test" };

interface Warning {
  file_name: string;
  line: number | null;
  column_name: string | null;
  rule: string;
  message: string;
}

async function warnings(dataDir: string): Promise<Warning[]> {
  return query<Warning>(dataDir, `SELECT f.file_name, w.line, w.column_name, w.rule, w.message FROM duo.warnings w JOIN duo.files f USING (file_id) ORDER BY f.file_name, w.line, w.rule`);
}

const PERSON_TEXT = Object.values(P).flatMap((s) => [s.bsn, s.onderwijsnummer, s.surname, s.firstNames, s.street]).filter((t) => t !== "" && t !== "0");

function expectNoPersonData(list: readonly Warning[]): void {
  for (const w of list) {
    expect(w.message).not.toMatch(/\d{9}/);
    for (const t of PERSON_TEXT) expect(w.message).not.toContain(t);
  }
}

/** A copy of a fixture file under a new name, with edits to its data lines (split on `;`). */
function edited(source: string, name: string, edit: (header: string[], rows: string[][]) => void): string {
  const [head, ...rest] = readFileSync(source, "utf8").replace(/^\uFEFF/, "").split("\r\n").filter((l) => l !== "");
  const header = head!.replace(/^#/, "").split(";");
  const rows = rest.map((l) => l.split(";"));
  edit(header, rows);
  const file = path.join(tempDir(), name);
  writeFileSync(file, [head!, ...rows.map((r) => r.join(";"))].map((l) => `${l}\r\n`).join(""));
  return file;
}

describe("data-quality warnings: stored and counted, never a rejection", () => {
  it("gives the fixtures' warnings, without person numbers or names", async () => {
    const dataDir = tempDir();
    const summary = await importDuoInto(dataDir, [INSTITUTION_DIR, REGION_DIR], BY);
    expect(summary.warnings).toBe(2);
    const list = await warnings(dataDir);
    expect(Object.fromEntries(list.map((w) => [w.file_name, [w.rule]]))).toEqual(EXPECTED_WARNINGS);
    expect(list).toEqual([
      expect.objectContaining({ file_name: "NRSP2023DI27GZ.csv", line: 7, column_name: "BURGERSERVICENUMMER", rule: "BSN_CHECK" }),
      expect.objectContaining({
        file_name: "NRSP2023VI27GZ.csv",
        line: 12,
        column_name: "GEMEENTENAAM",
        rule: "MUNICIPALITY_NAME",
        message: `GEMCODE 0503 is Delft in the reference data, but the file names it "'S-GRAVENHAGE" (1 row, the first at line 12): the code is used`,
      }),
    ]);
    expectNoPersonData(list);
    // the row with the failing BSN is kept, the code wins over the name
    expect(await query(dataDir, `SELECT person_key FROM duo.nrsp_rows WHERE bsn = '${P.noah.bsn}'`)).toEqual([{ person_key: P.noah.bsn }]);
    expect(await query(dataDir, `SELECT DISTINCT municipality_code FROM duo.nrsp_rows WHERE person_key = '${P.sem.bsn}'`)).toEqual([{ municipality_code: "0503" }]);
  });

  it("warns about person numbers, unknown municipalities and levels, and rows outside the file's scope", async () => {
    const a04 = edited(institutionFile("202307A04I27GZ.csv"), "202309A04I27GZ.csv", (h, rows) => {
      const at = (c: string) => h.indexOf(c);
      rows[0]![at("PERSOONSGEBONDENNUMMER")] = "999990010"; // passes neither check
      rows[1]![at("GEMEENTECODE")] = "9999";
      rows[1]![at("NIVEAU")] = "Mbo5 opleidingen";
      rows[2]![at("BRIN")] = "25PT";
      rows[2]![at("PERSOONSGEBONDENNUMMER")] = "";
    });
    const nrsp = edited(institutionFile("NRSP2023VI27GZ.csv"), "NRSP2022VI27GZ.csv", (h, rows) => {
      const at = (c: string) => h.indexOf(c);
      rows[5]![at("ONDERWIJSNUMMER")] = "100000005"; // fatima's, one digit off
      rows[6]![at("BURGERSERVICENUMMER")] = "0";
      rows[6]![at("ONDERWIJSNUMMER")] = "";
      rows[7]![at("GEMEENTENAAM")] = "'s-gravenhage"; // case differs: no warning
      rows[8]![at("GEMEENTENAAM")] = "";
    });
    // jayden's row (line 5) in region 27 in a file of region 28
    const region = path.join(tempDir(), "202309A04R28.csv");
    writeFileSync(region, readFileSync(path.join(REGION_DIR, "202310A04R28.csv"), "utf8").replace(";1842;28;", ";1842;27;"));
    const dataDir = tempDir();
    const summary = await importDuoInto(dataDir, [a04, nrsp, region], BY);
    expect(summary.files.map((f) => f.warnings)).toEqual([5, 3, 1]);
    expect(summary.warnings).toBe(9);
    const list = await warnings(dataDir);
    expect(list.map((w) => [w.file_name, w.line, w.column_name, w.rule])).toEqual([
      ["202309A04I27GZ.csv", 2, "PERSOONSGEBONDENNUMMER", "PERSON_NUMBER_CHECK"],
      ["202309A04I27GZ.csv", 3, "NIVEAU", "UNKNOWN_LEVEL"],
      ["202309A04I27GZ.csv", 3, "GEMEENTECODE", "UNKNOWN_MUNICIPALITY"],
      ["202309A04I27GZ.csv", 4, "PERSOONSGEBONDENNUMMER", "NO_PERSON_NUMBER"],
      ["202309A04I27GZ.csv", 4, "BRIN", "SCOPE_MISMATCH"],
      ["202309A04R28.csv", 5, "RMC_REGIO", "SCOPE_MISMATCH"],
      ["NRSP2022VI27GZ.csv", 7, "ONDERWIJSNUMMER", "ONDERWIJSNUMMER_CHECK"],
      ["NRSP2022VI27GZ.csv", 8, "BURGERSERVICENUMMER", "NO_PERSON_NUMBER"],
      ["NRSP2022VI27GZ.csv", 12, "GEMEENTENAAM", "MUNICIPALITY_NAME"], // sem, as in the fixture
    ]);
    expect(list.find((w) => w.rule === "SCOPE_MISMATCH" && w.column_name === "BRIN")?.message).toBe(
      "the file name says institution 27GZ, but 1 row carries BRIN 25PT (the first at line 4): the rows are kept; check that this is the right file",
    );
    expect(list.find((w) => w.rule === "UNKNOWN_LEVEL")?.message).toMatch(/^level name "Mbo5 opleidingen" is not in the level table/);
    expectNoPersonData(list);
    // rows are kept: unknown level stored without a level, raw text kept; no person key without a number
    expect(await query(dataDir, `SELECT line, person_key, level, level_raw, municipality_code FROM duo.signal_rows r JOIN duo.files f USING (file_id) WHERE f.scope_code = '27GZ' ORDER BY line`)).toEqual([
      { line: 2, person_key: "999990010", level: "MBO-2", level_raw: "Mbo2 opleidingen", municipality_code: "0518" },
      { line: 3, person_key: P.emma.bsn, level: null, level_raw: "Mbo5 opleidingen", municipality_code: "9999" },
      { line: 4, person_key: null, level: "MBO-3", level_raw: "Mbo3 opleidingen", municipality_code: "0603" },
    ]);
  });

  it("stores a count per file, rule and column with the first lines as examples, not one row per failing value", async () => {
    // every row's BSN fails the 11-check (the last digit changed), as in files where checks fail on many rows
    const nrsp = edited(institutionFile("NRSP2023VI27GZ.csv"), "NRSP2022VI27GZ.csv", (h, rows) => {
      const at = h.indexOf("BURGERSERVICENUMMER");
      for (const r of rows) if (r[at] !== "0") r[at] = `${r[at]!.slice(0, 8)}${(Number(r[at]!.slice(8)) + 1) % 10}`;
    });
    const failing = readFileSync(nrsp, "utf8").split("\r\n").slice(1).filter((l) => l !== "" && !l.startsWith("0;")).length;
    expect(failing).toBeGreaterThan(5);
    const dataDir = tempDir();
    const summary = await importDuoInto(dataDir, [nrsp], BY);
    const stored = await query<{ rule: string; rows: number; line: number; lines: number[]; message: string }>(
      dataDir,
      `SELECT rule, rows, line, lines, message FROM duo.warnings WHERE rule = 'BSN_CHECK'`,
    );
    expect(stored).toHaveLength(1);
    expect(Number(stored[0]!.rows)).toBe(failing);
    expect(stored[0]!.lines.map(Number)).toHaveLength(5);
    expect(Number(stored[0]!.lines[0])).toBe(Number(stored[0]!.line));
    expect(stored[0]!.message).toContain(`${failing} rows, the first at lines ${stored[0]!.lines.join(", ")}`);
    expect(summary.files[0]!.warnings).toBeGreaterThanOrEqual(failing);
    expectNoPersonData(stored.map((w) => ({ file_name: "", line: w.line, column_name: null, rule: w.rule, message: w.message })));
  });
});
