/**
 * The true round trip: the engine's results → `vsv duo export` → `vsv import duo` into a fresh store →
 * `vsv duo figures` / `vsv duo signals` give back the engine's figures, for every level and stage, and the
 * engine's monthly lists, for the largest institution and the largest region of a generated register
 * (scale 0.005) and for a hand-built register with vavo and vo pupils, onderwijsnummers and a late diploma.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { removeTempDirs, tempDir } from "../support/temp-dirs.js";
import { vsv } from "../support/cli.js";
import { diploma, enrolment, loadRegisterDirect, person, residence } from "../support/register-builder.js";
import { queryRows, withDatabase } from "../../src/engine/database.js";
import { readSignalLists } from "../../src/engine/signal-rows.js";
import { figures } from "../../src/engine/figures.js";
import { parseDimensions } from "../../src/engine/dimensions.js";
import { monthlySignals } from "../../src/engine/monthly-signals.js";
import { readRegisterState } from "../../src/engine/register-state.js";
import { duoLevelOf } from "../../src/engine/duo-export-values.js";
import { STAGES, type Stage } from "../../src/domain/definition.js";
import { parseTeljaar } from "../../src/domain/teljaar.js";
import { PersonIdFactory, personIdText } from "../../src/synth/ids.js";

const T = parseTeljaar("2022-2023");
type Scope = "institution" | "region";

async function ok(...args: string[]): Promise<string> {
  const r = await vsv(...args, "--quiet");
  expect(r.code, `${args.join(" ")}: ${r.stderr}`).toBe(0);
  return r.stdout;
}

/** The engine's start population and vsv per DUO level (and in total) for one scope and stage. */
async function engineFigures(dataDir: string, scope: Scope, code: string, stage: Stage) {
  const f = await withDatabase(dataDir, (db) => figures(db.connection, { teljaar: T, definition: 23, stage, by: parseDimensions([scope, "sector", "level"]) }), { readOnly: true });
  const byLevel: Record<string, { start_population: number; vsv: number }> = {};
  for (const r of f.rows.filter((x) => x.keys[scope] === code)) {
    const level = duoLevelOf(r.keys.sector as string, r.keys.level as string)!;
    const acc = (byLevel[level] ??= { start_population: 0, vsv: 0 });
    acc.start_population += r.start_population;
    acc.vsv += r.vsv;
  }
  return byLevel;
}

async function largest(dataDir: string, scope: Scope): Promise<string> {
  const f = await withDatabase(dataDir, (db) => figures(db.connection, { teljaar: T, definition: 23, stage: "definitive", by: parseDimensions([scope]) }), { readOnly: true });
  return [...f.rows].filter((r) => r.keys[scope] !== null).sort((a, b) => b.start_population - a.start_population)[0]!.keys[scope] as string;
}

