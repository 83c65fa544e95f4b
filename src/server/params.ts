/** Query parameters shared by the routes: resolving teljaar, definition, stage and breakdowns against what is computed. */
import { type Definition, type Stage, officialDefinition } from "../domain/definition.js";
import { type Teljaar, tryParseTeljaar } from "../domain/teljaar.js";
import { DIMENSIONS } from "../engine/dimensions.js";
import { resolveStage } from "../engine/runs.js";
import type { Selection } from "../domain/selection.js";
import { badParam } from "./problem.js";
import type { Store } from "../service/store.js";

export function latestTeljaar(store: Store): Teljaar {
  return store.teljaren.at(-1)!;
}

/** A computed teljaar, or the latest when none is given; 400 lists the computed ones. */
export function teljaarParam(store: Store, text: string | undefined, name = "teljaar"): Teljaar {
  if (text === undefined || text === "") return latestTeljaar(store);
  const t = tryParseTeljaar(text);
  if (!t || !store.teljaren.includes(t)) {
    throw badParam(name, `"${text}" is geen berekend teljaar: kies een van ${store.teljaren.join(", ")}`);
  }
  return t;
}

export function stageParam(store: Store, teljaar: Teljaar, asked: Stage | undefined): Stage {
  const stage = resolveStage(store.runs, teljaar, asked);
  if (stage) return stage;
  const computed = store.runs.filter((r) => r.teljaar === teljaar).map((r) => r.stage);
  throw badParam("stage", `voor ${teljaar} zijn geen cijfers met fase ${asked} berekend: kies ${computed.join(" of ")}`);
}

export function selection(store: Store, q: { teljaar?: string; definition?: number; stage?: Stage }): Selection {
  const teljaar = teljaarParam(store, q.teljaar);
  const definition = (q.definition as Definition | undefined) ?? officialDefinition(teljaar);
  return { teljaar, definition, stage: stageParam(store, teljaar, q.stage) };
}

export const MAX_BREAKDOWNS = 3;

export function breakdownsParam(text: string | undefined): string[] {
  const names = (text ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const allowed = DIMENSIONS.map((d) => d.name);
  for (const n of names) {
    if (!allowed.includes(n)) throw badParam("by", `uitsplitsing "${n}" bestaat niet: kies een of meer van ${allowed.join(", ")}`);
  }
  if (new Set(names).size !== names.length) throw badParam("by", "noem elke uitsplitsing maar één keer");
  if (names.length > MAX_BREAKDOWNS) throw badParam("by", `kies hoogstens ${MAX_BREAKDOWNS} uitsplitsingen tegelijk`);
  return names;
}

/** A comma-separated list of codes. */
export function listParam(text: string | undefined): string[] {
  return (text ?? "").split(",").map((s) => s.trim()).filter(Boolean);
}

/** A location (vestiging) code: the BRIN followed by digits or letters, e.g. 27GZ00. */
export function parseLocationCode(text: string): string {
  const upper = text.trim().toUpperCase();
  if (!/^[0-9]{2}[A-Z0-9]{2}[0-9A-Z]{1,8}$/.test(upper)) throw new Error(`"${text}" is geen vestigingscode: geef de BRIN met een volgnummer, bijvoorbeeld 27GZ00`);
  return upper;
}

/** A code parameter through its domain parser; a bad one is a 400 naming the parameter. */
export function code<T>(name: string, text: string, parse: (t: string) => T): T {
  try {
    return parse(text);
  } catch (e) {
    throw badParam(name, (e as Error).message);
  }
}
