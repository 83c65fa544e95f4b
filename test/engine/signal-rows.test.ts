import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { enrolment, loadRegisterDirect, person, residence } from "../support/register-builder.js";
import { type DuoStore, institution, openDuoStore, region, row } from "../support/duo-store.js";
import { computeResults } from "../../src/engine/compute.js";
import { queryRows } from "../../src/engine/database.js";
import { monthlySignals } from "../../src/engine/monthly-signals.js";
import { type SignalLists, readSignalLists } from "../../src/engine/signal-rows.js";
import { parseTeljaar } from "../../src/domain/teljaar.js";
import type { SignalRow } from "../../src/domain/signal-row.js";

const T = parseTeljaar("2022-2023");
const leaves = (id: string, end: string, municipality: string, brin = "27GZ") =>
  person(id, "2005-01-01", {
    enrolments: [enrolment({ enrolmentId: `${id}-1`, institution: brin, level: "3", programme: "25180", start: "2021-08-01", end })],
    residences: [residence(municipality, "2000-01-01")],
  });

/**
 * Six young people of teljaar 2022-2023 in five regions: Amsterdam (21), Leeuwarden (04), Utrecht (19), The Hague (28),
 * Rotterdam (29).
 * Everyone but STAY leaves without a startkwalificatie, so is on the engine's December 2023 list and a vsv'er.
 */
const people = [
  leaves("A1", "2023-02-15", "0363", "25LZ"),
  person("STAY", "2005-01-01", { enrolments: [enrolment({ enrolmentId: "STAY-1", start: "2021-08-01", end: null })] }),
  leaves("L1", "2023-03-31", "0080"),
  leaves("U1", "2023-03-31", "0344"),
  leaves("R1", "2023-05-31", "0599", "25LZ"),
  leaves("H1", "2023-04-30", "0518"),
];

async function registerStore(conn: DuckDBConnection): Promise<void> {
  await loadRegisterDirect(conn, people);
  await computeResults(conn, { teljaren: [T] });
}

const on = (lists: SignalLists, list: string, reg?: string): SignalRow[] =>
  lists.rows.filter((r) => r.list === list && (reg === undefined || r.region === reg));
const keysOf = (rows: readonly SignalRow[]) => rows.map((r) => r.person_key).sort();

describe("signal lists from the engine alone (no DUO files)", () => {
  let db: DuckDBInstance;
  let conn: DuckDBConnection;
  let lists: SignalLists;

  beforeAll(async () => {
    db = await DuckDBInstance.create(":memory:");
    conn = await db.connect();
    await registerStore(conn);
    lists = await readSignalLists(conn);
  });
  afterAll(() => {
    conn.closeSync();
    db.closeSync();
  });

  it("takes names, address and contact from the register's optional person columns, trimmed, empty as null", async () => {
    await conn.run(`UPDATE register.persons SET family_name = 'van den Berg', given_names = 'Zoë Anna', street = 'Voorbeeldstraat', house_number = '12a',
      postcode = '1011 AB', residence = 'Amsterdam', phone = '06-01234567', email = ' zoe.vandenberg1@vsv-demo.example ' WHERE person_id = 'A1'`);
    await conn.run("UPDATE register.persons SET family_name = '', given_names = NULL WHERE person_id <> 'A1'");
    try {
      const named = await readSignalLists(conn);
      for (const list of ["possible", "definitive"]) {
        const a1 = named.rows.filter((r) => r.list === list && r.person_key === "A1");
        if (list === "possible") expect(a1).toHaveLength(1);
        for (const r of a1) {
          expect([r.family_name, r.given_names, r.street, r.house_number, r.postcode, r.residence, r.phone, r.email]).toEqual(
            ["van den Berg", "Zoë Anna", "Voorbeeldstraat", "12a", "1011 AB", "Amsterdam", "06-01234567", "zoe.vandenberg1@vsv-demo.example"],
          );
        }
      }
      expect(named.rows.filter((r) => r.person_key !== "A1").every((r) => r.family_name === null && r.given_names === null)).toBe(true);
    } finally {
      await conn.run("UPDATE register.persons SET family_name = NULL, given_names = NULL, street = NULL, house_number = NULL, postcode = NULL, residence = NULL, phone = NULL, email = NULL");
    }
  });

  it("takes the possible list from the latest covered report month of the latest teljaar, preliminary stage, official definition", () => {
    expect(lists.engine.possible).toMatchObject({ teljaar: T, stage: "preliminary", definition: 23, month: { month: "2023-12", kind: "A14" } });
    expect(lists.engine.definitive).toMatchObject({ teljaar: T, definition: 23 });
  });

  it("lists exactly the persons of the engine's monthly signalling for that month, each in their region", async () => {
    const monthly = await monthlySignals(conn, { teljaar: T, stage: "preliminary", definition: 23, scope: { kind: "national" }, asOf: null });
    const december = monthly.filter((m) => m.reportMonth === "2023-12").map((m) => m.personId).sort();
    expect(keysOf(on(lists, "possible"))).toEqual(december);
    expect(december).toEqual(["A1", "H1", "L1", "R1", "U1"]);
    expect(on(lists, "possible").map((r) => [r.person_key, r.region])).toEqual([
      ["L1", "04"],
      ["U1", "19"],
      ["A1", "21"],
      ["H1", "28"],
      ["R1", "29"],
    ]);
  });

  it("gives each possible row its attribution, birth date, age on the list's peildatum and the run it is in", () => {
    const a1 = on(lists, "possible", "21")[0];
    expect(a1).toEqual({
      person_key: "A1",
      list: "possible",
      source: "engine",
      teljaar: "2022-2023",
      report_month: "2023-12",
      region: "21",
      municipality_code: "0363",
      municipality_name: "Amsterdam",
      institution: "25LZ",
      institution_name: a1?.institution_name ?? null,
      location: null,
      programme: "25180",
      programme_name: null,
      level: "MBO-3",
      leerweg: "BOL",
      birth_date: "2005-01-01",
      // on 1 January 2024, the peildatum of the December list
      age: 19,
      family_name: null,
      given_names: null,
      street: null,
      house_number: null,
      postcode: null,
      residence: null,
      phone: null,
      email: null,
      listed_since: "2023-02",
      deregistration_date: "2023-02-15",
      reason: "GEEN INSCHRIJVING",
      absence_statutory: null,
      absence_non_statutory: null,
      target_group: null,
    });
  });

  it("takes the definitive list from the vsv'ers of the last complete definitive teljaar, with the age of the definition", async () => {
    const vsv = await queryRows<{ person_id: string }>(
      conn,
      `SELECT person_id FROM results.person_results WHERE teljaar = '${T}' AND stage = 'definitive' AND in_sp23 AND vsv ORDER BY person_id`,
    );
    expect(keysOf(on(lists, "definitive"))).toEqual(vsv.map((v) => v.person_id));
    const r1 = on(lists, "definitive", "29")[0];
    expect(r1).toMatchObject({ person_key: "R1", source: "engine", teljaar: "2022-2023", report_month: null, age: 17, deregistration_date: "2023-05-31", listed_since: null, reason: null });
  });

  it("says every region's list comes from the engine", () => {
    expect(lists.regions.every((r) => r.source === "engine")).toBe(true);
    expect(lists.regions.filter((r) => r.list === "possible").map((r) => [r.region, r.persons])).toEqual([
      ["04", 1],
      ["19", 1],
      ["21", 1],
      ["28", 1],
      ["29", 1],
    ]);
  });
});

