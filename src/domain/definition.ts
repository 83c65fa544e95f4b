import { VsvError } from "./errors.js";
import { type IsoDate, isoDate } from "./dates.js";
import { type Teljaar, startYear } from "./teljaar.js";

/** The age limit: younger than 23 (old, national) or younger than 27 (Wet van school naar duurzaam werk). */
export const DEFINITIONS = [23, 27] as const;
export type Definition = (typeof DEFINITIONS)[number];

export function parseDefinition(text: string): Definition {
  if (text === "23") return 23;
  if (text === "27") return 27;
  throw new VsvError("BAD_DEFINITION", `Definition "${text}" is not valid: use 23 (younger than 23) or 27 (younger than 27)`);
}

export const STAGES = ["preliminary", "definitive"] as const;
export type Stage = (typeof STAGES)[number];

export function parseStage(text: string): Stage {
  if (text === "preliminary" || text === "definitive") return text;
  throw new VsvError("BAD_STAGE", `Stage "${text}" is not valid: use preliminary or definitive`);
}

/** When the stages are cut off and which definition is official: see docs/definition.md. */
export interface MeasurementSettings {
  /** Month and day in year t+2 of the preliminary cut-off (default 1 February). */
  readonly preliminaryCutoff: { month: number; day: number };
  /** Month and day in year t+2 of the definitive cut-off (default 1 October). */
  readonly definitiveCutoff: { month: number; day: number };
  /** First teljaar (its start year t) for which the 27 definition is the official one (default 2025). */
  readonly officialDefinition27From: number;
}

export const DEFAULT_SETTINGS: MeasurementSettings = {
  preliminaryCutoff: { month: 2, day: 1 },
  definitiveCutoff: { month: 10, day: 1 },
  officialDefinition27From: 2025,
};

/** The register as known on this day is what the stage is computed on (facts recorded on the day itself count). */
export function cutoffDate(t: Teljaar, stage: Stage, settings: MeasurementSettings = DEFAULT_SETTINGS): IsoDate {
  const c = stage === "preliminary" ? settings.preliminaryCutoff : settings.definitiveCutoff;
  return isoDate(startYear(t) + 2, c.month, c.day);
}

export function officialDefinition(t: Teljaar, settings: MeasurementSettings = DEFAULT_SETTINGS): Definition {
  return startYear(t) >= settings.officialDefinition27From ? 27 : 23;
}
