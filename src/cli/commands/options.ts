/** Parsing of the options several commands share (teljaar, definition, stage). */
import { type Definition, type Stage, DEFINITIONS, parseDefinition, parseStage } from "../../domain/definition.js";
import { type Teljaar, parseTeljaar } from "../../domain/teljaar.js";
import { VsvError } from "../../domain/errors.js";
import { splitList } from "../args.js";

export const TELJAAR_OPTIONS = {
  teljaar: { type: "string", short: "t" },
  definition: { type: "string", short: "d" },
  stage: { type: "string", short: "s" },
} as const;

export function requiredTeljaar(value: unknown, usage: string): Teljaar {
  if (typeof value !== "string") throw new VsvError("MISSING_TELJAAR", `--teljaar is required, e.g. --teljaar 2023-2024\n\n${usage}`);
  return parseTeljaar(value);
}

export function teljaarList(value: unknown): Teljaar[] | undefined {
  return typeof value === "string" ? splitList(value).map(parseTeljaar) : undefined;
}

export function optionalStage(value: unknown): Stage | undefined {
  return typeof value === "string" ? parseStage(value) : undefined;
}

export function definitionList(value: unknown): Definition[] {
  return typeof value === "string" ? [parseDefinition(value)] : [...DEFINITIONS];
}
