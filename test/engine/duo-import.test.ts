import { afterAll, describe, expect, it } from "vitest";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { importDuoInto } from "../../src/engine/duo-import.js";
import { DuoImportRejected } from "../../src/engine/duo-import-problems.js";
import { removeTempDirs, tempDir } from "../support/temp-dirs.js";
import { INSTITUTION_DIR, REGION_DIR, copyFiles, duoSnapshot, institutionFile, query } from "../fixtures/duo/helpers.js";
import { P, STORY, personKey } from "../fixtures/duo/story.js";

afterAll(removeTempDirs);

const BY = { importedBy: "test" };

async function storeWithFixtures(): Promise<string> {
  const dataDir = tempDir();
  await importDuoInto(dataDir, [INSTITUTION_DIR, REGION_DIR], BY);
  return dataDir;
}

describe("importing DUO files", () => {
  it("recognises every kind by name and header and stores one duo.files row per report", async () => {
    const dataDir = tempDir();
    const summary = await importDuoInto(dataDir, [INSTITUTION_DIR, REGION_DIR], BY);
    expect(summary.counts).toEqual({ new: 16, replaced: 0, unchanged: 0, skipped: 0 });
    expect(summary.rows).toBe(85);
    expect(summary.importedBy).toBe("test");
    const a05 = summary.files.find((f) => f.file.endsWith("202211A05I27GZ.csv"));
    expect(a05).toMatchObject({ kind: "A05", teljaar: "2022-2023", reportMonth: "2022-10", stage: null, scope: { kind: "institution", code: "27GZ" }, rows: 14, outcome: "new", warnings: 0 });
    const files = await query(dataDir, "SELECT file_name, kind, teljaar, report_month, stage, scope_kind, scope_code, rows, encoding, date_format, imported_by FROM duo.files ORDER BY file_name");
    expect(files).toHaveLength(16);
    expect(files.find((f) => f.file_name === "NenR2023VI27GZ.csv")).toEqual({
      file_name: "NenR2023VI27GZ.csv", kind: "NENR", teljaar: "2022-2023", report_month: null, stage: "preliminary", scope_kind: "institution", scope_code: "27GZ",
      rows: 4, encoding: "utf-8", date_format: "DD-MM-YYYY", imported_by: "test",
    });
    expect(files.find((f) => f.file_name === "202312A14I27GZ.csv")).toMatchObject({ kind: "A14", teljaar: "2022-2023", report_month: "2023-11" });
    expect(files.find((f) => f.file_name === "202211A05I27GZ.csv")).toMatchObject({ date_format: "YYYYMMDD" });
    expect(files.find((f) => f.file_name === "NRSP2023DR28.csv")).toMatchObject({ kind: "NRSP", stage: "definitive", scope_kind: "region", scope_code: "28", rows: 10 });
  });

  it("reads NRSP values: person key, dates, padded codes, regions, levels and leerweg (raw kept); names and addresses are not stored", async () => {
    const dataDir = await storeWithFixtures();
    const rows = await query(
      dataDir,
      `SELECT r.* EXCLUDE (file_id), strftime(birth_date, '%Y-%m-%d') AS birth FROM duo.nrsp_rows r JOIN duo.files f USING (file_id) WHERE f.file_name = 'NRSP2023DI27GZ.csv' ORDER BY line`,
    );
    expect(rows.map((r) => r.person_key)).toEqual(STORY.nrspD.map(personKey));
    const sanne = rows[0]!;
    expect(sanne).toMatchObject({
      line: 2, person_key: P.sanne.bsn, bsn: P.sanne.bsn, onderwijsnummer: null, birth: "2005-04-12", sex: "V",
      rmc_region: "28", rmc_region_name: "Haaglanden/Westland", municipality_code: "0518", municipality_name: "'S-GRAVENHAGE",
      brin: "27GZ", level: "MBO-4", level_raw: "Mbo4 opleidingen", leerweg: "BOL", leerweg_raw: "BOL", provider_code: "100A178",
    });
    // Data minimisation: the start population's names and the school's street address are read past.
    for (const column of ["surname", "name_prefix", "first_names", "location_street", "location_house_number", "location_postcode"]) {
      expect(Object.keys(sanne)).not.toContain(column);
    }
    const fatima = rows.find((r) => r.onderwijsnummer === P.fatima.onderwijsnummer)!;
    expect(fatima).toMatchObject({ bsn: null, person_key: "100000004", level: "MBO-1", provider_name: 'Hofstad Entree "De Schakel"' });
    expect(rows.find((r) => r.person_key === P.lisa.bsn)).toMatchObject({ leerweg: null, leerweg_raw: null, municipality_code: "0603" });
    expect(rows.find((r) => r.person_key === P.sophie.bsn)).toMatchObject({ leerweg: "BOL", leerweg_raw: "Bol4", municipality_code: "1916" });
    expect(rows.find((r) => r.person_key === P.yara.bsn)).toMatchObject({ level: "HAVO-VWO", level_raw: "HAVO/VWO bovenbouw", crebo: null });
    expect(rows.filter((r) => r.person_key === P.tim.bsn).map((r) => r.line)).toEqual([9, 10]);
    expect(rows.find((r) => r.person_key === P.noah.bsn)?.line).toBe(7);
  });

  it("reads NenR with EXAMEN and IND_BEKOSTIGING (empty in a whole file is unknown)", async () => {
    const dataDir = await storeWithFixtures();
    const rows = await query(dataDir, `SELECT f.file_name, r.person_key, r.exam, r.funded FROM duo.nenr_rows r JOIN duo.files f USING (file_id) WHERE f.scope_code = '27GZ' ORDER BY f.file_name, line`);
    expect(rows.filter((r) => r.file_name === "NenR2023DI27GZ.csv")).toEqual(STORY.nenrD.map((w) => ({ file_name: "NenR2023DI27GZ.csv", person_key: personKey(w), exam: "N", funded: true })));
    expect(rows.filter((r) => r.file_name === "NenR2023VI27GZ.csv")).toEqual(STORY.nenrV.map((w) => ({ file_name: "NenR2023VI27GZ.csv", person_key: personKey(w), exam: null, funded: null })));
  });

  it("reads A04 and A14 rows: months, dates, flags, codes, names; the report month comes from the file name", async () => {
    const dataDir = await storeWithFixtures();
    const rows = await query(
      dataDir,
      `SELECT f.file_name, f.report_month, r.* EXCLUDE (file_id), strftime(r.deregistration_date, '%Y-%m-%d') AS dereg
       FROM duo.signal_rows r JOIN duo.files f USING (file_id) WHERE f.scope_code = '27GZ' ORDER BY f.file_name, line`,
    );
    expect(rows.filter((r) => r.file_name === "202212A04I27GZ.csv").map((r) => r.person_key)).toEqual([P.bulent.bsn, P.mohammed.bsn]);
    const bulent = rows.find((r) => r.file_name === "202212A04I27GZ.csv" && r.person_key === P.bulent.bsn)!;
    expect(bulent).toMatchObject({
      report_month: "2022-11", line: 2, person_number: P.bulent.bsn, surname: "Çelik", first_names: "Bülent", listed_month: "2022-10", listed_since: "2022-10",
      dereg: "2022-10-14", absence_statutory: false, absence_non_statutory: true, reason: "GEEN INSCHRIJVING", municipality_code: "0518", rmc_region: "28",
      outflow_reason: "05", level: "MBO-3", leerweg: "BBL", enrolment_number: "A1", location_house_number: "129", house_number: "88", place: "'S-GRAVENHAGE",
    });
    expect(rows.find((r) => r.person_key === P.thomas.bsn)).toMatchObject({ absence_statutory: true, absence_non_statutory: null });
    // re-enrolled: gone from the lists after November 2022
    expect(rows.filter((r) => r.person_key === P.bulent.bsn).map((r) => r.report_month)).toEqual(["2022-10", "2022-11"]);
    expect(rows.filter((r) => r.person_key === P.mohammed.bsn).map((r) => r.report_month)).toEqual(["2022-11", "2023-01", "2023-06", "2023-09", "2023-10", "2023-11"]);
  });

  it("reads the A05 with YYYYMMDD dates, extra columns and its own column order", async () => {
    const dataDir = await storeWithFixtures();
    const rows = await query(dataDir, `SELECT r.*, strftime(birth_date, '%Y-%m-%d') AS birth FROM duo.start_set_rows r ORDER BY line`);
    expect(rows.map((r) => r.person_key)).toEqual(STORY.a05.map(personKey));
    expect(rows[0]).toMatchObject({ line: 2, brin: "27GZ", birth: "2005-04-12", rmc_region: "28", listed_month: "2022-10", has_sk: false, municipality_code: "0518", level: "MBO-4" });
  });

  it("keeps each row's physical line (header = line 1) in every file", async () => {
    const dataDir = await storeWithFixtures();
    const rows = await query<{ file_name: string; scope_code: string; line: number; person_key: string }>(
      dataDir,
      `SELECT f.file_name, f.scope_code, r.line, r.person_key FROM (
         SELECT file_id, line, person_key FROM duo.nrsp_rows UNION ALL SELECT file_id, line, person_key FROM duo.nenr_rows
         UNION ALL SELECT file_id, line, person_key FROM duo.signal_rows UNION ALL SELECT file_id, line, person_key FROM duo.start_set_rows) r
       JOIN duo.files f USING (file_id)`,
    );
    expect(rows).toHaveLength(85);
    for (const r of rows) {
      const dir = r.scope_code === "28" ? REGION_DIR : INSTITUTION_DIR;
      const lines = readFileSync(path.join(dir, r.file_name), "utf8").split(/\r?\n/);
      expect(lines[r.line - 1]!.split(";")).toContain(r.person_key);
    }
  });
});