describe("signal lists where DUO files are imported: DUO's rows are the region's list", () => {
  let s: DuoStore;
  let lists: SignalLists;

  beforeAll(async () => {
    s = await openDuoStore({ teljaar: "2022-2023", scope: region("21") });
    await registerStore(s.conn);
    // Region 21: an older month and the latest one; the latest is the list.
    await s.a14("2023-11", [row("OLD21", { rmc_region: "21" }), row("A1", { rmc_region: "21" })]);
    await s.a14("2023-12", [
      row("A1", { rmc_region: "21", surname: "Vries", name_prefix: "de", first_names: "Jan Pieter", street: "Voorbeeldstraat", house_number: "12", house_letter: "a", house_number_addition: "II", postcode: "1011ab", place: "Amsterdam", absence_statutory: true, absence_non_statutory: false, listed_since: "2023-02", deregistration_date: "2023-02-15", reason: "VERHUISD", crebo: "25180", crebo_name: "Kok" }),
      row("D21", { rmc_region: "21", surname: "Bakker" }),
    ]);
    // Institution 27GZ: its rows are placed by their RMC region: 19 becomes DUO's; A1 again (in 21) is listed once,
    // from the region's file; a row without a person number cannot be listed.
    await s.a14("2023-12", [row("U1", { rmc_region: "19", surname: "Jansen" }), row("X19", { rmc_region: "19" }), row("A1", { rmc_region: "21", surname: "Other" }), row(null, { rmc_region: "19" })], { scope: institution("27GZ") });
    // Region 28: DUO sent an empty list.
    await s.a14("2023-12", [], { scope: region("28") });
    // Definitive NenR: region 21's of 2022-2023 (the preliminary one is not used); 27GZ's of two teljaren, the latest used.
    await s.nenr("definitive", [row("A1", { rmc_region: "21", surname: "Vries", name_prefix: "de" }), row("N21", { rmc_region: "21" })]);
    await s.nenr("preliminary", [row("PRE21", { rmc_region: "21" })]);
    await s.nenr("definitive", [row("OLDN", { rmc_region: "19" })], { scope: institution("27GZ"), teljaar: "2021-2022" });
    await s.nenr("definitive", [row("U1", { rmc_region: "19" })], { scope: institution("27GZ"), teljaar: "2022-2023" });
    lists = await readSignalLists(s.conn);
  });
  afterAll(() => s.close());

  it("uses the region file's latest report month, and only DUO's rows, for a region with a region file", () => {
    const r21 = on(lists, "possible", "21");
    expect(keysOf(r21)).toEqual(["A1", "D21"]);
    expect(r21.every((r) => r.source === "duo" && r.report_month === "2023-12")).toBe(true);
  });

  it("keeps what DUO sent: names, absence flags, reason, programme name, and the age on the list's peildatum", () => {
    const a1 = on(lists, "possible", "21").find((r) => r.person_key === "A1");
    expect(a1).toMatchObject({
      source: "duo",
      teljaar: "2022-2023",
      family_name: "de Vries",
      given_names: "Jan Pieter",
      // DUO's address columns as one would write them; DUO's files never hold phone or e-mail.
      street: "Voorbeeldstraat",
      house_number: "12a-II",
      postcode: "1011 AB",
      residence: "Amsterdam",
      phone: null,
      email: null,
      absence_statutory: true,
      absence_non_statutory: false,
      reason: "VERHUISD",
      programme: "25180",
      programme_name: "Kok",
      listed_since: "2023-02",
      deregistration_date: "2023-02-15",
      birth_date: "2005-06-15",
      age: 18,
      level: "MBO-2",
      leerweg: "BOL",
      municipality_code: "0363",
    });
  });

  it("lists a person in several files of one region once, from the region's file", () => {
    const a1 = on(lists, "possible", "21").filter((r) => r.person_key === "A1");
    expect(a1).toHaveLength(1);
    expect(a1[0]?.family_name).toBe("de Vries");
  });

  it("leaves a region without a region file to the engine: an institution file's rows never make a region's list", () => {
    // 27GZ's file places U1 and X19 in region 19, but covers only that institution's students: region 19 keeps the
    // engine's complete list (U1 lives there), and X19 (on DUO's institution list only) is not mixed in.
    const r19 = on(lists, "possible", "19");
    expect(r19.map((r) => [r.person_key, r.source])).toEqual([["U1", "engine"]]);
  });

  it("gives a region whose DUO list is empty an empty list, not the engine's", () => {
    expect(on(lists, "possible", "28")).toEqual([]);
    // H1 lives there and is on the engine's list; DUO's file covers only the possible list
    expect(on(lists, "definitive", "28").map((r) => [r.person_key, r.source])).toEqual([["H1", "engine"]]);
    expect(lists.regions).toContainEqual({ list: "possible", region: "28", source: "duo", persons: 0 });
  });

  it("keeps the engine's lists for regions no DUO file covers", () => {
    expect(on(lists, "possible", "04").map((r) => [r.person_key, r.source])).toEqual([["L1", "engine"]]);
    expect(on(lists, "possible", "29").map((r) => [r.person_key, r.source])).toEqual([["R1", "engine"]]);
  });

  it("never puts a person twice on one list of one region, and never both sources in one region", () => {
    const seen = new Set(lists.rows.map((r) => `${r.list}|${r.region}|${r.person_key}`));
    expect(seen.size).toBe(lists.rows.length);
    const sources = new Map<string, Set<string>>();
    for (const r of lists.rows) sources.set(`${r.list}|${r.region}`, (sources.get(`${r.list}|${r.region}`) ?? new Set()).add(r.source));
    expect([...sources.values()].every((set) => set.size === 1)).toBe(true);
  });

  it("counts DUO rows it cannot list (no person number)", () => {
    expect(lists.skipped).toEqual({ withoutPersonKey: 1, withoutRegion: 0 });
  });

  it("takes the definitive list from each scope's latest definitive NenR, and the engine's elsewhere", () => {
    expect(on(lists, "definitive", "21").map((r) => [r.person_key, r.source, r.family_name])).toEqual([
      ["A1", "duo", "de Vries"],
      ["N21", "duo", null],
    ]);
    expect(on(lists, "definitive", "19").map((r) => [r.person_key, r.source, r.teljaar])).toEqual([["U1", "engine", "2022-2023"]]);
    expect(on(lists, "definitive", "04").map((r) => [r.person_key, r.source])).toEqual([["L1", "engine"]]);
    // age on 1 October 2022 (born 15 June 2005)
    expect(on(lists, "definitive", "21")[0]).toMatchObject({ age: 17, report_month: null, listed_since: null, deregistration_date: null });
  });

  it("reports the source and size of every region's list", () => {
    expect(lists.regions.filter((r) => r.list === "possible")).toEqual([
      { list: "possible", region: "04", source: "engine", persons: 1 },
      { list: "possible", region: "19", source: "engine", persons: 1 },
      { list: "possible", region: "21", source: "duo", persons: 2 },
      { list: "possible", region: "28", source: "duo", persons: 0 },
      { list: "possible", region: "29", source: "engine", persons: 1 },
    ]);
  });
});
