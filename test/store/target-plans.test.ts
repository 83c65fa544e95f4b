import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openOperationalStore, type OperationalStore } from "../../src/store/index.js";
import { adoptTargetPlan, adoptedTargetPlan, getTargetPlan, listTargetPlans, saveTargetPlan, type NewTargetPlan } from "../../src/store/target-plans.js";
import { Targets, storeKinds } from "./store-targets.js";
import { addAccount } from "./case-seed.js";

const kinds = await storeKinds();

describe.each(kinds)("saved target plans on %s", (kind) => {
  const targets = new Targets(kind);
  let sql: OperationalStore;
  let analyst: number;

  beforeAll(async () => {
    sql = await openOperationalStore(await targets.fresh());
    analyst = await addAccount(sql, { role: "national_analyst" });
  });
  afterAll(async () => {
    await sql?.close();
    await targets.cleanup();
  });

  const plan = (over: Partial<NewTargetPlan> = {}): NewTargetPlan => ({
    name: "Voorstel",
    method: "proportional",
    parameters: {},
    nationalTarget: 150,
    targetYear: 2030,
    definition: 27,
    baseTeljaar: "2023-2024",
    baseStage: "definitive",
    createdBy: analyst,
    regions: [
      { region: "01", base_count: 120, start_population: 4000, target: 90 },
      { region: "02", base_count: 80, start_population: 3000, target: 60 },
    ],
    ...over,
  });

  it("saves a plan with its regions, not adopted, and reads it back", async () => {
    const saved = await saveTargetPlan(sql, plan({ method: "convergence", parameters: { best_share: 0.25 } }));
    expect(saved).toMatchObject({ name: "Voorstel", method: "convergence", parameters: { best_share: 0.25 }, national_target: 150, target_year: 2030, definition: 27, base_teljaar: "2023-2024", base_stage: "definitive", created_by: analyst, adopted: false, adopted_at: null });
    expect(saved.regions).toEqual([
      { region: "01", base_count: 120, start_population: 4000, target: 90 },
      { region: "02", base_count: 80, start_population: 3000, target: 60 },
    ]);
    expect(await getTargetPlan(sql, saved.id)).toEqual(saved);
    expect(await getTargetPlan(sql, 999_999)).toBeNull();
  });

  it("refuses regional targets that do not add up to the national target, saying by how much", async () => {
    const bad = plan({ regions: [{ region: "01", base_count: 1, start_population: 10, target: 100 }, { region: "02", base_count: 1, start_population: 10, target: 60 }] });
    await expect(saveTargetPlan(sql, bad)).rejects.toThrow("De regionale doelen tellen op tot 160, 10 meer dan het landelijke doel 150: verlaag ze samen met 10");
    await expect(saveTargetPlan(sql, plan({ regions: [{ region: "01", base_count: 1, start_population: 10, target: 151 }, { region: "02", base_count: 1, start_population: 10, target: -1 }] }))).rejects.toThrow(/target \(-1\)/);
  });

  it("keeps one adopted plan per target year and definition: adopting another withdraws the first", async () => {
    const a = await saveTargetPlan(sql, plan({ targetYear: 2026, definition: 23 }));
    const b = await saveTargetPlan(sql, plan({ targetYear: 2026, definition: 23, method: "equal_reduction" }));
    const other = await saveTargetPlan(sql, plan({ targetYear: 2026, definition: 27 }));
    await adoptTargetPlan(sql, other.id, analyst);
    expect((await adoptTargetPlan(sql, a.id, analyst))).toMatchObject({ adopted: true, adopted_by: analyst });
    expect((await adoptedTargetPlan(sql, 2026, 23))!.id).toBe(a.id);
    await adoptTargetPlan(sql, b.id, analyst);
    expect((await adoptedTargetPlan(sql, 2026, 23))!.id).toBe(b.id);
    expect((await getTargetPlan(sql, a.id))!.adopted).toBe(false);
    expect((await adoptedTargetPlan(sql, 2026, 27))!.id).toBe(other.id);
    expect(await adoptedTargetPlan(sql, 2016, 23)).toBeNull();
    // the database itself refuses a second adopted plan
    await expect(sql.query("UPDATE target_plans SET adopted = true WHERE id = $1", [a.id])).rejects.toThrow();
  });

  it("refuses to adopt a plan that does not exist", async () => {
    await expect(adoptTargetPlan(sql, 424242, analyst)).rejects.toThrow(/geen doelenplan 424242/);
  });

  it("lists plans newest first, filtered by target year and definition", async () => {
    const all = await listTargetPlans(sql);
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(all.map((p) => p.id)).toEqual([...all.map((p) => p.id)].sort((x, y) => y - x));
    const of2026 = await listTargetPlans(sql, { targetYear: 2026, definition: 23 });
    expect(of2026).toHaveLength(2);
    expect(of2026.every((p) => p.regions.length === 2)).toBe(true);
  });
});