/** The names and addresses DUO's imported files carry equal the register's (A04/A14: all; NenR: names), and so do the signal list rows read from them. */
async function namesArrive(dataDir: string, store: string, scope: Scope): Promise<void> {
  type Person = { person_id: string; family_name: string; given_names: string; street: string; house_number: string; postcode: string; residence: string };
  const register = await withDatabase(dataDir, (db) => queryRows<Person>(db.connection, "SELECT person_id, family_name, given_names, street, house_number, postcode, residence FROM register.persons"), { readOnly: true });
  const byId = new Map(register.map((p) => [p.person_id, p]));
  const { a04, nenr, lists } = await withDatabase(
    store,
    async (db) => ({
      a04: await queryRows<{ person_key: string; name_prefix: string | null; surname: string; first_names: string; street: string; house_number: string; house_letter: string | null; house_number_addition: string | null; postcode: string; place: string }>(
        db.connection,
        "SELECT DISTINCT person_key, name_prefix, surname, first_names, street, CAST(house_number AS VARCHAR) AS house_number, house_letter, house_number_addition, postcode, place FROM duo.signal_rows",
      ),
      nenr: await queryRows<{ person_key: string; name_prefix: string | null; surname: string; first_names: string }>(db.connection, "SELECT DISTINCT person_key, name_prefix, surname, first_names FROM duo.nenr_rows"),
      lists: await readSignalLists(db.connection),
    }),
    { readOnly: true },
  );
  expect(a04.length).toBeGreaterThan(0);
  expect(nenr.length).toBeGreaterThan(0);
  for (const d of a04) {
    const p = byId.get(d.person_key)!;
    expect([d.name_prefix, d.surname].filter(Boolean).join(" ")).toBe(p.family_name);
    expect(d.first_names).toBe(p.given_names);
    expect([d.street, `${d.house_number}${d.house_letter ?? ""}${d.house_number_addition ? `-${d.house_number_addition}` : ""}`, d.postcode, d.place]).toEqual([p.street, p.house_number, p.postcode.replace(" ", ""), p.residence]);
  }
  for (const d of nenr) expect([[d.name_prefix, d.surname].filter(Boolean).join(" "), d.first_names]).toEqual([byId.get(d.person_key)!.family_name, byId.get(d.person_key)!.given_names]);
  // Only a region's files make its list (docs/signal-lists.md).
  if (scope !== "region") return;
  const possible = lists.rows.filter((r) => r.list === "possible" && r.source === "duo");
  expect(possible.length).toBeGreaterThan(0);
  for (const r of possible) {
    const p = byId.get(r.person_key)!;
    expect([r.family_name, r.given_names, r.street, r.house_number, r.postcode, r.residence, r.phone, r.email]).toEqual([p.family_name, p.given_names, p.street, p.house_number, p.postcode, p.residence, null, null]);
  }
  expect(lists.rows.filter((r) => r.list === "definitive").every((r) => r.family_name === byId.get(r.person_key)!.family_name && r.street === null)).toBe(true);
}

/** Export → import into a fresh store → DUO figures and signals equal the engine's, per level, stage and month. */
async function roundTrip(dataDir: string, scope: Scope, code: string, named = false): Promise<void> {
  const files = tempDir("vsv-roundtrip-files-");
  const store = tempDir("vsv-roundtrip-store-");
  await ok("duo", "export", `--${scope}`, code, "--teljaar", T, "--out", files, "--data-dir", dataDir);
  const imported = JSON.parse(await ok("import", "duo", files, "--data-dir", store, "--format", "json")) as { files: { kind: string; warnings: number; outcome: string }[] };
  expect(imported.files).toHaveLength(19);
  expect(imported.files.every((f) => f.outcome === "new" && f.warnings === 0), "every file imported, without data-quality warnings").toBe(true);
  if (named) await namesArrive(dataDir, store, scope);

  for (const stage of STAGES) {
    const engine = await engineFigures(dataDir, scope, code, stage);
    const duo = JSON.parse(await ok("duo", "figures", `--${scope}`, code, "--teljaar", T, "--stage", stage, "--by", "level", "--format", "json", "--data-dir", store)) as {
      level: string; start_population: number; vsv: number; vsv_not_in_start_population: number;
    }[];
    const fromDuo = Object.fromEntries(duo.map((r) => [r.level, { start_population: r.start_population, vsv: r.vsv }]));
    expect(fromDuo, `${scope} ${code}, ${stage}`).toEqual(engine);
    expect(duo.every((r) => r.vsv_not_in_start_population === 0)).toBe(true);
    const [total] = JSON.parse(await ok("duo", "figures", `--${scope}`, code, "--teljaar", T, "--stage", stage, "--format", "json", "--data-dir", store)) as { start_population: number; vsv: number }[];
    expect(total).toMatchObject({
      start_population: Object.values(engine).reduce((s, x) => s + x.start_population, 0),
      vsv: Object.values(engine).reduce((s, x) => s + x.vsv, 0),
    });
  }

  const asOf = await withDatabase(dataDir, async (db) => (await readRegisterState(db.connection)).asOf, { readOnly: true });
  const signals = await withDatabase(dataDir, (db) => monthlySignals(db.connection, { teljaar: T, stage: "definitive", definition: 23, scope: { kind: scope, code }, asOf }), { readOnly: true });
  const curve = JSON.parse(await ok("duo", "signals", `--${scope}`, code, "--teljaar", T, "--format", "json", "--data-dir", store)) as { report_month: string; status: string; possible_vsv: number }[];
  expect(curve).toHaveLength(15);
  for (const m of curve) {
    expect(m.status, m.report_month).toBe("imported");
    expect(m.possible_vsv, m.report_month).toBe(signals.filter((s) => s.reportMonth === m.report_month).length);
  }
}

