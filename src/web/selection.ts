/**
 * The selection every figures page shares — teljaar, definitie, stadium — read from the URL query
 * (teljaar=2023-2024&definitie=27&stadium=voorlopig), with the API's defaults when absent.
 */
import type { Meta } from "./meta.js";
import type { Location } from "./router.js";

export type Definition = 23 | 27;
export type Stage = "preliminary" | "definitive";

export interface Selection {
  readonly teljaar: string;
  readonly definition: Definition;
  readonly stage: Stage;
}

const stageFromUrl: Record<string, Stage> = { voorlopig: "preliminary", definitief: "definitive" };
export const stageToUrl: Record<string, string> = { preliminary: "voorlopig", definitive: "definitief" };

export function officialDefinition(meta: Meta, teljaar: string): Definition {
  return meta.teljaren.find((x) => x.teljaar === teljaar)?.official_definition ?? meta.teljaren.at(-1)?.official_definition ?? 23;
}

/** A definition from a number the API types loosely (23 or 27; anything else: none). */
export function asDefinition(n: number | null | undefined): Definition | undefined {
  return n === 23 || n === 27 ? n : undefined;
}

/** The latest computed teljaar ("" when none is). */
export function latestTeljaar(meta: Meta): string {
  return meta.latest_teljaar ?? meta.teljaren.at(-1)?.teljaar ?? "";
}

export function readSelection(meta: Meta, loc: Location): Selection {
  const asked = loc.query.get("teljaar");
  const teljaar = asked && meta.teljaren.some((x) => x.teljaar === asked) ? asked : latestTeljaar(meta);
  const tj = meta.teljaren.find((x) => x.teljaar === teljaar);
  const d = Number(loc.query.get("definitie"));
  const definition = d === 23 || d === 27 ? d : officialDefinition(meta, teljaar);
  const s = stageFromUrl[loc.query.get("stadium") ?? ""];
  const stages = tj?.stages ?? [];
  const stage: Stage = s && stages.includes(s) ? s : tj?.default_stage ?? stages.at(-1) ?? "definitive";
  return { teljaar, definition, stage };
}

/** The selection as API parameters. */
export function selectionParams(sel: Selection): { teljaar: string; definition: Definition; stage: Stage } {
  return { teljaar: sel.teljaar, definition: sel.definition, stage: sel.stage };
}

/** The selection as URL query (for links that keep it). */
export function selectionQuery(loc: Location): string {
  const q = new URLSearchParams();
  for (const k of ["teljaar", "definitie", "stadium"]) {
    const v = loc.query.get(k);
    if (v) q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}
