/**
 * The steering part's reference files, read from the repository's reference/ folder: the mandatory topics of the
 * regional programmes (programme-topics.csv) and the national action plan (action-plan.json). docs/programmes.md.
 */
import path from "node:path";
import { type ActionPlanReference, parseActionPlan } from "../domain/steering/action-plan.js";
import type { ProgrammeTopic } from "../domain/steering/programmes.js";
import { VsvError } from "../domain/errors.js";
import { REFERENCE_DIR, readReferenceCsv, readReferenceText } from "../engine/reference-files.js";

export function loadProgrammeTopics(dir: string = REFERENCE_DIR): ProgrammeTopic[] {
  const rows = readReferenceCsv(path.join(dir, "programme-topics.csv"));
  if (rows.length === 0) throw new VsvError("NO_REFERENCE", "reference/programme-topics.csv lists no topics: restore it from the repository");
  return rows.map((r) => ({ code: r["code"]!, title: r["title"]!, description: r["description"]!, source: r["source"]! }));
}

export function loadActionPlan(dir: string = REFERENCE_DIR): ActionPlanReference {
  return parseActionPlan(JSON.parse(readReferenceText(path.join(dir, "action-plan.json"))));
}
