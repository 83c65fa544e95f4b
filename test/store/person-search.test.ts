/** Finding a person (src/store/person-search.ts) on PGlite and PostgreSQL, under row-level security. */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AccessScope } from "../../src/domain/casework/access.js";
import { openOperationalStore, type OperationalStore } from "../../src/store/index.js";
import { type PersonSearch, foldName, readSearchText, searchPersons } from "../../src/store/person-search.js";
import { type PseudonymKey, personRef } from "../../src/store/pseudonym.js";
import { scopedSql } from "../../src/store/scope.js";
import { listSignals } from "../../src/store/signal-list.js";
import { Targets, storeKinds } from "./store-targets.js";

const kinds = await storeKinds();
const key = randomBytes(32) as PseudonymKey;
const ref = (personKey: string) => personRef(key, personKey);

interface Row {
  key: string;
  list?: "possible" | "definitive" | "target_group";
  region?: string;
  institution?: string;
  institution_name?: string;
  family_name: string | null;
  given_names: string | null;
  birth_date?: string;
  residence?: string;
}

const ROWS: Row[] = [
  { key: "100000001", family_name: "de Vries", given_names: "Jan Pieter", birth_date: "2006-03-01", residence: "Amsterdam" },
  { key: "100000001", list: "definitive", family_name: "de Vries", given_names: "Jan Pieter", birth_date: "2006-03-01" },
  { key: "100000002", family_name: "Bakker", given_names: "Sanne", birth_date: "2004-11-20", institution: "90AZ", institution_name: "Stadscampus Amsterdam" },
  { key: "100000003", family_name: "Bos-de Vries", given_names: "Émile", birth_date: "2006-03-01" },
  { key: "100000004", list: "target_group", family_name: "Yılmaz", given_names: "Ayşe", birth_date: "2001-07-07", residence: "Diemen" },
  // Region 04: never found by an officer of region 21; 200000002 is at school 90AX (a school user of 90AX finds it).
  { key: "200000001", region: "04", institution: "90AB", institution_name: "Beroepscampus Noord", family_name: "Vries", given_names: "Jan", birth_date: "2006-03-01" },
  { key: "200000002", region: "04", family_name: "de Vries", given_names: "Anna", birth_date: "2005-05-05" },
];

describe("reading a search text", () => {
  it("tells a person number, a reference, a date and a name apart", () => {
    expect(readSearchText("123456789")).toEqual({ kind: "person_number", digits: "123456789" });
    expect(readSearchText("1234.56.789")).toEqual({ kind: "person_number", digits: "123456789" });
    expect(readSearchText("P3744")).toEqual({ kind: "reference", prefix: "p3744" });
    expect(readSearchText("01-03-2006")).toEqual({ kind: "birth_date", date: "2006-03-01" });
    expect(readSearchText("31-02-2006")?.kind).toBe("name");
    expect(readSearchText("Jan de V")).toEqual({ kind: "name", tokens: ["jan", "de", "v"] });
    // p + hex without a digit is a name (Pabe), eight digits are not a person number
    expect(readSearchText("pabe")?.kind).toBe("name");
    expect(readSearchText("12345678")?.kind).toBe("name");
    expect(readSearchText("   ")).toBeNull();
    expect(foldName("Émile Jansen-de Vries")).toBe("emile jansen de vries");
  });
});

