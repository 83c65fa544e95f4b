import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openOperationalStore, type OperationalStore } from "../../src/store/index.js";
import { type PseudonymKey, personRef } from "../../src/store/pseudonym.js";
import type { SignalRow } from "../../src/domain/signal-row.js";
import {
  type SignalItem,
  type SignalQuery,
  type SignalScope,
  listSignals,
  removeSignalsBefore,
  replaceSignals,
  signalSummary,
  signalsOfPerson,
} from "../../src/store/signals.js";
import { Targets, storeKinds } from "./store-targets.js";

const kinds = await storeKinds();
const key = randomBytes(32) as PseudonymKey;

function sig(person_key: string, attrs: Partial<SignalRow> = {}): SignalRow {
  return {
    person_key,
    list: "possible",
    source: "engine",
    teljaar: "2024-2025",
    report_month: "2025-12",
    region: "21",
    municipality_code: "0363",
    municipality_name: "Amsterdam",
    institution: "90AX",
    institution_name: "Beroepscampus Agglomeratie Amsterdam",
    location: "90AX00",
    programme: "25180",
    programme_name: null,
    level: "MBO-2",
    leerweg: "BOL",
    birth_date: "2006-03-01",
    age: 19,
    family_name: null,
    given_names: null,
    street: null,
    house_number: null,
    postcode: null,
    residence: null,
    phone: null,
    email: null,
    listed_since: "2025-02",
    deregistration_date: "2025-02-10",
    reason: "GEEN INSCHRIJVING",
    absence_statutory: null,
    absence_non_statutory: null,
    target_group: null,
    ...attrs,
  };
}

/** Region 21 from DUO (with names), region 04 from the engine, and a definitive list. */
const ROWS: SignalRow[] = [
  sig("100000001", {
    source: "duo", family_name: "de Vries", given_names: "Jan", age: 18, deregistration_date: "2025-03-01", absence_statutory: true,
    street: "Voorbeeldstraat", house_number: "12a", postcode: "1011 AB", residence: "Amsterdam", phone: "06 9999 0001", email: "jan.devries@voorbeeld.nl",
  }),
  sig("100000002", { source: "duo", family_name: "Bakker", given_names: "Sanne", age: 22, deregistration_date: "2025-01-15", institution: "90AZ", institution_name: "Stadscampus Amsterdam", programme_name: "Kok" }),
  sig("100000003", { source: "duo", family_name: "Zwart", given_names: "Ali", age: 20, deregistration_date: null, municipality_code: "0479", municipality_name: "Zaanstad", level: "MBO-3" }),
  sig("100000004", { source: "duo", family_name: "van den Berg", given_names: "Eva", age: 17, deregistration_date: "2025-06-30" }),
  sig("200000001", { region: "04", municipality_code: "0080", municipality_name: "Leeuwarden", institution: "90AB", institution_name: "Beroepscampus Noord" }),
  sig("200000002", { region: "04", municipality_code: "0080", municipality_name: "Leeuwarden", institution: "90AX", age: 25 }),
  sig("100000001", { list: "definitive", source: "duo", report_month: null, listed_since: null, family_name: "de Vries", given_names: "Jan", deregistration_date: null }),
  sig("300000001", { list: "definitive", region: "04", report_month: null, listed_since: null, institution: "90AB" }),
];
const ref = (personKey: string) => personRef(key, personKey);
const region21: SignalScope = { regions: ["21"], institutions: [] };

