import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { diploma, enrolment, loadRegisterDirect, person, residence } from "../support/register-builder.js";
import { removeTempDirs, tempDir } from "../support/temp-dirs.js";
import { vsv } from "../support/cli.js";
import { withDatabase } from "../../src/engine/database.js";
import { figures } from "../../src/engine/figures.js";
import { parseDimensions } from "../../src/engine/dimensions.js";
import { monthlySignals } from "../../src/engine/monthly-signals.js";
import { duoLevelOf } from "../../src/engine/duo-export-values.js";
import { type DuoColumn, NENR_COLUMNS, NRSP_COLUMNS, SIGNAL_COLUMNS } from "../../src/domain/duo/layout.js";
import { normaliseLevel } from "../../src/domain/duo/levels.js";
import { parseDuoFileName } from "../../src/domain/duo/file-name.js";
import { type Definition, type Stage, STAGES } from "../../src/domain/definition.js";
import { parseTeljaar } from "../../src/domain/teljaar.js";
import { PersonIdFactory, personIdText } from "../../src/synth/ids.js";
import type { PersonFacts } from "../../src/domain/register.js";

// ---------------------------------------------------------------------------------------------
// A small reader of DUO files, for these tests only: it checks the physical format strictly.

interface DuoFile {
  readonly header: string[];
  readonly rows: Record<string, string>[];
}

function readDuoFile(file: string, columns: readonly DuoColumn[]): DuoFile {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), `${file}: no byte-order mark`).toBe(false);
  const text = bytes.toString("utf8");
  expect(text.endsWith("\r\n"), `${file}: the last line ends with CRLF`).toBe(true);
  expect(/[^\r]\n/.test(text) || text.startsWith("\n"), `${file}: every line ends with CRLF`).toBe(false);
  const lines = text.slice(0, -2).split("\r\n");
  const header = lines[0]!.split(";");
  expect(header, `${file}: DUO's columns in DUO's order, # before the first`).toEqual(columns.map((c, i) => (i === 0 ? `#${c.duo}` : c.duo)));
  const rows = lines.slice(1).map((line) => {
    const cells = line.split(";");
    expect(cells.length, `${file}: every row has every column`).toBe(columns.length);
    expect(line.includes('"'), `${file}: no quoting`).toBe(false);
    return Object.fromEntries(columns.map((c, i) => [c.duo, cells[i]!]));
  });
  return { header, rows };
}

function countBy<T>(items: readonly T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of items) out[key(t)] = (out[key(t)] ?? 0) + 1;
  return out;
}

// ---------------------------------------------------------------------------------------------
// A hand-built register: 2022-2023, institutions 27GZ and 90AA, Amsterdam (region 21) and Leeuwarden (04).

const ids = new PersonIdFactory(7);
const bsn = () => personIdText(ids.next("BSN"));
const onr = () => personIdText(ids.next("ONDERWIJSNUMMER"));
const AMS = [{ ...residence("0363", "2000-01-01"), postcode4: "1012" }];
const LWD = [residence("0080", "2000-01-01")];
const T = parseTeljaar("2022-2023");

const P = {
  mbo2Leaves: bsn(),
  mbo4Stays: bsn(),
  mbo1Frl: onr(),
  vavoHavo: bsn(),
  vavoVmboLeaves: onr(),
  voHavo: onr(),
  voVmboLeaves: bsn(),
  onderwijslocatie: bsn(),
  hadSk: bsn(),
  aged24Leaves: bsn(),
  lateDiploma: bsn(),
  at90AA: bsn(),
};

