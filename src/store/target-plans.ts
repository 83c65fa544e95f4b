/**
 * Saved regional target plans (issue 6, part 1): save a distribution, adopt one per target year and definition
 * (adopting withdraws the one adopted before, in one transaction), list and read them. The store checks what makes a
 * plan a plan: whole targets ≥ 0 that add up exactly to the national target. docs/targets.md, "Saved plans".
 */
import type { Definition, Stage } from "../domain/definition.js";
import { VsvError } from "../domain/errors.js";
import type { DistributionMethod } from "../domain/steering/target-distribution.js";
import type { Sql } from "./sql.js";

export interface PlanRegion {
  readonly region: string;
  readonly base_count: number;
  readonly start_population: number;
  readonly target: number;
}

export interface TargetPlan {
  readonly id: number;
  readonly name: string;
  readonly method: DistributionMethod;
  readonly parameters: Record<string, unknown>;
  readonly national_target: number;
  readonly target_year: number;
  readonly definition: Definition;
  readonly base_teljaar: string;
  readonly base_stage: Stage;
  readonly created_by: number | null;
  readonly created_at: Date;
  readonly adopted: boolean;
  readonly adopted_by: number | null;
  readonly adopted_at: Date | null;
  readonly regions: readonly PlanRegion[];
}

export interface NewTargetPlan {
  readonly name?: string;
  readonly method: DistributionMethod;
  readonly parameters?: Record<string, unknown>;
  readonly nationalTarget: number;
  readonly targetYear: number;
  readonly definition: Definition;
  readonly baseTeljaar: string;
  readonly baseStage: Stage;
  readonly createdBy: number | null;
  readonly regions: readonly PlanRegion[];
}

const PLAN_COLUMNS = `id, name, method, parameters, national_target, target_year, definition, base_teljaar, base_stage,
  created_by, created_at, adopted, adopted_by, adopted_at`;

type PlanRow = Omit<TargetPlan, "regions">;

async function withRegions(sql: Sql, plans: PlanRow[]): Promise<TargetPlan[]> {
  if (plans.length === 0) return [];
  const rows = await sql.query<PlanRegion & { plan_id: number }>(
    `SELECT plan_id, region, base_count, start_population, target FROM target_plan_regions WHERE plan_id = ANY($1::bigint[]) ORDER BY plan_id, region`,
    [plans.map((p) => p.id)],
  );
  return plans.map((p) => ({ ...p, regions: rows.filter((r) => r.plan_id === p.id).map(({ plan_id: _, ...r }) => r) }));
}

export class TargetPlanError extends VsvError {
  constructor(
    override readonly code: "PLAN_NOT_FOUND" | "PLAN_INVALID",
    message: string,
  ) {
    super(code, message);
    this.name = "TargetPlanError";
  }
}

function validate(p: NewTargetPlan): void {
  const bad = (m: string) => new TargetPlanError("PLAN_INVALID", m);
  if (!Number.isSafeInteger(p.nationalTarget) || p.nationalTarget < 0) throw bad(`Het landelijke doel (${p.nationalTarget}) moet een geheel getal van 0 of meer zijn`);
  if (p.regions.length === 0) throw bad("Een plan heeft de doelen van de regio's nodig: geef minstens één regio");
  if (new Set(p.regions.map((r) => r.region)).size !== p.regions.length) throw bad("Elke regio mag maar één keer in een plan staan");
  for (const r of p.regions) {
    if (!/^\d{2}$/.test(r.region)) throw bad(`Regio "${r.region}" is niet geldig: gebruik het RMC-regionummer van twee cijfers`);
    for (const [k, v] of [["target", r.target], ["base_count", r.base_count], ["start_population", r.start_population]] as const) {
      if (!Number.isSafeInteger(v) || v < 0) throw bad(`Regio ${r.region}: ${k} (${v}) moet een geheel getal van 0 of meer zijn`);
    }
  }
  const sum = p.regions.reduce((a, r) => a + r.target, 0);
  if (sum !== p.nationalTarget) {
    const d = sum - p.nationalTarget;
    throw bad(`De regionale doelen tellen op tot ${sum}, ${Math.abs(d)} ${d > 0 ? "meer" : "minder"} dan het landelijke doel ${p.nationalTarget}: ${d > 0 ? "verlaag" : "verhoog"} ze samen met ${Math.abs(d)}`);
  }
}

/** Saves a plan (not adopted) with its regions in one transaction. */
export async function saveTargetPlan(sql: Sql, p: NewTargetPlan): Promise<TargetPlan> {
  validate(p);
  const id = await sql.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO target_plans (name, method, parameters, national_target, target_year, definition, base_teljaar, base_stage, created_by)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [p.name ?? "", p.method, JSON.stringify(p.parameters ?? {}), p.nationalTarget, p.targetYear, p.definition, p.baseTeljaar, p.baseStage, p.createdBy],
    );
    for (const r of p.regions) {
      await tx.query(`INSERT INTO target_plan_regions (plan_id, region, base_count, start_population, target) VALUES ($1, $2, $3, $4, $5)`, [row!.id, r.region, r.base_count, r.start_population, r.target]);
    }
    return row!.id;
  });
  return (await getTargetPlan(sql, id))!;
}

export async function getTargetPlan(sql: Sql, id: number): Promise<TargetPlan | null> {
  const rows = await sql.query<PlanRow>(`SELECT ${PLAN_COLUMNS} FROM target_plans WHERE id = $1`, [id]);
  return (await withRegions(sql, rows))[0] ?? null;
}

/** Plans, newest first; optionally of one target year and/or definition. */
export async function listTargetPlans(sql: Sql, filter: { targetYear?: number; definition?: Definition } = {}): Promise<TargetPlan[]> {
  const rows = await sql.query<PlanRow>(
    `SELECT ${PLAN_COLUMNS} FROM target_plans WHERE ($1::int IS NULL OR target_year = $1) AND ($2::int IS NULL OR definition = $2) ORDER BY created_at DESC, id DESC`,
    [filter.targetYear ?? null, filter.definition ?? null],
  );
  return withRegions(sql, rows);
}

/** The adopted plan of a target year and definition, if any. */
export async function adoptedTargetPlan(sql: Sql, targetYear: number, definition: Definition): Promise<TargetPlan | null> {
  const rows = await sql.query<PlanRow>(`SELECT ${PLAN_COLUMNS} FROM target_plans WHERE adopted AND target_year = $1 AND definition = $2`, [targetYear, definition]);
  return (await withRegions(sql, rows))[0] ?? null;
}

/** Adopts a plan; the plan adopted before for its target year and definition is withdrawn in the same transaction. */
export async function adoptTargetPlan(sql: Sql, id: number, by: number | null): Promise<TargetPlan> {
  await sql.transaction(async (tx) => {
    const [plan] = await tx.query<{ target_year: number; definition: number }>(`SELECT target_year, definition FROM target_plans WHERE id = $1 FOR UPDATE`, [id]);
    if (!plan) throw new TargetPlanError("PLAN_NOT_FOUND", `Er is geen doelenplan ${id}: kies een plan uit de lijst (GET /api/v1/steering/target-plans)`);
    await tx.query(`UPDATE target_plans SET adopted = false WHERE adopted AND target_year = $1 AND definition = $2 AND id <> $3`, [plan.target_year, plan.definition, id]);
    await tx.query(`UPDATE target_plans SET adopted = true, adopted_by = $2, adopted_at = now() WHERE id = $1`, [id, by]);
  });
  return (await getTargetPlan(sql, id))!;
}
