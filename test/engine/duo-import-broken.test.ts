import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { importDuoInto } from "../../src/engine/duo-import.js";
import { DuoImportRejected, formatDuoProblem, type DuoImportProblem } from "../../src/engine/duo-import-problems.js";
import { FILE_NAME_HELP } from "../../src/domain/duo/file-name.js";
import { removeTempDirs, tempDir } from "../support/temp-dirs.js";
import { INSTITUTION_DIR, OTHER_KINDS_DIR, REGION_DIR, brokenFile, copyFiles, duoSnapshot, institutionFile, query, type DuoSnapshot } from "../fixtures/duo/helpers.js";
import { P } from "../fixtures/duo/story.js";

afterAll(removeTempDirs);

const BY = { importedBy: "test" };

async function rejection(dataDir: string, paths: string[], options = {}): Promise<DuoImportRejected> {
  const e = await importDuoInto(dataDir, paths, { ...BY, ...options }).catch((err: unknown) => err);
  if (!(e instanceof DuoImportRejected)) throw new Error(`expected a rejection, got ${String(e)}`);
  return e;
}

let dataDir: string;
let before: DuoSnapshot;

beforeAll(async () => {
  dataDir = tempDir();
  await importDuoInto(dataDir, [INSTITUTION_DIR], BY);
  before = await duoSnapshot(dataDir);
});

describe("a malformed file rejects the import and the store keeps its data", () => {
  it.each([
    ["bad-date", { rule: "DATE", line: 3, column: "GEBOORTEDATUM", value: "31-02-2004" }],
    ["comma", { rule: "DELIMITER", line: 1, column: null, value: null, message: expect.stringContaining("seems to use ','") }],
    ["empty", { rule: "EMPTY_FILE", line: null, column: null }],
    ["truncated", { rule: "FIELD_COUNT", line: 4, message: expect.stringContaining("where the header has 39") }],
    ["missing-column", { rule: "MISSING_COLUMN", line: 1, column: "GEBOORTEDATUM" }],
    ["name-header-mismatch", { rule: "NAME_HEADER_MISMATCH", line: 1, message: expect.stringMatching(/the name says this is an A04 .* the header is that of an NRSP/) }],
    ["mixed-line-endings", { rule: "LINE_ENDINGS", line: 3 }],
    ["unrecognised", { rule: "UNRECOGNISED_FILE", line: null, message: expect.stringContaining(FILE_NAME_HELP) }],
  ] as const)("%s", async (name, expected) => {
    const file = brokenFile(name);
    const e = await rejection(dataDir, [file]);
    expect(e.code).toBe("DUO_REJECTED");
    expect(e.problems).toEqual([expect.objectContaining({ file, ...expected })]);
    expect(await duoSnapshot(dataDir)).toEqual(before);
  });

  it("stores nothing of the good files given with a broken one", async () => {
    const e = await rejection(dataDir, [REGION_DIR, brokenFile("windows-1252"), brokenFile("bad-date")]);
    expect(e.problems.map((p) => p.rule)).toEqual(["DATE"]);
    expect(await duoSnapshot(dataDir)).toEqual(before);
  });

  it("lists every problem of every file, in the order given, up to the limit", async () => {
    const paths = ["unrecognised", "comma", "bad-date", "truncated", "empty"].map(brokenFile);
    const e = await rejection(dataDir, paths);
    expect(e.problems.map((p) => p.rule)).toEqual(["UNRECOGNISED_FILE", "DELIMITER", "DATE", "FIELD_COUNT", "EMPTY_FILE"]);
    expect(e.truncated).toBe(false);
    expect(e.message).toMatch(/rejected, nothing was changed: 5 problems found; the first: .*leerlingen-export\.csv/);
    const cut = await rejection(dataDir, paths, { maxProblems: 2 });
    expect(cut.problems).toHaveLength(2);
    expect(cut.truncated).toBe(true);
  });

  it("names a path that does not exist and a folder without DUO files", async () => {
    const empty = tempDir();
    const e = await rejection(dataDir, ["/nonexistent/duo", empty]);
    expect(e.problems.map((p) => [p.file, p.rule])).toEqual([
      ["/nonexistent/duo", "NOT_FOUND"],
      [empty, "NO_FILES"],
    ]);
  });

  it("rejects a DUO-like name with an impossible scope", async () => {
    const folder = copyFiles([institutionFile("202211A04I27GZ.csv")], () => "202211A04IXYZ1.csv");
    const e = await rejection(dataDir, [folder]);
    expect(e.problems).toEqual([expect.objectContaining({ rule: "FILE_NAME", message: expect.stringContaining('"IXYZ1" is not a valid scope') })]);
  });
});