const people: PersonFacts[] = [
  person(P.mbo2Leaves, "2005-03-04", { sex: "M", residences: AMS, enrolments: [enrolment({ institution: "27GZ", location: "27GZ00", level: "2", programme: "25180", start: "2021-08-01", end: "2023-02-15" })] }),
  person(P.mbo4Stays, "2004-05-06", { sex: "V", residences: AMS, enrolments: [enrolment({ institution: "27GZ", location: "27GZ01", level: "4", leerweg: "BBL", start: "2021-08-01" })] }),
  person(P.mbo1Frl, "2005-07-08", { sex: "X", residences: LWD, enrolments: [enrolment({ institution: "27GZ", level: "1", start: "2022-08-01", end: "2022-11-30" })] }),
  person(P.vavoHavo, "2004-01-02", { residences: AMS, enrolments: [enrolment({ institution: "27GZ", sector: "VAVO", level: "HAVO", start: "2022-08-01" })] }),
  person(P.vavoVmboLeaves, "2004-02-03", { residences: AMS, enrolments: [enrolment({ institution: "27GZ", sector: "VAVO", level: "VMBO", start: "2022-08-01", end: "2023-01-31" })] }),
  person(P.voHavo, "2007-04-05", { residences: AMS, enrolments: [enrolment({ institution: "90AA", location: "90AA00", sector: "VO", level: "HAVO", grade: 4, start: "2021-08-01" })] }),
  person(P.voVmboLeaves, "2006-06-07", { residences: AMS, enrolments: [enrolment({ institution: "90AA", sector: "VO", level: "VMBO-KB", grade: 4, start: "2021-08-01", end: "2023-06-30" })] }),
  person(P.onderwijslocatie, "2005-08-09", { residences: AMS, enrolments: [enrolment({ institution: "27GZ", location: "100X758", level: "3", start: "2021-08-01" })] }),
  person(P.hadSk, "2004-09-10", { residences: AMS, enrolments: [enrolment({ institution: "27GZ", level: "4", start: "2021-08-01", end: "2023-01-31" })], diplomas: [diploma("MBO-2", "2021-07-01")] }),
  // 24 on 1 October 2022: in the start population of definition 27 only.
  person(P.aged24Leaves, "1998-03-01", { residences: AMS, enrolments: [enrolment({ institution: "27GZ", level: "2", start: "2021-08-01", end: "2023-03-31" })] }),
  // An SK dated July 2023 but registered in March 2024: a vsv'er in the preliminary figures, not in the definitive ones.
  person(P.lateDiploma, "2005-10-11", { residences: AMS, enrolments: [enrolment({ institution: "27GZ", level: "2", start: "2021-08-01", end: "2023-06-30" })], diplomas: [diploma("MBO-2", "2023-07-01", "2024-03-01")] }),
  person(P.at90AA, "2005-11-12", { residences: LWD, enrolments: [enrolment({ institution: "90AA", location: "90AA00", level: "3", start: "2021-08-01", end: "2023-04-30" })] }),
  person("PSEUDO-1", "2005-12-13", { residences: AMS, enrolments: [enrolment({ institution: "90AA", level: "2", start: "2021-08-01", end: "2023-05-31" })] }),
];