afterAll(() => removeTempDirs());

describe("round trip through DUO's files on a generated register", () => {
  let dataDir: string;
  beforeAll(async () => {
    const dir = tempDir("vsv-roundtrip-synth-");
    dataDir = path.join(dir, "data");
    await ok("generate", "--out", path.join(dir, "register"), "--scale", "0.005", "--from", "2020", "--to", "2024");
    await ok("import", "register", path.join(dir, "register"), "--data-dir", dataDir);
    await ok("compute", "--teljaar", T, "--data-dir", dataDir);
  }, 120_000);

  it.each(["institution", "region"] as const)("gives back the engine's figures and monthly lists, and the names and addresses, for the largest %s", async (scope) => {
    await roundTrip(dataDir, scope, await largest(dataDir, scope), true);
  });
});

describe("round trip through DUO's files on a hand-built register", () => {
  const ids = new PersonIdFactory(11);
  const bsn = () => personIdText(ids.next("BSN"));
  const onr = () => personIdText(ids.next("ONDERWIJSNUMMER"));
  const AMS = [residence("0363", "2000-01-01")];
  const people = [
    person(bsn(), "2005-03-04", { sex: "M", residences: AMS, enrolments: [enrolment({ institution: "27GZ", location: "27GZ00", level: "2", start: "2021-08-01", end: "2023-02-15" })] }),
    person(onr(), "2004-05-06", { sex: "V", residences: AMS, enrolments: [enrolment({ institution: "27GZ", location: "100X758", level: "4", leerweg: "BBL", start: "2021-08-01" })] }),
    person(onr(), "2005-07-08", { residences: [residence("0080", "2000-01-01")], enrolments: [enrolment({ institution: "27GZ", level: "1", start: "2022-08-01", end: "2022-11-30" })] }),
    person(bsn(), "2004-01-02", { residences: AMS, enrolments: [enrolment({ institution: "27GZ", sector: "VAVO", level: "HAVO", start: "2022-08-01", end: "2023-03-31" })] }),
    person(bsn(), "2004-02-03", { residences: AMS, enrolments: [enrolment({ institution: "27GZ", sector: "VAVO", level: "VMBO", start: "2022-08-01" })] }),
    person(bsn(), "2007-04-05", { residences: AMS, enrolments: [enrolment({ institution: "90AA", sector: "VO", level: "VWO", grade: 5, start: "2021-08-01", end: "2023-05-31" })] }),
    person(onr(), "2009-06-07", { residences: AMS, enrolments: [enrolment({ institution: "90AA", sector: "VO", level: "VO-ONDERBOUW", grade: 2, start: "2021-08-01" })] }),
    person(bsn(), "2005-10-11", { residences: AMS, enrolments: [enrolment({ institution: "27GZ", level: "3", start: "2021-08-01", end: "2023-06-30" })], diplomas: [diploma("MBO-3", "2023-07-01", "2024-03-01")] }),
  ];
  let dataDir: string;
  beforeAll(async () => {
    dataDir = tempDir("vsv-roundtrip-hand-");
    await withDatabase(dataDir, (db) => loadRegisterDirect(db.connection, people));
    await ok("compute", "--teljaar", T, "--data-dir", dataDir);
  });

  it("gives back the engine's figures and monthly lists for an institution with vavo pupils", async () => {
    await roundTrip(dataDir, "institution", "27GZ");
  });

  it("gives back the engine's figures and monthly lists for a region with vo pupils", async () => {
    await roundTrip(dataDir, "region", "21");
  });
});