/** An A04 of 202309 (report month 2023-08) with the given edits to its data lines. */
function a04With(edit: (lines: string[][]) => void, name = "202309A04I27GZ.csv"): string {
  const text = readFileSync(institutionFile("202307A04I27GZ.csv"), "utf8");
  const lines = text.split("\r\n").filter((l) => l !== "").map((l) => l.split(";"));
  edit(lines);
  const folder = tempDir();
  const file = path.join(folder, name);
  writeFileSync(file, lines.map((l) => `${l.join(";")}\r\n`).join(""));
  return file;
}

const COL = (name: string) => readFileSync(institutionFile("202307A04I27GZ.csv"), "utf8").split("\r\n")[0]!.split(";").indexOf(name);

describe("malformed values", () => {
  it("reports month, municipality, region, person number and flag with line and column, person numbers masked", async () => {
    const file = a04With((lines) => {
      lines[1]![COL("RAPPORTAGEMAAND")] = "2023-13";
      lines[1]![COL("GEMEENTECODE")] = "Den Haag";
      lines[2]![COL("RMC_REGIO")] = "REGIO X";
      lines[2]![COL("PERSOONSGEBONDENNUMMER")] = "9999A0032";
      lines[3]![COL("MELDING_VERZUIM_WETTELIJK")] = "Y";
      lines[3]![COL("VANAF_WANNEER")] = "06-2023";
    });
    const e = await rejection(dataDir, [file]);
    const brief = (p: DuoImportProblem) => [p.line, p.column, p.value, p.rule];
    expect(e.problems.map(brief)).toEqual([
      [2, "RAPPORTAGEMAAND", "2023-13", "MONTH"],
      [2, "GEMEENTECODE", "Den Haag", "MUNICIPALITY"],
      [3, "PERSOONSGEBONDENNUMMER", "99*******", "PERSON_NUMBER"],
      [3, "RMC_REGIO", "REGIO X", "REGION"],
      [4, "MELDING_VERZUIM_WETTELIJK", "Y", "FLAG"],
      [4, "VANAF_WANNEER", "06-2023", "MONTH"],
    ]);
    const text = e.problems.map(formatDuoProblem).join("\n") + e.message;
    expect(text).not.toContain("9999A0032");
    expect(text).not.toContain(P.emma.surname);
    expect(await duoSnapshot(dataDir)).toEqual(before);
  });

  it("detects the date format per file: a file of YYYYMMDD dates imports, one date in the other format does not", async () => {
    const ymd = (d: string) => (/^\d{2}-\d{2}-\d{4}$/.test(d) ? `${d.slice(6)}${d.slice(3, 5)}${d.slice(0, 2)}` : d);
    const good = a04With((lines) => {
      for (const l of lines.slice(1)) for (const c of ["GEBOORTEDATUM", "DATUM_UITSCHRIJVING"]) l[COL(c)] = ymd(l[COL(c)]!);
    });
    const store = tempDir();
    await importDuoInto(store, [good], BY);
    expect(await query(store, "SELECT date_format FROM duo.files")).toEqual([{ date_format: "YYYYMMDD" }]);
    expect(await query(store, "SELECT strftime(birth_date, '%d-%m-%Y') AS d FROM duo.signal_rows ORDER BY line")).toEqual([
      { d: P.mohammed.birth },
      { d: P.emma.birth },
      { d: P.thomas.birth },
    ]);
    const mixed = a04With((lines) => {
      for (const l of lines.slice(1, 3)) l[COL("GEBOORTEDATUM")] = ymd(l[COL("GEBOORTEDATUM")]!);
    });
    const e = await rejection(dataDir, [mixed]);
    // 4 dates DD-MM-YYYY, 2 YYYYMMDD: the file's format is DD-MM-YYYY
    expect(e.problems.map((p) => [p.line, p.column, p.value, p.rule])).toEqual([
      [2, "GEBOORTEDATUM", "20040903", "DATE"],
      [3, "GEBOORTEDATUM", "20040630", "DATE"],
    ]);
    expect(e.problems[0]!.message).toMatch(/this file's date format \(DD-MM-YYYY\)/);
  });

  it("counts blank and rejected lines in the line numbers", async () => {
    const file = a04With(() => undefined);
    const [header, mohammed, emma, thomas] = readFileSync(file, "utf8").split("\r\n");
    const badFlag = thomas!.split(";");
    badFlag[COL("MELDING_VERZUIM_WETTELIJK")] = "X";
    // 1 header, 2 blank, 3 mohammed, 4 blank, 5 blank, 6 emma with a field too many, 7 thomas with a bad flag
    writeFileSync(file, [header, "", mohammed, "", "", `${emma};extra`, badFlag.join(";")].join("\r\n"));
    const e = await rejection(dataDir, [file]);
    expect(e.problems.map((p) => [p.line, p.rule])).toEqual([
      [6, "FIELD_COUNT"],
      [7, "FLAG"],
    ]);
    // blank lines skipped: the rows keep their physical lines
    writeFileSync(file, [header, "", mohammed, "", "", emma, thomas, ""].join("\r\n"));
    const store = tempDir();
    await importDuoInto(store, [file], BY);
    expect(await query(store, "SELECT line, person_key FROM duo.signal_rows ORDER BY line")).toEqual([
      { line: 3, person_key: P.mohammed.bsn },
      { line: 6, person_key: P.emma.bsn },
      { line: 7, person_key: P.thomas.bsn },
    ]);
  });
});

describe("odd files that import", () => {
  it("decodes a Windows-1252 file", async () => {
    const store = tempDir();
    const summary = await importDuoInto(store, [brokenFile("windows-1252")], BY);
    expect(summary.files[0]).toMatchObject({ outcome: "new", rows: 2 });
    expect(await query(store, "SELECT encoding FROM duo.files")).toEqual([{ encoding: "windows-1252" }]);
    expect(await query(store, "SELECT surname, first_names, municipality_name, place FROM duo.signal_rows ORDER BY line")).toEqual([
      { surname: "El Amrani", first_names: "Mohammed", municipality_name: "'S-GRAVENHAGE", place: "'S-GRAVENHAGE" },
      { surname: "Çelik", first_names: "Bülent Zoë", municipality_name: "'S-GRAVENHAGE", place: "'S-GRAVENHAGE" },
    ]);
  });

  it("decodes a Windows-1252 file that starts with a UTF-8 byte-order mark", async () => {
    const file = path.join(tempDir(), "202304A04I27GZ.csv");
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(brokenFile("windows-1252"))]));
    const store = tempDir();
    await importDuoInto(store, [file], BY);
    expect(await query(store, "SELECT surname FROM duo.signal_rows ORDER BY line")).toEqual([{ surname: "El Amrani" }, { surname: "Çelik" }]);
  });

  it("accepts LF line endings, a BOM, # before the header, extra columns and columns in any order", async () => {
    const file = a04With((lines) => {
      for (const l of lines) {
        l.reverse();
        l.push(l === lines[0] ? "NIEUWE_KOLOM" : "x");
      }
      lines[0]![0] = `#${lines[0]![0]}`;
    });
    writeFileSync(file, `\uFEFF${readFileSync(file, "utf8").replaceAll("\r\n", "\n")}`);
    const store = tempDir();
    await importDuoInto(store, [file], BY);
    expect(await query(store, "SELECT line, person_key, level, listed_since FROM duo.signal_rows ORDER BY line")).toEqual([
      { line: 2, person_key: P.mohammed.bsn, level: "MBO-2", listed_since: "2022-11" },
      { line: 3, person_key: P.emma.bsn, level: "MBO-4", listed_since: "2023-05" },
      { line: 4, person_key: P.thomas.bsn, level: "MBO-3", listed_since: "2023-06" },
    ]);
  });

  it("reads a NenR without EXAMEN and IND_BEKOSTIGING (optional columns) although its header is NRSP's", async () => {
    const folder = copyFiles([institutionFile("NRSP2023VI27GZ.csv")], () => "NenR2022DI27GZ.csv");
    const store = tempDir();
    const summary = await importDuoInto(store, [folder], BY);
    expect(summary.files[0]).toMatchObject({ kind: "NENR", rows: 13 });
    expect(await query(store, "SELECT count(*) AS n, count(exam) AS exam FROM duo.nenr_rows")).toEqual([{ n: 13, exam: 0 }]);
  });

  it("skips DUO kinds it does not read, with a note", async () => {
    const store = tempDir();
    const summary = await importDuoInto(store, [OTHER_KINDS_DIR, institutionFile("202211A04I27GZ.csv")], BY);
    expect(summary.files.map((f) => [f.kind, f.outcome])).toEqual([
      ["A01", "skipped"],
      ["A04", "new"],
    ]);
    expect(summary.files[0]!.note).toMatch(/202211A01I27GZ\.csv: skipped, an A01 .* does not read/);
  });
});