let dataDir: string;
beforeAll(async () => {
  dataDir = tempDir("vsv-duo-export-");
  await withDatabase(dataDir, (db) => loadRegisterDirect(db.connection, people));
  const r = await vsv("compute", "--data-dir", dataDir, "--teljaar", "2022-2023", "--quiet");
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => removeTempDirs());

async function exportTo(...args: string[]): Promise<{ out: string; stdout: string; stderr: string }> {
  const out = tempDir("vsv-duo-files-");
  const r = await vsv("duo", "export", "--data-dir", dataDir, "--teljaar", "2022-2023", "--out", out, "--quiet", ...args);
  expect(r.code, r.stderr).toBe(0);
  return { out, stdout: r.stdout, stderr: r.stderr };
}

/** The engine's start population and vsv per DUO level for a scope (figures by scope × sector × level). */
async function engineByLevel(scope: "institution" | "region", code: string, stage: Stage, definition: Definition) {
  const f = await withDatabase(dataDir, (db) => figures(db.connection, { teljaar: T, definition, stage, by: parseDimensions([scope, "sector", "level"]) }), { readOnly: true });
  const sp: Record<string, number> = {};
  const vsvs: Record<string, number> = {};
  for (const row of f.rows.filter((r) => r.keys[scope] === code)) {
    const level = duoLevelOf(row.keys.sector as string, row.keys.level as string)!;
    sp[level] = (sp[level] ?? 0) + row.start_population;
    if (row.vsv > 0) vsvs[level] = (vsvs[level] ?? 0) + row.vsv;
  }
  return { sp, vsv: vsvs };
}

const levelOf = (r: Record<string, string>) => normaliseLevel(r.NIVEAU!) ?? `unknown ${r.NIVEAU}`;
const stageLetter = (s: Stage) => (s === "definitive" ? "D" : "V");

describe("vsv duo export: the files of an institution", () => {
  let out: string;
  let stdout: string;
  beforeAll(async () => {
    ({ out, stdout } = await exportTo("--institution", "27gz"));
  });

  it("writes NRSP and NenR per computed stage, A04 for October t - September t+1 and A14 for October - December t+1, named as DUO names them", () => {
    const expected = [
      "NRSP2023VI27GZ.csv", "NenR2023VI27GZ.csv", "NRSP2023DI27GZ.csv", "NenR2023DI27GZ.csv",
      ...["202211", "202212", "202301", "202302", "202303", "202304", "202305", "202306", "202307", "202308", "202309", "202310"].map((m) => `${m}A04I27GZ.csv`),
      "202311A14I27GZ.csv", "202312A14I27GZ.csv", "202401A14I27GZ.csv",
    ];
    expect(readdirSync(out).sort()).toEqual([...expected].sort());
    for (const name of expected) expect(stdout).toContain(name);
  });

  it("writes DUO's physical format: semicolons, # before the first header, CRLF on every line, UTF-8, no quoting", () => {
    readDuoFile(path.join(out, "NRSP2023DI27GZ.csv"), NRSP_COLUMNS);
    readDuoFile(path.join(out, "NenR2023DI27GZ.csv"), NENR_COLUMNS);
    readDuoFile(path.join(out, "202303A04I27GZ.csv"), SIGNAL_COLUMNS);
    expect(readFileSync(path.join(out, "NRSP2023DI27GZ.csv"), "utf8").startsWith("#BURGERSERVICENUMMER;ONDERWIJSNUMMER;GEBOORTEDATUM;")).toBe(true);
    expect(readFileSync(path.join(out, "202303A04I27GZ.csv"), "utf8").startsWith("#BRIN_NR;NAAM_INST;RAPPORTAGEMAAND;")).toBe(true);
  });

  it("writes the values as DUO does: BSN or 0 and the onderwijsnummer, DD-MM-YYYY, GEMCODE without leading zeros, two-digit region, DUO's level names", () => {
    const { rows } = readDuoFile(path.join(out, "NRSP2023DI27GZ.csv"), NRSP_COLUMNS);
    const byBsn = (id: string) => rows.find((r) => r.BURGERSERVICENUMMER === id);
    const mbo2 = byBsn(P.mbo2Leaves)!;
    expect(mbo2).toMatchObject({
      ONDERWIJSNUMMER: "", GEBOORTEDATUM: "04-03-2005", GESLACHT: "M", POSTCODE_CIJFERS: "1012",
      RMC_REGIO: "21", RMC_REGIO_NAAM: "Agglomeratie Amsterdam", GEMCODE: "363", GEMEENTENAAM: "Amsterdam",
      BRIN: "27GZ", BRIN_VOLGNR: "27GZ00", NIVEAU: "Mbo2 opleidingen", ONDERWIJSSOORT: "BOL", CREBO: "25180", ONDERWIJSLOCATIE_CODE: "",
    });
    expect(byBsn(P.mbo4Stays)).toMatchObject({ GESLACHT: "V", NIVEAU: "Mbo4 opleidingen", ONDERWIJSSOORT: "BBL", BRIN_VOLGNR: "27GZ01" });
    const frl = rows.find((r) => r.ONDERWIJSNUMMER === P.mbo1Frl)!;
    expect(frl).toMatchObject({ BURGERSERVICENUMMER: "0", GESLACHT: "", GEMCODE: "80", RMC_REGIO: "04", NIVEAU: "Mbo1 opleidingen" });
    expect(byBsn(P.vavoHavo)).toMatchObject({ NIVEAU: "HAVO/VWO bovenbouw", ONDERWIJSSOORT: "" });
    expect(rows.find((r) => r.ONDERWIJSNUMMER === P.vavoVmboLeaves)).toMatchObject({ NIVEAU: "VMBO bovenbouw" });
    expect(byBsn(P.onderwijslocatie)).toMatchObject({ BRIN_VOLGNR: "", ONDERWIJSLOCATIE_CODE: "100X758" });
  });

  it("leaves names, addresses and what else the register does not hold empty", () => {
    const { rows } = readDuoFile(path.join(out, "NenR2023DI27GZ.csv"), NENR_COLUMNS);
    const empty = ["ACHTERNAAM", "VOORVOEGSEL", "VOORNAMEN", "CREBO_OMSCHRIJVING", "EXAMEN", "ONDERWIJSAANBIEDER_CODE", "ONDERWIJSAANBIEDER_NAAM", "ONDERWIJSLOCATIE_STRAATNAAM", "ONDERWIJSLOCATIE_HUISNUMMER", "ONDERWIJSLOCATIE_POSTCODE", "ONDERWIJSLOCATIE_PLAATSNAAM"];
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      for (const c of empty) expect(r[c], c).toBe("");
      expect(r.IND_BEKOSTIGING).toBe("J");
    }
    const signals = readDuoFile(path.join(out, "202306A04I27GZ.csv"), SIGNAL_COLUMNS).rows;
    for (const r of signals) {
      for (const c of ["ACHTERNAAM", "VOORVOEGSEL", "ALLE_VOORNAMEN", "STRAAT", "HUISNUMMER", "POSTCODE", "WOONPLAATS", "MELDING_VERZUIM_WETTELIJK", "MELDING_VERZUIM_NIET_WETTELIJK", "REDEN_UITSTROOM"]) {
        expect(r[c], c).toBe("");
      }
    }
  });

  it("has as many NRSP rows per level as the engine's start population at the institution, and NenR rows as its vsv'ers, in each stage", async () => {
    for (const stage of STAGES) {
      const engine = await engineByLevel("institution", "27GZ", stage, 23);
      const nrsp = readDuoFile(path.join(out, `NRSP2023${stageLetter(stage)}I27GZ.csv`), NRSP_COLUMNS).rows;
      const nenr = readDuoFile(path.join(out, `NenR2023${stageLetter(stage)}I27GZ.csv`), NENR_COLUMNS).rows;
      expect(countBy(nrsp, levelOf), stage).toEqual(engine.sp);
      expect(countBy(nenr, levelOf), stage).toEqual(engine.vsv);
    }
    // The late-registered diploma: a vsv'er in the preliminary NenR only.
    const bsns = (stage: Stage) => readDuoFile(path.join(out, `NenR2023${stageLetter(stage)}I27GZ.csv`), NENR_COLUMNS).rows.map((r) => r.BURGERSERVICENUMMER);
    expect(bsns("preliminary")).toContain(P.lateDiploma);
    expect(bsns("definitive")).not.toContain(P.lateDiploma);
  });

  it("writes per report month the engine's monthly list of the institution, with since-month and deregistration date", async () => {
    const signals = await withDatabase(dataDir, (db) => monthlySignals(db.connection, { teljaar: T, stage: "definitive", definition: 23, scope: { kind: "institution", code: "27GZ" }, asOf: null }), { readOnly: true });
    const monthFiles = readdirSync(out).filter((f) => /A(04|14)/.test(f));
    expect(monthFiles).toHaveLength(15);
    let total = 0;
    for (const f of monthFiles) {
      const identity = parseDuoFileName(f)!;
      const rows = readDuoFile(path.join(out, f), SIGNAL_COLUMNS).rows;
      const expected = signals.filter((s) => s.reportMonth === identity.reportMonth);
      expect(rows.map((r) => r.PERSOONSGEBONDENNUMMER).sort(), f).toEqual(expected.map((s) => s.personId).sort());
      expect(rows.map((r) => r.VANAF_WANNEER).sort(), f).toEqual(expected.map((s) => s.listedSince.replace("-", "")).sort());
      total += rows.length;
      for (const r of rows) {
        expect(r.BRIN_NR).toBe("27GZ");
        expect(r.REDEN).toBe("GEEN INSCHRIJVING");
        expect(r.RAPPORTAGEMAAND).toBe(r.VANAF_WANNEER);
      }
    }
    expect(total).toBe(signals.length);
    const feb = readDuoFile(path.join(out, "202303A04I27GZ.csv"), SIGNAL_COLUMNS).rows;
    expect(feb.find((r) => r.PERSOONSGEBONDENNUMMER === P.mbo2Leaves)).toMatchObject({
      RAPPORTAGEMAAND: "202302", VANAF_WANNEER: "202302", DATUM_UITSCHRIJVING: "15-02-2023", GEBOORTEDATUM: "04-03-2005",
      NIVEAU: "Mbo2 opleidingen", LEERWEG: "BOL", GEMEENTECODE: "363", RMC_REGIO: "21", BRIN_VOLGNUMMER: "27GZ00", ONDERWIJSCODE: "25180",
    });
    // The onderwijsnummer is the person number where there is no BSN.
    expect(feb.find((r) => r.PERSOONSGEBONDENNUMMER === P.mbo1Frl)).toMatchObject({ RAPPORTAGEMAAND: "202211", DATUM_UITSCHRIJVING: "30-11-2022" });
  });

  it("puts every vsv'er of the definitive NenR on the September list (taken on 1 October t+1)", () => {
    const nenr = readDuoFile(path.join(out, "NenR2023DI27GZ.csv"), NENR_COLUMNS).rows.map((r) => (r.BURGERSERVICENUMMER !== "0" ? r.BURGERSERVICENUMMER : r.ONDERWIJSNUMMER));
    const september = readDuoFile(path.join(out, "202310A04I27GZ.csv"), SIGNAL_COLUMNS).rows.map((r) => r.PERSOONSGEBONDENNUMMER);
    expect(nenr.length).toBeGreaterThan(0);
    expect(september).toEqual(expect.arrayContaining(nenr));
  });

  it("uses definition 27 when asked: the 24-year-old is in its start population", async () => {
    const { out: out27 } = await exportTo("--institution", "27GZ", "--definition", "27", "--stage", "definitive");
    expect(readdirSync(out27).filter((f) => f.startsWith("NRSP") || f.startsWith("NenR")).sort()).toEqual(["NRSP2023DI27GZ.csv", "NenR2023DI27GZ.csv"]);
    const nrsp = readDuoFile(path.join(out27, "NRSP2023DI27GZ.csv"), NRSP_COLUMNS).rows;
    expect(nrsp.map((r) => r.BURGERSERVICENUMMER)).toContain(P.aged24Leaves);
    const engine = await engineByLevel("institution", "27GZ", "definitive", 27);
    expect(countBy(nrsp, levelOf)).toEqual(engine.sp);
    expect(countBy(readDuoFile(path.join(out27, "NenR2023DI27GZ.csv"), NENR_COLUMNS).rows, levelOf)).toEqual(engine.vsv);
  });
});