describe.each(kinds)("finding a person on %s", (kind) => {
  const targets = new Targets(kind);
  let store: OperationalStore;
  const region21: AccessScope = { regions: ["21"], institutions: [] };
  const today = "2026-12-07";

  beforeAll(async () => {
    store = await openOperationalStore(await targets.fresh());
    for (const r of ROWS) {
      const list = r.list ?? "possible";
      await store.query(
        `INSERT INTO signals (person_ref, person_key, list, source, teljaar, report_month, region, institution, institution_name,
           family_name, given_names, birth_date, residence, target_group)
         VALUES ($1, $2, $3, 'duo', '2025-2026', $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [ref(r.key), r.key, list, list === "possible" ? "2026-11" : null, r.region ?? "21", r.institution ?? "90AX", r.institution_name ?? "Beroepscampus Agglomeratie Amsterdam",
          r.family_name, r.given_names, r.birth_date ?? null, r.residence ?? null, list === "target_group" ? "vsv" : null],
      );
    }
    // Sorted by family name without voorvoegsel: Bos-de Vries before (de) Vries.
    // A case for a person on no list (found by reference or number only), an open case for de Vries, a closed one in 04.
    await store.query("INSERT INTO cases (person_ref, person_key, region, status) VALUES ($1, '700000001', '21', 'guidance')", [ref("700000001")]);
    await store.query("INSERT INTO cases (person_ref, person_key, region, status) VALUES ($1, '100000001', '21', 'contacting')", [ref("100000001")]);
    await store.query("INSERT INTO cases (person_ref, person_key, region, status, closed_at, closed_reason) VALUES ($1, '200000002', '04', 'closed', now(), 'other')", [ref("200000002")]);
  });
  afterAll(async () => {
    await store?.close();
    await targets.cleanup();
  });

  const search = (scope: AccessScope, q: PersonSearch, includeCases = scope.regions.length > 0) =>
    searchPersons(scopedSql(store, scope), key, scope, q, { includeCases, today });
  const found = async (scope: AccessScope, q: PersonSearch) => (await search(scope, q)).items.map((i) => i.person_ref);

  it("finds a name fragment in the family name, with or without the voorvoegsel, in any case", async () => {
    expect(await found(region21, { text: "vries" })).toEqual([ref("100000003"), ref("100000001")]);
    expect(await found(region21, { text: "VRIES" })).toEqual([ref("100000003"), ref("100000001")]);
    expect(await found(region21, { text: "de vries" })).toEqual([ref("100000003"), ref("100000001")]);
    expect(await found(region21, { text: "bak" })).toEqual([ref("100000002")]);
    expect(await found(region21, { text: "akker" })).toEqual([]);
  });

  it("finds given names and a full name typed in part (jan de v), without accents", async () => {
    expect(await found(region21, { text: "jan de v" })).toEqual([ref("100000001")]);
    expect(await found(region21, { text: "pieter" })).toEqual([ref("100000001")]);
    expect(await found(region21, { text: "emile" })).toEqual([ref("100000003")]);
    expect(await found(region21, { text: "ayse yilmaz" })).toEqual([ref("100000004")]);
    expect(await found(region21, { text: "Bos-de" })).toEqual([ref("100000003")]);
  });

  it("gives one result per person, with every list in scope, the age, school, residence and open case", async () => {
    const result = await search(region21, { text: "jan de vries" });
    expect(result).toMatchObject({ by: "name", total: 1, page: 1, page_size: 25 });
    const [jan] = result.items;
    const [openCase] = await store.query<{ id: number }>("SELECT id FROM cases WHERE person_key = '100000001'");
    expect(jan).toEqual({
      person_ref: ref("100000001"),
      family_name: "de Vries",
      given_names: "Jan Pieter",
      birth_date: "2006-03-01",
      age: 20,
      residence: "Amsterdam",
      lists: ["possible", "definitive"],
      regions: ["21"],
      schools: [{ institution: "90AX", institution_name: "Beroepscampus Agglomeratie Amsterdam" }],
      open_cases: [{ id: Number(openCase!.id), status: "contacting", region: "21" }],
    });
    expect((await search(region21, { text: "yilmaz" })).items[0]?.lists).toEqual(["target_group"]);
  });

  it("finds a reference by its start and in full", async () => {
    const full = ref("100000002");
    expect(await found(region21, { text: full })).toEqual([full]);
    expect(await found(region21, { text: full.slice(0, 10).toUpperCase() })).toEqual([full]);
    expect((await search(region21, { text: full.slice(0, 10) })).by).toBe("reference");
    // another region's reference: nothing
    expect(await found(region21, { text: ref("200000001") })).toEqual([]);
  });

  it("finds exactly one person by BSN or onderwijsnummer, through the reference, in scope only", async () => {
    const result = await search(region21, { text: "100000002" });
    expect(result.by).toBe("person_number");
    expect(result.items.map((i) => i.person_ref)).toEqual([ref("100000002")]);
    expect(await found(region21, { text: "200000001" })).toEqual([]);
    expect(await found(region21, { text: "999999999" })).toEqual([]);
  });

  it("finds a person with a case and no list row by number or reference, not by name; never for a school", async () => {
    const result = await search(region21, { text: "700000001" });
    expect(result.items).toEqual([
      expect.objectContaining({ person_ref: ref("700000001"), family_name: null, lists: [], regions: ["21"], open_cases: [expect.objectContaining({ status: "guidance" })] }),
    ]);
    expect(await found(region21, { text: ref("700000001").slice(0, 8) })).toEqual([ref("700000001")]);
    expect((await search({ regions: [], institutions: ["90AX"] }, { text: "700000001" }, false)).items).toEqual([]);
  });

  it("finds by school (BRIN or part of the name) and by birth date, also together with a name", async () => {
    expect(await found(region21, { school: "90az" })).toEqual([ref("100000002")]);
    expect(await found(region21, { school: "stadscamp" })).toEqual([ref("100000002")]);
    expect(await found(region21, { birthDate: "2006-03-01" })).toEqual([ref("100000003"), ref("100000001")]);
    expect(await found(region21, { text: "1-3-2006" })).toEqual([ref("100000003"), ref("100000001")]);
    expect(await found(region21, { text: "emile", birthDate: "2006-03-01" })).toEqual([ref("100000003")]);
    expect(await found(region21, { text: "emile", birthDate: "2006-03-02" })).toEqual([]);
  });

  it("never finds another region's person, and a school user only their institutions' students", async () => {
    const all = await found(region21, { birthDate: "2006-03-01" });
    expect(all).not.toContain(ref("200000001"));
    const school = { regions: [], institutions: ["90AB"] };
    expect(await found(school, { text: "vries" })).toEqual([ref("200000001")]);
    const school90ax = await search({ regions: [], institutions: ["90AX"] }, { text: "vries" }, false);
    // every region's rows of 90AX, no cases
    expect(school90ax.items.map((i) => i.person_ref).sort()).toEqual([ref("100000001"), ref("100000003"), ref("200000002")].sort());
    expect(school90ax.items.every((i) => i.open_cases.length === 0)).toBe(true);
    expect((await search({ regions: ["04"], institutions: [] }, { text: "anna" })).items[0]?.open_cases).toEqual([]);
    // a school never sees the target-group list: its student on that list only is not found
    expect((await search({ regions: [], institutions: ["90AX"] }, { text: "yilmaz" }, false)).items).toEqual([]);
  });

  it("pages, and refuses an empty search or a bad page", async () => {
    const first = await search(region21, { birthDate: "2006-03-01", pageSize: 1 });
    const second = await search(region21, { birthDate: "2006-03-01", pageSize: 1, page: 2 });
    const beyond = await search(region21, { birthDate: "2006-03-01", pageSize: 1, page: 5 });
    expect([first.total, second.total, beyond.total]).toEqual([2, 2, 2]);
    expect([...first.items, ...second.items].map((i) => i.person_ref)).toEqual([ref("100000003"), ref("100000001")]);
    expect(beyond.items).toEqual([]);
    await expect(search(region21, { text: "  " })).rejects.toThrow(/naam, referentie/);
    await expect(search(region21, { text: "x", pageSize: 101 })).rejects.toThrow(/Paginagrootte/);
  });

  it("makes the signal list's own search find a reference's start, given names, a full name and a birth date", async () => {
    const list = async (search: string) => (await listSignals(scopedSql(store, region21), region21, { list: "possible", search, sort: "name" })).items.map((i) => i.person_ref);
    expect(await list(ref("100000002").slice(0, 8))).toEqual([ref("100000002")]);
    expect(await list("pieter")).toEqual([ref("100000001")]);
    expect(await list("jan de v")).toEqual([ref("100000001")]);
    expect(await list("emile")).toEqual([ref("100000003")]);
    expect(await list("01-03-2006")).toEqual([ref("100000003"), ref("100000001")]);
    // still: part of the family name or the school's name
    expect(await list("akker")).toEqual([ref("100000002")]);
    expect(await list("stadscampus")).toEqual([ref("100000002")]);
  });

  it("takes a search text's pattern characters literally", async () => {
    expect(await found(region21, { text: "%" })).toEqual([]);
    expect(await found(region21, { text: "_" })).toEqual([]);
  });
});
