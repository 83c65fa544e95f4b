/** GET /api/v1/workload: the coordinator's overview of their region; officers and every other role get 403. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personRef } from "../../src/store/pseudonym.js";
import { type CaseworkTestApp, caseworkApp } from "../support/casework-app.js";
import { Targets, storeKinds } from "../store/store-targets.js";

const kinds = await storeKinds();

describe.each(kinds)("the workload route on %s", (kind) => {
  const targets = new Targets(kind);
  let t: CaseworkTestApp;
  let anna: number;

  beforeAll(async () => {
    t = await caseworkApp(await targets.fresh());
    anna = (await t.createUser({ username: "anna", role: "regional_officer", regions: ["21"], displayName: "Anna" })).id;
    await t.createUser({ username: "carla", role: "regional_coordinator", regions: ["21"], displayName: "Carla" });
    await t.createUser({ username: "multi", role: "regional_coordinator", regions: ["13", "21"] });
    await t.createUser({ username: "school", role: "school_user", institutions: ["27GZ"] });
    await t.createUser({ username: "analyst", role: "national_analyst" });
    // Three open cases in region 21 on 2026-03-02: Anna's overdue one, Anna's in time, one unassigned never contacted since January.
    const open = async (key: string, officer: number | null, due: string | null, openedAt: string) => {
      await t.sql.query(
        "INSERT INTO cases (person_ref, person_key, region, status, officer_id, next_step_due, opened_at) VALUES ($1, $2, '21', 'new', $3, $4, $5)",
        [personRef(t.key, key), key, officer, due, openedAt],
      );
    };
    await open("123456782", anna, "2026-03-01", "2026-02-20T10:00:00Z");
    await open("111222333", anna, "2026-03-02", "2026-02-20T10:00:00Z");
    await open("876543210", null, null, "2026-01-15T10:00:00Z");
    t.clock.set(new Date("2026-03-02T10:00:00Z"));
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await targets.cleanup();
  });

  it("counts per officer for the coordinator, from today's date in the Netherlands", async () => {
    const r = await (await t.login("carla")).get("/api/v1/workload");
    expect(r.status).toBe(200);
    const w = r.json();
    expect(w).toMatchObject({ region: "21", today: "2026-03-02", no_contact_days: 30 });
    expect(w.officers).toEqual([
      expect.objectContaining({ officer_id: anna, display_name: "Anna", open_cases: 2, overdue_next_steps: 1, without_contact: 0, active_in_region: true }),
      expect.objectContaining({ display_name: "Carla", open_cases: 0 }),
      expect.objectContaining({ role: "regional_coordinator", open_cases: 0 }),
    ]);
    expect(w.unassigned).toEqual({ open_cases: 1, overdue_next_steps: 0, without_contact: 1 });
    expect(w.total).toEqual({ open_cases: 3, overdue_next_steps: 1, without_contact: 1 });
    expect(r.body).not.toMatch(/person_ref|123456782/);
  });

  it("refuses officers and other roles (403), another region (403), and asks a coordinator of several regions which one (400)", async () => {
    for (const name of ["anna", "school", "analyst"]) expect((await (await t.login(name)).get("/api/v1/workload?region=21")).status).toBe(403);
    expect((await (await t.login("carla")).get("/api/v1/workload?region=13")).status).toBe(403);
    const multi = await t.login("multi");
    const ask = await multi.get("/api/v1/workload");
    expect(ask.status).toBe(400);
    expect(ask.json().invalid_params[0].name).toBe("region");
    expect((await multi.get("/api/v1/workload?region=13")).json().total.open_cases).toBe(0);
    expect((await t.anonymous().get("/api/v1/workload")).status).toBe(401);
  });
});