describe.each(kinds)("signal lists in the operational store on %s", (kind) => {
  const targets = new Targets(kind);
  let store: OperationalStore;
  let officer: number;

  beforeAll(async () => {
    store = await openOperationalStore(await targets.fresh());
    await replaceSignals(store, key, ROWS);
    const [a] = await store.query<{ id: number }>("INSERT INTO accounts (username, display_name, role) VALUES ('officer', 'M. de Wit', 'regional_officer') RETURNING id");
    officer = a!.id;
    // 100000001: a closed case with an old contact and an open one with a newer contact; the open one counts.
    const closed = await addCase("100000001", "21", { status: "closed", closed_at: "2025-01-01", opened_at: "2024-06-01" });
    await addContact(closed, "2024-07-01");
    const open = await addCase("100000001", "21", { status: "contacting", opened_at: "2025-03-05", next_step_due: "2026-01-20" });
    await addContact(open, "2025-03-10");
    await addContact(open, "2025-04-02");
    // 100000002: a new case, no contact yet.
    await addCase("100000002", "21", { status: "new", opened_at: "2025-02-01" });
    // 100000004: a case in another region only: not this row's case.
    await addCase("100000004", "04", { status: "guidance", opened_at: "2025-02-01" });
    // absence reports: two for 100000003 in region 21, one elsewhere.
    for (const [who, reg] of [["100000003", "21"], ["100000003", "21"], ["100000003", "04"]] as const) {
      await store.query(
        "INSERT INTO absence_reports (person_ref, person_key, institution, region, reported_on, kind, hours) VALUES ($1, $2, '90AX', $3, '2025-01-10', 'statutory', 4)",
        [ref(who), who, reg],
      );
    }
  });
  afterAll(async () => {
    await store?.close();
    await targets.cleanup();
  });

  async function addCase(personKey: string, reg: string, c: { status: string; opened_at: string; closed_at?: string; next_step_due?: string }): Promise<number> {
    const [row] = await store.query<{ id: number }>(
      `INSERT INTO cases (person_ref, person_key, region, status, closed_reason, officer_id, opened_at, closed_at, next_step_due)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [ref(personKey), personKey, reg, c.status, c.closed_at ? "other" : null, officer, c.opened_at, c.closed_at ?? null, c.next_step_due ?? null],
    );
    return row!.id;
  }
  async function addContact(caseId: number, on: string): Promise<void> {
    await store.query("INSERT INTO case_contacts (case_id, contact_on, channel, officer_id) VALUES ($1, $2, 'phone', $3)", [caseId, on, officer]);
  }
  const list = (scope: SignalScope, q: Partial<SignalQuery> = {}) => listSignals(store, scope, { list: "possible", ...q });
  const refs = (items: readonly SignalItem[]) => items.map((i) => i.person_ref);

  describe("loading", () => {
    it("stores every row with the person's reference, and reports the counts", async () => {
      const [n] = await store.query<{ n: number; refs: number }>("SELECT count(*) AS n, count(DISTINCT person_ref) AS refs FROM signals");
      expect(n).toEqual({ n: ROWS.length, refs: 7 });
      const [one] = await store.query<{ person_ref: string }>("SELECT person_ref FROM signals WHERE person_key = '200000001'");
      expect(one?.person_ref).toBe(ref("200000001"));
    });

    it("replaces the lists as a whole, in batches, and keeps the old lists when a load fails", async () => {
      const many = Array.from({ length: 4_500 }, (_, i) => sig(String(500_000_000 + i), { region: "40" }));
      expect(await replaceSignals(store, key, [...ROWS, ...many])).toEqual({ possible: 6 + 4_500, definitive: 2, regions: 3, history: null });
      const [n] = await store.query<{ n: number }>("SELECT count(*) AS n FROM signals WHERE region = '40'");
      expect(n?.n).toBe(4_500);
      const broken = [...ROWS, ...many.slice(0, 2_500), sig("999999999", { list: "bogus" as never })];
      await expect(replaceSignals(store, key, broken)).rejects.toThrow(/check constraint/);
      const [after] = await store.query<{ n: number }>("SELECT count(*) AS n FROM signals");
      expect(after?.n).toBe(ROWS.length + 4_500);
      expect(await replaceSignals(store, key, ROWS)).toEqual({ possible: 6, definitive: 2, regions: 2, history: null });
    });
  });

  describe("the scope", () => {
    it("shows an officer only their region's rows", async () => {
      const page = await list(region21);
      expect(page.total).toBe(4);
      expect(page.items.every((i) => i.region === "21")).toBe(true);
    });

    it("shows a school only its institution's rows, in every region", async () => {
      const page = await list({ regions: [], institutions: ["90AX"] });
      expect(refs(page.items).sort()).toEqual([ref("100000001"), ref("100000003"), ref("100000004"), ref("200000002")].sort());
    });

    it("shows nothing for an empty scope, whatever the filters", async () => {
      expect(await list({ regions: [], institutions: [] })).toMatchObject({ total: 0, items: [], teljaar: null, source: null });
      expect((await list({ regions: [], institutions: [] }, { region: "21" })).total).toBe(0);
    });

    it("does not widen the scope through a filter for a region outside it", async () => {
      expect((await list(region21, { region: "04" })).total).toBe(0);
    });
  });

  describe("a page of the list", () => {
    it("returns the item shape the API documents, without the person number", async () => {
      const page = await list(region21, { sort: "name" });
      expect(page).toMatchObject({ teljaar: "2024-2025", report_month: "2025-12", source: "duo", total: 4, page: 1, page_size: 50 });
      const jan = page.items.find((i) => i.person_ref === ref("100000001"));
      expect(jan).toEqual({
        person_ref: ref("100000001"),
        list: "possible",
        source: "duo",
        teljaar: "2024-2025",
        report_month: "2025-12",
        family_name: "de Vries",
        given_names: "Jan",
        street: "Voorbeeldstraat",
        house_number: "12a",
        postcode: "1011 AB",
        residence: "Amsterdam",
        phone: "06 9999 0001",
        email: "jan.devries@voorbeeld.nl",
        birth_date: "2006-03-01",
        age: 18,
        municipality_code: "0363",
        municipality_name: "Amsterdam",
        region: "21",
        institution: "90AX",
        institution_name: "Beroepscampus Agglomeratie Amsterdam",
        location: "90AX00",
        programme: "25180",
        programme_name: null,
        level: "MBO-2",
        leerweg: "BOL",
        listed_since: "2025-02",
        deregistration_date: "2025-03-01",
        reason: "GEEN INSCHRIJVING",
        absence_statutory: true,
        absence_non_statutory: null,
        target_group: null,
        absence_reports: 0,
        case: { id: expect.any(Number), status: "contacting", officer_id: officer, officer_name: "M. de Wit", last_contact_on: "2025-04-02", next_step_due: "2026-01-20" },
      });
      expect(JSON.stringify(page)).not.toMatch(/100000001|person_key/);
    });

    it("gives the case of the row's region only, and counts absence reports of the row's region", async () => {
      const items = (await list(region21)).items;
      expect(items.find((i) => i.person_ref === ref("100000004"))?.case).toBeNull();
      expect(items.find((i) => i.person_ref === ref("100000002"))?.case).toMatchObject({ status: "new", last_contact_on: null });
      expect(items.find((i) => i.person_ref === ref("100000003"))?.absence_reports).toBe(2);
    });

    it("sorts by family name without the voorvoegsel, and by the other keys asked for", async () => {
      const names = async (sort: SignalQuery["sort"]) => (await list(region21, { sort })).items.map((i) => i.family_name);
      expect(await names("name")).toEqual(["Bakker", "van den Berg", "de Vries", "Zwart"]);
      expect(await names("-name")).toEqual(["Zwart", "de Vries", "van den Berg", "Bakker"]);
      expect(await names("age")).toEqual(["van den Berg", "de Vries", "Zwart", "Bakker"]);
      expect(await names("-age")).toEqual(["Bakker", "Zwart", "de Vries", "van den Berg"]);
      expect(await names("deregistration_date")).toEqual(["Bakker", "de Vries", "van den Berg", "Zwart"]);
      expect(await names("-deregistration_date")).toEqual(["van den Berg", "de Vries", "Bakker", "Zwart"]);
      expect(await names("institution")).toEqual(["van den Berg", "de Vries", "Zwart", "Bakker"]);
      // never contacted first (no case, or a case without contact), by name; then the longest ago
      expect(await names("last_contact")).toEqual(["Bakker", "van den Berg", "Zwart", "de Vries"]);
    });

    it("filters by municipality, level, institution, region and contact", async () => {
      expect(refs((await list(region21, { municipality: "0479" })).items)).toEqual([ref("100000003")]);
      expect(refs((await list(region21, { level: "MBO-3" })).items)).toEqual([ref("100000003")]);
      expect(refs((await list(region21, { institution: "90AZ" })).items)).toEqual([ref("100000002")]);
      expect((await list({ regions: ["21", "04"], institutions: [] }, { region: "04" })).total).toBe(2);
      expect(refs((await list(region21, { contacted: true })).items)).toEqual([ref("100000001")]);
      expect((await list(region21, { contacted: false })).total).toBe(3);
    });

    it("searches family names, institution and programme names, never the person number", async () => {
      const found = async (search: string) => refs((await list(region21, { search, sort: "name" })).items);
      expect(await found("vries")).toEqual([ref("100000001")]);
      expect(await found("stadscampus")).toEqual([ref("100000002")]);
      expect(await found("kok")).toEqual([ref("100000002")]);
      expect(await found("100000001")).toEqual([]);
      expect(await found("%")).toEqual([]);
    });

    it("pages through the list with the total of all pages", async () => {
      const first = await list(region21, { sort: "name", pageSize: 3 });
      const second = await list(region21, { sort: "name", pageSize: 3, page: 2 });
      const beyond = await list(region21, { sort: "name", pageSize: 3, page: 5 });
      expect([first.total, second.total, beyond.total]).toEqual([4, 4, 4]);
      expect([...refs(first.items), ...refs(second.items)]).toHaveLength(4);
      expect(new Set([...refs(first.items), ...refs(second.items)]).size).toBe(4);
      expect(beyond.items).toEqual([]);
      await expect(list(region21, { pageSize: 501 })).rejects.toThrow("use 1 to 500");
    });

    it("leaves out cases when asked (schools), so nothing of the region's case work shows", async () => {
      const page = await listSignals(store, { regions: [], institutions: ["90AX"] }, { list: "possible", contacted: true }, { includeCases: false });
      expect(page.total).toBe(4);
      expect(page.items.every((i) => i.case === null)).toBe(true);
    });

    it("reads the definitive list apart from the possible one", async () => {
      const page = await list({ regions: ["21", "04"], institutions: [] }, { list: "definitive" });
      expect(page).toMatchObject({ teljaar: "2024-2025", report_month: null, source: "mixed", total: 2 });
    });
  });

  describe("one person, the summary, retention", () => {
    it("gives every row of a person, on both lists", async () => {
      const rows = await signalsOfPerson(store, ref("100000001"));
      expect(rows.map((r) => [r.list, r.region, r.case?.status ?? null])).toEqual([
        ["possible", "21", "contacting"],
        ["definitive", "21", "contacting"],
      ]);
    });

    it("counts persons per region and list, contacted or not", async () => {
      expect(await signalSummary(store, { regions: ["21", "04"], institutions: [] })).toEqual({
        rows: [
          { region: "04", list: "possible", source: "engine", teljaar: "2024-2025", report_month: "2025-12", total: 2, contacted: 0, not_contacted: 2 },
          { region: "04", list: "definitive", source: "engine", teljaar: "2024-2025", report_month: null, total: 1, contacted: 0, not_contacted: 1 },
          { region: "21", list: "possible", source: "duo", teljaar: "2024-2025", report_month: "2025-12", total: 4, contacted: 1, not_contacted: 3 },
          { region: "21", list: "definitive", source: "duo", teljaar: "2024-2025", report_month: null, total: 1, contacted: 1, not_contacted: 0 },
        ],
      });
      expect((await signalSummary(store, { regions: [], institutions: ["90AB"] }, { includeCases: false })).rows).toEqual([
        { region: "04", list: "possible", source: "engine", teljaar: "2024-2025", report_month: "2025-12", total: 1, contacted: null, not_contacted: null },
        { region: "04", list: "definitive", source: "engine", teljaar: "2024-2025", report_month: null, total: 1, contacted: null, not_contacted: null },
      ]);
      expect(await signalSummary(store, { regions: [], institutions: [] })).toEqual({ rows: [] });
    });

    it("removes the rows of teljaren before the retention cut-off", async () => {
      await replaceSignals(store, key, [...ROWS, sig("700000001", { teljaar: "2021-2022" }), sig("700000002", { teljaar: "2022-2023", list: "definitive" })]);
      expect(await removeSignalsBefore(store, "2023-2024")).toBe(2);
      expect(await removeSignalsBefore(store, "2023-2024")).toBe(0);
      const [n] = await store.query<{ n: number }>("SELECT count(*) AS n FROM signals");
      expect(n?.n).toBe(ROWS.length);
    });
  });
});
