import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseRmcRegio } from "../../src/domain/codes.js";
import { parseProgrammePeriod } from "../../src/domain/steering/programmes.js";
import { ensureActionPlan } from "../../src/store/action-plan.js";
import { createProgramme } from "../../src/store/programmes.js";
import { type CaseworkTestApp, type TestClient, caseworkApp } from "../support/casework-app.js";
import { Targets, storeKinds } from "../store/store-targets.js";

// The routes are the same on both stores; the store tests cover both. PGlite here keeps this file fast.
const kinds = (await storeKinds()).slice(0, 1);

describe.each(kinds)("steering routes on %s", (kind) => {
  const targets = new Targets(kind);
  let t: CaseworkTestApp;
  let coordinator: TestClient;
  let otherCoordinator: TestClient;
  let officer: TestClient;
  let analyst: TestClient;
  let anonymous: TestClient;

  beforeAll(async () => {
    t = await caseworkApp(await targets.fresh());
    await ensureActionPlan(t.sql);
    await createProgramme(t.sql, { region: parseRmcRegio("21"), regionName: "Agglomeratie Amsterdam", period: parseProgrammePeriod("2025-2028"), parties: [{ role: "contact_municipality", code: "0363", name: "Amsterdam" }] }, { accountId: null, name: "test" });
    await t.createUser({ username: "coord21", role: "regional_coordinator", regions: ["21"] });
    await t.createUser({ username: "coord29", role: "regional_coordinator", regions: ["29"] });
    await t.createUser({ username: "officer21", role: "regional_officer", regions: ["21"] });
    await t.createUser({ username: "analist", role: "national_analyst" });
    [coordinator, otherCoordinator, officer, analyst] = (await Promise.all(["coord21", "coord29", "officer21", "analist"].map((u) => t.login(u)))) as [TestClient, TestClient, TestClient, TestClient];
    anonymous = t.anonymous();
  });
  afterAll(async () => {
    await t?.close();
    await targets.cleanup();
  });

  it("answers the programmes and a region's programme to anyone, saying why budget and target are missing without figures", async () => {
    const list = await anonymous.get("/api/v1/steering/programmes");
    expect(list.status).toBe(200);
    expect(list.json().items).toMatchObject([{ region: "21", status: "draft", status_label: "concept", topics_agreed: 0 }]);
    const one = await anonymous.get("/api/v1/steering/programmes/21");
    expect(one.status).toBe(200);
    const body = one.json();
    expect(body.programme).toMatchObject({ region: "21", version: 1 });
    expect(body.parties).toEqual([{ role: "contact_municipality", role_label: "Contactgemeente", code: "0363", name: "Amsterdam" }]);
    expect(body.budget).toBeNull();
    expect(body.figures_unavailable).toMatch(/compute|figures/i);
    expect((await anonymous.get("/api/v1/steering/programmes/29")).status).toBe(404);
    expect((await anonymous.get("/api/v1/steering/programmes/99")).status).toBe(400);
  });

  it("lets the region's coordinator change a topic's agreement, and answers a stale version with 409 and the current programme", async () => {
    const ok = await coordinator.patch("/api/v1/steering/programmes/21", { version: 1, topic: "overstap_vo_mbo", agreement: "Overstapcoach voor elke vso-leerling." });
    expect(ok.status).toBe(200);
    expect(ok.json().topics.find((x: { code: string }) => x.code === "overstap_vo_mbo").agreement).toBe("Overstapcoach voor elke vso-leerling.");
    expect(ok.json().changes[0]).toMatchObject({ actor_name: expect.any(String), what: "afspraak gewijzigd: overstap_vo_mbo" });
    const stale = await coordinator.patch("/api/v1/steering/programmes/21", { version: 1, topic: "overstap_vo_mbo", agreement: "Anders." });
    expect(stale.status).toBe(409);
    expect(stale.json()).toMatchObject({ current_version: 2, programme: { programme: { version: 2 } } });
    const measure = await coordinator.post("/api/v1/steering/programmes/21/measures", { version: 2, name: "Jongerenwerk op school", budget_eur: 100_000 });
    expect(measure.status).toBe(201);
    expect(measure.json().measures).toMatchObject([{ name: "Jongerenwerk op school", budget_eur: 100_000, status: "planned", status_label: "gepland" }]);
  });

  it("refuses other users: another region's coordinator and an officer 403, anonymous 401, no CSRF token 403", async () => {
    expect((await otherCoordinator.patch("/api/v1/steering/programmes/21", { version: 3, status: "adopted" })).status).toBe(403);
    expect((await officer.patch("/api/v1/steering/programmes/21", { version: 3, status: "adopted" })).status).toBe(403);
    expect((await analyst.post("/api/v1/steering/programmes/21/measures", { version: 3, name: "x" })).status).toBe(403);
    expect((await anonymous.patch("/api/v1/steering/programmes/21", { version: 3, status: "adopted" })).status).toBe(401);
    expect((await coordinator.send("PATCH", "/api/v1/steering/programmes/21", { body: { version: 3, status: "adopted" } })).status).toBe(403);
    expect((await anonymous.get("/api/v1/steering/programmes/21")).json().programme).toMatchObject({ version: 3, status: "draft" });
  });

  it("lets the region's coordinator add, change and remove a budget line; others are refused, a stale version gets 409", async () => {
    const added = await coordinator.post("/api/v1/steering/programmes/21/budget-lines", { version: 3, year: 2026, source: "Eigen bijdrage gemeente", amount_eur: 40_000 });
    expect(added.status).toBe(201);
    const line = added.json().budget_lines[0];
    expect(line).toMatchObject({ year: 2026, source: "Eigen bijdrage gemeente", amount_eur: 40_000 });
    const url = `/api/v1/steering/programmes/21/budget-lines/${line.id}`;
    expect((await otherCoordinator.patch(url, { version: 4, amount_eur: 1 })).status).toBe(403);
    expect((await anonymous.patch(url, { version: 4, amount_eur: 1 })).status).toBe(401);
    const changed = await coordinator.patch(url, { version: 4, amount_eur: 45_000, year: 2027 });
    expect(changed.status).toBe(200);
    expect(changed.json().budget_lines).toEqual([{ id: line.id, year: 2027, source: "Eigen bijdrage gemeente", amount_eur: 45_000 }]);
    expect(changed.json().changes[0]).toMatchObject({ what: "begrotingsregel gewijzigd: 2027 Eigen bijdrage gemeente", details: { year: { from: 2026, to: 2027 }, amount_eur: { from: 40_000, to: 45_000 } } });
    const stale = await coordinator.patch(url, { version: 4, amount_eur: 50_000 });
    expect(stale.status).toBe(409);
    expect(stale.json()).toMatchObject({ current_version: 5 });
    expect((await coordinator.patch(url, { version: 5, amount_eur: 45_000 })).status).toBe(400);
    expect((await coordinator.patch(url, { version: 5, year: 2031 })).status).toBe(400);
    expect((await coordinator.patch(`/api/v1/steering/programmes/21/budget-lines/${line.id + 1000}`, { version: 5, amount_eur: 1 })).status).toBe(404);
    const removed = await coordinator.delete(`${url}?version=5`);
    expect(removed.status).toBe(200);
    expect(removed.json()).toMatchObject({ programme: { version: 6 }, budget_lines: [] });
  });

  it("lets the region's coordinator start a programme for a region without one, with the default parties; 409 when it exists", async () => {
    await t.createUser({ username: "coord33", role: "regional_coordinator", regions: ["33"] });
    const coord33 = await t.login("coord33");
    expect((await anonymous.post("/api/v1/steering/programmes/33", {})).status).toBe(401);
    expect((await coordinator.post("/api/v1/steering/programmes/33", {})).status).toBe(403);
    expect((await analyst.post("/api/v1/steering/programmes/33", {})).status).toBe(403);
    expect((await coord33.send("POST", "/api/v1/steering/programmes/33", { body: {} })).status).toBe(403);
    expect((await coord33.post("/api/v1/steering/programmes/33", { period: "2025-2040" })).status).toBe(400);
    expect((await anonymous.get("/api/v1/steering/programmes/33")).status).toBe(404);

    const started = await coord33.post("/api/v1/steering/programmes/33", { summary: "Eerste opzet van de regio." });
    expect(started.status).toBe(201);
    const body = started.json();
    // The default period is the current one on the server's clock (the harness clock).
    const year = t.clock.now().getUTCFullYear();
    const first = 2025 + Math.floor((year - 2025) / 4) * 4;
    expect(body.programme).toMatchObject({ region: "33", period: `${first}-${first + 3}`, status: "draft", status_label: "concept", summary: "Eerste opzet van de regio.", version: 1 });
    expect(body.parties.map((p: { role: string }) => p.role).sort()).toEqual(expect.arrayContaining(["central_municipality", "contact_municipality"]));
    expect(body.topics.length).toBeGreaterThan(0);
    expect(body.topics.every((x: { agreement: string }) => x.agreement === "")).toBe(true);
    expect(body.changes).toMatchObject([{ what: "programma gestart", actor_name: expect.any(String) }]);
    expect(body.periods).toEqual([`${first}-${first + 3}`]);
    expect((await anonymous.get("/api/v1/steering/programmes/33")).json().programme).toMatchObject({ id: body.programme.id });

    const again = await coord33.post("/api/v1/steering/programmes/33", { period: `${first}-${first + 3}` });
    expect(again.status).toBe(409);
    expect(again.json().detail).toMatch(/heeft al een programma/);
    const later = await coord33.post("/api/v1/steering/programmes/33", { period: `${first + 4}-${first + 7}` });
    expect(later.status).toBe(201);
    expect(later.json().programme).toMatchObject({ period: `${first + 4}-${first + 7}`, status: "draft" });
    // Both periods are kept: the latest is the default answer, the earlier one is asked by ?period=, and each
    // answer lists the region's periods, latest first (the page's period links).
    const periods = [`${first + 4}-${first + 7}`, `${first}-${first + 3}`];
    expect(later.json().periods).toEqual(periods);
    expect((await anonymous.get("/api/v1/steering/programmes/33")).json()).toMatchObject({ programme: { period: periods[0] }, periods });
    expect((await anonymous.get(`/api/v1/steering/programmes/33?period=${periods[1]}`)).json()).toMatchObject({ programme: { id: body.programme.id, summary: "Eerste opzet van de regio." }, periods });
    expect((await anonymous.get("/api/v1/steering/programmes/33?period=2041-2044")).status).toBe(404);
    // The list says which periods can be started now (the page's period select).
    expect((await anonymous.get("/api/v1/steering/programmes")).json()).toMatchObject({ current_period: `${first}-${first + 3}`, start_periods: [`${first}-${first + 3}`, `${first + 4}-${first + 7}`] });
  });

  it("answers the action plan with the overview per line, and lets only national analysts change it", async () => {
    const plan = await anonymous.get("/api/v1/steering/action-plan");
    expect(plan.status).toBe(200);
    expect(plan.json().lines).toHaveLength(6);
    expect(plan.json().lines[0].actions[0]).toMatchObject({ code: "1.1", status: "in_progress", status_label: "mee bezig", version: 1 });
    expect((await coordinator.patch("/api/v1/steering/action-plan/actions/1.1", { version: 1, status: "done" })).status).toBe(403);
    const done = await analyst.patch("/api/v1/steering/action-plan/actions/1.1", { version: 1, status: "done", note: "Leergang BPV gestart.", noted_on: "2026-02-01" });
    expect(done.status).toBe(200);
    expect(done.json()).toMatchObject({ status: "done", status_label: "afgerond", done_on: "2026-02-01", version: 2, notes: [{ noted_on: "2026-02-01", text: "Leergang BPV gestart." }, expect.anything()] });
    const stale = await analyst.patch("/api/v1/steering/action-plan/actions/1.1", { version: 1, status: "in_progress" });
    expect(stale.status).toBe(409);
    expect(stale.json()).toMatchObject({ current_version: 2, action: { status: "done" } });
    expect((await anonymous.get("/api/v1/steering/action-plan")).json().lines[0].progress).toMatchObject({ byStatus: { done: 1, in_progress: 2 } });
  });
});