describe("vsv duo export: the files of a region", () => {
  it("holds the people living in the region, whatever their institution, and matches the engine per level and stage", async () => {
    const { out, stdout } = await exportTo("--region", "21");
    expect(readdirSync(out)).toContain("NRSP2023DR21.csv");
    expect(readdirSync(out)).toContain("202310A04R21.csv");
    for (const stage of STAGES) {
      const engine = await engineByLevel("region", "21", stage, 23);
      const nrsp = readDuoFile(path.join(out, `NRSP2023${stageLetter(stage)}R21.csv`), NRSP_COLUMNS).rows;
      expect(countBy(nrsp, levelOf), stage).toEqual(engine.sp);
      expect(countBy(readDuoFile(path.join(out, `NenR2023${stageLetter(stage)}R21.csv`), NENR_COLUMNS).rows, levelOf), stage).toEqual(engine.vsv);
      expect(new Set(nrsp.map((r) => r.RMC_REGIO))).toEqual(new Set(["21"]));
      expect(new Set(nrsp.map((r) => r.BRIN))).toEqual(new Set(["27GZ", "90AA"]));
    }
    // Names of institutions and vestigingen come from the reference data where it knows them.
    const a04 = readDuoFile(path.join(out, "202307A04R21.csv"), SIGNAL_COLUMNS).rows;
    expect(a04.find((r) => r.PERSOONSGEBONDENNUMMER === P.voVmboLeaves)).toMatchObject({ BRIN_NR: "90AA", NAAM_INST: "Beroepscampus Oost-Groningen", NIVEAU: "VMBO bovenbouw", LEERWEG: "" });
    const nrsp = readDuoFile(path.join(out, "NRSP2023DR21.csv"), NRSP_COLUMNS).rows;
    expect(nrsp.find((r) => r.ONDERWIJSNUMMER === P.voHavo)).toMatchObject({ BRIN_VOLGNR: "90AA00", BRIN_VEST_NAAM: "Beroepscampus Oost-Groningen Oldambt", NIVEAU: "HAVO/VWO bovenbouw" });
    // A pseudonym is written as the onderwijsnummer, and the output says so.
    expect(nrsp.find((r) => r.ONDERWIJSNUMMER === "PSEUDO-1")).toMatchObject({ BURGERSERVICENUMMER: "0" });
    expect(stdout).toMatch(/1 persons have a pseudonym/);
  });
});