describe("versions: idempotent, latest import wins", () => {
  it("says unchanged for the same files and writes nothing, not even the log", async () => {
    const dataDir = await storeWithFixtures();
    const before = await duoSnapshot(dataDir);
    const again = await importDuoInto(dataDir, [INSTITUTION_DIR, REGION_DIR], { importedBy: "someone else" });
    expect(again.counts).toEqual({ new: 0, replaced: 0, unchanged: 16, skipped: 0 });
    expect(again.files.find((f) => f.file.endsWith("NRSP2023DI27GZ.csv"))).toMatchObject({ outcome: "unchanged", rows: 16, warnings: 1 });
    expect(await duoSnapshot(dataDir)).toEqual(before);
  });

  it("replaces the stored version when the checksum differs, and logs both versions", async () => {
    const dataDir = await storeWithFixtures();
    const [old] = await query(dataDir, `SELECT file_id, checksum FROM duo.files WHERE file_name = '202310A04I27GZ.csv'`);
    const folder = copyFiles([institutionFile("202310A04I27GZ.csv")]);
    const file = path.join(folder, "202310A04I27GZ.csv");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.slice(0, text.lastIndexOf("27GZ;ROC HOFSTAD")));
    const summary = await importDuoInto(dataDir, [file], { importedBy: "second" });
    expect(summary.files).toEqual([expect.objectContaining({ outcome: "replaced", rows: 2, kind: "A04", reportMonth: "2023-09" })]);

    const files = await query(dataDir, `SELECT file_id, checksum, rows, imported_by FROM duo.files WHERE file_name = '202310A04I27GZ.csv'`);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ rows: 2, imported_by: "second" });
    expect(files[0]!.checksum).not.toBe(old!.checksum);
    expect(await query(dataDir, `SELECT count(*) AS n FROM duo.signal_rows WHERE file_id = ${old!.file_id}`)).toEqual([{ n: 0 }]);
    expect(await query(dataDir, `SELECT count(*) AS n FROM duo.signal_rows WHERE file_id = ${files[0]!.file_id}`)).toEqual([{ n: 2 }]);
    const log = await query(dataDir, `SELECT checksum, rows, outcome, replaced_checksum, imported_by FROM duo.import_log WHERE file_name = '202310A04I27GZ.csv' ORDER BY log_id`);
    expect(log).toEqual([
      { checksum: old!.checksum, rows: 3, outcome: "new", replaced_checksum: null, imported_by: "test" },
      { checksum: files[0]!.checksum, rows: 2, outcome: "replaced", replaced_checksum: old!.checksum, imported_by: "second" },
    ]);

    // importing the older version again makes it the stored one again
    const back = await importDuoInto(dataDir, [institutionFile("202310A04I27GZ.csv")], BY);
    expect(back.files[0]).toMatchObject({ outcome: "replaced", rows: 3 });
    expect(await query(dataDir, `SELECT outcome FROM duo.import_log WHERE file_name = '202310A04I27GZ.csv' ORDER BY log_id`)).toEqual([
      { outcome: "new" },
      { outcome: "replaced" },
      { outcome: "replaced" },
    ]);
  });

  it("skips a second copy of the same file in one import (a browser's ' (1)' name)", async () => {
    const dataDir = tempDir();
    const folder = copyFiles([institutionFile("202302A04I27GZ.csv")]);
    const copy = copyFiles([institutionFile("202302A04I27GZ.csv")], () => "202302A04I27GZ (1).csv");
    const summary = await importDuoInto(dataDir, [folder, copy], BY);
    expect(summary.files.map((f) => f.outcome)).toEqual(["new", "skipped"]);
    expect(summary.files[1]!.note).toMatch(/the same file as/);
  });

  it("rejects two different versions of one report in one import", async () => {
    const dataDir = tempDir();
    const other = copyFiles([institutionFile("202302A04I27GZ.csv")], () => "202302A04I27GZ (1).csv");
    writeFileSync(path.join(other, "202302A04I27GZ (1).csv"), `${readFileSync(institutionFile("202302A04I27GZ.csv"), "utf8")}`.replace("15-11-2022", "16-11-2022"));
    const error = await importDuoInto(dataDir, [institutionFile("202302A04I27GZ.csv"), other], BY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DuoImportRejected);
    expect((error as DuoImportRejected).problems).toEqual([expect.objectContaining({ rule: "DUPLICATE_REPORT", file: path.join(other, "202302A04I27GZ (1).csv") })]);
    expect(await duoSnapshot(dataDir)).toEqual({ files: [], log: [], counts: {} });
  });

  it("takes who imports from the option, else VSV_USER", async () => {
    const dataDir = tempDir();
    const saved = process.env.VSV_USER;
    process.env.VSV_USER = "mentor-hofstad";
    try {
      const summary = await importDuoInto(dataDir, [institutionFile("202211A04I27GZ.csv")]);
      expect(summary.importedBy).toBe("mentor-hofstad");
    } finally {
      if (saved === undefined) delete process.env.VSV_USER;
      else process.env.VSV_USER = saved;
    }
    expect(await query(dataDir, "SELECT imported_by FROM duo.import_log")).toEqual([{ imported_by: "mentor-hofstad" }]);
  });
});

describe("one transaction", () => {
  it("leaves the store as it was when writing fails before COMMIT", async () => {
    const dataDir = await storeWithFixtures();
    const before = await duoSnapshot(dataDir);
    const folder = copyFiles(readdirSync(INSTITUTION_DIR).map(institutionFile));
    writeFileSync(path.join(folder, "202311A14I27GZ.csv"), readFileSync(path.join(folder, "202311A14I27GZ.csv"), "utf8").replaceAll("GEEN INSCHRIJVING", "GEEN INSCHR."));
    await expect(
      importDuoInto(dataDir, [folder, path.join(REGION_DIR, "..", "broken", "windows-1252")], {
        ...BY,
        beforeCommit: () => {
          throw new Error("power cut");
        },
      }),
    ).rejects.toThrow("power cut");
    expect(await duoSnapshot(dataDir)).toEqual(before);
  });
});
