/**
 * The steering part's reference files, read from the repository's reference/ folder: the mandatory topics of the
 * regional programmes (programme-topics.csv) and the national action plan (action-plan.json). docs/programmes.md.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type ActionPlanReference, parseActionPlan } from "../domain/steering/action-plan.js";
import type { ProgrammeTopic } from "../domain/steering/programmes.js";
import { VsvError } from "../domain/errors.js";
import { readCsvObjects } from "../synth/reference-data.js";

/** `reference/` at the package root (the same from src/store and dist/store). */
export const STEERING_REFERENCE_DIR = fileURLToPath(new URL("../../reference/", import.meta.url));

export function loadProgrammeTopics(dir: string = STEERING_REFERENCE_DIR): ProgrammeTopic[] {
  const rows = readCsvObjects(path.join(dir, "programme-topics.csv"));
  if (rows.length === 0) throw new VsvError("NO_REFERENCE", "reference/programme-topics.csv lists no topics: restore it from the repository");
  return rows.map((r) => ({ code: r["code"]!, title: r["title"]!, description: r["description"]!, source: r["source"]! }));
}

export function loadActionPlan(dir: string = STEERING_REFERENCE_DIR): ActionPlanReference {
  const file = path.join(dir, "action-plan.json");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new VsvError("NO_REFERENCE", `Reference file ${file} is missing: restore it from the repository`);
  }
  return parseActionPlan(JSON.parse(text));
}
