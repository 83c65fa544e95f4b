/**
 * GET /api/v1/signals and /summary: officers see their region's list, schools their institution's rows, analysts and
 * administrators nothing; every person returned is one audit entry; CSV export is logged as an export; the person
 * number never appears in an answer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personRef } from "../../src/store/pseudonym.js";
import type { SignalRow } from "../../src/domain/signal-row.js";
import { replaceSignals } from "../../src/store/signals.js";
import { type CaseworkTestApp, type TestResponse, TEST_KEY, caseworkApp } from "../support/casework-app.js";
import { Targets, storeKinds } from "../store/store-targets.js";

const kinds = await storeKinds();

/** A valid BSN (11-check) made from eight digits, so that a leak would look like one. */
function bsn(eight: string): string {
  const sum = [...eight].reduce((s, d, i) => s + Number(d) * (9 - i), 0);
  const last = sum % 11;
  if (last > 9) throw new Error(`no BSN starts with ${eight}`);
  return `${eight}${last}`;
}
const [JAN, SANNE, ALI, EVA, FRL] = ["12345678", "23456789", "34567890", "45678901", "56789012"].map(bsn) as [string, string, string, string, string];
const ref = (key: string) => personRef(TEST_KEY, key);

function sig(person_key: string, attrs: Partial<SignalRow>): SignalRow {
  return {
    person_key, list: "possible", source: "duo", teljaar: "2024-2025", report_month: "2025-12", region: "21",
    municipality_code: "0363", municipality_name: "Amsterdam", institution: "90AX", institution_name: "Beroepscampus Agglomeratie Amsterdam",
    location: "90AX00", programme: "25180", programme_name: "Kok", level: "MBO-2", leerweg: "BOL", birth_date: "2006-03-01", age: 19,
    family_name: null, given_names: null, street: null, house_number: null, postcode: null, residence: null, phone: null, email: null, listed_since: "2025-02", deregistration_date: "2025-02-10", reason: "GEEN INSCHRIJVING",
    absence_statutory: null, absence_non_statutory: null, target_group: null, ...attrs,
  };
}

const ROWS: SignalRow[] = [
  sig(JAN, { family_name: "de Vries", given_names: "Jan", age: 18 }),
  sig(SANNE, { family_name: "Bakker", given_names: "Sanne", age: 22, institution: "90AZ", institution_name: "Stadscampus Amsterdam", programme_name: "Kapper" }),
  sig(ALI, { family_name: "Zwart", given_names: "Ali", age: 20, municipality_code: "0479", municipality_name: "Zaanstad" }),
  sig(EVA, { list: "definitive", report_month: null, listed_since: null, family_name: "van den Berg", given_names: "Eva" }),
  sig(FRL, { source: "engine", region: "04", municipality_code: "0080", municipality_name: "Leeuwarden" }),
];