describe("vsv duo export: months the register does not cover, and mistakes", () => {
  it("skips the monthly files whose peildatum is after the register's as-of date, and says which and why", async () => {
    await withDatabase(dataDir, (db) => db.connection.run("CREATE OR REPLACE TABLE register.coverage AS SELECT DATE '2023-11-15' AS as_of, NULL::VARCHAR AS first_teljaar, NULL::VARCHAR AS last_teljaar"));
    try {
      const { out, stdout } = await exportTo("--institution", "27GZ");
      const files = readdirSync(out);
      expect(files).toContain("202311A14I27GZ.csv");
      expect(files).not.toContain("202312A14I27GZ.csv");
      expect(files).not.toContain("202401A14I27GZ.csv");
      expect(stdout).toMatch(/Skipped/);
      expect(stdout).toMatch(/202312A14I27GZ\.csv: the register reaches 2023-11-15; the list of 2023-11 is taken on 2023-12-01/);
      expect(stdout).toMatch(/202401A14I27GZ\.csv: the register reaches 2023-11-15; the list of 2023-12 is taken on 2024-01-01/);
    } finally {
      await withDatabase(dataDir, (db) => db.connection.run("DROP TABLE register.coverage"));
    }
  });

  it("writes header-only files for an institution without members of the start population, and says so", async () => {
    const { out, stderr } = await exportTo("--institution", "00XX", "--stage", "definitive");
    expect(readDuoFile(path.join(out, "NRSP2023DI00XX.csv"), NRSP_COLUMNS).rows).toEqual([]);
    expect(stderr).toMatch(/no member of the start population belongs to institution 00XX/);
  });

  it("refuses a missing or double scope, an unknown region and a teljaar that is not computed", async () => {
    const out = tempDir("vsv-duo-bad-");
    const run = (...a: string[]) => vsv("duo", "export", "--data-dir", dataDir, "--out", out, ...a);
    expect((await run("--teljaar", "2022-2023")).stderr).toMatch(/Say whose files: --institution 27GZ, --region 28/);
    expect((await run("--teljaar", "2022-2023", "--institution", "27GZ", "--region", "21")).stderr).toMatch(/Give one scope, not --institution and --region/);
    expect((await run("--teljaar", "2022-2023", "--region", "14")).stderr).toMatch(/Region 14 is not an RMC region/);
    expect((await run("--teljaar", "2022-2023", "--municipality", "0363")).stderr).toMatch(/institution \(--institution\) or region \(--region\) files, not municipality files/);
    const r = await run("--teljaar", "2021-2022", "--institution", "27GZ");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/run `vsv compute --teljaar 2021-2022`/);
    expect((await run("--institution", "27GZ")).stderr).toMatch(/--teljaar is required/);
  });
});
