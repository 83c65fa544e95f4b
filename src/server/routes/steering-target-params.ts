/**
 * Steering targets: how the parameters shared by the target routes (steering-targets.ts, steering-target-plans.ts;
 * their schemas are in contract/steering.ts) are parsed into the domain's inputs; domain errors become 400 problems.
 */
import type { Static } from "typebox";
import { isVsvError } from "../../domain/errors.js";
import { DEFAULT_BEST_SHARE, type DistributionInput, type DistributionMethod } from "../../domain/steering/target-distribution.js";
import type { DistributionQuery as DistributionQuerySchema } from "../contract/steering.js";
import { Problem, badParam } from "../problem.js";

export const TAGS = ["steering"];

export type DistributionQuery = Static<typeof DistributionQuerySchema>;

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
  if (!text) throw badParam("targets", "methode manual heeft de doelen van de regio's nodig: targets=01:120,02:80,…");
  const out: Record<string, number> = {};
  for (const pair of text.split(",").map((s) => s.trim()).filter(Boolean)) {
    const m = /^(\d{1,2}):(-?\d+)$/.exec(pair);
    if (!m) throw badParam("targets", `"${pair}" is geen regio:doel: schrijf bijvoorbeeld 01:120`);
    out[m[1]!.padStart(2, "0")] = Number(m[2]);
  }
  return out;
}

export function methodInput(m: DistributionMethod, q: { bestShare?: number; targets?: string | Record<string, number> }): DistributionInput {
  if (m === "convergence") return { method: m, bestShare: q.bestShare ?? DEFAULT_BEST_SHARE };
  if (m === "manual") return { method: m, targets: typeof q.targets === "string" || q.targets === undefined ? parseManual(q.targets) : q.targets };
  return { method: m };
}