describe.each(kinds)("the signal-list route on %s", (kind) => {
  const targets = new Targets(kind);
  let t: CaseworkTestApp;
  const bodies: string[] = [];
  let officerId: number;

  beforeAll(async () => {
    t = await caseworkApp(await targets.fresh());
    officerId = (await t.createUser({ username: "officer21", role: "regional_officer", regions: ["21"], displayName: "M. de Wit" })).id;
    await t.createUser({ username: "coord04", role: "regional_coordinator", regions: ["04"] });
    await t.createUser({ username: "school", role: "school_user", institutions: ["90AX"] });
    await t.createUser({ username: "analyst", role: "national_analyst" });
    await t.createUser({ username: "admin", role: "administrator" });
    await replaceSignals(t.sql, t.key, ROWS);
    const [c] = await t.sql.query<{ id: number }>(
      "INSERT INTO cases (person_ref, person_key, region, status, officer_id) VALUES ($1, $2, '21', 'contacting', $3) RETURNING id",
      [ref(JAN), JAN, officerId],
    );
    await t.sql.query("INSERT INTO case_contacts (case_id, contact_on, channel, officer_id) VALUES ($1, '2026-01-05', 'phone', $2)", [c!.id, officerId]);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await targets.cleanup();
  });

  async function get(username: string, url: string): Promise<TestResponse> {
    const r = await (await t.login(username)).get(url);
    bodies.push(r.body);
    return r;
  }
  async function search(username: string, body: Record<string, unknown>): Promise<TestResponse> {
    const r = await (await t.login(username)).post("/api/v1/signals/search", body);
    bodies.push(r.body);
    return r;
  }
  async function entriesOf(r: TestResponse) {
    return t.sql.query<{ action: string; subject_kind: string | null; subject_pseudonym: string | null; purpose: string; region: string | null; details: Record<string, unknown> }>(
      "SELECT action, subject_kind, subject_pseudonym, purpose, region, details FROM audit_log WHERE trace_id = $1 ORDER BY id",
      [String(r.headers["x-trace-id"])],
    );
  }
  const refsOf = (r: TestResponse) => (r.json().items as { person_ref: string }[]).map((i) => i.person_ref);

  it("shows an officer their region's possible list, with names, case and last contact", async () => {
    const r = await get("officer21", "/api/v1/signals?sort=name");
    expect(r.status, r.body).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ teljaar: "2024-2025", report_month: "2025-12", source: "duo", total: 3, page: 1, page_size: 50 });
    expect(body.items.map((i: { family_name: string }) => i.family_name)).toEqual(["Bakker", "de Vries", "Zwart"]);
    expect(body.items[1]).toMatchObject({ person_ref: ref(JAN), region: "21", case: { status: "contacting", officer_name: "M. de Wit", last_contact_on: "2026-01-05" } });
    expect(r.headers["cache-control"]).toBe("no-store");
  });

  it("writes one read entry per person returned, in the person's region, with the filters but no person data", async () => {
    const r = await search("officer21", { search: "vries", pageSize: 10 });
    expect(refsOf(r)).toEqual([ref(JAN)]);
    const entries = await entriesOf(r);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "read", subject_kind: "person", subject_pseudonym: ref(JAN), region: "21" });
    expect(entries[0]!.purpose).toMatch(/^signal_list: /);
    expect(entries[0]!.details).toMatchObject({ route: "/api/v1/signals/search", list: "possible", page: 1, page_size: 10, filters: { search: true } });
    expect(JSON.stringify(entries)).not.toMatch(/vries|Jan|12345678/i);

    const all = await get("officer21", "/api/v1/signals");
    expect((await entriesOf(all)).map((e) => e.subject_pseudonym).sort()).toEqual(refsOf(all).sort());
  });

  it("logs a request that returns nobody too", async () => {
    const r = await search("officer21", { search: "nobody" });
    expect(r.json().total).toBe(0);
    expect(await entriesOf(r)).toMatchObject([{ action: "read", subject_kind: "signal_list", subject_pseudonym: null, region: "21" }]);
  });

  it("takes a name search only in a POST body, never in a URL (issue 12: names out of URLs)", async () => {
    const inUrl = await get("officer21", "/api/v1/signals?search=vries");
    expect(inUrl.status).toBe(400);
    expect(inUrl.json().invalid_params).toEqual([expect.objectContaining({ name: "search" })]);
    expect(inUrl.body).toContain("POST /api/v1/signals/search");
    expect(await entriesOf(inUrl)).toEqual([]);
    // The same filters as GET, and the CSV download too.
    const csv = await search("officer21", { search: "vries", format: "csv" });
    expect(csv.status).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
    expect(csv.body).toContain("de Vries");
    expect(csv.body).not.toContain("Bakker");
    const school = await search("school", { search: "kapper" });
    expect(school.status).toBe(200);
    expect(refsOf(school)).toEqual([]);
  });

  it("filters and sorts as asked", async () => {
    expect(refsOf(await get("officer21", "/api/v1/signals?municipality=479"))).toEqual([ref(ALI)]);
    expect(refsOf(await get("officer21", "/api/v1/signals?institution=90az"))).toEqual([ref(SANNE)]);
    expect(refsOf(await get("officer21", "/api/v1/signals?contacted=true"))).toEqual([ref(JAN)]);
    expect(refsOf(await get("officer21", "/api/v1/signals?contacted=false&sort=-age"))).toEqual([ref(SANNE), ref(ALI)]);
    expect(refsOf(await get("officer21", "/api/v1/signals?list=definitive"))).toEqual([ref(EVA)]);
    expect(refsOf(await get("officer21", "/api/v1/signals?sort=age&pageSize=1&page=2"))).toEqual([ref(ALI)]);
    expect((await get("officer21", "/api/v1/signals?sort=height")).status).toBe(400);
    expect((await get("officer21", "/api/v1/signals?pageSize=501")).status).toBe(400);
    expect((await get("officer21", "/api/v1/signals?municipality=abc")).status).toBe(400);
  });

  it("shows another region's officer only that region", async () => {
    const r = await get("coord04", "/api/v1/signals");
    expect(refsOf(r)).toEqual([ref(FRL)]);
    expect(r.json().source).toBe("engine");
  });

  it("refuses a region outside the officer's scope with 403, logged as denied", async () => {
    const r = await get("officer21", "/api/v1/signals?region=04");
    expect(r.status).toBe(403);
    expect(await entriesOf(r)).toMatchObject([{ action: "denied", subject_kind: "signal_list", region: "04" }]);
    expect((await get("officer21", "/api/v1/signals?region=21")).status).toBe(200);
  });

  it("shows a school its institution's rows without the region's case work, as school_signal_list", async () => {
    const r = await get("school", "/api/v1/signals");
    expect(r.status, r.body).toBe(200);
    expect(refsOf(r).sort()).toEqual([ref(JAN), ref(ALI), ref(FRL)].sort());
    expect(r.json().items.every((i: { case: unknown }) => i.case === null)).toBe(true);
    const entries = await entriesOf(r);
    expect(entries).toHaveLength(3);
    expect(entries.every((e) => e.purpose.startsWith("school_signal_list: "))).toBe(true);
    expect(entries.map((e) => e.region).sort()).toEqual(["04", "21", "21"]);
    expect((await get("school", "/api/v1/signals?contacted=true")).status).toBe(400);
    expect((await get("school", "/api/v1/signals?sort=last_contact")).status).toBe(400);
  });

  it("refuses a school another institution with 403, logged as denied", async () => {
    const r = await get("school", "/api/v1/signals?institution=90AZ");
    expect(r.status).toBe(403);
    expect(await entriesOf(r)).toMatchObject([{ action: "denied", subject_kind: "signal_list" }]);
  });

  it("refuses analysts and administrators with 403, logged as denied, and answers 401 without a session", async () => {
    for (const who of ["analyst", "admin"]) {
      for (const url of ["/api/v1/signals", "/api/v1/signals/summary"]) {
        const r = await get(who, url);
        expect(r.status).toBe(403);
        expect(await entriesOf(r)).toMatchObject([{ action: "denied", subject_kind: "signal_list" }]);
      }
    }
    const anonymous = await t.anonymous().get("/api/v1/signals");
    bodies.push(anonymous.body);
    expect(anonymous.status).toBe(401);
  });

  it("exports every matching row as CSV with Dutch headers, logged as an export per person", async () => {
    const r = await get("officer21", "/api/v1/signals?format=csv&pageSize=1&sort=name");
    expect(r.status).toBe(200);
    expect(String(r.headers["content-type"])).toMatch(/^text\/csv/);
    expect(String(r.headers["content-disposition"])).toBe('attachment; filename="vsv-signaallijst-mogelijk-2025-12.csv"');
    const lines = r.body.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toMatch(/^vsv-monitor — Signaallijst;/);
    expect(lines[2]).toMatch(/^Referentie;Lijst;Bron;Teljaar;Rapportagemaand;Achternaam;Voornamen;Straat;Huisnummer;Postcode;Woonplaats;Telefoon;E-mail;Geboortedatum;Leeftijd;/);
    expect(lines[2]).toMatch(/;Dossierstatus;Trajectbegeleider;Laatste contact;Volgende stap uiterlijk$/);
    expect(lines).toHaveLength(6);
    expect(lines[4]).toContain(`${ref(JAN)};mogelijk vsv;DUO;2024-2025;2025-12;de Vries;Jan;`);
    expect(lines[4]).toContain("Wordt benaderd;M. de Wit;2026-01-05");
    const entries = await entriesOf(r);
    expect(entries.map((e) => e.action)).toEqual(["export", "export", "export"]);
    expect(entries.map((e) => e.subject_pseudonym).sort()).toEqual([ref(JAN), ref(SANNE), ref(ALI)].sort());

    const school = await get("school", "/api/v1/signals?format=csv");
    expect(school.body).not.toContain("Dossierstatus");
  });

  it("gives the summary of the actor's scope, logged as a read without persons", async () => {
    const r = await get("officer21", "/api/v1/signals/summary");
    expect(r.status).toBe(200);
    expect(r.json().rows).toEqual([
      { region: "21", list: "possible", source: "duo", teljaar: "2024-2025", report_month: "2025-12", total: 3, contacted: 1, not_contacted: 2 },
      { region: "21", list: "definitive", source: "duo", teljaar: "2024-2025", report_month: null, total: 1, contacted: 0, not_contacted: 1 },
    ]);
    expect(await entriesOf(r)).toMatchObject([{ action: "read", subject_kind: "signal_list", subject_pseudonym: null, region: "21" }]);
    const school = (await get("school", "/api/v1/signals/summary")).json();
    expect(school.rows.map((x: { region: string; list: string; total: number; contacted: unknown }) => [x.region, x.list, x.total, x.contacted])).toEqual([
      ["04", "possible", 1, null],
      ["21", "possible", 2, null],
      ["21", "definitive", 1, null],
    ]);
  });

  it("never puts a person number in any answer", () => {
    expect(bodies.length).toBeGreaterThan(20);
    for (const body of bodies) for (const key of [JAN, SANNE, ALI, EVA, FRL]) expect(body).not.toContain(key);
  });
});
