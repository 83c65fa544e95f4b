/**
 * Steering targets: the query and body parameters shared by the target routes (steering-targets.ts,
 * steering-target-plans.ts) and how they are parsed into the domain's inputs; domain errors become 400 problems.
 */
import { type Definition } from "../../domain/definition.js";
import { isVsvError } from "../../domain/errors.js";
import { DEFAULT_BEST_SHARE, DISTRIBUTION_METHODS, type DistributionInput, type DistributionMethod } from "../../domain/steering/target-distribution.js";
import { Problem, badParam } from "../problem.js";
import { definition, format } from "../schemas.js";

export const TAGS = ["steering"];
export const targetYear = { type: "integer", minimum: 2000, maximum: 2100, description: "The year of the national target (reference/targets.csv: 2016, 2026, 2030); default: the latest reference target" } as const;
export const method = { type: "string", enum: [...DISTRIBUTION_METHODS], description: "proportional (default), equal_reduction, convergence or manual" } as const;
const targetsParam = { type: "string", description: "manual: the regions' targets as region:target pairs, e.g. 01:120,02:80 (every region once, adding up to the national target)" } as const;
export const distributionQuery = {
  targetYear,
  definition: { ...definition, description: "23 or 27 (default: the reference target's definition)" },
  baseTeljaar: { type: "string", description: "The teljaar the regions start from (default: the latest computed)" },
  method,
  target: { type: "integer", minimum: 0, description: "The national target to distribute (default: the reference target, scaled when the register is not the whole country)" },
  bestShare: { type: "number", exclusiveMinimum: 0, maximum: 1, description: `convergence: the share of best regions whose percentage is the benchmark (default ${DEFAULT_BEST_SHARE})` },
  targets: targetsParam,
  format,
};

export interface DistributionQuery {
  targetYear?: number;
  definition?: Definition;
  baseTeljaar?: string;
  method?: DistributionMethod;
  target?: number;
  bestShare?: number;
  targets?: string;
  format?: string;
}

/** A VsvError from the domain or store is a bad request whose message says what to do. */
export function asProblem(e: unknown, name = "request"): never {
  if (isVsvError(e)) throw new Problem(400, "Ongeldig verzoek", e.message, [{ name, reason: e.message }]);
  throw e;
}

export function attempt<T>(work: () => T, name?: string): T {
  try {
    return work();
  } catch (e) {
    return asProblem(e, name);
  }
}

function parseManual(text: string | undefined): Record<string, number> {
  if (!text) throw badParam("targets", "method manual needs the regions' targets: targets=01:120,02:80,…");
  const out: Record<string, number> = {};
  for (const pair of text.split(",").map((s) => s.trim()).filter(Boolean)) {
    const m = /^(\d{1,2}):(-?\d+)$/.exec(pair);
    if (!m) throw badParam("targets", `"${pair}" is not region:target: write e.g. 01:120`);
    out[m[1]!.padStart(2, "0")] = Number(m[2]);
  }
  return out;
}

export function methodInput(m: DistributionMethod, q: { bestShare?: number; targets?: string | Record<string, number> }): DistributionInput {
  if (m === "convergence") return { method: m, bestShare: q.bestShare ?? DEFAULT_BEST_SHARE };
  if (m === "manual") return { method: m, targets: typeof q.targets === "string" || q.targets === undefined ? parseManual(q.targets) : q.targets };
  return { method: m };
}
