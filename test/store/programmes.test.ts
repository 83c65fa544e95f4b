import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseRmcRegio } from "../../src/domain/codes.js";
import { parseProgrammePeriod } from "../../src/domain/steering/programmes.js";
import { openOperationalStore, type OperationalStore } from "../../src/store/index.js";
import { ensureDemoProgrammes } from "../../src/store/programme-demo.js";
import { defaultProgrammeParties, programmePeriodOn, startablePeriods, startProgramme } from "../../src/store/programme-start.js";
import { loadSynthReference } from "../../src/synth/reference-data.js";
import { changeProgramme, createProgramme, findProgramme, getProgrammeDetail, listProgrammes } from "../../src/store/programmes.js";
import { SteeringError, StaleVersion } from "../../src/store/steering-errors.js";
import { loadProgrammeTopics } from "../../src/store/steering-reference.js";
import { Targets, storeKinds } from "./store-targets.js";
import { refusal } from "../support/refusal.js";

const kinds = await storeKinds();
const editor = { accountId: null, name: "Test Coördinator" };

describe.each(kinds)("regional programmes on %s", (kind) => {
  const targets = new Targets(kind);
  let sql: OperationalStore;
  let id: number;
  const region = parseRmcRegio("21");
  const period = parseProgrammePeriod("2025-2028");

  beforeAll(async () => {
    sql = await openOperationalStore(await targets.fresh());
    id = await createProgramme(sql, {
      region,
      regionName: "Agglomeratie Amsterdam",
      period,
      parties: [
        { role: "contact_municipality", code: "0363", name: "Amsterdam" },
        { role: "central_municipality", code: "0363", name: "Amsterdam" },
      ],
    }, editor);
  });
  afterAll(async () => {
    await sql?.close();
    await targets.cleanup();
  });

  it("creates a programme with an empty agreement for every mandatory topic of reference/programme-topics.csv", async () => {
    const d = (await getProgrammeDetail(sql, id))!;
    expect(d.topics.map((t) => t.code)).toEqual(loadProgrammeTopics().map((t) => t.code));
    expect(d.topics.every((t) => t.agreement === "")).toBe(true);
    expect(d.programme).toMatchObject({ region: "21", period: "2025-2028", status: "draft", version: 1 });
    expect(d.changes.map((c) => c.what)).toEqual(["aangemaakt"]);
    expect((await refusal(createProgramme(sql, { region, regionName: "x", period, parties: [] }, editor))) as SteeringError).toMatchObject({ code: "PROGRAMME_EXISTS" });
  });

  it("records who changed a topic's agreement, when, and from what to what, and bumps the version", async () => {
    const p = await changeProgramme(sql, id, 1, { kind: "topic", topic: "mbo_verklaring", agreement: "Elke uitschrijving krijgt een mbo-verklaring." }, { accountId: null, name: "Jan" });
    expect(p.version).toBe(2);
    const d = (await getProgrammeDetail(sql, id))!;
    expect(d.topics.find((t) => t.code === "mbo_verklaring")!.agreement).toBe("Elke uitschrijving krijgt een mbo-verklaring.");
    expect(d.changes[0]).toMatchObject({ actor_name: "Jan", what: "afspraak gewijzigd: mbo_verklaring", details: { topic: "mbo_verklaring", from: "", to: "Elke uitschrijving krijgt een mbo-verklaring." } });
    expect(d.changes[0]!.at).toBeInstanceOf(Date);
  });

  it("refuses a stale version with the current one, and changes nothing", async () => {
    const e = await refusal(changeProgramme(sql, id, 1, { kind: "fields", status: "adopted" }, editor));
    expect(e).toBeInstanceOf(StaleVersion);
    expect((e as StaleVersion).current).toBe(2);
    expect((await findProgramme(sql, region))!.status).toBe("draft");
  });

  it("of two changes from the same version exactly one wins", async () => {
    const v = (await findProgramme(sql, region))!.version;
    const results = await Promise.allSettled([
      changeProgramme(sql, id, v, { kind: "fields", summary: "A" }, editor),
      changeProgramme(sql, id, v, { kind: "fields", summary: "B" }, editor),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(StaleVersion);
  });

  it("adds, changes and removes measures, adds and changes budget lines, each in the history; refuses unknown topics, empty changes and years outside the period", async () => {
    let v = (await findProgramme(sql, region))!.version;
    v = (await changeProgramme(sql, id, v, { kind: "add_measure", measure: { name: "Overstapcoach", target_group: "Oud vso-leerlingen", topic: "overstap_vo_mbo", budget_eur: 120_000, status: "planned" } }, editor)).version;
    const measure = (await getProgrammeDetail(sql, id))!.measures[0]!;
    expect(measure).toMatchObject({ name: "Overstapcoach", budget_eur: 120_000, status: "planned" });
    v = (await changeProgramme(sql, id, v, { kind: "update_measure", id: measure.id, measure: { status: "running", budget_eur: 150_000 } }, editor)).version;
    v = (await changeProgramme(sql, id, v, { kind: "add_budget_line", line: { year: 2026, source: "Eigen bijdrage school", amount_eur: 50_000 } }, editor)).version;
    const d = (await getProgrammeDetail(sql, id))!;
    expect(d.measures[0]).toMatchObject({ status: "running", budget_eur: 150_000 });
    expect(d.budget_lines).toEqual([{ id: expect.any(Number), year: 2026, source: "Eigen bijdrage school", amount_eur: 50_000 }]);
    expect(d.changes[1]).toMatchObject({ what: "maatregel gewijzigd: Overstapcoach", details: { status: { from: "planned", to: "running" }, budget_eur: { from: 120_000, to: 150_000 } } });
    expect(await refusal(changeProgramme(sql, id, v, { kind: "topic", topic: "geen_onderwerp", agreement: "x" }, editor))).toMatchObject({ code: "UNKNOWN_TOPIC" });
    expect(await refusal(changeProgramme(sql, id, v, { kind: "update_measure", id: measure.id, measure: { status: "running" } }, editor))).toMatchObject({ code: "BAD_CHANGE" });
    expect(await refusal(changeProgramme(sql, id, v, { kind: "add_budget_line", line: { year: 2030, source: "x", amount_eur: 1 } }, editor))).toMatchObject({ code: "BAD_CHANGE" });
    // A budget line is changed in place: only what differs is recorded; nothing changed, a year outside the period,
    // or another programme's line is refused.
    const line = d.budget_lines[0]!;
    v = (await changeProgramme(sql, id, v, { kind: "update_budget_line", id: line.id, line: { amount_eur: 65_000, source: " Eigen bijdrage school " } }, editor)).version;
    const afterLine = (await getProgrammeDetail(sql, id))!;
    expect(afterLine.budget_lines).toEqual([{ id: line.id, year: 2026, source: "Eigen bijdrage school", amount_eur: 65_000 }]);
    expect(afterLine.changes[0]).toMatchObject({ what: "begrotingsregel gewijzigd: 2026 Eigen bijdrage school", details: { budget_line_id: line.id, amount_eur: { from: 50_000, to: 65_000 } } });
    expect(afterLine.changes[0]!.details).not.toHaveProperty("source");
    expect(await refusal(changeProgramme(sql, id, v, { kind: "update_budget_line", id: line.id, line: { amount_eur: 65_000 } }, editor))).toMatchObject({ code: "BAD_CHANGE" });
    expect(await refusal(changeProgramme(sql, id, v, { kind: "update_budget_line", id: line.id, line: { year: 2024 } }, editor))).toMatchObject({ code: "BAD_CHANGE" });
    expect(await refusal(changeProgramme(sql, id, v, { kind: "update_budget_line", id: line.id + 1000, line: { amount_eur: 1 } }, editor))).toMatchObject({ code: "BUDGET_LINE_NOT_FOUND" });
    expect((await getProgrammeDetail(sql, id))!.budget_lines[0]).toMatchObject({ amount_eur: 65_000 });
    v = (await changeProgramme(sql, id, v, { kind: "remove_measure", id: measure.id }, editor)).version;
    expect((await getProgrammeDetail(sql, id))!.measures).toEqual([]);
    expect((await findProgramme(sql, region))!.version).toBe(v);
  });

  it("lists programmes with agreements made and the budget of measures not stopped", async () => {
    const [row] = await listProgrammes(sql);
    expect(row).toMatchObject({ region: "21", topics_total: loadProgrammeTopics().length, topics_agreed: 1, measures: 0, measures_budget_eur: 0 });
  });

  it("seeds demo programmes once per region, with parties from the reference data", async () => {
    expect(await ensureDemoProgrammes(sql, ["33", "21"])).toEqual(["33"]);
    expect(await ensureDemoProgrammes(sql, ["33"])).toEqual([]);
    const p = (await findProgramme(sql, parseRmcRegio("33")))!;
    const d = (await getProgrammeDetail(sql, p.id))!;
    expect(d.parties.map((x) => x.role).sort()).toEqual(["central_municipality", "contact_municipality", "contact_school"]);
    // The same rule as a started programme (src/store/programme-start.ts).
    const byRole = (ps: readonly { role: string }[]) => [...ps].sort((a, b) => a.role.localeCompare(b.role));
    expect(byRole(d.parties)).toEqual(byRole(defaultProgrammeParties(parseRmcRegio("33")).parties));
    expect(d.programme.pupils_in_belgium).toBeGreaterThan(0);
    expect(d.measures.length).toBe(3);
    expect(d.topics.filter((t) => t.agreement !== "").length).toBe(3);
  });

  it("starts a programme for a region without one: default parties, every topic without agreement, concept, history by the editor; refuses a second", async () => {
    const start = parseRmcRegio("29");
    const started = await startProgramme(sql, { region: start, period, summary: "  Eerste opzet.  " }, { accountId: null, name: "Coördinator 29" });
    const d = (await getProgrammeDetail(sql, started))!;
    expect(d.programme).toMatchObject({ region: "29", period: "2025-2028", status: "draft", summary: "Eerste opzet.", version: 1, pupils_in_belgium: 0 });
    expect(d.topics.map((t) => t.code)).toEqual(loadProgrammeTopics().map((t) => t.code));
    expect(d.topics.every((t) => t.agreement === "")).toBe(true);
    expect(d.measures).toEqual([]);
    expect(d.changes).toMatchObject([{ actor_name: "Coördinator 29", what: "programma gestart" }]);
    expect(await refusal(startProgramme(sql, { region: start, period }, editor))).toMatchObject({ code: "PROGRAMME_EXISTS" });
    // Another period is another programme.
    expect(await startProgramme(sql, { region: start, period: parseProgrammePeriod("2029-2032") }, editor)).toBeGreaterThan(started);
  });
});

describe("the default parties of a programme", () => {
  const reference = loadSynthReference();

  it("are the region's largest municipality, the largest of its labour-market region and the funded MBO school with the lowest code", () => {
    const region = parseRmcRegio("29");
    const { regionName, parties } = defaultProgrammeParties(region, reference);
    const inRegion = reference.municipalities.filter((m) => m.rmcRegion === region);
    const largest = inRegion.reduce((a, b) => (b.size > a.size ? b : a));
    const contact = parties.find((p) => p.role === "contact_municipality")!;
    expect(contact.code).toBe(largest.code);
    expect(regionName).toBe(largest.rmcRegionName);
    const central = parties.find((p) => p.role === "central_municipality")!;
    const labour = reference.municipalities.filter((m) => m.labourMarketRegion === largest.labourMarketRegion);
    expect(labour.every((m) => m.size <= reference.byCode.get(central.code)!.size)).toBe(true);
    const school = parties.find((p) => p.role === "contact_school");
    if (school) {
      const seat = reference.institutions.find((i) => i.code === school.code)!;
      expect(seat.funded && seat.sectors.includes("MBO") && reference.byCode.get(seat.municipalityCode)!.rmcRegion === region).toBe(true);
    }
    expect(() => defaultProgrammeParties(parseRmcRegio("41"), { ...reference, municipalities: [] })).toThrow(/geen gemeenten/);
  });

  it("runs in periods of four years from 2025-2028: the current one contains today", () => {
    expect(programmePeriodOn(new Date("2026-11-24T12:00:00Z"))).toBe("2025-2028");
    expect(programmePeriodOn(new Date("2025-01-01T00:00:00Z"))).toBe("2025-2028");
    expect(programmePeriodOn(new Date("2029-01-01T00:00:00Z"))).toBe("2029-2032");
    expect(programmePeriodOn(new Date("2024-12-31T12:00:00Z"))).toBe("2021-2024");
    expect(startablePeriods(new Date("2028-12-31T12:00:00Z"))).toEqual(["2025-2028", "2029-2032"]);
  });
});
